// Context-aware completion: what to offer at an offset of a parsed resolution. Pure: the model and
// an offset in, items with their replace range out; the LSP glue converts offsets to positions.
//
// Contexts, decided from the model (paragraphs before the cursor's line) and the text of the line:
//   - before any organ line and any paragraph (an empty document, the masthead): the organ lines,
//     and on an otherwise blank document the skeletons of whole texts;
//   - after `resolution ` / `resolutions ` / `decision `: citations from the catalogue;
//   - at the start of a paragraph in the preamble: openers only (also/further forms of used ones
//     first, then their usual continuations) and `1.`, which starts the operative part;
//   - at the start of a paragraph in the operative part: the next sub-paragraph label when a list is
//     open, then verbs with the next paragraph number, their continuations and the organ's usual
//     closing paragraphs; after the paragraph that ends the text with a period, the closing lines;
//   - on a capitalised word inside a paragraph: Member State names and UN body names.
// The server is the only source of these items: the extension contributes no snippets, so the list
// holds each phrase once and only where it fits.
// Never throws; work is linear in the text size (one pass over the paragraphs before the cursor).
import { ordinalWords, parseOrdinalWords } from '../data/ordinals';
import { MEMBER_STATES } from '../data/member-states';
import { UN_BODIES } from '../data/un-bodies';
import { matchOperativeVerb, matchPreambularOpener } from '../lexicon/match';
import { OPERATIVE_VERBS, PREAMBULAR_OPENERS } from '../lexicon/phrases';
import type { LabelStyle, OperativeParagraph, Organ, PreambularParagraph, Resolution, SubParagraph } from '../model';
import { formatLabel } from '../parser/labels';
import { detached } from '../text/detached';
import { firstWord } from '../text/phrase';
import { escapeMarkdown, openerDocumentation, verbDocumentation } from './completion-docs';
import { writtenDateOfIso } from '../text/months';
import { closingLineItems, continuationItems, organLineItems, skeletonItems } from './completion-templates';

export type CompletionKind =
  | 'organ-line'
  | 'skeleton'
  | 'opener'
  | 'verb'
  | 'continuation'
  | 'number'
  | 'label'
  | 'closing'
  | 'citation'
  | 'state'
  | 'body';

export interface CompletionItem {
  label: string;
  /** VS Code snippet syntax when `isSnippet`. */
  insertText: string;
  isSnippet: boolean;
  kind: CompletionKind;
  detail?: string;
  /** Markdown; never raw document text. */
  documentation?: string;
  sortText: string;
  filterText?: string;
  /** Per-item replace range, when it differs from the result's. */
  replaceStart?: number;
  replaceEnd?: number;
  /** The item the editor selects when the list opens (the organ line of an empty draft). */
  preselect?: boolean;
  /** Ask for completion again once inserted (`1.` in the preamble: the verbs follow). */
  retrigger?: boolean;
}

export interface CompletionResult {
  items: CompletionItem[];
  /** The range the items replace (UTF-16 offsets into model.text); `replaceStart <= offset <= replaceEnd`. */
  replaceStart: number;
  replaceEnd: number;
  /**
   * An exception completion survived (the core has no log): a bug, or the catalogue source
   * failing. The items are then empty, or lack citations; the host logs it.
   */
  error?: unknown;
}

export interface CatalogSourceEntry {
  /** Canonical symbol, undocs.org form: `A/RES/55/25`, `S/RES/1373(2001)`, `A/RES/217(III)`. */
  symbol: string;
  organ: string;
  kind: string;
  /** ISO yyyy-mm-dd. */
  date?: string;
  title?: string;
  /** Where the facts come from: `bundled`, `workspace`, a file name. */
  source: string;
  /** Part usually cited (`A` for 217 A (III)). */
  parts?: string;
}

export interface CatalogSource {
  entries(): readonly CatalogSourceEntry[];
}

const EMPTY = (offset: number): CompletionResult => ({ items: [], replaceStart: offset, replaceEnd: offset });

/** The completions at `offset` (a UTF-16 offset into model.text; clamped). */
export function complete(model: Resolution, offset: number, catalog?: CatalogSource): CompletionResult {
  let at = 0;
  try {
    const text = typeof model?.text === 'string' ? model.text : '';
    at = Number.isFinite(offset) ? Math.max(0, Math.min(Math.trunc(offset), text.length)) : text.length;
    return completeAt(model, text, at, catalog);
  } catch (error) {
    return { ...EMPTY(at), error };
  }
}

// ---------------------------------------------------------------------------------------------
// The text around the cursor

const LETTER = /[A-Za-z\u00C0-\u024F'’\u2011-]/;
const isLetter = (char: string | undefined): boolean => char !== undefined && LETTER.test(char);
/** A line prefix that is only the first words of a paragraph (optionally after its number). */
const PARAGRAPH_HEAD =
  /^([ \t\u00A0]*)(\d{1,4}\.[ \t\u00A0]+)?([A-Za-z\u00C0-\u024F'’\u2011-]+(?:[ \u00A0][A-Za-z\u00C0-\u024F'’\u2011-]+){0,5}[ \u00A0]?)?$/;
/** A half-typed number alone (`8`, `8.`). */
const NUMBER_ONLY = /^([ \t\u00A0]*)\d{1,4}\.?$/;
/** A half-typed sub-paragraph label (`(`, `(c`, `(ii)`). */
const LABEL_HEAD = /^([ \t\u00A0]*)\(?[a-z]{0,4}\)?$/;
const MAX_LINE_LOOK = 400;

interface Around {
  lineStart: number;
  /** The line up to the cursor (at most MAX_LINE_LOOK characters are examined for patterns). */
  prefix: string;
  /** Start and end of the word under the cursor. */
  wordStart: number;
  wordEnd: number;
}

function around(text: string, offset: number): Around {
  const lineStart = offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
  const prefix = text.slice(lineStart, offset);
  let wordStart = offset;
  while (wordStart > lineStart && isLetter(text[wordStart - 1])) wordStart--;
  let wordEnd = offset;
  while (wordEnd < text.length && isLetter(text[wordEnd])) wordEnd++;
  return { lineStart, prefix, wordStart, wordEnd };
}

// ---------------------------------------------------------------------------------------------
// Where the cursor is in the structure

