// Formatting every corpus text and the seed: idempotent (formatting the result again yields no
// edits) and word-preserving (the sequence of non-whitespace tokens is the same before and after),
// with and without the no-break space in dates and the curly quotation marks (whose words are
// compared with their quotation marks read as straight). Prints how many texts the formatter changes.
import * as assert from 'node:assert/strict';
import { formatText, type FormatOptions } from '../../server/src/core/features/format';
import { parse } from '../../server/src/core/parser/parse';
import { applyEdits } from '../../server/src/core/text/edits';
import { corpusOrSkip, corpusTexts, seedText } from '../support/corpus';

/** The non-whitespace tokens, curly quotation marks read as straight (the only other thing `curlyQuotes` changes). */
const words = (text: string): string[] => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").split(/\s+/).filter(Boolean);

function check(name: string, text: string, options: FormatOptions): boolean {
  const edits = formatText(parse(text), options);
  for (let index = 1; index < edits.length; index++) {
    assert.ok(edits[index]!.start >= edits[index - 1]!.end, `${name}: edits sorted and non-overlapping`);
  }
  const out = applyEdits(text, edits);
  const before = words(text);
  const after = words(out);
  if (before.join('\u0001') !== after.join('\u0001')) {
    const at = before.findIndex((word, index) => word !== after[index]);
    assert.fail(
      `${name}: formatting changed a word at token ${at}: ${JSON.stringify(before.slice(at, at + 3))} → ${JSON.stringify(after.slice(at, at + 3))}`,
    );
  }
  const again = formatText(parse(out), options);
  assert.deepEqual(again.slice(0, 3), [], `${name}: formatting is idempotent`);
  return out !== text;
}

describe('formatting the corpus', function () {
  this.timeout(120000);

  for (const options of [{}, { noBreakSpaceInDates: true }, { curlyQuotes: true }] as FormatOptions[]) {
    const label = options.noBreakSpaceInDates
      ? 'with no-break spaces in dates'
      : options.curlyQuotes
        ? 'with curly quotation marks'
        : 'by default';
    it(`is idempotent and changes no word on every text and the seed (${label})`, function () {
      corpusOrSkip(this);
      const texts = [...corpusTexts(), { name: 'seed A_RES_59_157', text: seedText() }];
      let changed = 0;
      for (const { name, text } of texts) if (check(name, text, options)) changed++;
      console.log(
        `      formatting ${label}: ${changed} of ${texts.length} texts changed (mostly a tab in place of the space after numbers and labels)`,
      );
      assert.ok(texts.length > 300);
    });
  }
});
