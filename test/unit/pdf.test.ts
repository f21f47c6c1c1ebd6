// PDF export (server/src/node/pdf.ts): the seed printed by the Chromium of this machine, and the
// message naming what to install when no browser is found.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportResolution, ExportUnavailable } from '../../server/src/core/export/export';
import { parse } from '../../server/src/core/parser/parse';
import { findBrowser, INSTALL_ADVICE, printPdf, renderPdf } from '../../server/src/node/pdf';
import { findOffice } from '../../server/src/node/pdf-office';
import { corpusOrSkip, REPO_ROOT, seedText } from '../support/corpus';

/** Skips the test, saying why, when this machine has no browser to print with. */
function browserOrSkip(context: Mocha.Context): void {
  try {
    findBrowser();
  } catch (error) {
    // CI installs Chromium (.ci/run) and sets UNRES_REQUIRE_PDF: there a missing browser fails.
    if (process.env.UNRES_REQUIRE_PDF) throw error;
    console.log(`      (skipped: ${(error as Error).message})`);
    context.skip();
  }
}

/** `unres` run as a process from its source (no build needed), in `cwd` with `env`. */
function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  // tsx's loader by its URL: the process runs in a folder where `tsx` does not resolve.
  const loader = pathToFileURL(require.resolve('tsx')).href;
  const bin = path.join(REPO_ROOT, 'server', 'src', 'cli', 'bin.ts');
  return spawnSync(process.execPath, ['--import', loader, bin, ...args], { cwd, env, encoding: 'utf8' });
}

const hasPdftotext = (): boolean => spawnSync('pdftotext', ['-v']).error === undefined;

