// Numbering as you type: Enter at the end of operative paragraph N starts paragraph N+1 with its
// number and a tab; Enter after sub-paragraph `(b) …;` starts `(c)`; after a lead-in ending with
// `:` the first item of the list (`(a)`, or `(i)` under `(a)`); after a preambular paragraph
// nothing (the next opener is the drafter's choice — completion offers it).
//
// Layout: when the paragraph just finished is separated from the one before it by a blank line
// (the layout of the UN's texts and of the formatter), the new number goes after a blank line too
// — one Enter gives `…;⏎⏎3.⇥`. When the user already left a blank line (pressed Enter twice), or
// the document writes paragraphs on consecutive lines, no blank line is added. The edit replaces
// the (blank) line the cursor is on, so an editor applying it with "move the cursor past inserted
// text" semantics (VS Code's on-type formatting does) leaves the cursor after the tab.
//
// Enter typed just before a paragraph's closing punctuation (`…report⏎;`) — where a completion
// snippet leaves the cursor once Escape has ended it (`Requests ${1};$0`) — does not split the
// punctuation off: it goes back to the paragraph, and the next paragraph starts as above.
//
// Pure; never throws; the work is proportional to the paragraphs and the blank lines scanned (and
// one parse of the text when Enter split the punctuation off).
import type { OperativeParagraph, PreambularParagraph, Resolution, SubParagraph } from '../model';
import { parse } from '../parser/parse';
import { formatLabel } from '../parser/labels';
import { operativeNumbering } from '../rules/operative-numbering';
import type { Finding, TextEdit } from '../rules/types';
import { allOperative } from '../model';
import { isTypedBlank } from '../text/blanks';

const isBreak = (char: string | undefined): boolean => char === '\n' || char === '\r';

/** The first label of the list nested under an item of a style (EMO: (a) → (i) → a. → i.). */
const NESTED_STYLE = { 'alpha-paren': 'roman-paren', 'roman-paren': 'alpha-dot', 'alpha-dot': 'roman-dot' } as const;

/** Edits to apply after the user pressed Enter; `offset` is the cursor, just after the new line break. */
export function onEnter(model: Resolution, offset: number): TextEdit[] {
  const text = model.text;
  if (!(offset > 0 && offset <= text.length)) return [];
  // The line the cursor is on must be empty (or indentation only).
  let lineStart = offset;
  while (lineStart > 0 && !isBreak(text[lineStart - 1])) lineStart--;
  let lineEnd = offset;
  while (lineEnd < text.length && !isBreak(text[lineEnd])) lineEnd++;
  if (lineStart === 0) return [];
  for (let position = lineStart; position < lineEnd; position++)
    if (!isTypedBlank(text[position])) return rejoinPunctuation(text, lineStart, lineEnd);

  // The break the user just typed, and the previous non-blank line.
  const eol = text[lineStart - 1] === '\n' && text[lineStart - 2] === '\r' ? '\r\n' : text[lineStart - 1];
  let position = lineStart;
  let breaks = 0;
  while (position > 0 && (isTypedBlank(text[position - 1]) || isBreak(text[position - 1]))) {
    position--;
    if (text[position] === '\n' || (text[position] === '\r' && text[position + 1] !== '\n')) breaks++;
  }
  if (position === 0) return [];
  const previousEnd = position;
  const blankAlready = breaks >= 2;

  const found = nodeEndingAt(model, previousEnd);
  if (!found) return [];
  let label: string | undefined;
  if (found.item) {
    const item = found.item;
    const terminator = item.terminator?.text;
    if (terminator === ';') label = formatLabel(item.style, item.value + 1);
    else if (terminator === ':' && item.style in NESTED_STYLE)
      label = formatLabel(NESTED_STYLE[item.style as keyof typeof NESTED_STYLE], 1);
  } else {
    const paragraph = found.paragraph;
    const terminator = paragraph.terminator?.text;
    if (terminator === ';' && paragraph.number) label = `${paragraph.number.value + 1}.`;
    else if (terminator === ':') label = '(a)';
  }
  if (!label) return [];
  const node = found.item ?? found.paragraph;
  const blankLine = !blankAlready && separatedByBlankLine(text, node.start);
  return [{ start: lineStart, end: lineEnd, newText: `${blankLine ? eol : ''}${label}\t` }];
}

