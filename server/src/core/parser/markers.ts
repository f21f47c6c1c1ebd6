// Footnote markers in plain text are bare digits glued to what precedes them (`Secretary-General;1`,
// `Protocols thereto,5`). They are only recognised against the footnotes that exist, and read in
// order: `19 June 20207` is 2020 + marker 7 when 7 is the next footnote, and `2012,727/5` is marker
// 7 followed by resolution 27/5.
import type { FootnoteMarker, Resolution, Span } from '../model';

/** Abbreviations whose following digits belong to a symbol or reference, not a footnote. */
const NUMBERING_ABBREVIATIONS =
  /(?:^|[^A-Za-z])(?:Add|Corr|Rev|Amend|Sub|L|C|CN|AC|CONF|WG|PV|SR|CRP|WP|INF|No|Nos|vol|vols|para|paras|art|arts|sect|chap|p|pp|Suppl|Ser|Sess|annex|E|S|A|Res|Dec|Op|fig|tab|item|Part|Art|Vol)\.$/;

const DIGIT_RUN = /\d{1,8}/g;

export interface MarkerScanOptions {
  /** Footnote numbers that exist in the document. */
  footnotes: ReadonlySet<number>;
  /** Regions of the text to scan (paragraph bodies), in document order. */
  regions: readonly Span[];
  /** Regions to skip inside those (debris). */
  skip?: readonly Span[];
}

const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';

/** Whether the character before a digit run can carry a footnote marker. */
function gluedContext(text: string, position: number): 'glued' | 'capital' | 'year' | 'agenda' | 'none' {
  const previous = text[position - 1];
  if (previous === undefined) return 'none';
  // After a space or a dash only a year can carry a marker (`19 June 20207`, `2015–20306`).
  if (/[\s\u00A0]/.test(previous) && /^Agenda[\s\u00A0]$/.test(text.slice(position - 7, position))) return 'agenda';
  if (/[\s\u00A0\-–‑]/.test(previous)) return 'year';
  if (isDigit(previous) || previous === '/' || previous === '(' || previous === '+' || previous === '$' || previous === '#') return 'none';
  // `G20`, `CO2`, `H5N1` are names; `HIV/AIDS1`, `Protocol I2` are markers — decided by the expected number.
  if (/[A-Z]/.test(previous)) return 'capital';
  if (previous === '.') {
    const before = text.slice(Math.max(0, position - 12), position);
    // `target 16.10` is a number, but `January 2023.14` ends a sentence: the expected number decides.
    if (isDigit(text[position - 2])) return 'capital';
    if (/[A-Z]/.test(text[position - 2] ?? '') || NUMBERING_ABBREVIATIONS.test(before)) return 'none';
  }
  return 'glued';
}

/**
 * The footnote markers of a parsed text: digits in the title, the paragraphs, headings and annex
 * paragraphs, read against the footnotes that exist, skipping debris (in order of position).
 */
export function findMarkers(model: Pick<Resolution, 'text' | 'title' | 'parts' | 'headings' | 'annexes' | 'footnotes' | 'debris'>): FootnoteMarker[] {
  const numbers = new Set(model.footnotes.map((footnote) => footnote.number.value));
  if (numbers.size === 0) return [];
  return scanMarkers(model.text, { footnotes: numbers, regions: markerRegions(model), skip: model.debris });
}

/** The texts that carry footnote markers — the title, paragraphs, headings, annex paragraphs — in order of position. */
export function markerRegions(model: Pick<Resolution, 'title' | 'parts' | 'headings' | 'annexes'>): Span[] {
  const regions: Span[] = [];
  if (model.title?.title) regions.push(model.title.title);
  for (const part of model.parts) {
    for (const paragraph of part.preamble) regions.push(paragraph);
    for (const paragraph of part.operative) regions.push(paragraph);
  }
  for (const heading of model.headings) regions.push(heading);
  for (const annex of model.annexes) regions.push(...annex.paragraphs);
  return regions.sort((a, b) => a.start - b.start);
}

