// A drafter's decision to let a finding stand, kept in the file as a line of its own:
//
//   <!-- unres-disable-next-line citation-date -->   the paragraph below (every rule when none is named)
//   <!-- unres-disable-file repeated-verb, un-terms -->  the whole file
//
// The form is markdownlint's, which drafters who keep texts in Markdown already know, and it
// cannot occur in a resolution. The parser reads such a line as a blank line and the exports
// leave it out; lint.ts drops the findings it covers.
import type { Directive, Span } from '../model';
import type { Line } from './lines';

const DIRECTIVE = /^<!--\s*unres-(disable-next-line|disable-file)\b([^>]*?)\s*-->$/;
const RULE_ID = /^[a-z][a-z0-9-]*$/;

/** The directive a line holds, when the whole line is one. */
export function readDirective(text: string, line: Line): Directive | undefined {
  if (text.charCodeAt(line.contentStart) !== 0x3c /* < */) return undefined;
  const content = text.slice(line.contentStart, line.contentEnd);
  const match = DIRECTIVE.exec(content);
  if (!match) return undefined;
  const rules = (match[2] ?? '')
    .split(/[\s,]+/)
    .filter((word) => word !== '')
    .filter((word) => RULE_ID.test(word));
  return {
    start: line.contentStart,
    end: line.contentEnd,
    text: content,
    scope: match[1] === 'disable-file' ? 'file' : 'next-paragraph',
    rules,
  };
}

/**
 * The paragraph a `disable-next-line` directive stands above: its next line with text — and, in
 * hard-wrapped print, the lines after it up to a blank line (the paragraph's continuation).
 */
export function directiveTarget(
  lines: readonly Line[],
  index: number,
  wrapped: boolean,
  isSkipped: (index: number) => boolean,
): Span | undefined {
  let first = index + 1;
  while (first < lines.length && (isSkipped(first) || isEmpty(lines[first]))) first++;
  const firstLine = lines[first];
  if (!firstLine) return undefined;
  let last = first;
  if (wrapped) {
    while (last + 1 < lines.length && !isEmpty(lines[last + 1]) && !isSkipped(last + 1)) last++;
  }
  const lastLine = lines[last] ?? firstLine;
  return { start: firstLine.contentStart, end: lastLine.contentEnd };
}

const isEmpty = (line: Line | undefined): boolean => line === undefined || line.contentStart === line.contentEnd;
