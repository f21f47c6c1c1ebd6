// Footnote markers in plain text are bare digits glued to what precedes them (`Secretary-General;1`,
// `Protocols thereto,5`). A digit's neighbours alone cannot tell a marker from a figure or a symbol
// (`CM/Rec(2022)17`, `Res.9`, `1,137 students`, `71/2052` = 71/205 + marker 2), so markers are
// decided from the whole text: every reading of every digit run is a candidate, weighed by the
// characters around it, and the markers are the readings that name footnotes that exist and whose
// first references come in the footnotes' order (the order the UN numbers them in) — the heaviest
// such chain, found in one pass. A footnote with no place in that chain keeps its plain readings
// (the rule then reports it as referenced out of order).
import type { FootnoteMarker, Resolution, Span } from '../model';
import { isWhitespace } from '../text/blanks';

/** How far before a run of digits its reading as a marker looks (the word before it, an abbreviation, a sentence): the incremental path reads markers again after an edit this near digits. */
export const MARKER_LOOK_BACK = 12;

/** Abbreviations whose following digits belong to a symbol or reference, not a footnote. */
const NUMBERING_ABBREVIATIONS =
  /(?:^|[^A-Za-z])(?:Add|Corr|Rev|Amend|Sub|L|C|CN|AC|CONF|WG|PV|SR|CRP|WP|INF|No|Nos|vol|vols|para|paras|art|arts|sect|chap|p|pp|Suppl|Ser|Sess|annex|E|S|A|Res|Dec|Op|fig|tab|item|Part|Art|Vol)\.$/;

/** Words a heading's own number follows (`Article 2`, `Part 3`). */
const NUMBERED_HEADINGS =
  /^(?:article|part|section|chapter|annex|appendix|rule|principle|goal|target|table|schedule|paragraph|item|step|phase|level|option|module|stage|title|book|regulation|recommendation|resolution|decision|protocol|no)$/i;

/** Words a figure follows in running text (`of 2 years`, `Agenda 21 and`). */
const TAKES_NUMBER =
  /^(?:of|to|and|or|from|by|in|at|on|than|with|between|under|over|about|some|only|for|the|all|least|most|para|paras|no|nos|vol|agenda|page|pages|annex|group|phase|cycle|round|grade|level|type|category|class|team|sector|zone|area|region|district|day|days|week|weeks|month|months|year|years)$/i;

/** Units written with a glued figure (`km2`, `m3`): the digits are an exponent. */
const UNITS = new Set(['m', 'km', 'cm', 'mm', 'ha', 'kg', 'g', 't', 'l']);

export interface MarkerScanOptions {
  /** Footnote numbers that exist in the document. */
  footnotes: ReadonlySet<number>;
  /** Regions of the text to scan (paragraph bodies), in document order. */
  regions: readonly Span[];
  /** Regions to skip inside those (debris). */
  skip?: readonly Span[];
}

const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';
const isLower = (char: string | undefined): boolean => char !== undefined && /[a-z\u00DF-\u00FF]/.test(char);
const isUpper = (char: string | undefined): boolean => char !== undefined && /[A-Z\u00C0-\u00DE]/.test(char);
const isLetter = (char: string | undefined): boolean => isLower(char) || isUpper(char);
const isDash = (char: string | undefined): boolean => char === '-' || char === '–' || char === '‑' || char === '—';

/**
 * How sure a reading is, from the characters around it. A marker glued to a word or to the
 * punctuation after one is the usual form (`thereto,5`); after a capital (`Protocol I2`,
 * `HIV/AIDS1`), a bracketed year (`1325 (2000)7`) or a number's dot (`2023.14`) digits are as often
 * part of a name or figure; a marker split off a longer number (`20207`, `71/2052`, `1/CMA.55`) or
 * glued to the next word (`t6he`) is read only where the footnotes' order leaves nothing better.
 */
const STRONG = 'strong';
const FAIR = 'fair';
const WEAK = 'weak';
type Strength = typeof STRONG | typeof FAIR | typeof WEAK;

