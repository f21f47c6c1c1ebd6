/**
 * Verb forms for the opener rules: turning an operative verb (`Recalls`) into the participle
 * that opens a preambular paragraph (`Recalling`) and back, recognising participles and
 * adjectives by their form, and the phrases that Model UN handbooks invented.
 *
 * Written from English grammar, not copied from any text: regular forms are derived by rule,
 * the exceptions are listed here.
 */

/** Third person singular forms whose participle is not derived by the regular rules. */
export const IRREGULAR_PARTICIPLES: Readonly<Record<string, string>> = {
  is: 'being',
  has: 'having',
  does: 'doing',
  goes: 'going',
  undergoes: 'undergoing',
  sees: 'seeing',
  foresees: 'foreseeing',
  oversees: 'overseeing',
  agrees: 'agreeing',
  guarantees: 'guaranteeing',
  decrees: 'decreeing',
  frees: 'freeing',
  dies: 'dying',
  lies: 'lying',
  ties: 'tying',
  vetoes: 'vetoing',
  echoes: 'echoing',
};

/**
 * Verbs of more than one syllable that double their final consonant before -ing (stress on the
 * last syllable, and the British doubling of a final l that the UN follows: *travelling*).
 * One-syllable verbs ending in a single vowel and a consonant (*plan*, *ban*, *stop*) double by rule.
 */
export const DOUBLING_VERBS: ReadonlySet<string> = new Set([
  'abet', 'acquit', 'admit', 'allot', 'annul', 'begin', 'cancel', 'channel', 'commit', 'compel',
  'concur', 'confer', 'control', 'counsel', 'defer', 'deter', 'dispel', 'distil', 'emit', 'enrol',
  'equip', 'excel', 'expel', 'forget', 'fuel', 'fulfil', 'incur', 'instil', 'label', 'level',
  'model', 'occur', 'omit', 'outstrip', 'patrol', 'permit', 'prefer', 'propel', 'quit', 'rebut',
  'recommit', 'recur', 'refer', 'regret', 'remit', 'signal', 'submit', 'total', 'transfer',
  'transmit', 'travel', 'upset',
]);

/**
 * Adjectives that open preambular paragraphs (*Mindful of*, *Aware that*), beyond those the
 * suffixes in ADJECTIVE_SUFFIX recognise.
 */
export const PREAMBLE_ADJECTIVES: ReadonlySet<string> = new Set([
  'aware', 'keen', 'eager', 'ready', 'sure', 'certain', 'alive', 'firm', 'glad', 'proud', 'willing',
  'sensible', 'unable', 'able', 'alert', 'open',
]);

/** Past participles used as adjectives that do not end in -ed (*Given*, *Moved*, *Shaken*). */
export const IRREGULAR_PAST_PARTICIPLES: ReadonlySet<string> = new Set([
  'given', 'taken', 'shaken', 'driven', 'stricken', 'struck', 'bound', 'borne', 'known', 'done',
  'moved', 'held', 'led', 'made', 'spurred', 'caught', 'brought', 'sought', 'taught', 'thought',
  'heard', 'seen', 'met', 'won', 'kept', 'felt', 'left', 'torn', 'worn', 'grown', 'shown',
]);

/** Endings of adjectives that open preambular paragraphs: *Mindful*, *Desirous*, *Cognizant*, *Confident*, *Appreciative*. */
export const ADJECTIVE_SUFFIX = /(?:ful|ous|ant|ent|ive|ible|able)$/;

/**
 * Openers that Model UN handbooks list but United Nations resolutions do not use, with the
 * UN's own wording. Matched on the paragraph's first words, case-insensitively.
 */
export const MODEL_UN_PREAMBLE_PHRASES: ReadonlyArray<{ phrase: string; instead: string }> = [
  { phrase: 'Fully alarmed', instead: 'Alarmed' },
  { phrase: 'Fully believing', instead: 'Convinced' },
  { phrase: 'Fully bearing in mind', instead: 'Bearing in mind' },
  { phrase: 'Noting with zest', instead: 'Noting with satisfaction' },
  { phrase: 'Viewing with appreciation', instead: 'Noting with appreciation' },
  { phrase: 'Having devoted attention', instead: 'Having considered' },
];

/** Operative phrases that Model UN handbooks list but United Nations resolutions do not use. */
export const MODEL_UN_OPERATIVE_PHRASES: ReadonlyArray<{ phrase: string; instead: string }> = [
  { phrase: 'Has resolved', instead: 'Resolves' },
  { phrase: 'Declares accordingly', instead: 'Declares' },
];

const VOWEL = /[aeiou]/;

function matchCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return word.toUpperCase();
  if (/^[A-Z]/.test(model)) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

/** `Recalls` → `Recall`, `Stresses` → `Stress`, `Applies` → `Apply`, `Welcomes` → `Welcome`. */
export function baseOfThirdPerson(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (!/^[a-z][a-z-]*s$/.test(lower) || lower.length < 3 || /(?:ss|us|is)$/.test(lower)) return undefined;
  if (/[^aeiou]ies$/.test(lower)) return lower.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|zz|o)es$/.test(lower)) return lower.slice(0, -2);
  return lower.slice(0, -1);
}

