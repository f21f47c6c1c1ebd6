// Text scanning shared by the word-level rules (un-spelling, un-terms, member-state-name): which
// parts of the text are quoted titles or debris, the words outside them, word reading and phrase
// matching with any run of blanks standing for one space.
//
// The derived views (quoted spans, excluded spans, the word index) are computed once per model
// (`memo`) and shared by every rule; the word index is allocation-free to walk: offsets and a hash
// of each word's lower-case form in typed arrays, so a rule looks up the few words it cares about
// by hash and reads the text of those only.
import { houseStyle } from '../data/house-style';
import { memo } from '../memo';
import type { Resolution, Span } from '../model';

/** A word-level rule stops reporting after this many findings (a pathological paste cannot flood the editor or stall the server). */
export const MAX_FINDINGS = 10000;

export const isLetterCode = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);

export const isLetter = (char: string | undefined): boolean => char !== undefined && char.length > 0 && isLetterCode(char.charCodeAt(0));

export const isDigitChar = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';
export const isDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** Blanks inside a line: space, tab, no-break spaces, thin spaces. */
export const isBlank = (char: string | undefined): boolean =>
  char === ' ' || char === '\t' || char === '\u00a0' || char === '\u202f' || char === '\u2009' || char === '\u2007';

/** Blanks or line breaks (a name or phrase may be wrapped in hard-wrapped print). */
export const isSpace = (char: string | undefined): boolean => isBlank(char) || char === '\n' || char === '\r';

/** `isSpace` of a character code (NaN, past the end, is no space). */
export const isSpaceCode = (code: number): boolean =>
  code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x2007;

/** The same character code for matching: curly apostrophes as `'`, non-breaking hyphens as `-`. */
export function foldCode(code: number): number {
  if (code === 0x2019 || code === 0x2018) return 0x27;
  if (code === 0x2010 || code === 0x2011) return 0x2d;
  return code;
}

/** The same character for matching: curly apostrophes as `'`, non-breaking hyphens as `-`. */
export function foldChar(char: string): string {
  if (char === '’' || char === '‘') return "'";
  if (char === '\u2010' || char === '\u2011') return '-';
  return char;
}

/**
 * Matches `phrase` at `position`: a space in the phrase matches any run of blanks and at most one
 * line break, apostrophes and hyphens match their typographic forms. Returns the end, or -1.
 */
export function matchPhrase(text: string, position: number, phrase: string, ignoreCase = false): number {
  let at = position;
  for (let index = 0; index < phrase.length; index++) {
    const wanted = phrase.charCodeAt(index);
    if (wanted === 0x20) {
      if (!isSpaceCode(text.charCodeAt(at))) return -1;
      let breaks = 0;
      while (at < text.length) {
        const code = text.charCodeAt(at);
        if (!isSpaceCode(code)) break;
        if (code === 0x0a) breaks++;
        at++;
      }
      if (breaks > 1) return -1;
      continue;
    }
    if (at >= text.length) return -1;
    const folded = foldCode(text.charCodeAt(at));
    if (folded !== wanted) {
      if (!ignoreCase) return -1;
      if (String.fromCharCode(folded).toLowerCase() !== String.fromCharCode(wanted).toLowerCase()) return -1;
    }
    at++;
  }
  return at;
}

/** Sorted, non-overlapping spans; `contains` must be asked with non-decreasing positions. */
export class SpanCursor {
  private index = 0;
  constructor(private readonly spans: readonly Span[]) {}
  contains(position: number): boolean {
    while (this.index < this.spans.length && this.spans[this.index].end <= position) this.index++;
    const span = this.spans[this.index];
    return span !== undefined && span.start <= position;
  }
}

/**
 * Text between quotation marks (“…”, "…"): titles of documents and events, quoted words, which
 * are cited as written. A quotation never runs past the end of its line (past a blank line in
 * hard-wrapped print); an unclosed quotation mark quotes nothing. Computed once per model; do not
 * modify the array.
 */
