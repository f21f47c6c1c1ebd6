// footnotes: every footnote marker has its footnote and every footnote is referenced; footnotes
// are numbered in the order of their first reference; a footnote text ends with a period.
//
// The parser recognises markers only against the footnotes that exist, so a marker whose footnote
// is missing is looked for here: bare digits glued after a word or after punctuation (`thereto;3`,
// `Development3 and`) that would be the next footnote, or a gap in the footnotes' numbering.
import { memo } from '../memo';
import { markerRegions } from '../parser/markers';
import type { Footnote, FootnoteMarker, Resolution, Span } from '../model';
import { isWhitespace } from '../text/blanks';
import { carriedView, type Finding, type Rule } from './types';

/** A reference to a footnote in the text: a marker the parser found, or glued digits found here. */
interface Reference extends Span {
  value: number;
  /** True when the parser recognised it (the footnote exists). */
  parsed: boolean;
  /**
   * A weaker reading (after a capital or a bracket, glued to a year or to a citation's number):
   * it counts only as the very next footnote due, when that footnote is missing.
   */
  strict?: boolean;
}

/** Lower-case abbreviations after which digits are a number, not a marker (`para.5`, `vol.2`). */
const ABBREVIATIONS = new Set([
  'para',
  'paras',
  'vol',
  'vols',
  'p',
  'pp',
  'art',
  'arts',
  'chap',
  'sect',
  'no',
  'nos',
  'annex',
  'add',
  'corr',
  'rev',
  'amend',
  'suppl',
  'sess',
  'fig',
  'tab',
  'item',
  'op',
  'cit',
  'ibid',
  'e',
  'g',
  'i',
  'nr',
  'ch',
  'reg',
  'cf',
]);
/** Units written with a glued figure (`km2`, `m3`). */
const UNITS = new Set(['m', 'km', 'cm', 'mm', 'ha', 'kg', 'g', 't', 'l']);

const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';
const isLower = (char: string | undefined): boolean => char !== undefined && char >= 'a' && char <= 'z';
/** What may follow a marker: the end, a space, punctuation. */
const canFollowMarker = (char: string | undefined): boolean =>
  char === undefined || isWhitespace(char) || /[;,.:)”’"\]]/.test(char);

/** The paragraph texts that carry markers, in document order (not the blocks the parser could not place: a glued figure there is no missing marker). */
function regionsOf(model: Resolution): Span[] {
  return markerRegions({ title: model.title, parts: model.parts, headings: model.headings, annexes: model.annexes });
}

/** The letters immediately before `position` (the word a `.` or digits are glued to). */
function wordBefore(text: string, position: number): string {
  let start = position;
  while (start > 0 && position - start < 12 && /[A-Za-z]/.test(text.charAt(start - 1))) start--;
  return text.slice(start, position);
}

/**
 * Digits glued to text the way a footnote marker is (`Secretary-General;1`, `thereto,5`,
 * `Development3 and`) that the parser did not take as a marker.
 */
function gluedDigits(model: Resolution, regions: Span[], known: ReadonlySet<number>): Reference[] {
  const { text } = model;
  // The weaker readings only where footnotes exist: a text without any has no marker to miss.
  const withFootnotes = model.footnotes.length > 0;
  const found: Reference[] = [];
  const debris = model.debris;
  let debrisIndex = 0;
  const runs = /\d+/g;
  for (const region of regions) {
    // Read the region's own text: a search never runs past its end. (A regular expression, not a
    // loop over the characters: this reads all the text, mostly in a cold process.)
    const within = text.slice(region.start, region.end);
    // A form to fill in (`Name(s) of entity: ______`, in a sanctions list's annex) numbers its own
    // notes: its digits are no missing markers of the resolution.
    if (/_{5}/.test(within)) continue;
    runs.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = runs.exec(within)) !== null) {
      const run = match[0];
      const start = match.index + region.start;
      const end = start + run.length;
      if (run.charCodeAt(0) === 0x30 || known.has(start)) continue;
      let pending = debris[debrisIndex];
      while (pending !== undefined && pending.end <= start) pending = debris[++debrisIndex];
      if (pending !== undefined && pending.start <= start) continue;
      if (withFootnotes) weakReadings(text, run, start, found);
      if (run.length > 3) continue;
      if (!canFollowMarker(text[end])) continue;
      const previous = text[start - 1];
      let glued = false;
      if (previous !== undefined && /[;,:.]/.test(previous)) {
        // After punctuation that itself follows a word or a closing bracket or quote.
        const beforePunctuation = text[start - 2];
        // A date or a number may end the clause before a comma or semicolon (`… December 2017,3`).
        const afterDigits = (previous === ',' || previous === ';') && isDigit(beforePunctuation);
        if (beforePunctuation !== undefined && (/[a-z)”’"\]]/.test(beforePunctuation) || afterDigits)) {
          if (previous !== '.') glued = true;
          else {
            // `.` ends a sentence only after a real word, and the marker then stands before a space:
            // not `b.1.` (a list label), `para.5`, `Nr.6`.
            const word = wordBefore(text, start - 1);
            glued =
              word.length >= 2 &&
              !ABBREVIATIONS.has(word.toLowerCase()) &&
              (text[end] === undefined || isWhitespace(text[end]));
          }
        }
      } else if (isLower(previous)) {
        // After a word: not a one-letter token (`COVID-l9`), a unit (`km2`) or a name with digits.
        const word = wordBefore(text, start);
        const beforeWord = text[start - word.length - 1];
        glued =
          word.length >= 2 && !UNITS.has(word) && !isDigit(beforeWord) && beforeWord !== '-' && beforeWord !== '\u2011';
      }
      if (glued) found.push({ start, end, value: Number(run), parsed: false });
    }
  }
  return found;
}