/**
 * What a reading adds to the chain as a footnote's first reference: every footnote referenced
 * counts (COVER), a plain marker most, and a doubtful reading a little less than nothing — so a
 * plain marker of the same footnote later wins over it unless taking the plain one would push
 * other footnotes' markers out of order.
 */
const COVER = 3;
const FIRST: Record<Strength, number> = { strong: 4, fair: -0.5, weak: -1 };

interface Candidate {
  start: number;
  digits: string;
  value: number;
  strength: Strength;
  /** The start of the digit run it was read from (readings of one run exclude each other). */
  run: number;
  /** The index of the region (paragraph) it stands in. */
  region: number;
  /** Taken only where the footnotes before and after it are cited in the same paragraph. */
  enclosed: boolean;
  /** It may repeat a footnote already cited (a plain glued marker, a year's glued marker): what it then adds to the chain's weight. */
  repeats: number;
  misplaced?: FootnoteMarker['misplaced'];
}

/** The digits immediately before `position` (a symbol's session: `55` of `55/19`). */
function numberBefore(text: string, position: number): string {
  let start = position;
  while (start > 0 && position - start < 8 && isDigit(text[start - 1])) start--;
  return text.slice(start, position);
}

/** Every `55/19` the text cites, as written (a number not followed by more digits). */
function citedNumbers(text: string): Set<string> {
  const cited = new Set<string>();
  for (const match of text.matchAll(/(?<!\d)(\d{1,4})\/(\d{1,4})(?!\d)/g)) cited.add(`${match[1]}/${match[2]}`);
  return cited;
}

/** The letters immediately before `position`. */
function wordBefore(text: string, position: number): string {
  let start = position;
  while (start > 0 && position - start < MARKER_LOOK_BACK && isLetter(text[start - 1])) start--;
  return text.slice(start, position);
}

/** What may follow a marker: the end, a space, punctuation — not a figure's continuation (`1–17`, `1.5`, `3/2`). */
function canFollow(text: string, position: number): boolean {
  const after = text[position];
  if (after === undefined || isWhitespace(after)) return true;
  // `,7,8` lists markers; `1–17`, `1.5` continue a figure.
  if (after === ',') return true;
  if (isDash(after) || after === '.') return !isDigit(text[position + 1]);
  return /[;:)”’"\]!?*]/.test(after);
}

