// What a line is, read by itself — and what of it that reading depends on. The parser (parse.ts)
// reads lines through these functions; the incremental path (incremental/update-model.ts) asks the
// same functions about a line before and after an edit and parses in full when an answer differs.
// A change to how a line is read is made here, once, and both follow it.
//
// The patterns themselves are in lines.ts; what a line means in its place (after a closing, inside a
// list, in hard-wrapped print) is parse.ts's. Here: the limits, and the tests that look at one line.
import type { DebrisKind } from '../model';
import { opensWithOperativeVerb, opensWithPreambularOpener } from '../lexicon/match';
import {
  ANNEX_HEADING,
  CITATION_GOES_ON,
  DATE_START,
  DOT_LABEL,
  FOOTNOTE_SEPARATOR,
  JOB_NUMBER,
  LABEL_THEN_LOWER,
  MASTHEAD_RUN,
  MEETING_IN_WORDS_LINE,
  MEETING_LINE,
  NUMBERED,
  NUMBERED_NO_DOT,
  NUMBERED_AS_LETTER,
  NUMBERED_SPACED_DOT,
  NUMERAL_THEN_LOWER,
  OLD_SC_TITLE_LINE,
  OLD_TITLE_LINE,
  ORGAN_LINE,
  PAGE_NUMBER,
  PARAGRAPH_ENDED,
  PAREN_LABEL,
  PART_HEADING,
  RULE_LINE,
  SC_TITLE_LINE,
  SECTION_HEADING,
  TITLE_LINE,
  TITLED_PART_HEADING,
  ABBREVIATION_AT_END,
  NUMBER_AT_END,
  TAKES_NUMERAL,
  endsWithTerminal,
  type Line,
} from './lines';

export { HEAD } from './lines';

// ---- Limits on a line's length (of its content, blanks at its ends left out) ----

/** Lines longer than this are never headings, closings, organ lines or masthead fields. */
export const SHORT_LINE = 200;
/** …except a numbered section heading of a budget resolution, or a heading inside a list, which may run to this length. */
export const LONG_HEADING = 400;
/** An organ line (`The General Assembly,`) is at most this long. */
export const ORGAN_LINE_LENGTH = 120;
/** A title line (`59/157. Title`) is shorter than this. */
export const TITLE_LINE_LENGTH = 2000;
/** How many lines below a heading candidate the parser looks for the paragraph it heads. */
export const LOOK_AHEAD_LINES = 3;

export const isShort = (length: number): boolean => length <= SHORT_LINE;
export const mayBeOrganLine = (length: number): boolean => length <= ORGAN_LINE_LENGTH;
export const mayBeTitleLine = (length: number): boolean => length < TITLE_LINE_LENGTH;

/**
 * Which of the limits above the parser tests a line's length against (the organ line, a short line,
 * the title line) it is within, as one number: two lines the parser tells apart by length alone
 * differ in it. (A long heading's limit is read with its pattern, which decides first.)
 */
export function lengthClass(length: number): number {
  return (mayBeOrganLine(length) ? 1 : 0) | (isShort(length) ? 2 : 0) | (mayBeTitleLine(length) ? 4 : 0);
}

// ---- What a line is by itself ----

/** The organ line's match (`The General Assembly,`), on a line of `length` whose head is `head`. */
export function organLineMatch(head: string, length: number): RegExpExecArray | null {
  return mayBeOrganLine(length) ? ORGAN_LINE.exec(head) : null;
}

/** A title line of any form (`59/157. Title`, `2625 (XXV). Title`, `98 (1952). Resolution of …`, `Resolution 1373 (2001)`). */
export function isTitleLine(head: string, length: number): boolean {
  return (
    mayBeTitleLine(length) &&
    (TITLE_LINE.test(head) || OLD_TITLE_LINE.test(head) || OLD_SC_TITLE_LINE.test(head) || SC_TITLE_LINE.test(head))
  );
}

/** What the parser reads a short line as wherever it stands in the body, before anything else. */
export type ShortLineKind = 'meeting' | 'footnote-separator' | 'annex' | DebrisKind;

/**
 * The kind of a short line (its whole text) that means the same in every state of the body: a
 * closing's meeting line, the footnote separator, an annex heading (`annex`: where one can start —
 * not among footnotes), or debris of print (`symbol`: the masthead's, a running head elsewhere).
 */
export function shortLineKind(text: string, symbol: string | undefined, annex: boolean): ShortLineKind | undefined {
  if (MEETING_LINE.test(text) || MEETING_IN_WORDS_LINE.test(text)) return 'meeting';
  if (FOOTNOTE_SEPARATOR.test(text)) return 'footnote-separator';
  if (annex && ANNEX_HEADING.test(text)) return 'annex';
  return tailDebris(text, symbol);
}

