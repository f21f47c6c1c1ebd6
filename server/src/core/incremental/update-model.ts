// Incremental parsing: the model of a text after a small edit, derived from the model before it
// instead of a parse of the whole text.
//
// While a drafter types, nearly every edit stays inside one line of one paragraph and leaves the
// structure alone: the same lines, the same numbers and labels, the same footnote markers. Such an
// edit changes only that paragraph's opening phrase (its verb or opener) and moves every offset
// after it. `updateModel` recognises those edits — conservatively: it checks everything the
// parser's decisions about that line (and its neighbours' decisions that look at it) depend on —
// and builds the new model from the old one: the paragraph re-read, everything after it shifted
// (by the model's shape, incremental/shift.ts), everything before it shared. Any other edit returns
// undefined and the caller parses the whole text. What the parser reads of a line it asks the
// parser's own line classifier (parser/classify.ts), before and after the edit.
// test/corpus/incremental-corpus.test.ts checks the result equals a full parse on edits all over
// the corpus.
import type { FootnoteMarker, OperativeParagraph, PreambularParagraph, Resolution, Span, SubParagraph } from '../model';
import { RESOLUTION } from '../model-shape';
import { findMarkers, MARKER_LOOK_BACK } from '../parser/markers';
import { shiftBy, shiftNode, type Shift, type TextChange } from './shift';
import { applyTerminators, markerEndsOf } from '../parser/terminators';
import { readPreambularHead } from '../parser/preambular-head';
import { matchOperativeVerb, opensWithOperativeVerb, opensWithPreambularOpener } from '../lexicon/match';
import {
  HEAD,
  HEAD_PATTERNS,
  LOOK_AHEAD_LINES,
  MAX_HEADING_LINES,
  PRINT_END,
  PRINT_END_PATTERNS,
  PRINT_HEAD_PATTERNS,
  SHORT_LINE,
  endsParagraph,
  headingShaped,
  isShort,
  isTableRow,
  leadsDotLabels,
  lengthClass,
  mayBeOwnLine,
  opensLikePrintHeading,
  opensLikeTitle,
} from '../parser/classify';
import {
  NUMBERED,
  NUMBERED_AS_LETTER,
  NUMBERED_NO_DOT,
  NUMBERED_SPACED_DOT,
  PAREN_LABEL,
  endsWithTerminal,
  isBlankChar,
  type Line,
} from '../parser/lines';

export type { TextChange } from './shift';

export interface ModelUpdate {
  model: Resolution;
  /** The paragraph the edit was in, in the new model (its findings are the ones to check again). */
  paragraph: PreambularParagraph | OperativeParagraph | SubParagraph;
}

/** How far around an edit a digit's reading as a footnote marker could change (markers.ts looks MARKER_LOOK_BACK characters back). */
const MARKER_CONTEXT = MARKER_LOOK_BACK + 2;
/**
 * The last character of a line decides terminators, continuation and hard-wrapping: an edit that
 * reaches it is parsed in full. What stands before it (closing quotes, brackets, a marker after the
 * final mark) is read again by the line tests below (`endsWithTerminal`, `PARAGRAPH_ENDED`) and the
 * marker check.
 */
const TAIL = 1;

type Paragraph = PreambularParagraph | OperativeParagraph | SubParagraph;

