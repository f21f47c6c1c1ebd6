// No lost drafts: `unres lint --fix` writes through a temporary file and a rename. Killed between
// the two, the original is intact; changed on disk meanwhile, it is left alone; its mode is kept.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/corpus';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const BROKEN = 'The General Assembly,\n\nRecalling its resolution 55/25,\n\n1. Decides;\n\n3. Requests.\n';
const FIXED = 'The General Assembly,\n\nRecalling its resolution 55/25,\n\n1. Decides;\n\n2. Requests.\n';

function draft(): { directory: string; file: string } {
  const directory = mkdtempSync(path.join(tmpdir(), 'unres-fix-'));
  const file = path.join(directory, 'draft.unres');
  writeFileSync(file, BROKEN);
  return { directory, file };
}

async function waitFor(condition: () => boolean, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const temporaryFiles = (directory: string): string[] => readdirSync(directory).filter((name) => name.endsWith('.tmp'));

describe('lint --fix writes atomically', function () {
  this.timeout(30_000);

  it('fixes the file and keeps its mode', () => {
    const { file } = draft();
    chmodSync(file, 0o640);
    const result = spawnSync(process.execPath, [CLI, 'lint', '--fix', file], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr + result.stdout);
    assert.equal(readFileSync(file, 'utf8'), FIXED);
    assert.equal(statSync(file).mode & 0o777, 0o640);
  });

  it('leaves the original intact when killed between writing and renaming', async () => {
    const { directory, file } = draft();
    const child = spawn(process.execPath, [CLI, 'lint', '--fix', file], {
      env: { ...process.env, UNRES_TEST_PAUSE_BEFORE_RENAME_MS: '5000' },
    });
    await waitFor(() => temporaryFiles(directory).length > 0);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    assert.equal(readFileSync(file, 'utf8'), BROKEN);
  });

  it('does not overwrite a file changed on disk during the fix', async () => {
    const { directory, file } = draft();
    const child = spawn(process.execPath, [CLI, 'lint', '--fix', file], {
      env: { ...process.env, UNRES_TEST_PAUSE_BEFORE_RENAME_MS: '1500' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await waitFor(() => temporaryFiles(directory).length > 0);
    const edited = `${BROKEN}\n4. Notes.\n`;
    writeFileSync(file, edited);
    const code = await new Promise((resolve) => child.once('exit', resolve));
    assert.equal(code, 2);
    assert.match(stderr, /changed on disk while fixing; left untouched/);
    assert.equal(readFileSync(file, 'utf8'), edited);
    assert.deepEqual(temporaryFiles(directory), [], 'the temporary file is removed');
  });
});