/** Page numbers, job numbers, running heads and rule lines pasted from print. */
function tailDebris(text: string, symbol: string | undefined): DebrisKind | undefined {
  if (PAGE_NUMBER.test(text)) return 'page-number';
  if (JOB_NUMBER.test(text)) return 'job-number';
  if (RULE_LINE.test(text)) return 'rule-line';
  if (MASTHEAD_RUN.test(text)) return 'masthead-run';
  return symbol !== undefined && text === symbol ? 'running-head' : undefined;
}

/**
 * Whether a short line may be read as something of its own before its numbers and labels are: a
 * kind of `shortLineKind` anywhere, or a part or section heading or an organ line (which the lines
 * around it confirm).
 */
export function mayBeOwnLine(text: string, symbol: string | undefined): boolean {
  return (
    shortLineKind(text, symbol, true) !== undefined ||
    TITLED_PART_HEADING.test(text) ||
    SECTION_HEADING.test(text) ||
    organLineMatch(text, text.length) !== null
  );
}

/**
 * The patterns the parser reads a body line's head with, in every state (numbers, labels, part and
 * section headings, titles): a line whose match of each is the same is read the same way.
 */
export const HEAD_PATTERNS: readonly RegExp[] = [
  NUMBERED,
  NUMBERED_NO_DOT,
  NUMBERED_AS_LETTER,
  NUMBERED_SPACED_DOT,
  PAREN_LABEL,
  DOT_LABEL,
  PART_HEADING,
  TITLED_PART_HEADING,
  SECTION_HEADING,
  TITLE_LINE,
  OLD_TITLE_LINE,
  OLD_SC_TITLE_LINE,
  SC_TITLE_LINE,
];

/** A numbered line with a tab after its number (`1. Income from staff assessment<TAB>279 138 300`) is a table row, not a paragraph. */
export function isTableRow(head: string, numbered: RegExpExecArray): boolean {
  return head.indexOf('\t', numbered[0].length) >= 0;
}

/** Whether the text that ends at `end` (read from `from`) ends a paragraph: `;`, `.`, `:`, perhaps a closing quote and a footnote marker. */
export function endsParagraph(text: string, end: number, from = 0): boolean {
  return PARAGRAPH_ENDED.test(text.slice(Math.max(from, end - 6), end).trim());
}

/** Whether a numbered paragraph's text that ends at `end` (read from `from`) ends with a colon, after which `a.` labels are items. */
export function leadsDotLabels(text: string, end: number, from = 0): boolean {
  return /:\s*$/.test(text.slice(Math.max(from, end - 3), end));
}

/** Whether a short line without final punctuation may head what follows (a heading, a part's title), as the parser reads it when a paragraph follows. */
export function headingShaped(text: string, line: Line): boolean {
  return isShort(line.contentEnd - line.contentStart) && !endsWithTerminal(text, line);
}

/** Whether an item's text that starts at `start` opens as the title of a heading inside a list does: a capital or a figure, neither `To` nor an operative verb. */
export function opensLikeTitle(text: string, start: number): boolean {
  return (
    /^[A-Z0-9]/.test(text[start] ?? '') &&
    !/^To[\s\u00A0]/.test(text.slice(start, start + 3)) &&
    !opensWithOperativeVerb(text, start)
  );
}

/** Whether a block of hard-wrapped print that starts at `start` opens as a heading does: a capital, neither a preambular opener nor an operative verb. */
export function opensLikePrintHeading(text: string, start: number): boolean {
  return (
    /[A-Z]/.test(text[start] ?? '') && !opensWithPreambularOpener(text, start) && !opensWithOperativeVerb(text, start)
  );
}

// ---- In hard-wrapped print ----

/** A heading wrapped in print runs over at most this many lines. */
export const MAX_HEADING_LINES = 4;

/**
 * What the parser reads of a printed line's head beyond its kind: whether it goes on the line above
 * (a label or a numeral then lower-case words, a cited number, a date) or opens anew (a capital,
 * a capital after a number).
 */
export const PRINT_HEAD_PATTERNS: readonly RegExp[] = [
  LABEL_THEN_LOWER,
  NUMERAL_THEN_LOWER,
  CITATION_GOES_ON,
  DATE_START,
  /^\d{1,4}\.[ \t\u00A0]*[A-Z]/,
  /^[ \t\u00A0]*[A-Z]/,
];
/** How many characters of a printed line's end `PRINT_END_PATTERNS` read. */
export const PRINT_END = 12;
/** What the parser reads of a printed line's end to tell how the next line goes on: an abbreviation, a number, a word a numeral follows, a comma. */
export const PRINT_END_PATTERNS: readonly RegExp[] = [ABBREVIATION_AT_END, NUMBER_AT_END, TAKES_NUMERAL, /,$/];
