// The kinds of space the core tells apart, in one place. They differ on purpose: a paragraph's
// end is found behind any white space, even a zero-width one; a phrase may wrap onto the next line
// but not across other characters; what a keyboard types is narrower than what a PDF pastes. A
// call site picks the class it needs by name instead of keeping its own copy.
// (parser/lines.ts keeps its own `isBlankChar` for the line splitter: it is being reworked.)

/** Any white space or line break that `\s` knows (Unicode White_Space and U+FEFF). */
export const isWhitespace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);

/** `isWhitespace` or a zero-width space (U+200B), which pasted texts leave at a paragraph's end. */
export const isWhitespaceOrZeroWidth = (char: string | undefined): boolean =>
  char !== undefined && /[\s\u200B]/.test(char);

/** Blanks inside a line: space, tab, no-break space, narrow no-break, thin and figure spaces. */
export const isLineBlank = (char: string | undefined): boolean =>
  char === ' ' || char === '\t' || char === '\u00a0' || char === '\u202f' || char === '\u2009' || char === '\u2007';

/** `isLineBlank` or a line break (a name or phrase may be wrapped in hard-wrapped print). */
export const isBlankOrBreak = (char: string | undefined): boolean =>
  isLineBlank(char) || char === '\n' || char === '\r';

/** `isBlankOrBreak` of a character code (NaN, past the end, is no space). */
export const isBlankOrBreakCode = (code: number): boolean =>
  code === 0x20 ||
  code === 0x0a ||
  code === 0x0d ||
  code === 0x09 ||
  code === 0xa0 ||
  code === 0x202f ||
  code === 0x2009 ||
  code === 0x2007;

/** The blanks a keyboard types: space, tab and no-break space (what on-type formatting sees before the cursor). */
export const isTypedBlank = (char: string | undefined): boolean => char === ' ' || char === '\t' || char === '\u00a0';

/** `isTypedBlank` of a character code: the blanks the formatter lays out (indentation, the gap after a number). */
export const isTypedBlankCode = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0xa0;
