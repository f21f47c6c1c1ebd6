// Adopted texts are the false-positive test: every text in the corpus was edited by the UN before
// publication, so a structural rule that fires on one is a bug — unless the published text really
// is wrong, and then it is named here with the reason.
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { LineIndex } from '../../server/src/core/text/positions';
import { corpusOrSkip, corpusTexts, seedText } from '../support/corpus';

/** Published texts that really are misnumbered: file → the numbers reported, with the reason. */
const KNOWN_NUMBERING_ERRORS: Record<string, { numbers: string[]; reason: string }> = {
  A_RES_74_258: { numbers: ['7.'], reason: 'the published text goes from 5 to 7 (the UN XML has no 6 either)' },
  A_RES_79_160: { numbers: ['26', '27'], reason: 'the published text prints "26 Condemns" and "27 Affirms" without periods' },
  'S_RES_239(1967)': { numbers: ['4,', '5,'], reason: 'OCR of the 1967 print reads the periods of 4 and 5 as commas' },
  'S_RES_587(1986)': { numbers: ['7,'], reason: 'OCR of the 1986 print reads the period of 7 as a comma' },
};

describe('rules on adopted texts', function () {
  this.timeout(60_000);

  it('operative-numbering reports nothing on adopted texts but the named errors', function () {
    corpusOrSkip(this);
    const unexpected: string[] = [];
    const seen: Record<string, string[]> = {};
    for (const { name, text } of [...corpusTexts(), { name: 'seed', text: seedText() }]) {
      const index = new LineIndex(text);
      for (const diagnostic of lint(text).diagnostics.filter((found) => found.rule === 'operative-numbering')) {
        const reported = text.slice(diagnostic.start, diagnostic.end);
        (seen[name] ??= []).push(reported);
        if (!KNOWN_NUMBERING_ERRORS[name]?.numbers.includes(reported)) {
          unexpected.push(`${name}:${index.positionAt(diagnostic.start).line + 1} ${diagnostic.message}`);
        }
      }
    }
    assert.deepEqual(unexpected, []);
    for (const [name, known] of Object.entries(KNOWN_NUMBERING_ERRORS)) {
      assert.deepEqual(seen[name], known.numbers, `${name} is still reported (${known.reason})`);
    }
  });
});