/** The readings of the digit run `run` at `start` that could be a footnote marker. */
function readingsOf(
  text: string,
  start: number,
  run: string,
  region: number,
  footnotes: ReadonlySet<number>,
  cited: { has(symbol: string): boolean },
  out: Candidate[],
): void {
  const end = start + run.length;
  const previous = text[start - 1];
  const before = text[start - 2];
  const after = text[end];
  const follows = canFollow(text, end);
  const add = (
    offset: number,
    length: number,
    strength: Strength,
    repeats = false,
    misplaced?: Candidate['misplaced'],
    enclosed = false,
  ): void => {
    const digits = run.slice(offset, offset + length);
    const value = Number(digits);
    // Markers never start with 0 (`0.003` in a scale of assessments).
    if (digits.startsWith('0') || !footnotes.has(value)) return;
    out.push({
      start: start + offset,
      digits,
      value,
      strength,
      run: start,
      region,
      repeats: repeats ? (strength === STRONG ? 4 : 0.25) : 0,
      misplaced,
      enclosed,
    });
  };
  if (previous === undefined) return;
  const whole = run.length <= 3;
  // A letter right after: a marker set inside a word (`t6he`, `a11nd`) or glued to the next one
  // (`Agreement4and`, `Weapons 6and`) — a slip, read only where the footnotes' order puts it.
  if (isLower(after) && whole) {
    if (isLower(previous)) add(0, run.length, WEAK, false, 'inside-word');
    else if (isWhitespace(previous)) add(0, run.length, WEAK, false, 'next-word');
    // `Paris Agreement,38and`: after a word's punctuation, only the space after the marker is missing.
    else if (/[,;:)”’]/.test(previous) && isLetter(before)) add(0, run.length, FAIR, false, 'next-word');
    return;
  }
  // A marker set apart by a space inside a sentence (`Sustainable Development 2 through`): a slip,
  // read only where the footnotes' order puts it — not a number after a word that takes one.
  if (whole && isWhitespace(previous) && after === ' ' && isLower(text[end + 1]) && isLetter(before)) {
    const word = wordBefore(text, start - 1);
    if (word.length >= 2 && !NUMBERED_HEADINGS.test(word.replace(/s$/, '')) && !TAKES_NUMBER.test(word))
      add(0, run.length, WEAK, false, 'apart');
  }
  if (!follows && after !== '/' && !(after === ' ' && text[end + 1] === '(')) return;
  if (follows && whole) {
    if (isLower(previous)) {
      // After a word: not a one-letter token (`COVID-l9`), a unit (`km2`) or a name with digits.
      const word = wordBefore(text, start);
      const beforeWord = text[start - word.length - 1];
      if (word.length >= 2 && !UNITS.has(word) && !isDigit(beforeWord)) add(0, run.length, STRONG, true);
    } else if (previous === ',' || previous === ';' || previous === ':') {
      // `1,137 students`: three digits after a figure of one to three digits and a comma are its
      // thousands (after a year, `by the end of 2024,113`, they are a marker).
      const thousands =
        previous === ',' &&
        run.length === 3 &&
        /(?:^|[^\d,])\d{1,3}$/.test(text.slice(Math.max(0, start - 6), start - 1));
      if (!thousands && before !== undefined && !isWhitespace(before)) add(0, run.length, STRONG, true);
    } else if (previous === '.') {
      // `target 16.10` is a number, but `January 2023.14` ends a sentence.
      // `target 16.10`, `28.2 per cent` are numbers; `January 2023.14` and `model strategy 10.24
      // Furthermore` end a sentence (after a year, or before the next one).
      if (isDigit(before)) {
        const year = /(?:^|\D)(?:1[89]|20)\d\d$/.test(text.slice(Math.max(0, start - 6), start - 1));
        // (Not a table's `2.2\tAddress` or a numbered line `3.1 Scope`: the number stands in a sentence.)
        const inSentence = /[a-z,] \d+$/.test(text.slice(Math.max(0, start - MARKER_LOOK_BACK), start - 1));
        const sentenceAfter =
          inSentence &&
          (after === undefined ||
            after === '\n' ||
            (after === ' ' && (isUpper(text[end + 1]) || text[end + 1] === undefined)));
        if (year || sentenceAfter) add(0, run.length, FAIR);
      }
      // After a closing bracket or quote that ends the sentence: `(thematic priority 7).3`, `want”.5`.
      else if (before !== undefined && /[)\]”’"]/.test(before)) add(0, run.length, STRONG, true);
      else if (
        !isUpper(before) &&
        !NUMBERING_ABBREVIATIONS.test(text.slice(Math.max(0, start - MARKER_LOOK_BACK), start)) &&
        wordBefore(text, start - 1).length >= 2
      )
        add(0, run.length, STRONG, true);
    } else if (isUpper(previous)) {
      // `G20`, `CO2` are names; `HIV/AIDS1`, `Protocol I2` are markers — the footnotes' order decides.
      add(0, run.length, FAIR);
    } else if (previous === ')' || previous === ']') {
      // `(SAMOA) Pathway`-like names close on a letter; `1325 (2000)7` and `CM/Rec(2022)17` on a figure.
      add(0, run.length, isDigit(before) ? FAIR : STRONG, !isDigit(before));
    } else if (previous === '”' || previous === '’' || previous === '"') {
      add(0, run.length, STRONG, true);
    } else if (isWhitespace(previous) && /^[ \t\u00A0\r]*(?:\n|$)/.test(text.slice(end, end + 16))) {
      // Standing apart at the end of a line (a title: `Occupied Palestinian Territory 1`, a part
      // letter: `B 1`) — not a heading's own number (`Article 2`).
      if (!NUMBERED_HEADINGS.test(wordBefore(text, start - 1))) add(0, run.length, WEAK);
    }
  }
  // A marker glued to a year: `19 June 20207`, `2015–20306`.
  if (
    follows &&
    run.length >= 5 &&
    run.length <= 7 &&
    /^(?:1[89]|20)\d\d/.test(run) &&
    (isWhitespace(previous) || isDash(previous))
  )
    add(4, run.length - 4, FAIR, true);
  // `Agenda 214` is Agenda 21 with marker 4.
  if (
    follows &&
    isWhitespace(previous) &&
    run.length > 2 &&
    run.startsWith('21') &&
    /Agenda$/.test(text.slice(Math.max(0, start - 7), start - 1))
  )
    add(2, run.length - 2, WEAK, true);
  // A marker glued to the end of a symbol's number: `71/2052`, `5/725`, `1/CMA.55`, `COVID‑1913`.
  // Not before a part letter: `50/221 B`, `40/257 A to C` are resolutions of several parts.
  const partLetter = /^[\s\u00A0][A-H](?![A-Za-z])/.test(text.slice(end, end + 3));
  // After a session's slash a resolution's number has at most three digits (`71/205`): a longer
  // run carries a marker; `63/211` and `59/61` are numbers, `5/725` is 5/7 with marker 25.
  const symbolEnd =
    (previous === '/' && !partLetter) ||
    (previous === '.' && isUpper(before)) ||
    (isDash(previous) && isLetter(before));
  if (follows && symbolEnd && run.length >= 2) {
    for (let length = 1; length <= Math.min(3, run.length - 1); length++) {
      // `55/197` may be 55/19 + marker 7: where the text cites 55/19 elsewhere too, or where the
      // footnotes before and after it are cited in the same paragraph.
      const ambiguous = previous === '/' && run.length < 4 && length < 2;
      if (ambiguous && cited.has(`${numberBefore(text, start - 1)}/${run.slice(0, -1)}`))
        add(run.length - length, length, WEAK);
      else add(run.length - length, length, WEAK, false, undefined, ambiguous);
    }
  }
  // A marker before a citation that follows it: `2012,727/5`, `,71325 (2000)`.
  const citationAfter = after === '/' || (after === ' ' && text[end + 1] === '(');
  if (citationAfter && run.length >= 2 && /[,;)”]/.test(previous))
    for (let length = 1; length <= Math.min(3, run.length - 1); length++) add(0, length, FAIR);
}

