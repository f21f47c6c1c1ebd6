// Reading around a word: the words before and after it, whether it opens a sentence or a name,
// and a replacement in its capitalisation.
import { isLineBlank, isBlankOrBreak } from '../text/blanks';
import { isCapital, isLetter } from '../text/characters';

export interface Word {
  start: number;
  end: number;
  text: string;
}

/** The word before `position` (skipping blanks, stopping at other punctuation), or undefined. */
export function previousWord(text: string, position: number): Word | undefined {
  let at = position;
  const limit = Math.max(0, position - 60);
  while (at > limit && isBlankOrBreak(text[at - 1])) at--;
  const end = at;
  while (at > limit && isLetter(text[at - 1])) at--;
  return end > at ? { start: at, end, text: text.slice(at, end) } : undefined;
}

/** The word after `position` (skipping blanks), or undefined when punctuation comes first. */
export function nextWord(text: string, position: number): Word | undefined {
  let at = position;
  const limit = Math.min(text.length, position + 60);
  while (at < limit && isBlankOrBreak(text[at])) at++;
  const start = at;
  while (at < limit && isLetter(text[at])) at++;
  return at > start ? { start, end: at, text: text.slice(start, at) } : undefined;
}

/** True when a word at `start` begins a sentence, a paragraph, a list item or a line. */
export function atSentenceStart(text: string, start: number): boolean {
  let at = start;
  const limit = Math.max(0, start - 40);
  while (at > limit && isLineBlank(text[at - 1])) at--;
  if (at === 0) return true;
  const previous = text[at - 1];
  return (
    previous === '\n' ||
    previous === '\r' ||
    previous === '.' ||
    previous === '!' ||
    previous === '?' ||
    previous === ':' ||
    previous === ';' ||
    previous === ')' ||
    previous === '*'
  );
}

const NAME_CONNECTIVES = new Set(['of', 'for', 'on', 'and', 'in', 'against', 'to', 'de']);

/** A capitalised word that opens a sentence is a name when a capitalised word follows it, directly or after `of`/`for`… (`Center for Disease Control`). */
export function startsName(text: string, end: number): boolean {
  const next = nextWord(text, end);
  if (!next || text.slice(end, next.start).includes('\n\n')) return false;
  if (isCapital(next.text[0])) return true;
  if (!NAME_CONNECTIVES.has(next.text)) return false;
  let after = nextWord(text, next.end);
  if (after?.text === 'the') after = nextWord(text, after.end);
  return after !== undefined && isCapital(after.text[0]);
}

/** `replacement` with the capitalisation of `original` (first letter, or all capitals). */
export function matchCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase())
    return replacement.toUpperCase();
  if (isCapital(original[0])) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}
