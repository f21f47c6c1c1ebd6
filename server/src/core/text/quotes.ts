// Straight quotation marks and apostrophes (`"`, `'`) and the typographic ones the UN prints in
// their place (“ ” ‘ ’): which curly mark each straight one stands for, read from the characters
// around it. Shared by the curly-quotes rule (a finding and a fix per mark) and the formatter's
// opt-in `curlyQuotes` (all of them at once), so both decide alike.
//
// A straight mark is left undecided — not reported, not changed — where the text does not say
// which mark it is: after a digit with no quotation open on the line (`45°30'`, `12"`: primes for
// minutes and inches, not quotation marks), before a digit (`'90s`), between two blanks (a mark
// standing alone).
import type { Span } from '../model';
import type { TextEdit } from '../rules/types';

export interface CurlyQuote extends TextEdit {
  /** What the straight mark stands for, for a message. */
  role: 'opening' | 'closing' | 'apostrophe';
}

const isBlank = (char: string | undefined): boolean => char === undefined || /\s/.test(char);
const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';
/** What may stand right before an opening mark besides a blank: a bracket, a dash, a slash, the other kind of opening mark. */
const OPENS_BEFORE = new Set(['(', '[', '{', '\u2014', '\u2013', '/', '\u201c', '\u2018', '"', "'"]);

/**
 * The curly mark for each straight quotation mark and apostrophe of `text` outside `skip` (sorted,
 * not overlapping: debris, tables), in order. A double mark opens when a blank or a bracket stands
 * before it and something follows it, and closes otherwise; a single mark is an apostrophe or a
 * closing mark (’) after a letter or punctuation, and opens (‘) after a blank or a bracket.
 */
export function curlyQuotes(text: string, skip: readonly Span[] = []): CurlyQuote[] {
  const quotes: CurlyQuote[] = [];
  let skipIndex = 0;
  // Whether a double or single quotation opened on this line is still open: a mark after a digit
  // then closes it (`"Agenda 2030"`) rather than being a prime.
  let openDouble = false;
  let openSingle = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\n' || char === '\r') {
      openDouble = openSingle = false;
      continue;
    }
    if (char !== '"' && char !== "'") continue;
    while (skipIndex < skip.length && skip[skipIndex]!.end <= index) skipIndex++;
    const span = skip[skipIndex];
    if (span !== undefined && span.start <= index) {
      index = span.end - 1;
      continue;
    }
    const single = char === "'";
    const before = index > 0 ? text[index - 1] : undefined;
    const after = text[index + 1];
    if (isBlank(before) && isBlank(after)) continue;
    const opens = (isBlank(before) || OPENS_BEFORE.has(before!)) && !isBlank(after);
    // A single mark before a digit may be an apostrophe (`'90s`) as well as an opening mark.
    if (single && opens && isDigit(after)) continue;
    if (!opens && isDigit(before) && !(single ? openSingle : openDouble)) continue;
    if (single) openSingle = opens;
    else openDouble = opens;
    const role: CurlyQuote['role'] = opens ? 'opening' : single && !isBlank(after) ? 'apostrophe' : 'closing';
    const newText = single ? (opens ? '\u2018' : '\u2019') : opens ? '\u201c' : '\u201d';
    quotes.push({ start: index, end: index + 1, newText, role });
  }
  return quotes;
}