/**
 * The footnote markers of a parsed text: digits in the title, the paragraphs, headings and annex
 * paragraphs, read against the footnotes that exist, skipping debris (in order of position).
 */
export function findMarkers(
  model: Pick<
    Resolution,
    'text' | 'title' | 'parts' | 'headings' | 'annexes' | 'footnotes' | 'debris' | 'unrecognised'
  >,
): FootnoteMarker[] {
  const numbers = new Set(model.footnotes.map((footnote) => footnote.number.value));
  if (numbers.size === 0) return [];
  return scanMarkers(model.text, { footnotes: numbers, regions: markerRegions(model), skip: model.debris });
}

/**
 * The texts that carry footnote markers — the title, paragraphs, headings, annex paragraphs and
 * blocks the parser could not place (a section's preamble) — in order of position, none twice.
 */
export function markerRegions(
  model: Pick<Resolution, 'title' | 'parts' | 'headings' | 'annexes'> & Partial<Pick<Resolution, 'unrecognised'>>,
): Span[] {
  const regions: Span[] = [];
  if (model.title?.title) regions.push(model.title.title);
  for (const part of model.parts) {
    for (const paragraph of part.preamble) regions.push(paragraph);
    for (const paragraph of part.operative) regions.push(paragraph);
  }
  for (const heading of model.headings) regions.push(heading);
  for (const annex of model.annexes) regions.push(...annex.paragraphs);
  for (const block of model.unrecognised ?? []) regions.push(block);
  regions.sort((a, b) => a.start - b.start);
  // A heading inside a paragraph's span (a section heading between its sub-paragraphs) is read
  // with the paragraph, not a second time.
  let readTo = -1;
  return regions.filter((region) => {
    if (region.start < readTo) return false;
    readTo = region.end;
    return true;
  });
}

