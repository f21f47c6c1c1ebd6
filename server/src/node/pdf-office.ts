// PDF through LibreOffice, when no Chromium-based browser is there: the Word export (the same UN
// layout) converted by `soffice --headless --convert-to pdf`, with a profile of its own so that a
// LibreOffice the user has open is neither joined nor touched.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isExecutableFile, readPdf, runEngine } from './run-engine';

/** The variable naming LibreOffice's `soffice`, ahead of any search. */
export const OFFICE_VARIABLE = 'UNRES_LIBREOFFICE';

const COMMAND_NAMES = ['soffice', 'libreoffice'];

const USUAL_LOCATIONS: Partial<Record<NodeJS.Platform, string[]>> = {
  darwin: ['/Applications/LibreOffice.app/Contents/MacOS/soffice'],
  win32: ['C:\\Program Files\\LibreOffice\\program\\soffice.exe'],
  linux: ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice'],
};

/** LibreOffice's `soffice`: UNRES_LIBREOFFICE, else on the PATH, else a usual location; undefined when none. */
export function findOffice(
  env: NodeJS.ProcessEnv = process.env,
  isExecutable: (file: string) => boolean = isExecutableFile,
): string | undefined {
  // (The search covers the usual locations of the platform this runs on.)
  const named = env[OFFICE_VARIABLE];
  if (named) return isExecutable(named) ? named : undefined;
  const windows = process.platform === 'win32';
  const directories = (env.PATH ?? env.Path ?? '').split(windows ? ';' : ':').filter(Boolean);
  for (const directory of directories)
    for (const name of COMMAND_NAMES) {
      const candidate = path.join(directory, windows ? `${name}.exe` : name);
      if (isExecutable(candidate)) return candidate;
    }
  return (USUAL_LOCATIONS[process.platform] ?? []).find(isExecutable);
}

/** The Word file converted to PDF by LibreOffice, headless. */
export async function officeToPdf(office: string, docx: Uint8Array, timeoutMs: number): Promise<Uint8Array> {
  const directory = await mkdtemp(path.join(tmpdir(), 'unres-office-'));
  try {
    const input = path.join(directory, 'resolution.docx');
    await writeFile(input, docx);
    const profile = pathToFileURL(path.join(directory, 'profile')).href;
    await runEngine(
      office,
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', directory, input],
      timeoutMs,
    );
    return await readPdf(path.join(directory, 'resolution.pdf'), office);
  } finally {
    await rm(directory, { recursive: true, force: true, maxRetries: 3 });
  }
}
