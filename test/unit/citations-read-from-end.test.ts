// The expressions anchored at the end of the text before a citation are read from the end
// (citations/extract.ts): on any text, the same match as the expression run over the whole text.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { ITS_BEFORE, itsBefore, WORD_BEFORE, wordBefore } from '../../server/src/core/citations/extract';

/** Texts made of what those expressions look at: letters, `its`, digits, hyphens, apostrophes, blanks of every kind. */
const nearCitation = fc
  .array(
    fc.constantFrom(
      'i',
      't',
      's',
      'its',
      'I',
      'a',
      'Z',
      'é',
      '1',
      '_',
      '-',
      '\u2011',
      '’',
      "'",
      ' ',
      '\u00A0',
      '\u2003',
      '\n',
      '\t',
      ',',
      '(',
      '.',
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(''));

const same = (reference: RegExpExecArray | null, fromEnd: RegExpExecArray | null): void => {
  assert.deepEqual(fromEnd && [...fromEnd], reference && [...reference]);
};

describe('citations: expressions read from the end', () => {
  it('wordBefore finds what WORD_BEFORE finds', () => {
    fc.assert(
      fc.property(nearCitation, (text) => same(WORD_BEFORE.exec(text), wordBefore(text))),
      { numRuns: 20_000 },
    );
  });

  it('itsBefore finds what ITS_BEFORE finds', () => {
    fc.assert(
      fc.property(nearCitation, (text) => same(ITS_BEFORE.exec(text), itsBefore(text))),
      { numRuns: 20_000 },
    );
  });

  it('reads the usual contexts', () => {
    assert.equal(wordBefore('Recalling the Governing Council ')?.[1], 'Council');
    assert.equal(itsBefore('Recalling its ')?.[0], ' its ');
    assert.equal(itsBefore('its\u00A0')?.[0], 'its\u00A0');
    assert.equal(itsBefore('Recalling bits '), null);
  });
});
