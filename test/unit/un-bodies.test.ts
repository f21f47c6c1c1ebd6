import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UN_BODIES } from '../../server/src/core/data/un-bodies';

// The UN's own texts live outside the repository (../shared/corpus from the repo root);
// a user's clone has no ../shared, so the corpus check skips.
const REPO_ROOT = path.resolve(__dirname, '../..');
const TEXTS_DIR = path.resolve(REPO_ROOT, '../shared/corpus/texts');

/** Published texts use ’ and no-break spaces; the data is written with ' and spaces. */
function normalize(s: string): string {
  return s.replace(/[\u2018\u2019]/g, "'").replace(/[\u00a0\u202f]/g, ' ');
}

describe('UN_BODIES', () => {
  it('has unique names and abbreviations', () => {
    const names = UN_BODIES.map((b) => b.name);
    assert.equal(new Set(names).size, names.length, 'duplicate name');
    const abbreviations = UN_BODIES.flatMap((b) => (b.abbreviation === undefined ? [] : [b.abbreviation]));
    assert.equal(new Set(abbreviations).size, abbreviations.length, 'duplicate abbreviation');
    for (const b of UN_BODIES) {
      assert.equal(b.name, b.name.trim(), `untrimmed name "${b.name}"`);
      assert.doesNotMatch(b.name, /\s{2}|[\u2019\u00a0]/, `irregular spacing or apostrophe in "${b.name}"`);
    }
  });

  describe('against the corpus (../shared/corpus/texts)', () => {
    let corpus = '';

    before(function () {
      if (!fs.existsSync(TEXTS_DIR)) {
        console.log(`    (skipped: ${TEXTS_DIR} not found; the corpus check needs ../shared/corpus)`);
        this.skip();
      }
      corpus = fs
        .readdirSync(TEXTS_DIR)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => normalize(fs.readFileSync(path.join(TEXTS_DIR, f), 'utf8')))
        .join('\n');
    });

    it('finds every body name verbatim in at least one resolution', () => {
      const missing = UN_BODIES.filter((b) => !corpus.includes(b.name)).map((b) => b.name);
      assert.deepEqual(missing, []);
    });
  });
});