/** The views of the whole text this module keeps per model (the word index alone is a dozen bytes a word). */
export const WHOLE_TEXT_VIEWS: readonly string[] = ['rules.quotedSpans', 'rules.excludedSpans', 'rules.wordIndex'];

export function quotedSpans(model: Resolution): Span[] {
  return memo(model, 'rules.quotedSpans', computeQuotedSpans);
}

/** The characters that matter to quotations: line breaks (\n, \r\n or a lone \r) and quotation marks. */
const QUOTE_STOPS = /[\n\r\u201c\u201d\u201e"]/g;

function computeQuotedSpans(model: Resolution): Span[] {
  const text = model.text;
  const wrapped = model.wrapped;
  const spans: Span[] = [];
  let open = -1;
  let straight = false;
  /** Start of the current line. */
  let lineStart = 0;
  const stops = new RegExp(QUOTE_STOPS);
  let match: RegExpExecArray | null;
  while ((match = stops.exec(text)) !== null) {
    const index = match.index;
    const code = text.charCodeAt(index);
    // A \r is a line break of its own only when no \n follows (else the \n is).
    if (code === 0x0d && text.charCodeAt(index + 1) === 0x0a) continue;
    if (code === 0x0a || code === 0x0d) {
      if (open >= 0) {
        // In hard-wrapped print a quotation runs on to the next line, but not past a blank line.
        let lineBlank = true;
        if (wrapped) {
          for (let at = lineStart; at < index; at++) {
            if (!isSpaceCode(text.charCodeAt(at))) {
              lineBlank = false;
              break;
            }
          }
        }
        if (!wrapped || lineBlank) open = -1;
      }
      lineStart = index + 1;
    } else if (code === 0x201c || code === 0x201e) {
      open = index;
      straight = false;
    } else if (code === 0x201d) {
      if (open >= 0 && !straight) spans.push({ start: open, end: index + 1 });
      open = -1;
    } else {
      if (open >= 0 && straight) {
        spans.push({ start: open, end: index + 1 });
        open = -1;
      } else if (open < 0) {
        open = index;
        straight = true;
      }
    }
  }
  return spans;
}

/** Spans no word-level rule looks into: quotations and document-system debris, merged and sorted. Computed once per model; do not modify the array. */
export function excludedSpans(model: Resolution): Span[] {
  return memo(model, 'rules.excludedSpans', computeExcludedSpans);
}

function computeExcludedSpans(model: Resolution): Span[] {
  const annexes = houseStyle(model.organ).annexesKeepTheirWording ? model.annexes : [];
  const all = [...quotedSpans(model), ...model.debris, ...annexes].map(({ start, end }) => ({ start, end }));
  // Quoted spans come sorted; the debris and annexes are merged in by a (stable) sort.
  if (model.debris.length > 0 || annexes.length > 0) all.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of all) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push(span);
  }
  return merged;
}

export interface Word {
  start: number;
  end: number;
  text: string;
}

/**
 * Every run of letters outside the excluded spans, in order: offsets, and a hash of the word in
 * lower case (`hashLower`) to find the words a rule cares about without reading the others.
 */
export interface WordIndex {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
}

/**
 * For each code below 0x250: its lower case when it is a letter (`isLetterCode`), else 0. Every
 * such letter lower-cases to one code unit, except İ (two): it gets a code no list word contains.
 */
const LETTER_LOWER = (() => {
  const table = new Uint16Array(0x250);
  for (let code = 0; code < table.length; code++) {
    if (!isLetterCode(code)) continue;
    const lower = String.fromCharCode(code).toLowerCase();
    table[code] = lower.length === 1 ? lower.charCodeAt(0) : 0xffff;
  }
  return table;
})();

const HASH_SEED = 0x811c9dc5 | 0;
/** Hashes are kept to 30 bits: small integers for V8, no heap numbers. */
const HASH_MASK = 0x3fffffff;

/** The hash `WordIndex.hashes` holds for a word whose lower case is `lower` (letters only). */
export function hashLower(lower: string): number {
  return hashLowerPair(lower, '');
}