/** The memo key of the digits glued to words (carried over an edit: `carries` below). */
export const GLUED_DIGITS = 'footnotes.glued';

/** The digits glued to words or punctuation in the text's regions that could be footnote markers the parser did not take: read once per model. */
function gluedDigitsOf(model: Resolution): readonly Reference[] {
  return memo(model, GLUED_DIGITS, () => gluedDigits(model, regionsOf(model), markerStarts(model)));
}

/** The same within one paragraph. */
export function gluedDigitsWithin(model: Resolution, paragraph: Span): Reference[] {
  return gluedDigits(model, [paragraph], markerStarts(model));
}

const markerStarts = (model: Resolution): Set<number> => new Set(model.markers.map((marker) => marker.start));

/**
 * Adds to `readings` the strict candidates in the digits `run` at `start` for a marker whose
 * footnote is missing: `INTERPOL1`, `(Treaty of Pelindaba)1`, `“…”2` (after a capital, a bracket
 * or a quote), `13 November 20243` (glued to a year), `Internet,1134/7` (before a citation's
 * number), `resolutions 5/725` (after one).
 */
function weakReadings(text: string, run: string, start: number, readings: Reference[]): void {
  const previous = text[start - 1];
  const after = text[start + run.length];
  const push = (offset: number, length: number): void => {
    if (run[offset] === '0') return;
    readings.push({
      start: start + offset,
      end: start + offset + length,
      value: Number(run.slice(offset, offset + length)),
      parsed: false,
      strict: true,
    });
  };
  if (run.length <= 3 && previous !== undefined && /[A-Z)”’"]/.test(previous) && canFollowMarker(after))
    push(0, run.length);
  if (
    run.length >= 5 &&
    run.length <= 7 &&
    /^(?:1[89]|20)\d\d/.test(run) &&
    previous !== undefined &&
    isWhitespace(previous) &&
    canFollowMarker(after)
  )
    push(4, run.length - 4);
  if (after === '/' && run.length >= 2 && previous !== undefined && /[,;)”]/.test(previous))
    for (let length = 1; length < Math.min(4, run.length); length++) push(0, length);
  if (previous === '/' && run.length >= 2 && canFollowMarker(after))
    for (let length = 1; length < Math.min(4, run.length); length++) push(run.length - length, length);
}

/** Words after which a number is a number (`paragraph 5`), not a marker standing apart. */
const NUMBERING_WORDS = new Set([
  'paragraph',
  'paragraphs',
  'resolution',
  'resolutions',
  'decision',
  'decisions',
  'article',
  'articles',
  'rule',
  'rules',
  'regulation',
  'item',
  'items',
  'annex',
  'chapter',
  'section',
  'part',
  'no',
  'nos',
  'page',
  'target',
  'goal',
  'goals',
  'session',
  'meeting',
  'agenda',
  'protocol',
  'principle',
  'recommendation',
  'and',
  'to',
  'or',
  'of',
  'the',
]);

/**
 * In print-wrapped (OCR) texts markers stand apart: `the report of the Secretary-General 33 on`.
 * The numbers of one to three digits standing alone in the text, read in one pass.
 */
