// The words outside the excluded spans, for the word-level rules (un-spelling, un-terms,
// member-state-name). The index is computed once per model (`memo`) and is allocation-free to
// walk: offsets and a hash of each word's lower-case form in typed arrays, so a rule looks up the
// few words it cares about by hash and reads the text of those only.
import { memo } from '../memo';
import type { Resolution } from '../model';
import { isLetterCode } from '../text/characters';
import { excludedSpans } from './excluded-spans';
import type { Word } from './sentence';

/** The views of the whole text the word-level rules keep per model, here and in excluded-spans.ts (the word index alone is a dozen bytes a word). */
export const WHOLE_TEXT_VIEWS: readonly string[] = ['rules.quotedSpans', 'rules.excludedSpans', 'rules.wordIndex'];

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
      const lower = LETTER_LOWER[letter]!; // the table covers every code below 0x250
      if (lower === 0) break;
      hash = Math.imul(hash ^ lower, 16777619);
      index++;
    }
    let span = excluded[spanIndex];
    while (span !== undefined && span.end <= start) span = excluded[++spanIndex];
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
    const hash = wordHashes[index]!;
    const bit = (hash >>> 5) & 0x7fff;
    bits[bit] = bits[bit]! | (1 << (hash & 31));
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
    // index < count: within the index's arrays; the bitmap has a word for every 15-bit slot.
    const hash = hashes[index]!;
    if ((bits[(hash >>> 5) & 0x7fff]! & (1 << (hash & 31))) === 0 || !inTable(table, hash)) continue;
    const start = starts[index]!;
    const end = ends[index]!;
    visit({ start, end, text: text.slice(start, end) });
  }
}