/** `hashLower` of `head` and `ending` written one after the other, without joining them. */
export function hashLowerPair(head: string, ending: string): number {
  let hash = HASH_SEED;
  for (let index = 0; index < head.length; index++) hash = Math.imul(hash ^ head.charCodeAt(index), 16777619);
  for (let index = 0; index < ending.length; index++) hash = Math.imul(hash ^ ending.charCodeAt(index), 16777619);
  return hash & HASH_MASK;
}

export function wordIndex(model: Resolution): WordIndex {
  return memo(model, 'rules.wordIndex', computeWordIndex);
}

function computeWordIndex(model: Resolution): WordIndex {
  const text = model.text;
  const length = text.length;
  const excluded = excludedSpans(model);
  let capacity = Math.max(16, length >> 3);
  let starts: Int32Array = new Int32Array(capacity);
  let ends: Int32Array = new Int32Array(capacity);
  let hashes: Int32Array = new Int32Array(capacity);
  let count = 0;
  let spanIndex = 0;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code >= 0x250 || LETTER_LOWER[code] === 0) {
      index++;
      continue;
    }
    const start = index;
    let hash = HASH_SEED;
    // (Never read past the end: charCodeAt's NaN would make the loop's numbers doubles.)
    while (index < length) {
      const letter = text.charCodeAt(index);
      if (letter >= 0x250) break;
      const lower = LETTER_LOWER[letter];
      if (lower === 0) break;
      hash = Math.imul(hash ^ lower, 16777619);
      index++;
    }
    while (spanIndex < excluded.length && excluded[spanIndex].end <= start) spanIndex++;
    const span = excluded[spanIndex];
    if (span !== undefined && span.start <= start) continue;
    if (count === capacity) {
      capacity *= 2;
      const grow = (array: Int32Array): Int32Array => {
        const bigger = new Int32Array(capacity);
        bigger.set(array);
        return bigger;
      };
      starts = grow(starts);
      ends = grow(ends);
      hashes = grow(hashes);
    }
    starts[count] = start;
    ends[count] = index;
    hashes[count] = hash & HASH_MASK;
    count++;
  }
  return { count, starts, ends, hashes };
}

/**
 * A set of words (any case) for `forEachWordOf`: a bitmap of 2^20 bits of their hashes, then the
 * hashes themselves in an open-addressed table (−1 marks a free slot; hashes are never negative).
 * A table of typed integers is built many times faster than a Set of the same 30,000 numbers,
 * which every process that checks a text pays for once (un-spelling's wrong forms).
 */
export interface WordFilter {
  bits: Uint32Array;
  table: Int32Array;
}

export function wordFilter(words: Iterable<string>): WordFilter {
  return wordFilterOfHashes([...words].map((word) => hashLower(word.toLowerCase())));
}

/** The filter of the words whose `hashLower` are `wordHashes`. */
export function wordFilterOfHashes(wordHashes: ArrayLike<number>): WordFilter {
  const bits = new Uint32Array(1 << 15);
  // At most half full: a lookup ends after a probe or two.
  let size = 16;
  while (size < wordHashes.length * 2) size *= 2;
  const table = new Int32Array(size).fill(-1);
  const mask = size - 1;
  for (let index = 0; index < wordHashes.length; index++) {
    const hash = wordHashes[index];
    bits[(hash >>> 5) & 0x7fff] |= 1 << (hash & 31);
    let slot = hash & mask;
    while (table[slot] !== -1 && table[slot] !== hash) slot = (slot + 1) & mask;
    table[slot] = hash;
  }
  return { bits, table };
}

/** Whether `hash` is one of the filter's hashes. */
function inTable(table: Int32Array, hash: number): boolean {
  const mask = table.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const held = table[slot];
    if (held === hash) return true;
    if (held === -1) return false;
  }
}