function standaloneNumbers(model: Resolution, regions: Span[]): Set<number> {
  const numbers = new Set<number>();
  const { text } = model;
  const runs = /\d+/g;
  for (const region of [...regions, ...model.unrecognised]) {
    // Read the region's own text: a search never runs past its end.
    const within = text.slice(region.start, region.end);
    // A form to fill in (`Name(s) of entity: ______`, in a sanctions list's annex) numbers its own
    // notes: its digits are no missing markers of the resolution.
    if (/_{5}/.test(within)) continue;
    runs.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = runs.exec(within)) !== null) {
      match.index += region.start;
      const before = text[match.index - 1];
      const after = text[match.index + match[0].length];
      if (
        match[0].length > 3 ||
        !(before === undefined || isWhitespace(before) || before === ',') ||
        !canFollowMarker(after)
      )
        continue;
      // `paragraph 5`, `resolution 33`, `items 3 and 4` are numbers, not markers.
      if (NUMBERING_WORDS.has(wordBefore(text, match.index - 1).toLowerCase())) continue;
      numbers.add(Number(match[0]));
    }
  }
  return numbers;
}

function misplacedMessage(text: string, marker: FootnoteMarker): string {
  const where =
    marker.misplaced === 'inside-word'
      ? 'inside a word'
      : marker.misplaced === 'next-word'
        ? 'glued to the next word'
        : 'set apart from the word before it';
  const shown =
    marker.misplaced === 'apart'
      ? text.slice(Math.max(0, marker.start - 1 - wordBeforeLength(text, marker.start - 1)), marker.end)
      : wordAround(text, marker);
  return `Footnote marker ${marker.value} ${where}: “${shown}”; a marker follows the word it belongs to (and its punctuation) without a space, and a space follows it.`;
}

const wordBeforeLength = (text: string, position: number): number => wordBefore(text, position).length;

/** The word a marker stands in or before, with the marker (`t6he`, `Agreement4and`). */
function wordAround(text: string, marker: Span): string {
  let start = marker.start;
  while (start > 0 && marker.start - start < 20 && /[A-Za-z\u00C0-\u00FF]/.test(text.charAt(start - 1))) start--;
  let end = marker.end;
  while (end < text.length && end - marker.end < 20 && /[A-Za-z\u00C0-\u00FF]/.test(text.charAt(end))) end++;
  return text.slice(start, end);
}

function endsWithPeriod(body: string): boolean {
  return /[.?!]["”’)\]]*$/.test(body);
}

function footnoteFindings(model: Resolution, references: Reference[], missingFound: ReadonlySet<number>): Finding[] {
  const findings: Finding[] = [];
  const { footnotes } = model;
  // Gaps and disorder in the footnotes themselves.
  for (let index = 1; index < footnotes.length; index++) {
    const previous = footnotes[index - 1]!.number.value;
    const current = footnotes[index]!.number;
    if (current.value <= previous) {
      findings.push({
        start: current.start,
        end: current.end,
        severity: 'warning',
        message:
          current.value === previous
            ? `Footnote ${current.value} is numbered twice; number footnotes 1, 2, 3 … once each.`
            : `Footnote ${current.value} comes after footnote ${previous}; list footnotes in numerical order.`,
      });
    } else if (current.value > previous + 1) {
      const missing: number[] = [];
      for (let value = previous + 1; value < current.value && missing.length < 1000; value++)
        if (!missingFound.has(value)) missing.push(value);
      if (missing.length > 0 && missing.length === current.value - previous - 1) {
        const named = missing.length === 1 ? `${missing[0]}` : `${missing[0]}–${missing[missing.length - 1]}`;
        findings.push({
          start: current.start,
          end: current.end,
          severity: 'warning',
          message: `Footnote numbering skips ${named}; expected footnote ${previous + 1} after footnote ${previous}.`,
        });
      }
    }
  }
  // Footnotes never referenced.
  const referenced = new Set(references.map((reference) => reference.value));
  // Print-era texts (wrapped, or with no marker glued anywhere) set markers apart with spaces.
  // (A modern text whose only marker was deleted is not print-era: its footnote is unreferenced.)
  const standalone =
    model.wrapped || (model.markers.length === 0 && model.organ === 'SC')
      ? standaloneNumbers(model, regionsOf(model))
      : new Set<number>();
  for (const footnote of footnotes) {
    const value = footnote.number.value;
    if (referenced.has(value) || standalone.has(value)) continue;
    findings.push({
      start: footnote.number.start,
      end: footnote.number.end,
      severity: 'warning',
      message: `Footnote ${value} is never referenced; add its marker in the text or remove the footnote.`,
    });
  }
  // Footnote texts end with a period.
  for (const footnote of footnotes) findings.push(...periodFinding(model, footnote));
  return findings;
}

function periodFinding(model: Resolution, footnote: Footnote): Finding[] {
  const body = footnote.body;
  const trimmed = body.text.replace(/[\s\u00A0]+$/, '');
  if (trimmed.length === 0 || endsWithPeriod(trimmed)) return [];
  const end = body.start + trimmed.length;
  const last = trimmed.charAt(trimmed.length - 1);
  const fixable = /[A-Za-z0-9)\]”’"]/.test(last);
  return [
    {
      start: body.start,
      end,
      severity: 'hint',
      message: `Footnote ${footnote.number.value} does not end with a period; end a footnote text with ".".`,
      fix: fixable ? { title: 'Add the final period', edits: [{ start: end, end, newText: '.' }] } : undefined,
    },
  ];
}