type Place =
  | { kind: 'preamble'; part: number; preamble: PreambularParagraph[] }
  | { kind: 'operative'; part: number; operative: OperativeParagraph[]; last?: OperativeParagraph }
  | { kind: 'start' }
  | { kind: 'none' };

/** The structural place of a line starting at `lineStart`: from the last node that starts before it. */
function placeOf(model: Resolution, lineStart: number): Place {
  let best = -1;
  let place: Place = { kind: 'none' };
  const consider = (start: number, make: () => Place): void => {
    if (start < lineStart && start > best) {
      best = start;
      place = make();
    }
  };
  const parts = model.parts ?? [];
  for (const [index, part] of parts.entries()) {
    const preamble = part.preamble.filter((paragraph) => paragraph.start < lineStart);
    const operative = part.operative.filter((paragraph) => paragraph.start < lineStart);
    if (part.heading) consider(part.heading.start, () => ({ kind: 'preamble', part: index, preamble: [] }));
    const lastPreamble = preamble[preamble.length - 1];
    if (lastPreamble) consider(lastPreamble.start, () => ({ kind: 'preamble', part: index, preamble }));
    const lastOperative = operative[operative.length - 1];
    if (lastOperative)
      consider(lastOperative.start, () => ({ kind: 'operative', part: index, operative, last: lastOperative }));
  }
  for (const organLine of model.organLines ?? []) {
    consider(organLine.start, () => ({ kind: 'preamble', part: partAt(model, organLine.start), preamble: [] }));
  }
  for (const closing of model.closings ?? []) consider(closing.start, () => ({ kind: 'none' }));
  if (model.footnoteSeparator) consider(model.footnoteSeparator.start, () => ({ kind: 'none' }));
  for (const annex of model.annexes ?? []) consider(annex.start, () => ({ kind: 'none' }));
  // Nothing of the body before the line and no organ line anywhere: a draft being started (or its
  // masthead written), whose next line is the organ line. Above an existing organ line: nothing.
  if (best < 0 && (model.organLines ?? []).length === 0) return { kind: 'start' };
  return place;
}

/** Index of the part whose heading is the last before `offset` (0 for the implicit first part). */
function partAt(model: Resolution, offset: number): number {
  let found = 0;
  (model.parts ?? []).forEach((part, index) => {
    if (part.heading && part.heading.start < offset) found = index;
  });
  return found;
}

