// The kinds of space (core/text/blanks.ts), each spelled out over the whole Basic Multilingual
// Plane: a class that gains or loses a character changes what a rule or the formatter sees.
import * as assert from 'node:assert/strict';
import {
  isBlankOrBreak,
  isBlankOrBreakCode,
  isLineBlank,
  isTypedBlank,
  isTypedBlankCode,
  isWhitespace,
  isWhitespaceOrZeroWidth,
} from '../../server/src/core/text/blanks';

/** The code points of the BMP a predicate accepts, in hex. */
function members(accepts: (char: string) => boolean): string[] {
  const found: string[] = [];
  for (let code = 0; code <= 0xffff; code++) if (accepts(String.fromCharCode(code))) found.push(code.toString(16));
  return found;
}

/** What `\s` matches: Unicode White_Space, the line terminators and U+FEFF. */
const WHITESPACE = [
  '9',
  'a',
  'b',
  'c',
  'd',
  '20',
  'a0',
  '1680',
  '2000',
  '2001',
  '2002',
  '2003',
  '2004',
  '2005',
  '2006',
  '2007',
  '2008',
  '2009',
  '200a',
  '2028',
  '2029',
  '202f',
  '205f',
  '3000',
  'feff',
];

describe('kinds of space', () => {
  it('white space is what \\s matches, and with a zero-width space', () => {
    assert.deepEqual(members(isWhitespace), WHITESPACE);
    assert.deepEqual(
      members(isWhitespaceOrZeroWidth),
      [...WHITESPACE, '200b'].sort((a, b) => parseInt(a, 16) - parseInt(b, 16)),
    );
  });

  it('blanks in a line, and with line breaks', () => {
    assert.deepEqual(members(isLineBlank), ['9', '20', 'a0', '2007', '2009', '202f']);
    assert.deepEqual(members(isBlankOrBreak), ['9', 'a', 'd', '20', 'a0', '2007', '2009', '202f']);
    assert.deepEqual(
      members((char) => isBlankOrBreakCode(char.charCodeAt(0))),
      members(isBlankOrBreak),
    );
  });

  it('typed blanks: space, tab and no-break space', () => {
    assert.deepEqual(members(isTypedBlank), ['9', '20', 'a0']);
    assert.deepEqual(
      members((char) => isTypedBlankCode(char.charCodeAt(0))),
      members(isTypedBlank),
    );
  });

  it('nothing is a space past the end of the text', () => {
    for (const accepts of [isWhitespace, isWhitespaceOrZeroWidth, isLineBlank, isBlankOrBreak, isTypedBlank])
      assert.equal(accepts(undefined), false);
    assert.equal(isBlankOrBreakCode(Number.NaN), false);
    assert.equal(isTypedBlankCode(Number.NaN), false);
  });
});