export function scanMarkers(text: string, options: MarkerScanOptions): FootnoteMarker[] {
  const { footnotes } = options;
  if (footnotes.size === 0) return [];
  const candidates: Candidate[] = [];
  // Read once, when a split needs it.
  let citedOnce: Set<string> | undefined;
  const cited = { has: (symbol: string): boolean => (citedOnce ??= citedNumbers(text)).has(symbol) };
  const skip = options.skip ?? [];
  let skipIndex = 0;
  const runs = /\d+/g;
  for (const [regionIndex, region] of options.regions.entries()) {
    runs.lastIndex = region.start;
    let match: RegExpExecArray | null;
    while ((match = runs.exec(text)) !== null && match.index < region.end) {
      const start = match.index;
      const run = match[0].slice(0, region.end - start);
      if (run.length > 8) continue;
      let pending = skip[skipIndex];
      while (pending !== undefined && pending.end <= start) pending = skip[++skipIndex];
      if (pending !== undefined && pending.start <= start) continue;
      readingsOf(text, start, run, regionIndex, footnotes, cited, candidates);
    }
  }
  const chosen = chain(candidates, footnotes);
  return accept(candidates, chosen, footnotes).map((candidate) => {
    const marker: FootnoteMarker = {
      start: candidate.start,
      end: candidate.start + candidate.digits.length,
      text: candidate.digits,
      value: candidate.value,
    };
    if (candidate.misplaced) marker.misplaced = candidate.misplaced;
    return marker;
  });
}

/**
 * The first references: for each footnote at most one candidate, their positions rising with the
 * footnotes' numbers, of greatest total weight (earlier on a tie). Read in order of position with a
 * running best per footnote rank (a Fenwick tree of prefix maxima): linear in the candidates, times
 * the logarithm of the number of footnotes.
 */
function chain(candidates: readonly Candidate[], footnotes: ReadonlySet<number>): Map<number, Candidate> {
  const ordered = [...footnotes].sort((a, b) => a - b);
  const rank = new Map(ordered.map((value, index) => [value, index + 1]));
  const size = ordered.length;
  // A tiny preference for earlier candidates: their sum stays below one unit of weight.
  const lastStart = candidates.reduce((last, candidate) => Math.max(last, candidate.start), 0) + 1;
  const earliness = (candidate: Candidate): number => (0.5 / (size + 1)) * (1 - candidate.start / lastStart);
  const tree: { score: number; at: number }[] = Array.from({ length: size + 1 }, () => ({ score: 0, at: -1 }));
  // Choosing a first reference makes the plain readings after it repeats: they count with it.
  const repeatsAfter: number[] = new Array(candidates.length).fill(0);
  const total = new Map<number, number>();
  for (let index = candidates.length - 1; index >= 0;) {
    const run = candidates[index]!.run;
    let from = index;
    while (candidates[from - 1]?.run === run) from--;
    for (let at = from; at <= index; at++) repeatsAfter[at] = total.get(candidates[at]!.value) ?? 0;
    for (let at = from; at <= index; at++) {
      const candidate = candidates[at]!;
      if (candidate.repeats) total.set(candidate.value, (total.get(candidate.value) ?? 0) + candidate.repeats);
    }
    index = from - 1;
  }
  const best: number[] = [];
  const link: number[] = [];
  // The tree has a node for every rank 1…size: `i` stays in range in both walks.
  const query = (index: number): { score: number; at: number } => {
    let result = { score: 0, at: -1 };
    for (let i = index; i > 0; i -= i & -i) if (tree[i]!.score > result.score) result = tree[i]!;
    return result;
  };
  const update = (index: number, score: number, at: number): void => {
    for (let i = index; i <= size; i += i & -i) if (score > tree[i]!.score) tree[i] = { score, at };
  };
  // Readings of one digit run are weighed together before any of them enters the tree.
  for (let from = 0; from < candidates.length;) {
    const run = candidates[from]!.run;
    let to = from;
    while (candidates[to]?.run === run) to++;
    for (let index = from; index < to; index++) {
      const candidate = candidates[index]!;
      const previous = query(rank.get(candidate.value)! - 1);
      // A reading that needs its neighbours in its paragraph weighs less than one that does not.
      const enclosed = candidate.enclosed ? 0.5 : 0;
      best[index] =
        previous.score + COVER + FIRST[candidate.strength] - enclosed + repeatsAfter[index]! + earliness(candidate);
      link[index] = previous.at;
    }
    for (let index = from; index < to; index++) update(rank.get(candidates[index]!.value)!, best[index]!, index);
    from = to;
  }
  const chosen = new Map<number, Candidate>();
  // Each link points to an earlier candidate, or -1 at the chain's start.
  for (let at = query(size).at; at >= 0; at = link[at]!) chosen.set(candidates[at]!.value, candidates[at]!);
  return chosen;
}

