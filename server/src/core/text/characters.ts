// Letters, digits and capitals as the word-level rules read them (Latin letters to U+024F: the
// names and spellings they check are English and French), and the typographic forms that match
// their plain ones.

export const isLetterCode = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);

export const isLetter = (char: string | undefined): boolean =>
  char !== undefined && char.length > 0 && isLetterCode(char.charCodeAt(0));

export const isDigitChar = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';
export const isDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39;

export const isCapital = (char: string | undefined): boolean =>
  char !== undefined && char !== char.toLowerCase() && char === char.toUpperCase();

/** The same character code for matching: curly apostrophes as `'`, non-breaking hyphens as `-`. */
export function foldCode(code: number): number {
  if (code === 0x2019 || code === 0x2018) return 0x27;
  if (code === 0x2010 || code === 0x2011) return 0x2d;
  return code;
}
