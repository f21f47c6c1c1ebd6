// The nearest .unres.json, found by one function for the CLI and the language server.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, promises as fs, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { nearestConfigFile } from '../../server/src/node/nearest-config';

const isFile = (file: string): Promise<boolean> => fs.stat(file).then((stat) => stat.isFile());

describe('nearestConfigFile', () => {
  it('finds the nearest file upwards, skips a directory of that name and shares the walk through its cache', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'unres-config-'));
    const inner = path.join(root, 'a', 'b');
    mkdirSync(path.join(inner, '.unres.json'), { recursive: true });
    writeFileSync(path.join(root, '.unres.json'), '{}');
    assert.equal(await nearestConfigFile(inner, isFile), path.join(root, '.unres.json'));

    writeFileSync(path.join(root, 'a', '.unres.json'), '{}');
    const probed: string[] = [];
    const cache = new Map<string, Promise<string | undefined>>();
    const counting = (file: string): Promise<boolean> => {
      probed.push(file);
      return isFile(file);
    };
    assert.equal(await nearestConfigFile(inner, counting, cache), path.join(root, 'a', '.unres.json'));
    assert.equal(await nearestConfigFile(path.join(root, 'a'), counting, cache), path.join(root, 'a', '.unres.json'));
    assert.equal(probed.length, 2, 'the second look-up is answered from the cache');
  });

  it('answers undefined at the root and treats a failing probe as no file', async () => {
    assert.equal(
      await nearestConfigFile(path.parse(tmpdir()).root, () => Promise.reject(new Error('EACCES'))),
      undefined,
    );
  });
});
