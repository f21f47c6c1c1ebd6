// PDF through an engine the user already has: a Chromium-based browser (Chromium, Google Chrome,
// Microsoft Edge, Brave) printing the page renderHtml made, headless. Never a renderer of our own:
// the browser lays out the UN's fonts and A4 pages as any printed page. When none is found, the
// error names what to install.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ExportUnavailable } from '../core/export/export';
import type { Resolution } from '../core/model';
import { writeDocx } from './docx-writer';
import { findOffice, officeToPdf } from './pdf-office';
import { isExecutableFile, readPdf, runEngine } from './run-engine';

/** The variable naming the browser to print with, ahead of any search. */
export const BROWSER_VARIABLE = 'UNRES_CHROMIUM';

const COMMAND_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
  'microsoft-edge-stable',
  'brave-browser',
];

/** Where the browsers install themselves when they are not on the PATH (macOS apps, Windows, snaps). */
function usualLocations(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin')
    return ['Google Chrome', 'Chromium', 'Microsoft Edge', 'Brave Browser'].map(
      (app) => `/Applications/${app}.app/Contents/MacOS/${app}`,
    );
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean) as string[];
    return roots.flatMap((root) => [
      path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      path.win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      path.win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge',
    '/opt/microsoft/msedge/msedge',
  ];
}

export interface BrowserSearch {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** Whether a path is an executable file (the tests replace it to stand for a machine without browsers). */
  isExecutable?: (file: string) => boolean;
}

export const INSTALL_ADVICE =
  'PDF export prints with a Chromium-based browser: install Chromium (Debian/Ubuntu: apt install chromium), ' +
  `Google Chrome or Microsoft Edge, or set ${BROWSER_VARIABLE} to the browser's executable.`;

/** The browser to print with: UNRES_CHROMIUM, else the first on the PATH, else a usual location. */
export function findBrowser(search: BrowserSearch = {}): string {
  const env = search.env ?? process.env;
  const platform = search.platform ?? process.platform;
  const isExecutable = search.isExecutable ?? isExecutableFile;
  const named = env[BROWSER_VARIABLE];
  if (named) {
    if (isExecutable(named)) return named;
    throw new ExportUnavailable(
      `${BROWSER_VARIABLE} names ${named}, which is not an executable file. ${INSTALL_ADVICE}`,
    );
  }
  const suffixes = platform === 'win32' ? ['.exe'] : [''];
  const directories = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : ':').filter(Boolean);
  for (const directory of directories)
    for (const name of COMMAND_NAMES)
      for (const suffix of suffixes) {
        const candidate = path.join(directory, name + suffix);
        if (isExecutable(candidate)) return candidate;
      }
  const found = usualLocations(platform, env).find(isExecutable);
  if (found) return found;
  throw new ExportUnavailable(`no browser to print with was found. ${INSTALL_ADVICE}`);
}

export interface PdfOptions extends BrowserSearch {
  /** The browser is stopped (with everything it started) after this long; default 60 s. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/** The page printed to PDF by a headless Chromium-based browser. */
export async function renderPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const browser = findBrowser(options);
  const directory = await mkdtemp(path.join(tmpdir(), 'unres-pdf-'));
  try {
    const page = path.join(directory, 'resolution.html');
    const output = path.join(directory, 'resolution.pdf');
    await writeFile(page, html, 'utf8');
    await runEngine(browser, printArguments(directory, page, output), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    return await readPdf(output, browser);
  } finally {
    await rm(directory, { recursive: true, force: true, maxRetries: 3 });
  }
}

function printArguments(directory: string, page: string, output: string): string[] {
  return [
    // Chromium's sandbox refuses to start as root (containers, CI); anyone else keeps it.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--headless',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-extensions',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    // A profile of its own: a running browser of the user's is neither joined nor touched.
    `--user-data-dir=${path.join(directory, 'profile')}`,
    // No date, title and file name in the margins (the second name is older Chromium's).
    '--no-pdf-header-footer',
    '--print-to-pdf-no-header',
    `--print-to-pdf=${output}`,
    pathToFileURL(page).href,
  ];
}

/**
 * What the hosts print with: the browser, or — when there is none — LibreOffice converting the
 * Word export; when neither is there, the message names both.
 */
export async function printPdf(html: string, model: Resolution, options: PdfOptions = {}): Promise<Uint8Array> {
  try {
    findBrowser(options);
  } catch (error) {
    // A browser the user named and that is not there is reported, not worked around.
    if (!(error instanceof ExportUnavailable) || (options.env ?? process.env)[BROWSER_VARIABLE]) throw error;
    const office = findOffice(options.env ?? process.env, options.isExecutable);
    if (office === undefined) throw new ExportUnavailable(`${error.message} ${OFFICE_ADVICE}`);
    return officeToPdf(office, await writeDocx(model), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  }
  return renderPdf(html, options);
}

const OFFICE_ADVICE = 'LibreOffice (apt install libreoffice-writer) also does, converting the Word export.';