/** The PDF's text, by pdftotext when installed; else undefined. */
function pdfText(pdf: Uint8Array): string | undefined {
  if (!hasPdftotext()) return undefined;
  const result = spawnSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

describe('PDF export', function () {
  this.timeout(90_000);

  it('prints the seed with Chromium: a PDF holding the resolution', async function () {
    corpusOrSkip(this);
    browserOrSkip(this);
    const pdf = await exportResolution(seedText(), 'pdf', { renderPdf: (html) => renderPdf(html) });
    assert.ok(pdf instanceof Uint8Array);
    assert.equal(Buffer.from(pdf.subarray(0, 5)).toString('latin1'), '%PDF-');
    const text = pdfText(pdf);
    if (text === undefined) {
      console.log('      (no pdftotext: checking the page objects only)');
      const pages =
        Buffer.from(pdf)
          .toString('latin1')
          .match(/\/Type\s*\/Page\b/g) ?? [];
      assert.ok(pages.length >= 1, 'at least one page');
      return;
    }
    const flat = text.replace(/\s+/g, ' ');
    for (const words of [
      'A/RES/59/157',
      '59/157.',
      'The General Assembly,',
      'Recalling also its resolution 55/255',
      'Takes note with appreciation',
      '74th plenary meeting',
      'E/CN.15/2004/5.',
    ])
      assert.ok(flat.includes(words), `the PDF's text has "${words}"`);
    assert.ok(!flat.includes('ODS'), 'no debris in the PDF');
  });

  it('leaves no temporary folder behind', async function () {
    browserOrSkip(this);
    const before = spawnSync('ls', [tmpdir()], { encoding: 'utf8' })
      .stdout.split('\n')
      .filter((name) => name.startsWith('unres-pdf-'));
    await renderPdf('<!DOCTYPE html><title>t</title><p>Decides</p>');
    const after = spawnSync('ls', [tmpdir()], { encoding: 'utf8' })
      .stdout.split('\n')
      .filter((name) => name.startsWith('unres-pdf-'));
    assert.deepEqual(after, before);
  });

  it('stops a browser that does not finish, and says so', async function () {
    if (process.platform === 'win32') this.skip();
    const directory = mkdtempSync(path.join(tmpdir(), 'unres-slow-'));
    try {
      const slow = path.join(directory, 'slow-browser');
      writeFileSync(slow, '#!/bin/sh\nsleep 30\n', { mode: 0o755 });
      const started = Date.now();
      await assert.rejects(
        renderPdf('<p>x</p>', { env: { UNRES_CHROMIUM: slow }, timeoutMs: 500 }),
        /did not finish printing within 1 s and was stopped/,
      );
      assert.ok(Date.now() - started < 5000, 'rejected at the time-out');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('names what to install when UNRES_CHROMIUM points to nothing', () => {
    assert.throws(
      () => findBrowser({ env: { UNRES_CHROMIUM: '/nonexistent/chromium', PATH: '' } }),
      (error: unknown) =>
        error instanceof ExportUnavailable &&
        error.message.includes('UNRES_CHROMIUM names /nonexistent/chromium') &&
        error.message.includes(INSTALL_ADVICE),
    );
  });

  it('names what to install when no browser is on the PATH or in the usual places', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const)
      assert.throws(
        () => findBrowser({ env: { PATH: '/nowhere' }, platform, isExecutable: () => false }),
        (error: unknown) =>
          error instanceof ExportUnavailable &&
          /install Chromium .*Google Chrome or Microsoft Edge/.test(error.message),
      );
  });

  it('finds a browser on the PATH before the usual places, and in the usual places without a PATH', () => {
    const present = new Set(['/opt/bin/google-chrome', '/usr/bin/chromium']);
    const isExecutable = (file: string): boolean => present.has(file);
    assert.equal(findBrowser({ env: { PATH: '/opt/bin' }, platform: 'linux', isExecutable }), '/opt/bin/google-chrome');
    assert.equal(findBrowser({ env: { PATH: '' }, platform: 'linux', isExecutable }), '/usr/bin/chromium');
  });

  it('without a browser, LibreOffice converts the Word export', async function () {
    const office = findOffice();
    if (office === undefined) {
      console.log('      (skipped: no LibreOffice here)');
      this.skip();
    }
    const draft =
      'The General Assembly,\n\nRecalling its resolution 55/25,\n\n1. Decides to remain seized of the matter.\n';
    const noBrowser = (file: string): boolean => !/chrom|chrome|edge|brave/i.test(file) && existsSync(file);
    const pdf = await printPdf('<html></html>', parse(draft), {
      env: { PATH: path.dirname(office) },
      isExecutable: noBrowser,
    });
    assert.equal(Buffer.from(pdf.subarray(0, 5)).toString('latin1'), '%PDF-');
    const text = pdfText(pdf);
    if (text !== undefined) assert.match(text.replace(/\s+/g, ' '), /Decides to remain seized of the matter/);
  });

  it('with neither a browser nor LibreOffice, names both', async () => {
    await assert.rejects(
      printPdf('<html></html>', parse('The General Assembly,\n'), { env: { PATH: '' }, isExecutable: () => false }),
      (error: unknown) =>
        error instanceof ExportUnavailable &&
        /install Chromium/.test(error.message) &&
        /LibreOffice \(apt install libreoffice-writer\)/.test(error.message),
    );
  });

  it('`unres export --format pdf` with no browser: exit 2 and the message on stderr, no file', function () {
    this.timeout(30_000);
    const directory = mkdtempSync(path.join(tmpdir(), 'unres-pdf-cli-'));
    try {
      writeFileSync(
        path.join(directory, 'draft.unres'),
        'The General Assembly,\n\n1. Decides to remain seized of the matter.\n',
      );
      const result = runCli(['export', '--format', 'pdf', 'draft.unres'], directory, {
        UNRES_CHROMIUM: path.join(directory, 'no-browser'),
        PATH: '',
      });
      assert.equal(result.status, 2, result.stderr);
      assert.match(
        result.stderr,
        /draft\.unres: cannot export to PDF: UNRES_CHROMIUM names .*no-browser, which is not an executable file\. PDF export prints with a Chromium-based browser: install Chromium/,
      );
      assert.ok(!existsSync(path.join(directory, 'draft.pdf')));
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('writes the PDF beside the source with `unres export --format pdf`', function () {
    this.timeout(60_000);
    browserOrSkip(this);
    const directory = mkdtempSync(path.join(tmpdir(), 'unres-pdf-cli-'));
    try {
      writeFileSync(
        path.join(directory, 'draft.unres'),
        'The General Assembly,\n\n1. Decides to remain seized of the matter.\n',
      );
      const result = runCli(['export', '--format', 'pdf', 'draft.unres'], directory);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stderr, /wrote draft\.pdf/);
      assert.equal(readFileSync(path.join(directory, 'draft.pdf')).subarray(0, 5).toString('latin1'), '%PDF-');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
