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

/**
 * The words from `start`, read as far as a match asks (up to MAX_WORDS; reading stops at
 * punctuation other than hyphens and apostrophes): most phrases are decided on one or two words.
 */
class Words {
  private readonly read: Word[] = [];
  private position: number;
  private done = false;
  constructor(
    private readonly text: string,
    start: number,
  ) {
    this.position = start;
  }
  /** The word at `index`, or undefined past the last one. */
  at(index: number): Word | undefined {
    while (!this.done && this.read.length <= index) this.readNext();
    return this.read[index];
  }
  private readNext(): void {
    if (this.read.length >= MAX_WORDS) {
      this.done = true;
      return;
    }
    GAP.lastIndex = this.position;
    GAP.exec(this.text);
    const wordStart = GAP.lastIndex;
    WORD.lastIndex = wordStart;
    const match = WORD.exec(this.text);
    if (!match) {
      this.done = true;
      return;
    }
    this.read.push({
      text: match[0],
      lower: match[0].toLowerCase(),
      start: wordStart,
      end: wordStart + match[0].length,
    });
    this.position = wordStart + match[0].length;
  }
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
  matchAt(words: Words, from: number): number {
    let node: TrieNode | undefined = this.root;
    let longest = 0;
    for (let index = from, word = words.at(index); word !== undefined; word = words.at(++index)) {
      node = node.next.get(word.lower);
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
function skipAdverbs(words: Words, adverbs: PhraseSet): number {
  let index = 0;
  for (let rounds = 0; rounds < 3; rounds++) {
    const length = adverbs.matchAt(words, index);
    if (length === 0 || words.at(index + length) === undefined) break;
    index += length;
  }
  return index;
}

/** Extends a match over postposed adverbs (`also`, `once again`, `with concern`) and a particle. */
function extendPostposed(words: Words, index: number, allowParticle: boolean): number {
  let end = index;
  let extended = false;
  for (let rounds = 0; rounds < 2; rounds++) {
    const length = postposed.matchAt(words, end);
    if (length === 0) break;
    end += length;
    extended = true;
  }
  const next = words.at(end);
  if (allowParticle && extended && next !== undefined && PARTICLES.has(next.lower)) end += 1;
  return end;
}

function build(text: string, words: Words, baseFrom: number, baseTo: number, end: number, known: boolean): PhraseMatch {
  const start = words.at(0)!.start;
  const stop = words.at(end - 1)!.end;
  const base: string[] = [];
  for (let index = baseFrom; index < baseTo; index++) base.push(words.at(index)!.text);
  return { start, end: stop, text: text.slice(start, stop), base: base.join(' '), known };
}

const isCapitalised = (word: Word): boolean => /^[A-Z\u00C0-\u00DE]/.test(word.text);

/** The opening phrase of a preambular paragraph starting at `start`, if it opens with a word. */
export function matchPreambularOpener(text: string, start: number): PhraseMatch | undefined {
  const words = new Words(text, start);
  const first = words.at(0);
  if (first === undefined || !isCapitalised(first)) return undefined;
  const baseFrom = skipAdverbs(words, preambleAdverbs);
  const length = openers.matchAt(words, baseFrom);
  if (length > 0) {
    const end = extendPostposed(words, baseFrom + length, false);
    return build(text, words, baseFrom, baseFrom + length, end, true);
  }
  // Not in the lexicon: a participle (-ing, `Having …`) or past participle is still an opener by form.
  const word = words.at(baseFrom)!;
  if (/ing$/i.test(word.text)) {
    const end = word.lower === 'having' && words.at(baseFrom + 1) !== undefined ? baseFrom + 2 : baseFrom + 1;
    return build(text, words, baseFrom, end, extendPostposed(words, end, false), false);
  }
  return build(text, words, baseFrom, baseFrom + 1, baseFrom + 1, false);
}

/** Where the known verb phrase of an operative paragraph lies among its first words (length 0: none known). */
interface VerbPhrase {
  words: Words;
  baseFrom: number;
  length: number;
}

function findOperativeVerb(text: string, start: number): VerbPhrase | undefined {
  const words = new Words(text, start);
  const first = words.at(0);
  if (first === undefined || !isCapitalised(first)) return undefined;
  const baseFrom = skipAdverbs(words, operativeAdverbs);
  const length = verbs.matchAt(words, baseFrom) || declarationVerbs.matchAt(words, baseFrom);
  return { words, baseFrom, length };
}

/** The verb phrase of an operative paragraph starting at `start`. */
export function matchOperativeVerb(text: string, start: number): PhraseMatch | undefined {
  const found = findOperativeVerb(text, start);
  if (!found) return undefined;
  const { words, baseFrom, length } = found;
  if (length === 0) return build(text, words, baseFrom, baseFrom + 1, baseFrom + 1, false);
  return build(text, words, baseFrom, baseFrom + length, extendPostposed(words, baseFrom + length, true), true);
}

/** True when the words at `start` open like an operative paragraph (a known verb phrase). */
export function opensWithOperativeVerb(text: string, start: number): boolean {
  const found = findOperativeVerb(text, start);
  return found !== undefined && found.length > 0 && /s$/.test(found.words.at(found.baseFrom)!.text);
}

/** True when the words at `start` open like a preambular paragraph (a known opener). */
export function opensWithPreambularOpener(text: string, start: number): boolean {
  const words = new Words(text, start);
  const first = words.at(0);
  if (first === undefined || !isCapitalised(first)) return false;
  return openers.matchAt(words, skipAdverbs(words, preambleAdverbs)) > 0;
}