export const footnotes: Rule = {
  meta: {
    id: 'footnotes',
    description:
      'Every footnote marker has a footnote and every footnote a marker, footnotes are numbered in the order of first reference, and each ends with a period.',
    defaultSeverity: 'error',
    fixable: true,
  },
  carries: [
    carriedView({
      key: GLUED_DIGITS,
      shape: { start: 'start', end: 'end', value: 'none', parsed: 'none', strict: 'none' },
      within: gluedDigitsWithin,
    }),
  ],
  check(model) {
    const findings: Finding[] = [];
    const values = new Set(model.footnotes.map((footnote) => footnote.number.value));
    const parsed: Reference[] = model.markers.map((marker) => ({
      start: marker.start,
      end: marker.end,
      value: marker.value,
      parsed: true,
    }));
    const glued = gluedDigitsOf(model);
    const all = [...parsed, ...glued].sort((a, b) => a.start - b.start);

    // Walk the references in order: glued digits count when they name an existing footnote, or
    // when they are the next footnote to come and that footnote is missing.
    const lowest = model.footnotes.reduce(
      (low, footnote) => Math.min(low, footnote.number.value),
      Number.POSITIVE_INFINITY,
    );
    // A weak reading names a footnote missing from the numbering, below the last footnote there is.
    const topFootnote = model.footnotes.reduce((top, footnote) => Math.max(top, footnote.number.value), 0);
    // Human Rights Council texts number footnotes from 2 and old Security Council prints from the
    // volume's count; elsewhere footnote 1 comes first, so a marker 1 without its footnote is found.
    // A text whose footnotes start one too late lost its first one (1, or 2 in HRC texts, which
    // number from 2); one that starts further on is numbered from a volume (old SC prints).
    const usualFirst = model.organ === 'HRC' ? 2 : 1;
    const first = lowest === usualFirst + 1 ? usualFirst : lowest;
    // Without footnotes, a glued marker would be the first one (1; 2 in HRC texts).
    let highest = Number.isFinite(lowest) ? Math.min(first, lowest) - 1 : usualFirst - 1;
    const references: Reference[] = [];
    const missing = new Set<number>();
    for (const reference of all) {
      const { value } = reference;
      // The parser weighed every reading of a footnote that exists against the whole text: glued
      // digits it left out are figures (`CM/Rec(2022)17`, `Res.9`), not references.
      if (values.has(value) && !reference.parsed) continue;
      if (reference.parsed) {
        references.push(reference);
        highest = Math.max(highest, value);
      } else if (
        reference.strict
          ? value === highest + 1 && value < topFootnote && !values.has(value) && !missing.has(value)
          : value === highest + 1 || missing.has(value)
      ) {
        missing.add(value);
        highest = Math.max(highest, value);
        findings.push({
          start: reference.start,
          end: reference.end,
          severity: 'error',
          message: `Footnote marker ${value} has no footnote; add footnote ${value} or remove the marker.`,
        });
      }
    }

    // A marker set inside a word (`t6he`), glued to the next one (`Agreement4and`) or set apart
    // inside a sentence (`Development 2 through` — the way old print sets markers, so not there).
    for (const marker of model.markers) {
      if (!marker.misplaced || (marker.misplaced === 'apart' && model.wrapped)) continue;
      findings.push({
        start: marker.start,
        end: marker.end,
        severity: 'warning',
        message: misplacedMessage(model.text, marker),
      });
    }

    // First references in increasing order.
    const seen = new Set<number>();
    let maxFirst = 0;
    for (const reference of references) {
      if (seen.has(reference.value)) continue;
      seen.add(reference.value);
      if (reference.value < maxFirst) {
        findings.push({
          start: reference.start,
          end: reference.end,
          severity: 'warning',
          message: `Footnote ${reference.value} is first referenced after footnote ${maxFirst}; number footnotes in the order of their first reference.`,
        });
      }
      maxFirst = Math.max(maxFirst, reference.value);
    }

    findings.push(...footnoteFindings(model, references, missing));
    return findings.sort((a, b) => a.start - b.start);
  },
};