/** What Enter leaves on the new line when typed before the paragraph's punctuation: it, maybe after a closing quote. */
const STRANDED_PUNCTUATION = /^[ \t\u00A0]*([”’)\]]?[,;:.])[ \t\u00A0]*$/;

/**
 * The edit that puts punctuation Enter split off (`…report⏎;`) back at the end of its paragraph,
 * followed by what Enter after the paragraph gives (the next number, a blank line). Nothing when
 * the line holds more than that punctuation, or the line before does not end a paragraph with it.
 */
function rejoinPunctuation(text: string, lineStart: number, lineEnd: number): TextEdit[] {
  const match = STRANDED_PUNCTUATION.exec(text.slice(lineStart, lineEnd));
  const punctuation = match?.[1];
  if (!punctuation) return [];
  const breakStart = text[lineStart - 1] === '\n' && text[lineStart - 2] === '\r' ? lineStart - 2 : lineStart - 1;
  const eol = text.slice(breakStart, lineStart);
  let paragraphEnd = breakStart;
  while (paragraphEnd > 0 && isTypedBlank(text[paragraphEnd - 1])) paragraphEnd--;
  if (paragraphEnd === 0 || isBreak(text[paragraphEnd - 1])) return [];
  // The text as if Enter had been typed after the punctuation: what to do there is then known.
  const joined = text.slice(0, paragraphEnd) + punctuation + eol + text.slice(lineEnd);
  const model = parse(joined);
  const end = paragraphEnd + punctuation.length;
  const endsPreamble = allPreambular(model).some((paragraph) => paragraph.end === end);
  if (!endsPreamble && !nodeEndingAt(model, end)) return [];
  const next = onEnter(model, end + eol.length);
  return [{ start: paragraphEnd, end: lineEnd, newText: `${punctuation}${eol}${next[0]?.newText ?? ''}` }];
}

const allPreambular = (model: Resolution): PreambularParagraph[] => model.parts.flatMap((part) => part.preamble);

/** The operative paragraph, and the innermost item, whose text ends at `end`. */
function nodeEndingAt(
  model: Resolution,
  end: number,
): { paragraph: OperativeParagraph; item?: SubParagraph } | undefined {
  for (const paragraph of allOperative(model)) {
    if (paragraph.start > end || paragraph.end < end) continue;
    let item: SubParagraph | undefined;
    let items = paragraph.items;
    for (let depth = 0; depth < 8; depth++) {
      const last = items[items.length - 1];
      if (last === undefined || last.end !== end) break;
      item = last;
      items = last.children;
    }
    if (item) return { paragraph, item };
    if (paragraph.end === end && paragraph.items.length === 0) return { paragraph };
    // A lead-in (`…:`) whose items have not been typed yet ends at textEnd.
    if (paragraph.textEnd === end && paragraph.items.length === 0) return { paragraph };
  }
  return undefined;
}

/** Whether a blank line precedes the node (the document's layout); true at the start of the text. */
function separatedByBlankLine(text: string, start: number): boolean {
  let position = start;
  while (position > 0 && isTypedBlank(text[position - 1])) position--;
  let breaks = 0;
  while (position > 0 && (isTypedBlank(text[position - 1]) || isBreak(text[position - 1]))) {
    position--;
    if (text[position] === '\n' || (text[position] === '\r' && text[position + 1] !== '\n')) breaks++;
    if (breaks >= 2) return true;
  }
  return position === 0;
}

/**
 * The renumber offer after a paragraph was inserted or deleted in the middle: nothing new, the
 * operative-numbering rule's findings that carry its renumber fix.
 */
export function renumberHint(model: Resolution): Finding[] {
  return operativeNumbering.check(model).filter((finding) => finding.fix !== undefined);
}