/** Calls `visit` for every run of letters outside the excluded spans, in order. */
export function forEachWord(model: Resolution, visit: (word: Word) => void): void {
  const text = model.text;
  const { count, starts, ends } = wordIndex(model);
  for (let index = 0; index < count; index++) {
    const start = starts[index];
    const end = ends[index];
    visit({ start, end, text: text.slice(start, end) });
  }
}

/**
 * Calls `visit` for the words outside the excluded spans that are one of the filter's words in any
 * case (and, on a hash collision, a few others: the caller checks the word itself).
 */
export function forEachWordOf(model: Resolution, filter: WordFilter, visit: (word: Word) => void): void {
  const text = model.text;
  const { count, starts, ends, hashes } = wordIndex(model);
  const bits = filter.bits;
  const table = filter.table;
  for (let index = 0; index < count; index++) {
    const hash = hashes[index];
    if ((bits[(hash >>> 5) & 0x7fff] & (1 << (hash & 31))) === 0 || !inTable(table, hash)) continue;
    const start = starts[index];
    const end = ends[index];
    visit({ start, end, text: text.slice(start, end) });
  }
}

/** The word before `position` (skipping blanks, stopping at other punctuation), or undefined. */
export function previousWord(text: string, position: number): Word | undefined {
  let at = position;
  const limit = Math.max(0, position - 60);
  while (at > limit && isSpace(text[at - 1])) at--;
  const end = at;
  while (at > limit && isLetter(text[at - 1])) at--;
  return end > at ? { start: at, end, text: text.slice(at, end) } : undefined;
}

/** The word after `position` (skipping blanks), or undefined when punctuation comes first. */
export function nextWord(text: string, position: number): Word | undefined {
  let at = position;
  const limit = Math.min(text.length, position + 60);
  while (at < limit && isSpace(text[at])) at++;
  const start = at;
  while (at < limit && isLetter(text[at])) at++;
  return at > start ? { start, end: at, text: text.slice(start, at) } : undefined;
}

export const isCapital = (char: string | undefined): boolean => char !== undefined && char !== char.toLowerCase() && char === char.toUpperCase();

/** True when a word at `start` begins a sentence, a paragraph, a list item or a line. */
export function atSentenceStart(text: string, start: number): boolean {
  let at = start;
  const limit = Math.max(0, start - 40);
  while (at > limit && isBlank(text[at - 1])) at--;
  if (at === 0) return true;
  const previous = text[at - 1];
  return previous === '\n' || previous === '\r' || previous === '.' || previous === '!' || previous === '?' || previous === ':' || previous === ';' || previous === ')' || previous === '*';
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
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase()) return replacement.toUpperCase();
  if (isCapital(original[0])) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}

/**
 * Field labels of a sanctions-list entry (`DOB: 01 August 1979`, `a.k.a.`, `Passport no.:`,
 * `Location: Pyongyang, North Korea`): the entry records a person's or an entity's particulars as
 * the designating States submitted them, not the resolution's own prose.
 */
const LIST_ENTRY_FIELD = /(?:^|[\s;(])(?:DOB|POB|a\.k\.a\.|f\.k\.a\.|[Aa]lias(?:es)?:|Passport(?: [Nn]o\.?| number)?:?|Nationality:|Identifiers:|Address(?:es)?:|Location:|Designation:|Gender:|SWIFT\/BIC|Listed on:?|Date of birth:|Place of birth:)/;

const LIST_ENTRY_FIELDS = new RegExp(LIST_ENTRY_FIELD.source, 'g');

/** True when the line holding `position` is an entry of a sanctions list (it carries an entry's field labels). */
export function inListEntry(text: string, position: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', position - 1) + 1, 0);
  let lineEnd = text.indexOf('\n', position);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  // A short line with one label is an entry's line (`c. Identifiers: DOB: …`); a long one must carry
  // two labels (an entry on one line, `Title: … DOB: … Nationality: …`): prose may name one.
  const labels = line.match(LIST_ENTRY_FIELDS)?.length ?? 0;
  return labels >= 2 || (labels === 1 && line.length < 400);
}
