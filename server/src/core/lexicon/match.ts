// Longest-match recognition of opening phrases: `Recalling also` beats `Recalling`,
// `Takes note with appreciation` beats `Takes note`, `Calls once again upon` is one verb phrase.
import {
  DECLARATION_VERBS,
  OPERATIVE_LEADING_ADVERBS,
  OPERATIVE_VERBS,
  POSTPOSED_ADVERBS,
  PREAMBLE_LEADING_ADVERBS,
  PREAMBULAR_OPENERS,
} from './phrases';

export interface PhraseMatch {
  /** Offsets into the searched text. */
  start: number;
  end: number;
  text: string;
  /** The base phrase from the lexicon, without adverbs (`Recalling`, `Takes note`). */
  base: string;
  /** True when the base phrase is in the lexicon; false when recognised by form only. */
  known: boolean;
}

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const MAX_WORDS = 8;
const WORD = /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’\u2011-]*/y;
// Words are separated by ordinary or no-break spaces; emphasis markers (`*Recalling*`) are skipped.
const GAP = /[ \u00A0\u2000-\u200B\u202F\t*_]*/y;

/** Reads up to MAX_WORDS words from `start` (stops at punctuation other than hyphens/apostrophes). */
function readWords(text: string, start: number): Word[] {
  const words: Word[] = [];
  let position = start;
  while (words.length < MAX_WORDS) {
    GAP.lastIndex = position;
    GAP.exec(text);
    const wordStart = GAP.lastIndex;
    WORD.lastIndex = wordStart;
    const match = WORD.exec(text);
    if (!match) break;
    words.push({ text: match[0], lower: match[0].toLowerCase(), start: wordStart, end: wordStart + match[0].length });
    position = wordStart + match[0].length;
  }
  return words;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** A phrase ends here. */
  terminal: boolean;
}

/** Phrases as a word trie: the longest match is one walk, with no strings built. */
class PhraseSet {
  private readonly root: TrieNode = { next: new Map(), terminal: false };
  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      let node = this.root;
      for (const word of entry.toLowerCase().split(' ')) {
        let child = node.next.get(word);
        if (!child) {
          child = { next: new Map(), terminal: false };
          node.next.set(word, child);
        }
        node = child;
      }
      node.terminal = true;
    }
  }
  /** Number of words of the longest phrase matching `words` from `from`, or 0. */
  matchAt(words: Word[], from: number): number {
    let node: TrieNode | undefined = this.root;
    let longest = 0;
    for (let index = from; index < words.length; index++) {
      node = node.next.get(words[index].lower);
      if (!node) break;
      if (node.terminal) longest = index - from + 1;
    }
    return longest;
  }
}

const openers = new PhraseSet(PREAMBULAR_OPENERS);
const verbs = new PhraseSet(OPERATIVE_VERBS);
const declarationVerbs = new PhraseSet(DECLARATION_VERBS);
const preambleAdverbs = new PhraseSet(PREAMBLE_LEADING_ADVERBS);
const operativeAdverbs = new PhraseSet(OPERATIVE_LEADING_ADVERBS);
const postposed = new PhraseSet(POSTPOSED_ADVERBS);
const PARTICLES = new Set(['upon', 'on', 'for', 'to', 'note', 'attention']);

/** Skips leading adverbs; returns the index of the first word after them. */
function skipAdverbs(words: Word[], adverbs: PhraseSet): number {
  let index = 0;
  for (let rounds = 0; rounds < 3; rounds++) {
    const length = adverbs.matchAt(words, index);
    if (length === 0 || index + length >= words.length) break;
    index += length;
  }
  return index;
}

/** Extends a match over postposed adverbs (`also`, `once again`, `with concern`) and a particle. */
function extendPostposed(words: Word[], index: number, allowParticle: boolean): number {
  let end = index;
  let extended = false;
  for (let rounds = 0; rounds < 2; rounds++) {
    const length = postposed.matchAt(words, end);
    if (length === 0) break;
    end += length;
    extended = true;
  }
  if (allowParticle && extended && end < words.length && PARTICLES.has(words[end].lower)) end += 1;
  return end;
}

function build(text: string, words: Word[], baseFrom: number, baseTo: number, end: number, known: boolean): PhraseMatch {
  const start = words[0].start;
  const stop = words[end - 1].end;
  return {
    start,
    end: stop,
    text: text.slice(start, stop),
    base: words.slice(baseFrom, baseTo).map((word) => word.text).join(' '),
    known,
  };
}

const isCapitalised = (word: Word): boolean => /^[A-Z\u00C0-\u00DE]/.test(word.text);

/** The opening phrase of a preambular paragraph starting at `start`, if it opens with a word. */
export function matchPreambularOpener(text: string, start: number): PhraseMatch | undefined {
  const words = readWords(text, start);
  if (words.length === 0 || !isCapitalised(words[0])) return undefined;
  const baseFrom = skipAdverbs(words, preambleAdverbs);
  const length = openers.matchAt(words, baseFrom);
  if (length > 0) {
    const end = extendPostposed(words, baseFrom + length, false);
    return build(text, words, baseFrom, baseFrom + length, end, true);
  }
  // Not in the lexicon: a participle (-ing, `Having …`) or past participle is still an opener by form.
  const word = words[baseFrom];
  if (/ing$/i.test(word.text)) {
    const end = word.lower === 'having' && words.length > baseFrom + 1 ? baseFrom + 2 : baseFrom + 1;
    return build(text, words, baseFrom, end, extendPostposed(words, end, false), false);
  }
  return build(text, words, baseFrom, baseFrom + 1, baseFrom + 1, false);
}

/** The verb phrase of an operative paragraph starting at `start`. */
export function matchOperativeVerb(text: string, start: number): PhraseMatch | undefined {
  const words = readWords(text, start);
  if (words.length === 0 || !isCapitalised(words[0])) return undefined;
  const baseFrom = skipAdverbs(words, operativeAdverbs);
  for (const set of [verbs, declarationVerbs]) {
    const length = set.matchAt(words, baseFrom);
    if (length > 0) {
      const end = extendPostposed(words, baseFrom + length, true);
      return build(text, words, baseFrom, baseFrom + length, end, true);
    }
  }
  return build(text, words, baseFrom, baseFrom + 1, baseFrom + 1, false);
}

/** True when the words at `start` open like an operative paragraph (a known verb phrase). */
export function opensWithOperativeVerb(text: string, start: number): boolean {
  const match = matchOperativeVerb(text, start);
  return match !== undefined && match.known && /s$/.test(match.base.split(' ')[0]);
}

/** True when the words at `start` open like a preambular paragraph (a known opener). */
export function opensWithPreambularOpener(text: string, start: number): boolean {
  const match = matchPreambularOpener(text, start);
  return match !== undefined && match.known;
}