/** `recall` → `recalling`, `welcome` → `welcoming`, `commit` → `committing`, `plan` → `planning`. */
export function participleOfBase(base: string): string {
  const lower = base.toLowerCase();
  if (/ie$/.test(lower)) return lower.slice(0, -2) + 'ying';
  if (/(?:ee|ye|oe)$/.test(lower)) return lower + 'ing';
  if (/e$/.test(lower) && lower.length > 2) return lower.slice(0, -1) + 'ing';
  // The last part of a hyphenated verb decides (`re-emphasize`, `re-commit`).
  const last = lower.slice(lower.lastIndexOf('-') + 1);
  const monosyllableCvc = /^[^aeiouy]*[aeiou][bcdfgklmnprstvz]$/.test(last);
  if (DOUBLING_VERBS.has(last) || monosyllableCvc) return lower + lower.charAt(lower.length - 1) + 'ing';
  return lower + 'ing';
}

/**
 * The present participle of a verb in the third person singular, keeping its capitalisation:
 * `Recalls` → `Recalling`, `Notes` → `Noting`, `Commits` → `Committing`, `Is` → `Being`.
 */
export function participleOf(word: string): string | undefined {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR_PARTICIPLES[lower];
  if (irregular) return matchCase(word, irregular);
  const base = baseOfThirdPerson(lower);
  if (!base || !VOWEL.test(base)) return undefined;
  return matchCase(word, participleOfBase(base));
}

/** The third person singular of a base form: `Request` → `Requests`, `Stress` → `Stresses`, `Apply` → `Applies`. */
export function thirdPersonOf(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (!/^[a-z][a-z-]*$/.test(lower) || lower.length < 2) return undefined;
  let result: string;
  if (lower === 'be' || lower === 'are') result = 'is';
  else if (lower === 'have') result = 'has';
  else if (/[^aeiou]y$/.test(lower)) result = lower.slice(0, -1) + 'ies';
  else if (/(?:s|sh|ch|x|z|o)$/.test(lower)) result = lower + 'es';
  else result = lower + 's';
  return matchCase(word, result);
}

/** Words in -ing that are not participles. */
const ING_NOUNS: ReadonlySet<string> = new Set(['king', 'ring', 'spring', 'string', 'wing', 'ceiling', 'morning', 'evening', 'during', 'sibling', 'pudding']);

/** True for a word that is a present participle by form (`Recalling`, `Bearing`), not a noun in -ing (`King`). */
export function isPresentParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  return lower.length >= 5 && lower.endsWith('ing') && VOWEL.test(lower.slice(0, -3)) && !ING_NOUNS.has(lower) && !/thing$/.test(lower);
}

/** True for a past participle or adjective that can open a preambular paragraph (`Alarmed`, `Seized`, `Mindful`, `Cognizant`). */
export function isAdjectiveOrPastParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower.length > 4 && /ed$/.test(lower)) return true;
  if (IRREGULAR_PAST_PARTICIPLES.has(lower) || PREAMBLE_ADJECTIVES.has(lower)) return true;
  return lower.length > 5 && ADJECTIVE_SUFFIX.test(lower);
}

export interface OpeningWord {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** The character right after the word (`,` in `In this regard, expressing`). */
  next: string;
}

/** `[A-Za-z\u00C0-\u024F]`: a letter a word starts with. */
const isWordStartCode = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0x24f);
/** A letter, an apostrophe, a non-breaking or plain hyphen: what a word goes on with. */
const isWordCode = (code: number): boolean => isWordStartCode(code) || code === 0x27 || code === 0x2019 || code === 0x2011 || code === 0x2d;
/** `[ \u00A0\t\r\n*_]`: what may stand between words. */
const isGapCode = (code: number): boolean => code === 0x20 || code === 0xa0 || code === 0x09 || code === 0x0d || code === 0x0a || code === 0x2a || code === 0x5f;

/**
 * Up to `limit` words from `start`, never reading past `end`; words may be separated by blanks
 * and by a comma (`In this regard, expressing`). Stops at any other character.
 * (Read code by code: this runs for every paragraph, and match arrays were most of its cost.)
 */
export function openingWords(text: string, start: number, end: number, limit = 8): OpeningWord[] {
  const words: OpeningWord[] = [];
  const length = text.length;
  let position = start;
  const stop = Math.min(end, length, start + 400);
  while (words.length < limit && position < stop) {
    let wordStart = position;
    while (wordStart < length && isGapCode(text.charCodeAt(wordStart))) wordStart++;
    if (wordStart >= stop || !isWordStartCode(text.charCodeAt(wordStart))) break;
    let wordEnd = wordStart + 1;
    while (wordEnd < stop && isWordCode(text.charCodeAt(wordEnd))) wordEnd++;
    const word = text.slice(wordStart, wordEnd);
    const next = text.charAt(wordEnd);
    words.push({ text: word, lower: word.toLowerCase(), start: wordStart, end: wordEnd, next });
    position = wordEnd;
    if (next === ',') position += 1;
    else if (next !== '' && !isGapCode(next.charCodeAt(0))) break;
  }
  return words;
}