/**
 * The markers: the chain's first references (a weak one only between the first references of the
 * footnotes on either side, where the order pins it down), moved to an earlier plain reading of the
 * same footnote where the order allows it, the plain readings that repeat a footnote after its
 * first reference, and for a footnote left out of the chain its plain markers wherever they are
 * (read out of order).
 */
function accept(
  candidates: readonly Candidate[],
  chosen: Map<number, Candidate>,
  footnotes: ReadonlySet<number>,
): Candidate[] {
  const ordered = [...footnotes].sort((a, b) => a - b);
  for (const [index, value] of ordered.entries()) {
    const first = chosen.get(value);
    if (!first || first.strength !== WEAK) continue;
    const previousValue = ordered[index - 1];
    const nextValue = ordered[index + 1];
    const previous = previousValue === undefined ? undefined : chosen.get(previousValue);
    const next = nextValue === undefined ? undefined : chosen.get(nextValue);
    const pinned = first.enclosed
      ? previous?.region === first.region && next?.region === first.region
      : (index === 0 || previous !== undefined) &&
        (index + 1 === ordered.length || next !== undefined) &&
        (previous !== undefined || next !== undefined);
    if (!pinned) chosen.delete(value);
  }
  // The earliest plain reading after the previous footnote's first reference is the first one
  // (`30 June 20191` before `2019;1`).
  const plain = new Map<number, Candidate[]>();
  for (const candidate of candidates)
    if (candidate.repeats > 0)
      (plain.get(candidate.value) ?? plain.set(candidate.value, []).get(candidate.value)!).push(candidate);
  let after = -1;
  for (const value of ordered) {
    const first = chosen.get(value);
    if (!first) continue;
    const earlier = plain.get(value)?.find((candidate) => candidate.start > after && candidate.start < first.start);
    if (earlier) chosen.set(value, earlier);
    after = chosen.get(value)!.start;
  }
  // A run whose reading is a first reference is read that way only.
  const firsts = new Set([...chosen.values()]);
  const firstRuns = new Set([...firsts].map((candidate) => candidate.run));
  const taken = new Set<number>();
  const markers: Candidate[] = [];
  for (const candidate of candidates) {
    if (taken.has(candidate.run) || (firstRuns.has(candidate.run) && !firsts.has(candidate))) continue;
    const first = chosen.get(candidate.value);
    const accepted =
      first === undefined
        ? candidate.strength === STRONG
        : candidate === first || (candidate.repeats > 0 && candidate.start > first.start);
    if (!accepted) continue;
    taken.add(candidate.run);
    markers.push(candidate);
  }
  return markers;
}
