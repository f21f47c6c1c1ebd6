// Fix-all on drafts full of mistakes: the fixed text is compared with a snapshot (test/snapshots),
// re-linted to no fixable diagnostic, and fixing it again changes nothing.
// UNRES_UPDATE_SNAPSHOTS=1 rewrites the snapshots (then read the diff before committing).
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fixAll } from '../../server/src/core/fix-all';
import { lint } from '../../server/src/core/lint';
import { REPO_ROOT } from '../support/corpus';

const CASES = ['examples/misnumbered.unres', 'test/fixtures/many-errors.unres'];

describe('fix-all snapshots', () => {
  for (const file of CASES) {
    it(`fixes ${file} as recorded`, () => {
      const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
      const fixed = fixAll(text).text;
      const snapshot = path.join(REPO_ROOT, 'test', 'snapshots', `${path.basename(file, '.unres')}.fixed.unres`);
      if (process.env.UNRES_UPDATE_SNAPSHOTS || !existsSync(snapshot)) writeFileSync(snapshot, fixed);
      assert.equal(fixed, readFileSync(snapshot, 'utf8'));
      assert.deepEqual(
        lint(fixed)
          .diagnostics.filter((diagnostic) => diagnostic.fix)
          .map((diagnostic) => `${diagnostic.rule}: ${diagnostic.message}`),
        [],
      );
      assert.equal(fixAll(fixed).text, fixed, 'fix-all is idempotent');
    });
  }
});
