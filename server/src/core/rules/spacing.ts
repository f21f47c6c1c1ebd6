// spacing: two typing slips in the spaces around punctuation that the published texts do not
// have — a space before the hyphen of a compound (`follow -up`, `Guinea -Bissau`) and no space
// after a comma before a word (`2240 (2015),reaffirms`, `since March 2011,in`). The fix deletes the
// space or inserts one.
//
// Left alone, because they are right: a hyphen after `and`/`or` that carries the second half of a
// shared compound (`country-owned and -driven`, `data collection and -sharing`); a comma between
// digits (`1,000`, `5.2,5.3.1`: numbers and lists; a comma glued to the next citation, `2019,75/276`,
// is citation-form's); a comma before a digit (`humanity,2`: a footnote marker); quotations and
// document-system debris (excluded-spans.ts); web addresses. `Secretary -General` is un-terms's: the
// fixed term has its own message there.
import type { Resolution, Span } from '../model';
import { isDigitChar, isLetter } from '../text/characters';
import { excludedSpans } from './excluded-spans';
import { type Finding, MAX_FINDINGS, type Rule } from './types';

/**
 * Blanks after a letter and a hyphen glued to the next letter: ` -` in `follow -up`. The word before
 * is read back from the blanks (a pattern starting with the word would backtrack over every
 * letter of a long run, quadratic on a line of letters).
 */
const SPACED_HYPHEN = /[-\u2010\u2011](?=\p{L})/gu;
const isBlank = (char: string | undefined): boolean => char === ' ' || char === '\u00a0';
/** How far a word, a web address or the text before a comma is read around a finding. */
const REACH = 60;
/** A comma glued to the next letter, after a word, a number, a bracket, a quotation mark or an abbreviation's period. */
const GLUED_COMMA = /,(?=\p{L})/gu;
/** What may stand before a glued comma that is a slip: a word, a number, a bracket, a quotation mark or an abbreviation's period. */
const BEFORE_GLUED_COMMA = /[\p{L}\p{N})\]”’"'.]/u;

/** The words before a hyphen that carries the second half of a shared compound (`pre- and -post`). */
const SHARED_COMPOUND_CONJUNCTIONS = new Set(['and', 'or', 'nor', 'to', 'than', 'but', 'versus', 'as', 'plus']);

/** The letters after `position` (at most REACH of them). */
function wordAt(text: string, position: number): string {
  let end = position;
  while (end < text.length && end - position < REACH && isLetter(text[end])) end++;
  return text.slice(position, end);
}

/** True when the run of non-blank characters around `position` is a web or e-mail address. */
function inAddress(text: string, position: number): boolean {
  let start = position;
  while (start > 0 && position - start < REACH && !/\s/.test(text[start - 1] ?? ' ')) start--;
  let end = position;
  while (end < text.length && end - position < REACH && !/\s/.test(text[end] ?? ' ')) end++;
  const run = text.slice(start, end);
  return run.includes('://') || run.includes('@') || /^(?:\(|“)?www\./i.test(run);
}

/** The excluded span holding `position`, if any (`spans` sorted; `from` is where the last search stopped). */
function excludedAt(spans: readonly Span[], position: number, from: { index: number }): boolean {
  while (from.index < spans.length && spans[from.index]!.end <= position) from.index++;
  const span = spans[from.index];
  return span !== undefined && span.start <= position;
}

function spacedHyphens(model: Resolution, excluded: readonly Span[], findings: Finding[]): void {
  const text = model.text;
  const cursor = { index: 0 };
  // Anchored on the hyphen (rarer than any letter or blank, so the search skips ahead): the blanks
  // before it and the letter before those are read back.
  for (const match of text.matchAll(SPACED_HYPHEN)) {
    if (findings.length >= MAX_FINDINGS) return;
    const hyphen = match.index;
    let blanksStart = hyphen;
    while (blanksStart > 0 && isBlank(text[blanksStart - 1])) blanksStart--;
    if (blanksStart === hyphen || blanksStart === 0 || !isLetter(text[blanksStart - 1])) continue;
    let start = blanksStart;
    while (start > 0 && blanksStart - start < REACH && isLetter(text[start - 1])) start--;
    const before = text.slice(start, blanksStart);
    if (excludedAt(excluded, start, cursor) || SHARED_COMPOUND_CONJUNCTIONS.has(before.toLowerCase())) continue;
    // A word glued to a digit (`2x -y`) is a formula, not a compound.
    if (before === '' || isDigitChar(text[start - 1])) continue;
    const after = wordAt(text, hyphen + 1);
    if (before === 'Secretary' && after === 'General') continue;
    const end = hyphen + 1 + after.length;
    const written = text.slice(start, end);
    const right = `${before}${text[hyphen]}${after}`;
    findings.push({
      start,
      end,
      message: `No space goes before the hyphen of a compound: write "${right}", not "${written.replace(/\u00a0/g, ' ')}".`,
      fix: { title: `Change to "${right}"`, edits: [{ start: start + before.length, end: hyphen, newText: '' }] },
    });
  }
}

function gluedCommas(model: Resolution, excluded: readonly Span[], findings: Finding[]): void {
  const text = model.text;
  const cursor = { index: 0 };
  for (const match of text.matchAll(GLUED_COMMA)) {
    if (findings.length >= MAX_FINDINGS) return;
    const comma = match.index;
    if (comma === 0 || !BEFORE_GLUED_COMMA.test(text[comma - 1] ?? '')) continue;
    if (excludedAt(excluded, comma, cursor) || inAddress(text, comma)) continue;
    // The finding covers what is written before the comma back to a blank (`(2015),reaffirms`, `e.g.,the`)
    // — a zero-width space too, which the parser takes for a blank: the finding stays in its paragraph.
    let start = comma - 1;
    while (start > 0 && comma - start < REACH && !/[\s,\u200B]/.test(text[start - 1] ?? ' ')) start--;
    const next = wordAt(text, comma + 1);
    const end = comma + 1 + next.length;
    const before = text.slice(start, comma);
    findings.push({
      start,
      end,
      message: `A space goes after the comma: write "${before}, ${next}", not "${before},${next}".`,
      fix: { title: 'Add a space after the comma', edits: [{ start: comma + 1, end: comma + 1, newText: ' ' }] },
    });
  }
}

export const spacing: Rule = {
  meta: {
    id: 'spacing',
    description:
      'No space before the hyphen of a compound ("follow-up", not "follow -up") and a space after a comma ("2011, in", not "2011,in").',
    defaultSeverity: 'warning',
    fixable: true,
  },
  // Stops at MAX_FINDINGS: a pasted text full of one slip cannot flood the editor.
  scope: 'paragraph',
  capped: true,
  check(model) {
    const excluded = excludedSpans(model);
    const findings: Finding[] = [];
    spacedHyphens(model, excluded, findings);
    gluedCommas(model, excluded, findings);
    return findings.sort((a, b) => a.start - b.start);
  },
};