/** The model after `change`, or undefined when the edit may change the structure (parse the text). */
export function updateModel(old: Resolution, change: TextChange, newText: string): ModelUpdate | undefined {
  const oldText = old.text;
  const { start, end } = change;
  const inserted = change.text;
  const delta = inserted.length - (end - start);
  if (start < 0 || end < start || end > oldText.length || newText.length !== oldText.length + delta) return undefined;
  // An edited text is a rope of the pieces before and after the edit: one regular-expression run
  // makes V8 flatten it, so that reading characters below does not walk the rope each time.
  LINE_BREAK.lastIndex = 0;
  LINE_BREAK.test(newText);
  const removed = oldText.slice(start, end);
  if (/[\r\n[\]<>]/.test(inserted) || /[\r\n[\]<>]/.test(removed)) return undefined;

  // Text written on at a paragraph's end (or after blanks there) is in that paragraph, whose span
  // ends at its last character — an item's too, though the paragraph that holds it goes on.
  const writtenOn = start === end ? paragraphAt(old, trimEnd(oldText, 0, start) - 1) : undefined;
  const found =
    (writtenOn && writtenOn.paragraph.end <= start ? writtenOn : undefined) ?? paragraphAt(old, start) ?? writtenOn;
  if (!found) return undefined;
  const { paragraph, bodyStart } = found;
  // The line the edit is on: the paragraph's first line, or a later one (hard-wrapped print, a
  // line taken into the paragraph); from its first character, as the parser reads a line.
  const at = editedLineStart(oldText, paragraph.start, start);
  const lineEnd = lineEndAt(oldText, at);
  const contentEnd = trimEnd(oldText, at, lineEnd);
  // Writing on at the end of the line (the paragraph being written), after its last character or
  // the blanks after it: what ended with the line's text ends with the new text (blanks alone leave
  // the line's text as it was); the tests below read the line's new end as the parser would.
  // Only on the paragraph's first line, and before a blank line or the end of the text: whether the
  // next line goes on with this paragraph depends on how this one ends (parse.ts `continues`: a
  // trailing space, a hyphen), which writing on changes.
  const appending =
    start === end &&
    start >= contentEnd &&
    start <= lineEnd &&
    at === paragraph.start &&
    nextLineBlank(oldText, lineEnd);
  const blanksOnly = [...inserted].every((char) => isBlankChar(char.charCodeAt(0)));
  // Strictly inside the line's body: the number or label, the first character and the tail stay.
  if (start < bodyStart || start <= at || (end > contentEnd - TAIL && !appending)) return undefined;
  const newLineEnd = lineEnd + delta;
  const newContentEnd = !appending ? contentEnd + delta : blanksOnly ? contentEnd : start + inserted.length;
  if (trimEnd(newText, at, newLineEnd) !== newContentEnd) return undefined;
  if (bodyStart >= newContentEnd) return undefined;
  // A number or label alone on its line takes the next line as its text (parse.ts `awaitingText`).
  if (bodyStart >= contentEnd) return undefined;
  // The parser reads a paragraph's very last character too: a colon leads items (and dot labels
  // after a numbered paragraph), a comma keeps a preambular or unnumbered paragraph preambular.
  // Writing on past one, or ending with one, is parsed in full — except a comma after a number or
  // a label, which the parser never reads there.
  // An item without final punctuation may be a heading inside its list (parse.ts `isHeadingItem`:
  // its end, its length and the label after it decide), which changes how the labels after it are
  // read: such items, before or after the edit, are parsed in full.
  if (
    paragraph.kind === 'subparagraph' &&
    (mayBeHeading(oldText, paragraph.label.end) || mayBeHeading(newText, paragraph.label.end)) &&
    (paragraph.heading !== undefined ||
      !ITEM_ENDED.test(oldText.slice(Math.max(at, paragraph.textEnd - 8), paragraph.textEnd)) ||
      !ITEM_ENDED.test(newText.slice(Math.max(at, paragraph.textEnd + delta - 8), paragraph.textEnd + delta)))
  )
    return undefined;
  const numberedOrItem =
    paragraph.kind === 'subparagraph' || (paragraph.kind === 'operative' && paragraph.number !== undefined);
  const lastCharRead = numberedOrItem ? /:/ : /[,:]/;
  if (
    appending &&
    !blanksOnly &&
    (lastCharRead.test(oldText.charAt(contentEnd - 1)) || lastCharRead.test(newText.charAt(newContentEnd - 1)))
  )
    return undefined;
  // Typing the final mark (or going on after it) changes whether the line ends a sentence. For a
  // numbered paragraph or an item followed by a blank line, the parser reads that only in the next
  // text block (`startTextBlock`: does the paragraph above end?): none when the next line after the
  // blanks is numbered, a label, or there is none.
  const endMayChange = appending && !blanksOnly && numberedOrItem && nextLineReadAlone(old, oldText, lineEnd);

  // Digits near the edit could start, end or change the reading of a footnote marker (read in
  // order through the whole text): the markers are read again below.
  const nearDigits =
    old.footnotes.length > 0 &&
    (/\d/.test(oldText.slice(Math.max(0, start - 2), end + MARKER_CONTEXT)) ||
      /\d/.test(newText.slice(Math.max(0, start - 2), start + inserted.length + MARKER_CONTEXT)));
  // Debris on the line (ODS tags, comment tags) is found by its brackets.
  const oldLine = oldText.slice(at, contentEnd);
  const newLine = newText.slice(at, newContentEnd);
  if (/[[<]/.test(oldLine) || /[[<]/.test(newLine)) return undefined;
  if (!sameLineReading(old, at, oldText, newText, oldLine, newLine, endMayChange)) return undefined;

  const shift = shiftBy(change, appending && !blanksOnly ? { from: contentEnd, to: newContentEnd } : undefined);
  const model = shiftNode(old, RESOLUTION, change, shift, newText);
  model.text = newText;
  const updated = findShifted(model, paragraph, shift);
  if (!updated) return undefined;
  // The paragraph (or the operative paragraph that holds the item) whose terminators are read again below.
  const top = topParagraphOf(model, updated);
  if (!top) return undefined;
  if (nearDigits) {
    // Markers are read in order through the whole text. While a citation is typed (`and 5/2`), a
    // digit may read as a marker for a moment: taken when only the edited paragraph's markers differ.
    const read = findMarkers(model);
    if (!sameMarkers(read, model.markers)) {
      const outside = (marker: FootnoteMarker): boolean => marker.end <= top.start || marker.start >= top.end;
      if (!sameMarkers(read.filter(outside), model.markers.filter(outside))) return undefined;
      model.markers = read;
    }
  }
  // Re-read what the edit may have changed: the opening phrase.
  if (updated.kind === 'operative') {
    // After the number (its text may start on the next line), or at the start of an unnumbered paragraph.
    const verbAt = updated.number ? skipBlanks(newText, updated.number.end, BLANK_OR_BREAK) : updated.start;
    // The parser passes over a debris line after a number alone on its line: read in full.
    if (updated.number && model.debris.some((debris) => debris.end > updated.number!.end && debris.start <= verbAt))
      return undefined;
    const verb = matchOperativeVerb(newText, verbAt);
    updated.verb = verb ? { start: verb.start, end: verb.end, text: newText.slice(verb.start, verb.end) } : undefined;
    updated.verbKnown = verb?.known ?? false;
  } else if (updated.kind === 'preambular') {
    const head = readPreambularHead(newText, updated.start);
    if (head.negotiationLabel) updated.negotiationLabel = head.negotiationLabel;
    else delete updated.negotiationLabel;
    updated.opener = head.opener;
    updated.openerKnown = head.openerKnown;
  }
  // The end of the paragraph's own text may lie on the edited line (past the tail, a closing quote
  // and a marker can stand between the text and its final mark): its terminators are read again.
  // Only the nodes copied for the new model (those that do not end before the edit) are written.
  applyTerminators(newText, top, markerEndsOf(model.markers), (node) => node.end > start);
  return { model, paragraph: updated };
}

/** The same footnote markers at the same places. */
function sameMarkers(read: readonly FootnoteMarker[], moved: readonly FootnoteMarker[]): boolean {
  return (
    read.length === moved.length &&
    read.every((marker, index) => {
      const other = moved[index];
      return (
        other !== undefined &&
        marker.start === other.start &&
        marker.end === other.end &&
        marker.value === other.value &&
        marker.misplaced === other.misplaced
      );
    })
  );
}

/**
 * The paragraph or item whose first line holds `offset`, and where its text starts (after the
 * number or label). Only numbered operative paragraphs, preambular paragraphs and items: the nodes
 * the parser makes from a line's start alone.
 */
function paragraphAt(model: Resolution, offset: number): { paragraph: Paragraph; bodyStart: number } | undefined {
  const text = model.text;
  for (const part of model.parts) {
    const preambular = lastStartingBefore(part.preamble, offset);
    if (preambular && offset < preambular.end) return { paragraph: preambular, bodyStart: preambular.start + 1 };
    const operative = lastStartingBefore(part.operative, offset);
    if (operative && offset < operative.end) {
      const item = itemAt(operative.items, offset);
      if (item) {
        return { paragraph: item, bodyStart: skipBlanks(text, item.label.end) };
      }
      // An unnumbered paragraph (a one-paragraph resolution, a lead-in): its text starts at its start.
      if (!operative.number) return { paragraph: operative, bodyStart: operative.start + 1 };
      const bodyStart = skipBlanks(text, operative.number.end);
      return { paragraph: operative, bodyStart };
    }
  }
  return undefined;
}

function itemAt(items: readonly SubParagraph[], offset: number): SubParagraph | undefined {
  const item = lastStartingBefore(items, offset);
  if (!item || offset >= item.end) return undefined;
  return itemAt(item.children, offset) ?? item;
}

/** The last of sorted spans that starts at or before `offset`. */
function lastStartingBefore<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = spans.length - 1;
  let found: T | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.start <= offset) {
      found = spans[middle];
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The operative or preambular paragraph that holds a paragraph or item. */
export function topParagraphOf(
  model: Resolution,
  paragraph: Paragraph,
): PreambularParagraph | OperativeParagraph | undefined {
  if (paragraph.kind !== 'subparagraph') return paragraph;
  for (const part of model.parts) {
    for (const operative of part.operative)
      if (operative.start <= paragraph.start && paragraph.end <= operative.end) return operative;
  }
  return undefined;
}

const INLINE_BLANK = /[\t \u00A0\u2000-\u200B\u202F]/;
const BLANK_OR_BREAK = /[\s\u00A0\u2000-\u200B\u202F]/;

/** The first offset from `from` that is not a blank (`blank`: without line breaks unless told). */
const skipBlanks = (text: string, from: number, blank = INLINE_BLANK): number => {
  let at = from;
  while (at < text.length && blank.test(text.charAt(at))) at++;
  return at;
};

/** Whether the line after the line break at `lineEnd` is blank, or there is none. */
function nextLineBlank(text: string, lineEnd: number): boolean {
  let at = lineEnd;
  if (text[at] === '\r') at++;
  if (text[at] === '\n') at++;
  while (at < text.length && isBlankChar(text.charCodeAt(at))) at++;
  return at >= text.length || text[at] === '\n' || text[at] === '\r';
}

/**
 * Whether the parser reads the first non-blank line after the line break at `lineEnd` without
 * looking at how the paragraph above it ends: a numbered paragraph (not a table row), a `(a)` label,
 * or no line at all — and nothing it reads as another kind of line first.
 */
function nextLineReadAlone(model: Resolution, text: string, lineEnd: number): boolean {
  let at = lineEnd;
  while (at < text.length && (isBlankChar(text.charCodeAt(at)) || text[at] === '\n' || text[at] === '\r')) at++;
  if (at >= text.length) return true;
  const line = text.slice(at, trimEnd(text, at, lineEndAt(text, at)));
  const head = line.slice(0, HEAD);
  // Debris (found by its brackets) or a line the parser reads as something else first (`1. Distr.: General`).
  if (/[[<]/.test(line) || (isShort(line.length) && mayBeOwnLine(head, model.masthead?.symbol?.text))) return false;
  const numbered = NUMBERED.exec(head);
  if (numbered) return !isTableRow(head, numbered);
  return PAREN_LABEL.test(head);
}

/** The first non-blank character of the line that holds `offset`, in a paragraph that starts at `paragraphStart`. */
function editedLineStart(text: string, paragraphStart: number, offset: number): number {
  const lineStart = lineStartAt(text, offset);
  if (lineStart <= paragraphStart) return paragraphStart;
  let at = lineStart;
  while (at < text.length && isBlankChar(text.charCodeAt(at))) at++;
  return at;
}

const LINE_BREAK = /[\r\n]/g;

/** Where the line that holds `offset` starts (after a `\n`, a `\r` or a `\r\n`). */
export function lineStartAt(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

function lineEndAt(text: string, from: number): number {
  LINE_BREAK.lastIndex = from;
  return LINE_BREAK.exec(text)?.index ?? text.length;
}

/** Where a line's content ends: the parser's own definition of a blank (lines.ts), so the two agree. */
function trimEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && isBlankChar(text.charCodeAt(at - 1))) at--;
  return at;
}

/** A line of its own, for the line tests of lines.ts. */
const wholeLine = (line: string): Line => ({
  index: 0,
  start: 0,
  end: line.length,
  contentStart: 0,
  contentEnd: line.length,
});

/**
 * Whether the parser reads the edited line as the same kind of line: every test parse.ts makes on a
 * line's head (headings, meeting lines, labels, numbers…) and every test a neighbouring line makes
 * on it (`nextStartsParagraph`, promotion of a preambular paragraph that opens with a verb) gives
 * the same answer before and after the edit.
 */
function sameLineReading(
  model: Resolution,
  at: number,
  oldText: string,
  newText: string,
  oldLine: string,
  newLine: string,
  endMayChange: boolean,
): boolean {
  const oldHead = oldLine.slice(0, HEAD);
  const newHead = newLine.slice(0, HEAD);
  // The parser's tests on a line's length (organ line, short line, title line) give the same answer.
  if (lengthClass(oldLine.length) !== lengthClass(newLine.length)) return false;
  // Its tests on a line's end: whether the sentence ended (wrapping, continuation, headings) and
  // whether the paragraph above ended (promotion of an unnumbered operative paragraph). Closing
  // quotes, brackets and a marker may stand after the mark, so the tail alone does not decide.
  if (!endMayChange) {
    if (endsWithTerminal(oldLine, wholeLine(oldLine)) !== endsWithTerminal(newLine, wholeLine(newLine))) return false;
    if (endsParagraph(oldLine, oldLine.length) !== endsParagraph(newLine, newLine.length)) return false;
  }
  // A colon among the last three characters of a numbered paragraph's text lets `a.` labels follow
  // (parse.ts `acceptsDotLabel`, which counts any \s after it, wider than the parser's blanks).
  if (leadsDotLabels(oldLine, oldLine.length) !== leadsDotLabels(newLine, newLine.length)) return false;
  // Tests on whole short lines (closings, footnote separators, annexes, debris, part and section headings, organ lines).
  const symbol = model.masthead?.symbol?.text;
  if (isShort(oldLine.length) && mayBeOwnLine(oldHead, symbol)) return false;
  if (isShort(newLine.length) && mayBeOwnLine(newHead, symbol)) return false;
  const same = (pattern: RegExp): boolean => {
    const before = pattern.exec(oldHead);
    const after = pattern.exec(newHead);
    return (before?.[0] ?? null) === (after?.[0] ?? null);
  };
  for (const pattern of HEAD_PATTERNS) if (!same(pattern)) return false;
  // A numbered line with a tab after its number is a table row, not a paragraph.
  const numbered = NUMBERED.exec(newHead);
  if (numbered && isTableRow(oldHead, numbered) !== isTableRow(newHead, numbered)) return false;
  // Neighbours ask whether this line starts a paragraph; promotion asks whether it opens with a verb.
  // A preambular opener matters only to the heading tests: of this line when it is short without a
  // final mark, of the lines above it that are (the parser looks a few lines ahead from a heading).
  // In the operative part a block that opens with a preambular opener is a misplaced preambular
  // paragraph, not the paragraph above going on (parse.ts `startTextBlock`): the opener decides there too.
  if (
    (openerMayDecide(oldText, at, oldLine, newLine) || inOperativePart(model, at)) &&
    opensWithPreambularOpener(oldText, at) !== opensWithPreambularOpener(newText, at)
  )
    return false;
  if (opensWithOperativeVerb(oldText, at) !== opensWithOperativeVerb(newText, at)) return false;
  const undotted = NUMBERED_NO_DOT.exec(newHead);
  if (
    undotted &&
    opensWithOperativeVerb(oldText, at + undotted[0].length) !==
      opensWithOperativeVerb(newText, at + undotted[0].length)
  )
    return false;
  // Whether a numbered line joins a list quoted in the paragraph above depends on its verb (parse.ts
  // `inEmbeddedList`), and so does a number written wrong (`l. Decides`, `232 .Recognizes`).
  for (const pattern of [NUMBERED, NUMBERED_AS_LETTER, NUMBERED_SPACED_DOT]) {
    const found = pattern.exec(newHead);
    if (
      found &&
      opensWithOperativeVerb(oldText, at + found[0].length) !== opensWithOperativeVerb(newText, at + found[0].length)
    )
      return false;
  }
  return !model.wrapped || samePrintReading(oldText, newText, at, oldLine, newLine, oldHead, newHead);
}

/** Whether `offset` lies after the first operative paragraph of its part. */
function inOperativePart(model: Resolution, offset: number): boolean {
  return model.parts.some((part) => {
    const first = part.operative[0];
    const last = part.operative[part.operative.length - 1];
    return (
      first !== undefined &&
      last !== undefined &&
      first.start < offset &&
      (last.end >= offset || part === model.parts[model.parts.length - 1])
    );
  });
}

/**
 * In hard-wrapped print the parser also reads what a line opens with (a label, a numeral, a cited
 * number, a date, a capital after a number) and how it ends (an abbreviation, a comma, a number,
 * a word a numeral follows: the next line's reading), and takes short blocks between blank lines
 * for headings: the same answers before and after the edit, and no edit in such a block.
 */
function samePrintReading(
  oldText: string,
  newText: string,
  at: number,
  oldLine: string,
  newLine: string,
  oldHead: string,
  newHead: string,
): boolean {
  for (const pattern of PRINT_HEAD_PATTERNS) {
    if (pattern.test(oldHead) !== pattern.test(newHead)) return false;
  }
  const oldEnd = oldLine.slice(-PRINT_END);
  const newEnd = newLine.slice(-PRINT_END);
  for (const pattern of PRINT_END_PATTERNS) {
    if (pattern.test(oldEnd) !== pattern.test(newEnd)) return false;
  }
  return !inShortBlock(oldText, newText, at, newLine.length - oldLine.length);
}

/** Whether an item's text opens as a heading's title may (parse.ts `isHeadingItem`): a capital, neither `To` nor a verb. */
function mayBeHeading(text: string, labelEnd: number): boolean {
  let start = labelEnd;
  while (start < text.length && isBlankChar(text.charCodeAt(start))) start++;
  return opensLikeTitle(text, start);
}

/** The end of an item that is no heading: final punctuation, perhaps in quotes or brackets, perhaps before a marker. */
const ITEM_ENDED = /[.;:]["”’)\]]?\d{0,3}[\s\u00A0]*$/;

/**
 * Whether the line at `at` lies in a block between blank lines that the parser may read as a
 * heading in print before or after the edit (`grows` characters longer): short, opening with a
 * capital that is neither a preambular opener nor an operative verb, without `;` or `:`.
 */
function inShortBlock(oldText: string, newText: string, at: number, grows: number): boolean {
  const lineStart = (position: number): number => oldText.lastIndexOf('\n', position - 1) + 1;
  const isBlankLine = (start: number): boolean => /^[ \t\u00A0\r]*(?:\n|$)/.test(oldText.slice(start, start + 200));
  let start = lineStart(at);
  let lines = 1;
  while (start > 0 && lines <= MAX_HEADING_LINES) {
    const previous = lineStart(start - 1);
    if (isBlankLine(previous)) break;
    start = previous;
    lines++;
  }
  let end = oldText.indexOf('\n', at);
  while (end >= 0 && lines <= MAX_HEADING_LINES) {
    if (isBlankLine(end + 1)) break;
    end = oldText.indexOf('\n', end + 1);
    lines++;
  }
  if (lines > MAX_HEADING_LINES) return false;
  if (end < 0) end = oldText.length;
  while (start < end && /[ \t\u00A0]/.test(oldText.charAt(start))) start++;
  const mayBeHeading = (text: string, blockEnd: number): boolean => {
    const block = text.slice(start, blockEnd);
    return (
      block.length > 0 &&
      block.length <= SHORT_LINE + MAX_HEADING_LINES &&
      !/[;:]/.test(block) &&
      opensLikePrintHeading(text, start)
    );
  };
  return mayBeHeading(oldText, end) || mayBeHeading(newText, end + grows);
}

/**
 * Whether a line's preambular opener can change how the parser reads the text: when the line
 * itself, or one of the lines just above it, is short and has no final mark (a heading candidate).
 */
function openerMayDecide(text: string, at: number, oldLine: string, newLine: string): boolean {
  for (const line of [oldLine, newLine]) if (headingShaped(line, wholeLine(line))) return true;
  let end = at;
  for (let back = 0; back < LOOK_AHEAD_LINES; back++) {
    while (end > 0 && isBlankChar(text.charCodeAt(end - 1))) end--;
    if (end === 0) return false;
    // `end` is just past a line break: the line before it.
    let lineEnd = end - 1;
    if (text[lineEnd] === '\n' && text[lineEnd - 1] === '\r') lineEnd--;
    const lineStart = lineStartAt(text, lineEnd);
    const content = text.slice(lineStart, lineEnd).replace(/^[\s\u00A0\uFEFF]+|[\s\u00A0\uFEFF]+$/g, '');
    if (content.length > 0 && headingShaped(content, wholeLine(content))) return true;
    end = lineStart;
  }
  return false;
}

/** The copy of `paragraph` in the shifted model. */
function findShifted(model: Resolution, paragraph: Paragraph, shift: Shift): Paragraph | undefined {
  const startAt = shift(paragraph.start, false);
  const found = paragraphAt(model, startAt);
  return found && found.paragraph.start === startAt && found.paragraph.kind === paragraph.kind
    ? found.paragraph
    : undefined;
}