/** True when the line starting at `lineStart` continues the paragraph of the line before (hard-wrapped print). */
function continuesParagraph(model: Resolution, text: string, lineStart: number): boolean {
  if (!model.wrapped || lineStart === 0) return false;
  let end = lineStart - 1;
  while (end > 0 && (text[end - 1] === '\r' || text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end <= 0 || text[end - 1] === '\n') return false;
  return !/[,;:.]/.test(text.charAt(end - 1));
}

// ---------------------------------------------------------------------------------------------
// Sessions

/** The session of the text: `A/RES/59/157` → 59, title `59/157` → 59, masthead `Fifty-ninth session` → 59; ECOSOC: the year. */
export function sessionOf(model: Resolution): number | undefined {
  const symbol = model.masthead?.symbol?.text ?? '';
  const fromSymbol = /^(?:A\/HRC|A|E)\/RES\/(\d{1,4})\//.exec(symbol.trim());
  if (fromSymbol) return Number(fromSymbol[1]);
  const number = model.title?.number?.text ?? '';
  const fromTitle = /^(\d{1,4})\/\d/.exec(number.trim());
  if (fromTitle) return Number(fromTitle[1]);
  const session = model.masthead?.session?.text ?? '';
  const words = /^(.{1,40}?)\s+session$/i.exec(session.trim());
  if (words) {
    const written = words[1]!; // the pattern's mandatory group
    const figure = /^(\d{4})$/.exec(written);
    return figure ? Number(figure[1]) : parseOrdinalWords(written);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Phrases

/** British -ise spellings survive in the lexicon for recognition; completion offers the -ize form (R16). */
const BRITISH = /is(?:ing|es)$/;
const BRITISH_ROOTS = /^(?:Advis|Compris|Exercis|Supervis|Revis|Promis|Rais|Prais|Surpris|Devis|Realis|Otherwis|Wis)/;
const isBritishVariant = (phrase: string): boolean => {
  const first = firstWord(phrase);
  return BRITISH.test(first) && !BRITISH_ROOTS.test(phrase) && first.length > 6;
};

/** Lexicon entries that are adverbial forms of another entry (`Recalling also`, `Further recalling`). */
const isAdverbForm = (phrase: string): boolean =>
  /\b(?:also|further)$/i.test(phrase) || /^(?:Further|Also) /.test(phrase);

/** Verbs the parser needs for recognition but that are not useful openings by themselves. */
const INCOMPLETE_VERBS = new Set(['Calls', 'Takes', 'Is', 'Remains', 'Looks forward to']);

const BASE_OPENERS: readonly string[] = PREAMBULAR_OPENERS.filter(
  (phrase) => !isAdverbForm(phrase) && !isBritishVariant(phrase),
);
const BASE_VERBS: readonly string[] = OPERATIVE_VERBS.filter(
  (phrase) => !isAdverbForm(phrase) && !isBritishVariant(phrase) && !INCOMPLETE_VERBS.has(phrase),
);

/** `Recalling` → `Recalling also`; `Noting with concern` → `Noting also with concern`; `Bearing in mind` → `Bearing in mind also`. */
function openerWithAdverb(base: string, adverb: 'also' | 'further'): string {
  const words = base.split(' ');
  const withIndex = words.indexOf('with');
  if (withIndex > 0) return [...words.slice(0, withIndex), adverb, ...words.slice(withIndex)].join(' ');
  if (words[0] === 'Expressing' && words.length > 1) return [words[0], adverb, ...words.slice(1)].join(' ');
  return `${base} ${adverb}`;
}

/** `Requests` → `Also requests` / `Further requests`. */
const verbWithLeadingAdverb = (base: string, adverb: 'Also' | 'Further'): string =>
  `${adverb} ${base.charAt(0).toLowerCase()}${base.slice(1)}`;

/** The base phrase and adverb of a paragraph's opening words (`Recalling also` → Recalling + also). */
interface UsedPhrase {
  base: string;
  adverb?: 'also' | 'further';
}

function lowerKey(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/** The lexicon entry (from `entries`) a matched base phrase stands for, in its lexicon spelling. */
function canonical(entries: readonly string[], base: string): string | undefined {
  let byKey = CANONICAL.get(entries);
  if (!byKey) {
    byKey = new Map();
    // The first entry of a spelling wins, as a search in lexicon order would find it.
    for (const entry of entries) if (!byKey.has(lowerKey(entry))) byKey.set(lowerKey(entry), entry);
    CANONICAL.set(entries, byKey);
  }
  return byKey.get(lowerKey(base));
}

/** Each lexicon list's entries by their lower-case spelling (completion reads every paragraph's phrase). */
const CANONICAL = new WeakMap<readonly string[], Map<string, string>>();

function usedAdverb(phraseText: string): 'also' | 'further' | undefined {
  const lower = ` ${lowerKey(phraseText)} `;
  if (/ further /.test(lower)) return 'further';
  if (/ also /.test(lower)) return 'also';
  return undefined;
}

/**
 * What each phrase the parser read stands for, by its text: completion reads every paragraph above
 * the cursor, and a document repeats a few dozen phrases (the parser matched the same text at the
 * same place, so the match is the same).
 */
const USED_OPENERS = new Map<string, UsedPhrase | undefined>();
const USED_VERBS = new Map<string, UsedPhrase | undefined>();

/** What a paragraph's phrase (`key`, the parser's reading of it) stands for, from `known` when read before. */
function remembered<P>(
  known: Map<string, UsedPhrase | undefined>,
  key: string | undefined,
  read: (text: string, paragraph: P) => UsedPhrase | undefined,
  text: string,
  paragraph: P,
): UsedPhrase | undefined {
  if (key === undefined) return read(text, paragraph);
  if (known.has(key)) return known.get(key);
  if (known.size > 5000) known.clear();
  const fresh = read(text, paragraph);
  // Kept for good: copies, not slices of this document's text.
  const used = fresh && { ...fresh, base: detached(fresh.base) };
  known.set(detached(key), used);
  return used;
}

function usedOpener(text: string, paragraph: PreambularParagraph): UsedPhrase | undefined {
  return remembered(USED_OPENERS, paragraph.opener?.text, readOpener, text, paragraph);
}

function readOpener(text: string, paragraph: PreambularParagraph): UsedPhrase | undefined {
  const match = matchPreambularOpener(text, paragraph.start);
  if (!match) return undefined;
  // `Deeply concerned` is read as adverb + `concerned`; prefer the longest lexicon phrase in the text.
  const whole = canonical(
    PREAMBULAR_OPENERS,
    match.text.replace(/\s+(?:also|further)\b/gi, '').replace(/^(?:Further|Also)\s+/i, ''),
  );
  const base = whole && !isAdverbForm(whole) ? whole : (canonical(PREAMBULAR_OPENERS, match.base) ?? match.base);
  return { base: capitalise(base), adverb: usedAdverb(match.text) };
}

function usedVerb(text: string, paragraph: OperativeParagraph): UsedPhrase | undefined {
  return remembered(USED_VERBS, paragraph.verb?.text, readVerb, text, paragraph);
}

function readVerb(text: string, paragraph: OperativeParagraph): UsedPhrase | undefined {
  const start = paragraph.verb?.start ?? (paragraph.number ? paragraph.number.end : paragraph.start);
  const match = matchOperativeVerb(text, start);
  if (!match || !match.known) return undefined;
  const base = canonical(OPERATIVE_VERBS, match.base) ?? match.base;
  return { base: capitalise(base), adverb: usedAdverb(match.text) };
}

const capitalise = (phrase: string): string => phrase.charAt(0).toUpperCase() + phrase.slice(1);

// ---------------------------------------------------------------------------------------------
// Ranking rules (how the UN writes, not lists taken from texts)

/** Openers that state the basis of a text — its mandate, earlier decisions, guiding instruments — and open preambles. */
const BASIS_OPENERS = new Set([
  'Recalling',
  'Reaffirming',
  'Guided',
  'Bearing in mind',
  'Having considered',
  'Having examined',
  'Mindful',
  'Recognizing',
]);
/** Verbs that typically open an operative part: taking up the report, restating the basis. */
const OPENING_VERBS = new Set(['Takes note', 'Takes note with appreciation', 'Welcomes', 'Reaffirms', 'Recalls']);
/** Verbs that typically close it: the follow-up requested and the organ's own decisions on its work. */
const CLOSING_VERBS = new Set(['Requests', 'Decides']);

const USED_OPENER_PENALTY = 0;

/** Position score of a base opener (lower first). `position` = preambular paragraphs already written in this part. */
function openerScore(
  base: string,
  index: number,
  position: number,
  organ: Organ,
  used: ReadonlyMap<string, number>,
): number {
  let score = index;
  if (position < 3 && BASIS_OPENERS.has(base)) score -= 20;
  if (position === 0 && base === 'Recalling') score -= 40;
  // The Security Council states the legal basis last: the finding of a threat, then Chapter VII.
  if (organ === 'SC' && (base === 'Acting' || base === 'Determining') && position >= 2)
    score = Math.min(score, 8 + (base === 'Acting' ? 1 : 0));
  // An opener already used is offered first with its adverb; bare repetition stays possible.
  if (used.has(base)) score += USED_OPENER_PENALTY;
  return score;
}

const USED_VERB_PENALTY = 0;

function verbScore(base: string, index: number, position: number, used: ReadonlyMap<string, number>): number {
  let score = index;
  if (position === 0 && OPENING_VERBS.has(base)) score -= 20;
  if (position >= 5 && CLOSING_VERBS.has(base)) score -= 8;
  if (used.has(base)) score += USED_VERB_PENALTY;
  return score;
}

// ---------------------------------------------------------------------------------------------
// Item builders

const pad = (group: number, index: number): string =>
  `${String(group).padStart(2, '0')}.${String(Math.max(0, index)).padStart(5, '0')}`;

/** Escapes text for use inside a snippet (outside placeholders). */
const escapeSnippet = (text: string): string => text.replace(/[\\$}]/g, (char) => `\\${char}`);

function openerItem(base: string, form: string, group: number, index: number): CompletionItem {
  return {
    label: form,
    insertText: `${escapeSnippet(form)} \${1},$0`,
    isSnippet: true,
    kind: 'opener',
    detail: form === base ? 'preambular opener' : `preambular opener (repeated: ${base})`,
    documentation: openerDocumentation(base, form),
    sortText: pad(group, index),
    filterText: form,
  };
}

function verbItem(base: string, form: string, number: string, group: number, index: number): CompletionItem {
  return {
    label: form,
    insertText: `${number}${escapeSnippet(form)} \${1};$0`,
    isSnippet: true,
    kind: 'verb',
    detail: number ? `${number.trim()} ${form} … — operative paragraph` : 'operative verb',
    documentation: verbDocumentation(base, form),
    sortText: pad(group, index),
    filterText: form,
  };
}

// ---------------------------------------------------------------------------------------------
// Preamble

/**
 * A longer form of a frequent phrase with a fixed complement (`Noting with concern`, `Expressing its
 * appreciation`, `Takes note with appreciation`): ranked right after its base phrase, the first
 * COMPLEMENTS_NEAR of them, since the base phrase's frequency counts them too.
 */
const COMPLEMENTS_NEAR = 1;
function complementRanks(bases: readonly string[]): Map<string, number> {
  const ranks = new Map<string, number>();
  const index = new Map(bases.map((base, position) => [base, position]));
  const perBase = new Map<string, number>();
  bases.forEach((phrase, position) => {
    const words = phrase.split(' ');
    for (let length = words.length - 1; length > 0; length--) {
      const base = words.slice(0, length).join(' ');
      const baseIndex = index.get(base);
      if (baseIndex === undefined || baseIndex >= position) continue;
      const count = perBase.get(base) ?? 0;
      perBase.set(base, count + 1);
      if (count < COMPLEMENTS_NEAR) ranks.set(phrase, baseIndex + 0.1 * (count + 1));
      break;
    }
  });
  return ranks;
}

const OPENER_COMPLEMENTS = complementRanks(BASE_OPENERS);
const VERB_COMPLEMENTS = complementRanks(BASE_VERBS);

/** How many of the most recently used phrases get their adverb form at the very top. */
const RECENT_FORMS = 3;

interface Usage {
  used: Map<string, number>;
  adverbs: Map<string, 'also' | 'further'>;
  /** Bases, the most recently used first. */
  recent: string[];
}

function usage<T>(paragraphs: readonly T[], read: (paragraph: T) => UsedPhrase | undefined): Usage {
  const used = new Map<string, number>();
  const adverbs = new Map<string, 'also' | 'further'>();
  const recency = new Map<string, number>();
  paragraphs.forEach((paragraph, position) => {
    const phrase = read(paragraph);
    if (!phrase) return;
    used.set(phrase.base, (used.get(phrase.base) ?? 0) + 1);
    const previous = adverbs.get(phrase.base);
    if (phrase.adverb === 'further' || (phrase.adverb === 'also' && previous !== 'further'))
      adverbs.set(phrase.base, phrase.adverb);
    recency.set(phrase.base, position);
  });
  const recent = [...recency.entries()].sort((a, b) => b[1] - a[1]).map(([base]) => base);
  return { used, adverbs, recent };
}

interface Ranked {
  item: CompletionItem;
  score: number;
}

/**
 * Sorts scored items, drops duplicate labels, writes sortText in that order; then the items that
 * `follow` them (an opening's usual continuations) in the order of what they follow. They come after
 * every bare opening, so that they do not push the next opening down the list, and are reached by
 * typing (`Recalling its` keeps only them).
 */
function finish(
  ranked: Ranked[],
  group: number,
  follow: (item: CompletionItem) => CompletionItem[] = () => [],
): CompletionItem[] {
  ranked.sort((a, b) => a.score - b.score);
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  const add = (item: CompletionItem): void => {
    const key = lowerKey(item.label);
    if (seen.has(key)) return;
    seen.add(key);
    item.sortText = pad(group, items.length);
    items.push(item);
  };
  const followers: CompletionItem[] = [];
  for (const { item } of ranked) {
    const before = items.length;
    add(item);
    if (items.length > before) followers.push(...follow(item));
  }
  followers.forEach(add);
  return items;
}

function preambleItems(
  model: Resolution,
  text: string,
  place: Extract<Place, { kind: 'preamble' }>,
  offerOperative: boolean,
): CompletionItem[] {
  const organ = model.organ;
  const { used, adverbs, recent } = usage(place.preamble, (paragraph) => usedOpener(text, paragraph));
  const ranked: Ranked[] = [];
  // 1. The adverb forms of openers already used (R7b; SC R8: `Further recalling`), the most recent first.
  recent.forEach((base, recency) => {
    const adverb = adverbs.get(base);
    const further =
      organ === 'SC' ? `Further ${base.charAt(0).toLowerCase()}${base.slice(1)}` : openerWithAdverb(base, 'further');
    const also = openerWithAdverb(base, 'also');
    const next: [string, string] =
      adverb === undefined
        ? organ === 'SC'
          ? [further, also]
          : [also, further]
        : adverb === 'also'
          ? [further, also]
          : [further, also];
    const top = recency < RECENT_FORMS ? -100 + recency * 2 : 6 + recency;
    ranked.push({ item: openerItem(base, next[0], 0, 0), score: top });
    ranked.push({ item: openerItem(base, next[1], 0, 0), score: top + (recency < RECENT_FORMS ? 1 : 20) });
  });
  // 2. Base openers by frequency, adjusted by the position in the preamble.
  const position = place.preamble.length;
  BASE_OPENERS.forEach((base, index) => {
    const rank = OPENER_COMPLEMENTS.get(base) ?? index;
    ranked.push({ item: openerItem(base, base, 0, 0), score: openerScore(base, rank, position, organ, used) });
  });
  const items = finish(ranked, 0, (item) => continuationItems(item.label, organ, ''));
  // 3. After some preamble the operative part may start: its number, not its verbs (they are not
  //    preambular openers, and a preamble's list would hold both twice over); typing or accepting
  //    the number brings the verbs.
  if (offerOperative) items.push(operativeStartItem(items.length));
  return items;
}

function operativeStartItem(index: number): CompletionItem {
  return {
    label: '1.',
    insertText: '1.\t',
    isSnippet: false,
    kind: 'number',
    detail: 'first operative paragraph',
    documentation:
      'Starts the operative part: its paragraphs are numbered and open with a verb in the present tense (*Decides*, *Requests*), chosen next.',
    sortText: pad(1, index),
    filterText: '1.',
    retrigger: true,
  };
}

// ---------------------------------------------------------------------------------------------
// Operative part

function nextNumber(operative: readonly OperativeParagraph[]): number {
  for (let index = operative.length - 1; index >= 0; index--) {
    const number = operative[index]!.number; // index within the bounds of the loop
    if (number && Number.isFinite(number.value)) return number.value + 1;
  }
  return operative.length + 1;
}

function operativeVerbItems(
  model: Resolution,
  text: string,
  place: Extract<Place, { kind: 'operative' }>,
  group: number,
  numbered = true,
): CompletionItem[] {
  const organ = model.organ;
  const { used, adverbs, recent } = usage(place.operative, (paragraph) => usedVerb(text, paragraph));
  const number = numbered ? `${nextNumber(place.operative)}.\t` : '';
  const ranked: Ranked[] = [];
  // 1. Also/Further forms of verbs already used (R7; SC profile R8: Further first, Decides further),
  //    the most recently used first.
  recent.forEach((base, recency) => {
    const adverb = adverbs.get(base);
    let forms: string[];
    if (organ === 'SC') {
      forms =
        base === 'Decides'
          ? ['Decides further', 'Further decides', 'Also decides']
          : [verbWithLeadingAdverb(base, 'Further'), verbWithLeadingAdverb(base, 'Also')];
    } else {
      forms =
        adverb === undefined && (used.get(base) ?? 0) < 2
          ? [verbWithLeadingAdverb(base, 'Also'), verbWithLeadingAdverb(base, 'Further')]
          : [verbWithLeadingAdverb(base, 'Further'), verbWithLeadingAdverb(base, 'Also')];
    }
    const top = recency < RECENT_FORMS ? -100 + recency * 3 : 8 + recency;
    forms.forEach((form, index) =>
      ranked.push({
        item: verbItem(base, form, number, group, 0),
        score: top + (index === 0 ? 0 : recency < RECENT_FORMS ? 1 + index : 25 + index),
      }),
    );
  });
  // 2. Base verbs by frequency, adjusted by the position in the operative part.
  const position = place.operative.length;
  BASE_VERBS.forEach((base, index) => {
    const rank = VERB_COMPLEMENTS.get(base) ?? index;
    ranked.push({ item: verbItem(base, base, number, group, 0), score: verbScore(base, rank, position, used) });
  });
  // R9: *Strongly condemns* is the usual strengthened form.
  if (BASE_VERBS.includes('Condemns'))
    ranked.push({
      item: verbItem('Condemns', 'Strongly condemns', number, group, 0),
      score: verbScore('Condemns', BASE_VERBS.indexOf('Condemns'), position, used) + STRENGTHENED_AFTER,
    });
  // 3. The organ's usual closing paragraphs: among the first once the operative part is well under way.
  closingItems(model, number, group, 0).forEach((item, index) =>
    ranked.push({ item, score: (position >= CLOSING_FROM ? 3 : 40) + index * 0.01 }),
  );
  return finish(ranked, group, (item) => (item.kind === 'verb' ? continuationItems(item.label, organ, number) : []));
}

/** How far below its base the strengthened form (`Strongly condemns`) is ranked. */
const STRENGTHENED_AFTER = 25;

/** From this many operative paragraphs on, the closing paragraphs are offered near the top. */
const CLOSING_FROM = 5;

/** The organ's usual last paragraphs (R15), with the session in words. */
function closingItems(model: Resolution, number: string, group: number, from: number): CompletionItem[] {
  const organ = model.organ;
  const session = sessionOf(model);
  const items: CompletionItem[] = [];
  const add = (label: string, insert: string, documentation: string): void => {
    items.push({
      label,
      insertText: `${number}${insert}`,
      isSnippet: true,
      kind: 'closing',
      detail: 'usual closing paragraph',
      documentation,
      sortText: pad(group, from + 3 + items.length),
      filterText: label,
    });
  };
  const seized = (): void => {
    add(
      'Decides to remain seized of the matter.',
      'Decides to remain seized of the matter.$0',
      'The usual last paragraph of a Security Council resolution; it ends the resolution with a period.',
    );
    add(
      'Decides to remain actively seized of the matter.',
      'Decides to remain actively seized of the matter.$0',
      'Security Council: the matter stays under active consideration. Ends the resolution with a period.',
    );
  };
  if (organ === 'SC') {
    seized();
    return items;
  }
  const word = (n: number): string | undefined =>
    organ === 'ECOSOC' ? (n >= 1946 && n < 3000 ? String(n) : undefined) : ordinalWords(n);
  const next = session !== undefined ? word(session + 1) : undefined;
  const later = session !== undefined ? word(session + 2) : undefined;
  const sessionSnippet = (words: string | undefined, stop: number): string =>
    words ? escapeSnippet(words) : `\${${stop}:…}`;
  const sessionLabel = (words: string | undefined): string => words ?? '…';
  const sessionDoc =
    session !== undefined
      ? ` The session is the next one after the text’s own (${organ === 'ECOSOC' ? session : (ordinalWords(session) ?? session)}): a later session is named for a biennial or triennial item.`
      : '';
  if (organ === 'GA' || organ === 'other') {
    add(
      `Decides to include in the provisional agenda of its ${sessionLabel(next)} session the item entitled “…”;`,
      `Decides to include in the provisional agenda of its ${sessionSnippet(next, 2)} session the item entitled “\${1}”;$0`,
      `The usual last paragraph of a General Assembly resolution: the item comes back at a later session.${sessionDoc}`,
    );
    if (later) {
      add(
        `Decides to include in the provisional agenda of its ${later} session the item entitled “…”;`,
        `Decides to include in the provisional agenda of its ${escapeSnippet(later)} session the item entitled “\${1}”;$0`,
        'For an item considered every two years (biennial).',
      );
    }
    add(
      `Requests the Secretary-General to submit to the General Assembly at its ${sessionLabel(next)} session a report on the implementation of the present resolution;`,
      `Requests the Secretary-General to submit to the General Assembly at its ${sessionSnippet(next, 1)} session a report on the implementation of the present resolution;$0`,
      `The usual request for a follow-up report.${sessionDoc}`,
    );
  } else if (organ === 'HRC') {
    add(
      `Requests the United Nations High Commissioner for Human Rights to present a report to the Human Rights Council at its ${sessionLabel(next)} session;`,
      `Requests the United Nations High Commissioner for Human Rights to present a report \${1:on …} to the Human Rights Council at its ${sessionSnippet(next, 2)} session;$0`,
      `The usual request for a follow-up report.${sessionDoc}`,
    );
    add(
      'Decides to remain seized of the matter.',
      'Decides to remain seized of the matter.$0',
      'A usual last paragraph; it ends the resolution with a period.',
    );
  } else if (organ === 'ECOSOC') {
    add(
      `Requests the Secretary-General to submit to the Economic and Social Council at its ${sessionLabel(next)} session a report on the implementation of the present resolution;`,
      `Requests the Secretary-General to submit to the Economic and Social Council at its ${sessionSnippet(next, 1)} session a report on the implementation of the present resolution;$0`,
      `The usual request for a follow-up report.${sessionDoc}`,
    );
  }
  return items;
}

// ---------------------------------------------------------------------------------------------
// Sub-paragraph labels

/** The style a list nested under an item of `style` takes (R6: (a) → (i) → a. → i.). */
const NESTED: Record<LabelStyle, LabelStyle | undefined> = {
  'alpha-paren': 'roman-paren',
  'roman-paren': 'alpha-dot',
  'alpha-dot': 'roman-dot',
  'roman-dot': undefined,
  'digit-paren': 'alpha-paren',
};

/** The chain of items from the top level down to the last item starting before `lineStart`. */
function lastItemChain(items: readonly SubParagraph[], lineStart: number): SubParagraph[] {
  const chain: SubParagraph[] = [];
  let level: readonly SubParagraph[] = items;
  for (let depth = 0; depth < 12; depth++) {
    let found: SubParagraph | undefined;
    for (const item of level) if (item.start < lineStart) found = item;
    if (!found) break;
    chain.push(found);
    level = found.children ?? [];
  }
  return chain;
}

const endsWithColon = (text: string, end: number): boolean => {
  let index = end;
  while (index > 0 && /[\s\u00A0\d]/.test(text.charAt(index - 1)) && end - index < 8) index--;
  return text[index - 1] === ':';
};

function labelItems(text: string, paragraph: OperativeParagraph, lineStart: number): CompletionItem[] {
  const chain = lastItemChain(paragraph.items ?? [], lineStart);
  const labels: { label: string; why: string }[] = [];
  const add = (style: LabelStyle | undefined, value: number, why: string): void => {
    if (!style || value < 1) return;
    const label = formatLabel(style, value);
    if (!labels.some((entry) => entry.label === label)) labels.push({ label, why });
  };
  if (chain.length === 0) {
    const leadEnd = paragraph.terminator?.end ?? paragraph.textEnd;
    if (paragraph.terminator?.text === ':' || endsWithColon(text, leadEnd))
      add('alpha-paren', 1, 'first item of the list the paragraph opens with “:”');
    return labels.map((entry, index) => labelItem(entry.label, entry.why, index));
  }
  const last = chain[chain.length - 1]!; // not empty: returned above
  const opensList = last.terminator?.text === ':' || endsWithColon(text, last.textEnd);
  const nested = (): void => add(NESTED[last.style], 1, `first item of a list nested under ${last.label.text}`);
  if (opensList) nested();
  add(last.style, last.value + 1, `next item after ${last.label.text}`);
  for (let depth = chain.length - 2; depth >= 0; depth--) {
    const outer = chain[depth]!; // depth within the chain
    add(outer.style, outer.value + 1, `next item after ${outer.label.text}`);
  }
  if (!opensList) nested();
  return labels.map((entry, index) => labelItem(entry.label, entry.why, index));
}

function labelItem(label: string, why: string, index: number): CompletionItem {
  return {
    label,
    insertText: `${label}\t`,
    isSnippet: false,
    kind: 'label',
    detail: why,
    documentation:
      'Sub-paragraphs are labelled (a), (b) … (z), (aa); nested lists (i), (ii) …, then a., then i. Each item starts with a capital letter and ends with a semicolon.',
    sortText: pad(0, index),
    filterText: label,
  };
}

// ---------------------------------------------------------------------------------------------
// Citations

const CITING =
  /\b(resolutions?|decisions?)[ \u00A0]+((?:[A-Za-z0-9/()\-.]+(?:,[ \u00A0]*|[ \u00A0]+and[ \u00A0]+))*)([A-Za-z0-9/-]*(?:[ \u00A0][A-Z]?)?(?:[ \u00A0]?\([A-Za-z0-9-]*\)?)?)$/i;
const ORGAN_BEFORE: [RegExp, string][] = [
  [/Security Council$/i, 'SC'],
  [/Human Rights Council$/i, 'HRC'],
  [/Economic and Social Council$/i, 'ECOSOC'],
  [/General Assembly$/i, 'GA'],
];

/** The short form used in running text: `55/25`, `1373 (2001)`, `217 A (III)`, `ES-10/15`, `74/571`. */
export function shortCitation(symbol: string, parts?: string): string {
  const rest = symbol.trim().replace(/^(?:A\/HRC|A|S|E)\/(?:RES|DEC)\//i, '');
  const paren = /^(\d{1,4})\s*\(([^)]{1,12})\)$/.exec(rest);
  if (paren) return parts ? `${paren[1]} ${parts} (${paren[2]})` : `${paren[1]} (${paren[2]})`;
  return rest;
}

const ORGAN_NAMES: Record<string, string> = {
  GA: 'General Assembly',
  SC: 'Security Council',
  HRC: 'Human Rights Council',
  ECOSOC: 'Economic and Social Council',
};

/** `2000-11-15` → `15 November 2000` (R12). */
const longDate = writtenDateOfIso;

const compact = (text: string): string => text.replace(/[\s\u00A0]+/g, '').toUpperCase();
const MAX_CITATIONS = 200;

function citationItems(
  model: Resolution,
  text: string,
  offset: number,
  prefix: string,
  catalog: CatalogSource | undefined,
): CompletionResult | undefined {
  const tail = prefix.length > 160 ? prefix.slice(prefix.length - 160) : prefix;
  const match = CITING.exec(tail);
  if (!match) return undefined;
  const typed = match[3]!; // the pattern's mandatory group
  const replaceStart = offset - typed.length;
  let entries: readonly CatalogSourceEntry[] = [];
  let error: unknown;
  try {
    entries = catalog?.entries() ?? [];
  } catch (caught) {
    error = caught ?? new Error('the catalogue source failed');
  }
  const kind = match[1]!.toLowerCase().startsWith('decision') ? 'decision' : 'resolution';
  const before = tail.slice(0, match.index).trimEnd();
  const named = ORGAN_BEFORE.find(([pattern]) => pattern.test(before))?.[1];
  const preferred = named ?? (model.organ === 'other' ? 'GA' : model.organ);
  const want = compact(typed);
  const candidates: { entry: CatalogSourceEntry; short: string; order: number }[] = [];
  entries.forEach((entry, order) => {
    if (!entry || typeof entry.symbol !== 'string') return;
    if ((entry.kind ?? 'resolution') !== kind) return;
    if (named && entry.organ !== named) return;
    const short = shortCitation(entry.symbol, entry.parts);
    if (want && !compact(short).startsWith(want)) return;
    candidates.push({ entry, short, order: order + (entry.organ === preferred ? 0 : 1_000_000) });
  });
  candidates.sort((a, b) => a.order - b.order);
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  const datedAfter = /^[\w/()-]*[ \u00A0]+of[ \u00A0]/.test(text.slice(offset, offset + 40));
  for (const { entry, short } of candidates) {
    if (items.length >= MAX_CITATIONS) break;
    if (seen.has(short)) continue;
    seen.add(short);
    const date = longDate(entry.date);
    const organName = ORGAN_NAMES[entry.organ] ?? entry.organ;
    const docs: string[] = [];
    if (entry.title) docs.push(`**${escapeMarkdown(entry.title)}**`);
    docs.push(
      `${escapeMarkdown(entry.symbol)} · ${date ? `adopted ${date} · ` : ''}source: ${escapeMarkdown(entry.source ?? 'catalogue')}`,
    );
    items.push({
      label: short,
      // The full running-text citation, `55/25 of 15 November 2000`, unless a date already follows.
      insertText: date && !datedAfter ? `${short} of ${date}` : short,
      isSnippet: false,
      kind: 'citation',
      detail: [date, organName].filter(Boolean).join(' · '),
      documentation: docs.join('\n\n'),
      sortText: pad(0, items.length),
      filterText: short,
    });
  }
  return error === undefined
    ? { items, replaceStart, replaceEnd: offset }
    : { items, replaceStart, replaceEnd: offset, error };
}

// ---------------------------------------------------------------------------------------------
// Member State and UN body names

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase();

interface NameEntry {
  name: string;
  /** Every form that may be typed: the name, variants, informal forms, abbreviation. */
  forms: string[];
  kind: 'state' | 'body';
  detail: string;
  documentation: string;
}

let NAME_TABLE: NameEntry[] | undefined;
function nameTable(): NameEntry[] {
  if (NAME_TABLE) return NAME_TABLE;
  const table: NameEntry[] = [];
  for (const state of MEMBER_STATES) {
    const variants = state.variants ?? [];
    const informal = state.informal ?? [];
    const docs = [
      `Official United Nations short name (UNTERM)${state.status === 'observer' ? ' of a non-member observer State' : ''}.`,
    ];
    if (state.formal) docs.push(`Formal name: the ${escapeMarkdown(state.formal)}.`);
    if (state.article) docs.push('Takes “the” in running text.');
    if (variants.length > 0) docs.push(`Not: ${variants.map(escapeMarkdown).join(', ')}.`);
    table.push({
      name: state.name,
      forms: [state.name, ...variants, ...informal],
      kind: 'state',
      detail: state.status === 'observer' ? 'observer State' : 'Member State',
      documentation: docs.join(' '),
    });
  }
  for (const body of UN_BODIES) {
    const forms = [body.name];
    if (body.abbreviation) forms.push(body.abbreviation);
    table.push({
      name: body.name,
      forms,
      kind: 'body',
      detail: body.abbreviation ? `United Nations body (${body.abbreviation})` : 'United Nations body',
      documentation: 'Name as adopted texts write it; resolutions seldom use acronyms.',
    });
  }
  NAME_TABLE = table;
  return table;
}

/** Word-start prefix match: `kor` matches `Republic of Korea`; `viet n` matches `Viet Nam`. */
function formMatches(form: string, typed: string): boolean {
  const folded = fold(form);
  if (folded.startsWith(typed)) return true;
  for (let index = folded.indexOf(' '); index >= 0 && index < folded.length; index = folded.indexOf(' ', index + 1)) {
    const rest = folded.slice(index + 1).replace(/^\(/, '');
    if (rest.startsWith(typed)) return true;
  }
  return false;
}

const MAX_NAMES = 60;

function nameItems(
  text: string,
  wordStart: number,
  offset: number,
  wordEnd: number,
  lineStart: number,
): CompletionResult | undefined {
  if (wordStart >= offset || !/^[A-Z\u00C0-\u00DE]/.test(text.charAt(wordStart))) return undefined;
  // Extend back over earlier capitalised words (`United K`, `Viet N`), at most four.
  const starts = [wordStart];
  let cursor = wordStart;
  for (let count = 0; count < 4; count++) {
    const index = cursor - 1;
    if (index <= lineStart || !/[ \u00A0]/.test(text.charAt(index))) break;
    let start = index;
    while (start > lineStart && isLetter(text.charAt(start - 1))) start--;
    if (start === index) break;
    const word = text.slice(start, index);
    if (!/^(?:[A-Z\u00C0-\u00DE]|of$|and$|the$)/.test(word)) break;
    starts.push(start);
    cursor = start;
  }
  const table = nameTable();
  // The longest typed phrase that matches some name wins; otherwise the word alone.
  for (let index = starts.length - 1; index >= 0; index--) {
    const start = starts[index]!; // index within the loop's bounds
    if (!/^[A-Z\u00C0-\u00DE]/.test(text.charAt(start))) continue;
    const typed = fold(text.slice(start, offset).replace(/[\s\u00A0]+/g, ' '));
    const found: CompletionItem[] = [];
    for (const entry of table) {
      const matched = entry.forms.filter((form) => formMatches(form, typed));
      if (matched.length === 0) continue;
      const other = matched.filter((form) => form !== entry.name);
      const exactName = matched.includes(entry.name) && fold(entry.name).startsWith(typed);
      found.push({
        label: entry.name,
        insertText: entry.name,
        isSnippet: false,
        kind: entry.kind,
        detail:
          other.length > 0 && !matched.includes(entry.name)
            ? `${entry.detail} — official form of “${other[0]}”`
            : entry.detail,
        documentation: entry.documentation,
        // A name that starts with what was typed first; states before bodies.
        sortText: pad(exactName ? 0 : 1, (entry.kind === 'state' ? 0 : 10000) + found.length),
        filterText: [...other, entry.name].join(' '),
      });
      if (found.length >= MAX_NAMES) break;
    }
    if (found.length > 0 || index === 0)
      return { items: found, replaceStart: start, replaceEnd: Math.max(offset, wordEnd) };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------

function completeAt(
  model: Resolution,
  text: string,
  offset: number,
  catalog: CatalogSource | undefined,
): CompletionResult {
  const { lineStart, prefix, wordStart, wordEnd } = around(text, offset);
  const look = prefix.length > MAX_LINE_LOOK ? prefix.slice(prefix.length - MAX_LINE_LOOK) : prefix;

  const citations = citationItems(model, text, offset, look, catalog);
  if (citations) return citations;

  const continuation = continuesParagraph(model, text, lineStart);
  const head = continuation || prefix.length > MAX_LINE_LOOK ? null : PARAGRAPH_HEAD.exec(prefix);
  const labelHead = continuation || prefix.length > 20 ? null : LABEL_HEAD.exec(prefix);
  const numberOnly = continuation || prefix.length > 20 ? null : NUMBER_ONLY.exec(prefix);
  if (head || labelHead || numberOnly) {
    const place = placeOf(model, lineStart);
    const indent = (head ?? labelHead ?? numberOnly)![1]!.length;
    if (place.kind === 'start' && head && !head[2]) {
      const items = startItems(model, text, lineStart, offset);
      if (typedIsPhrasePrefix(items, head[3]))
        return { items, replaceStart: lineStart + indent, replaceEnd: Math.max(offset, wordEnd) };
    }
    if (place.kind === 'preamble' && head && !head[2]) {
      const items = preambleItems(model, text, place, place.preamble.length > 0);
      if (typedIsPhrasePrefix(items, head[3]))
        return { items, replaceStart: lineStart + indent, replaceEnd: Math.max(offset, wordEnd) };
    }
    if (place.kind === 'operative' || (place.kind === 'preamble' && (numberOnly || head?.[2]))) {
      const operative: Extract<Place, { kind: 'operative' }> =
        place.kind === 'operative' ? place : { kind: 'operative', part: place.part, operative: [] };
      const items: CompletionItem[] = [];
      if (head?.[2]) {
        // The number is written: verbs only, after it.
        items.push(...operativeVerbItems(model, text, operative, 1, false));
        if (typedIsPhrasePrefix(items, head[3]))
          return { items, replaceStart: lineStart + indent + head[2].length, replaceEnd: Math.max(offset, wordEnd) };
      } else {
        if (operative.last && (labelHead || head)) {
          const labels = labelItems(text, operative.last, lineStart);
          const typedLabel = labelHead && prefix.trim().startsWith('(');
          items.push(...labels);
          if (typedLabel)
            return { items, replaceStart: lineStart + indent, replaceEnd: Math.max(offset, labelEnd(text, offset)) };
        }
        if (operative.last && endsTheText(model, operative.last, lineStart))
          items.push(
            ...closingLineItems(model.organ).map((item, index) => ({ ...item, sortText: pad(0, 50 + index) })),
          );
        items.push(...operativeVerbItems(model, text, operative, 1));
        if (!head || typedIsPhrasePrefix(items, head[3]))
          return { items, replaceStart: lineStart + indent, replaceEnd: Math.max(offset, wordEnd) };
      }
    }
  }

  const names = nameItems(text, wordStart, offset, wordEnd, lineStart);
  if (names) return names;
  return EMPTY(offset);
}

/**
 * The top of a draft: the organ lines, and on an otherwise blank document the skeletons of whole
 * texts after them (a skeleton brings its own title and organ line).
 */
function startItems(model: Resolution, text: string, lineStart: number, offset: number): CompletionItem[] {
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const blank = (slice: string): boolean => slice.trim().length === 0;
  const atEnd = blank(text.slice(lineEnd));
  const items = organLineItems(model.organ, atEnd);
  if (atEnd && blank(text.slice(0, lineStart))) items.push(...skeletonItems(model.organ));
  return items.map((item, index) => ({ ...item, sortText: pad(0, index) }));
}

/** True when `last` ends the operative part with its final period and nothing of the body or a closing follows. */
function endsTheText(model: Resolution, last: OperativeParagraph, lineStart: number): boolean {
  const final = last.items.length > 0 ? lastItemChain(last.items, Number.MAX_SAFE_INTEGER).pop() : undefined;
  if ((final ?? last).terminator?.text !== '.') return false;
  if ((model.closings ?? []).length > 0) return false;
  return (model.parts ?? []).every((part) => part.operative.every((paragraph) => paragraph.start < lineStart));
}

/** True when nothing is typed yet, or what is typed begins one of the offered phrases (else the words are prose). */
function typedIsPhrasePrefix(items: readonly CompletionItem[], typed: string | undefined): boolean {
  const words = (typed ?? '').replace(/[\s\u00A0]+/g, ' ').trimStart();
  if (words.length === 0) return true;
  const key = fold(words);
  // The first word may be a leading adverb the list does not spell out (`Deeply`, `Strongly`, `Also`).
  const first = firstWord(key);
  return items.some(
    (item) =>
      fold(item.label).startsWith(key) ||
      (key.includes(' ')
        ? false
        : fold(item.label)
            .split(' ')
            .some((word) => word.startsWith(first))),
  );
}

/** End of a half-typed label after the cursor (`(c|)` → after the parenthesis). */
function labelEnd(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && end - offset < 6 && /[a-z)]/.test(text.charAt(end))) end++;
  return end;
}