export function scanMarkers(text: string, options: MarkerScanOptions): FootnoteMarker[] {
  const { footnotes } = options;
  const markers: FootnoteMarker[] = [];
  if (footnotes.size === 0) return markers;
  const ordered = [...footnotes].sort((a, b) => a - b);
  let nextIndex = 0;
  let highest = 0;
  const skip = options.skip ?? [];
  let skipIndex = 0;

  const expected = (): number | undefined => ordered[nextIndex];
  const accept = (start: number, digits: string): void => {
    const value = Number(digits);
    markers.push({ start, end: start + digits.length, text: digits, value });
    highest = Math.max(highest, value);
    while (nextIndex < ordered.length && ordered[nextIndex] <= highest) nextIndex++;
  };
  // A value is plausible as a marker when it is the next footnote or repeats one already cited.
  const plausible = (value: number): boolean => footnotes.has(value) && (value === expected() || value <= highest);

  for (const region of options.regions) {
    DIGIT_RUN.lastIndex = region.start;
    let match: RegExpExecArray | null;
    while ((match = DIGIT_RUN.exec(text)) !== null && match.index < region.end) {
      const start = match.index;
      const run = match[0].slice(0, region.end - start);
      while (skipIndex < skip.length && skip[skipIndex].end <= start) skipIndex++;
      if (skipIndex < skip.length && skip[skipIndex].start <= start) continue;
      const context = gluedContext(text, start);
      if (context === 'none') continue;
      const after = text[start + run.length];
      // Markers never start with 0 (`0.003` in a scale of assessments).
      if (run.startsWith('0')) continue;
      // A marker is never followed by a letter (`Pier2Peer`, `Space4Water`).
      if (after !== undefined && /[A-Za-z]/.test(after)) continue;
      if (context === 'capital') {
        if (Number(run) === expected()) accept(start, run);
        continue;
      }
      if (context === 'agenda') {
        // `Agenda 214` is Agenda 21 with marker 4.
        if (run.startsWith('21') && run.length > 2 && plausible(Number(run.slice(2)))) accept(start + 2, run.slice(2));
        continue;
      }
      if (context === 'glued') {
        // Try the longest prefix that is a plausible marker; the rest belongs to what follows.
        for (let length = Math.min(3, run.length); length >= 1; length--) {
          const value = Number(run.slice(0, length));
          const rest = run.slice(length);
          // A shorter prefix only where the rest starts a citation: `,727/5`, `,71325 (2000)`.
          const restStartsCitation = after === '/' || (after === ' ' && text[start + run.length + 1] === '(');
          if (length < run.length && !(rest.length > 0 && restStartsCitation)) continue;
          const acceptable = length === run.length ? footnotes.has(value) && (plausible(value) || value > highest) : value === expected();
          if (acceptable) {
            accept(start, run.slice(0, length));
            break;
          }
        }
        continue;
      }
      // After a space: a four-digit year with a marker glued to it (`19 June 20207`).
      if (run.length >= 5 && run.length <= 7 && /^(?:1[89]|20)\d\d/.test(run) && !isDigit(after)) {
        const digits = run.slice(4);
        if (!digits.startsWith('0') && plausible(Number(digits))) accept(start + 4, digits);
      }
    }
  }
  fillGaps(text, options, markers);
  return markers.sort((a, b) => a.start - b.start);
}

/**
 * Second pass, for footnotes never found: the ordering of first references says where the marker
 * must be (between the markers of its neighbours), and there it is accepted glued to a number
 * (`resolutions 5/725` = 5/7 + marker 25, `COVID‑1913` = COVID-19 + 13, `Weapons 6and`) or
 * standing after a space at the end of a title (`Occupied Palestinian Territory 1`).
 */
function fillGaps(text: string, options: MarkerScanOptions, markers: FootnoteMarker[]): void {
  const firstReference = new Map<number, number>();
  for (const marker of markers) if (!firstReference.has(marker.value)) firstReference.set(marker.value, marker.start);
  const ordered = [...options.footnotes].sort((a, b) => a - b);
  const skip = options.skip ?? [];
  const inSkip = (position: number): boolean => skip.some((span) => span.start <= position && position < span.end);
  // Many missing footnotes in a huge text must not turn this pass quadratic: it reads at most
  // twice the text in all.
  let budget = 2 * text.length + 10_000;
  for (let index = 0; index < ordered.length && budget > 0; index++) {
    const value = ordered[index];
    if (firstReference.has(value)) continue;
    let from = 0;
    let to = text.length;
    for (let before = index - 1; before >= 0; before--) {
      const position = firstReference.get(ordered[before]);
      if (position !== undefined) {
        from = position + 1;
        break;
      }
    }
    for (let after = index + 1; after < ordered.length; after++) {
      const position = firstReference.get(ordered[after]);
      if (position !== undefined) {
        to = position;
        break;
      }
    }
    const digits = String(value);
    // Without a neighbour found on either side there is no place to look.
    if (from === 0 && to === text.length) continue;
    for (const region of options.regions) {
      if (region.end <= from || region.start >= to) continue;
      const start = Math.max(region.start, from);
      const end = Math.min(region.end, to);
      budget -= end - start;
      const runs = /\d+/g;
      runs.lastIndex = start;
      let match: RegExpExecArray | null;
      let found: FootnoteMarker | undefined;
      while ((match = runs.exec(text)) !== null && match.index < end) {
        const run = match[0];
        if (!run.endsWith(digits) || inSkip(match.index)) continue;
        const markerStart = match.index + run.length - digits.length;
        const before = text[match.index - 1] ?? ' ';
        const after = text[match.index + run.length];
        // Glued to the number of a citation or a name: `5/725`, `VII/1112`, `COVID‑1913` — not to a
        // year in brackets `(2008)`, a range `2015–2030` or a plain number.
        const glue = text[match.index - 1] ?? ' ';
        // A single digit at the end of `51/12` is far more often the number's own: it is taken only
        // where the markers on both sides pin the place down (`resolution 77/2285` between 4 and 6).
        const bounded = from > 0 && to < text.length;
        const gluedToNumber = (digits.length >= 2 || bounded) && run.length > digits.length && (glue === '/' || ((glue === '-' || glue === '‑') && /[A-Za-z]/.test(text[match.index - 2] ?? '')));
        const gluedToWord = run === digits && after !== undefined && /[a-z]/.test(after) && /[\s\u00A0]/.test(before);
        const endsRegion = run === digits && /^[\s\u00A0]*$/.test(text.slice(match.index + run.length, region.end)) && /[\s\u00A0]/.test(before);
        if ((gluedToNumber && !/[\dA-Za-z/]/.test(after ?? ' ')) || gluedToWord || endsRegion) {
          found = { start: markerStart, end: markerStart + digits.length, text: digits, value };
          break;
        }
      }
      if (found) {
        markers.push(found);
        firstReference.set(value, found.start);
        break;
      }
    }
  }
}
