// The CLI through its in-memory `main`, and the built bin for what only a process shows.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Dirent } from 'node:fs';
import { main } from '../../server/src/cli/main';
import { REPO_ROOT } from '../support/corpus';

const CLEAN = 'The General Assembly,\n\nRecalling its resolution 55/25,\n\n1. Decides;\n\n2. Requests.\n';
const BROKEN = 'The General Assembly,\n\nRecalling its resolution 55/25,\n\n1. Decides;\n\n3. Requests.\n';

function memoryFs(files: Record<string, string>) {
  const dirent = (name: string, directory: boolean): Dirent =>
    ({ name, isDirectory: () => directory, isFile: () => !directory }) as unknown as Dirent;
  return {
    readFile: async (file: string) => {
      if (!(file in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return files[file]!;
    },
    stat: async (file: string) => {
      const isDirectory = Object.keys(files).some((name) => name.startsWith(`${file}/`));
      if (!isDirectory && !(file in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return { isDirectory: () => isDirectory, isFile: () => !isDirectory };
    },
    readdir: async (directory: string) => {
      const prefix = directory === '.' ? '' : `${directory}/`;
      const names = new Map<string, boolean>();
      for (const name of Object.keys(files)) {
        if (!name.startsWith(prefix)) continue;
        const rest = name.slice(prefix.length).split('/');
        names.set(rest[0]!, rest.length > 1);
      }
      return [...names].map(([name, isDirectory]) => dirent(name, isDirectory));
    },
  };
}

async function run(argv: string[], files: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv,
    fs: memoryFs(files),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    version: '9.9.9',
  });
  return { code, stdout, stderr };
}

describe('cli', () => {
  it('exits 0 on clean files and 1 on errors, in stylish format', async () => {
    assert.equal((await run(['lint', 'clean.unres'], { 'clean.unres': CLEAN })).code, 0);
    const broken = await run(['lint', 'broken.unres'], { 'broken.unres': BROKEN });
    assert.equal(broken.code, 1);
    assert.match(
      broken.stdout,
      /broken\.unres\n {2}7:1 +error +Paragraph number 3 skips 2; expected 2\. {2}operative-numbering/,
    );
    assert.match(broken.stdout, /1 problem \(1 error, 0 warnings\)/);
  });

  it('prints exactly the documented JSON shape', async () => {
    const { stdout, code } = await run(['lint', '--format', 'json', 'clean.unres', 'broken.unres'], {
      'clean.unres': CLEAN,
      'broken.unres': BROKEN,
    });
    assert.equal(code, 1);
    assert.deepEqual(JSON.parse(stdout), [
      { file: 'clean.unres', diagnostics: [] },
      {
        file: 'broken.unres',
        diagnostics: [
          {
            code: 'operative-numbering',
            severity: 'error',
            message: 'Paragraph number 3 skips 2; expected 2.',
            range: { start: { line: 6, character: 0 }, end: { line: 6, character: 2 } },
          },
        ],
      },
    ]);
  });

  it('exits 2 on usage problems and unreadable files, still linting the others', async () => {
    assert.equal((await run([], {})).code, 2);
    assert.equal((await run(['lint'], {})).code, 2);
    assert.equal((await run(['lint', '--format', 'xml', 'a.unres'], { 'a.unres': CLEAN })).code, 2);
    assert.equal((await run(['lint', '--bogus', 'a.unres'], { 'a.unres': CLEAN })).code, 2);
    const missing = await run(['lint', '--format=json', 'missing.unres', 'broken.unres'], { 'broken.unres': BROKEN });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /missing\.unres: no such file or directory/);
    assert.equal(JSON.parse(missing.stdout)[0].file, 'broken.unres');
  });

  it('sets severities with --rule, and rejects unknown rules', async () => {
    const warned = await run(['lint', '--rule', 'operative-numbering=warning', 'broken.unres'], {
      'broken.unres': BROKEN,
    });
    assert.equal(warned.code, 0);
    assert.match(warned.stdout, /warning/);
    assert.equal(
      (await run(['lint', '--rule', 'operative-numbering=off', 'broken.unres'], { 'broken.unres': BROKEN })).stdout,
      '',
    );
    assert.equal((await run(['lint', '--rule', 'nope=error', 'broken.unres'], { 'broken.unres': BROKEN })).code, 2);
  });

  it('expands directories and globs', async () => {
    const files = { 'drafts/a.unres': CLEAN, 'drafts/sub/b.unres': BROKEN, 'drafts/notes.txt': BROKEN };
    const directory = await run(['lint', '--format', 'json', 'drafts'], files);
    assert.deepEqual(
      JSON.parse(directory.stdout).map((report: { file: string }) => report.file),
      ['drafts/a.unres', 'drafts/sub/b.unres'],
    );
    const glob = await run(['lint', '--format', 'json', 'drafts/**/*.txt'], files);
    assert.deepEqual(
      JSON.parse(glob.stdout).map((report: { file: string }) => report.file),
      ['drafts/notes.txt'],
    );
    const nothing = await run(['lint', 'drafts/*.xyz'], files);
    assert.equal(nothing.code, 2);
    assert.match(nothing.stderr, /no files match/);
  });

  it('runs as a process: bin, exit codes, help and version', function () {
    this.timeout(20_000);
    const bin = path.join(REPO_ROOT, 'dist', 'cli.js');
    const directory = mkdtempSync(path.join(tmpdir(), 'unres-cli-'));
    writeFileSync(path.join(directory, 'broken.unres'), BROKEN);
    mkdirSync(path.join(directory, 'unreadable.unres'));
    const result = spawnSync(process.execPath, [bin, 'lint', '--format', 'json', 'broken.unres'], {
      cwd: directory,
      encoding: 'utf8',
    });
    assert.equal(result.status, 1, result.stderr);
    assert.equal(JSON.parse(result.stdout)[0].diagnostics[0].code, 'operative-numbering');
    const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: unres lint/);
    const version = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    assert.match(version.stdout, /^\d+\.\d+\.\d+/);
  });

  it('stops quietly when its reader goes away (`unres lint … | head`)', function () {
    this.timeout(20_000);
    const bin = path.join(REPO_ROOT, 'dist', 'cli.js');
    const directory = mkdtempSync(path.join(tmpdir(), 'unres-cli-'));
    // Enough output (about 2 MB) that the pipe is closed before the last write.
    for (let file = 0; file < 40; file++)
      writeFileSync(
        path.join(directory, `broken-${file}.unres`),
        BROKEN.replace(
          'The General Assembly,',
          `The General Assembly,\n\n${'Recalling its resolution 55/25 of 1 January 1999,\n\n'.repeat(200)}`,
        ),
      );
    const script = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} lint --format json . | head -c 100 > /dev/null; echo "exit \${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', script], { cwd: directory, encoding: 'utf8' });
    assert.equal(result.stderr, '', 'nothing on stderr');
    assert.match(result.stdout, /exit 1/, 'the exit code of the check (errors found)');
  });
});
