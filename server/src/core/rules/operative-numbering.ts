// operative-numbering: operative paragraphs are numbered 1, 2, 3 … in each part (A, B) — or in
// each section where the resolution restarts at 1 — with a period after the number.
import type { OperativeParagraph, Resolution } from '../model';
import { internalReferences } from './internal-reference';
import { numberingGroups } from './numbering';
import type { Finding, Fix, Rule, TextEdit } from './types';

export { numberingGroups } from './numbering';

/** Where to report on a paragraph without a number: its first word. */
function firstWord(model: Resolution, paragraph: OperativeParagraph): { start: number; end: number } {
  if (paragraph.verb) return { start: paragraph.verb.start, end: paragraph.verb.end };
  const match = /^\S{1,40}/.exec(model.text.slice(paragraph.start, paragraph.start + 40));
  return { start: paragraph.start, end: paragraph.start + (match ? match[0].length : 0) };
}

/**
 * Renumbers a run of paragraphs 1, 2, 3 …, and moves `paragraph N above/below` references in the
 * same run to the paragraph's new number (a reference to a number used twice is left alone).
 */
function renumberFix(model: Resolution, group: OperativeParagraph[], groupIndex: number): Fix {
  const edits: TextEdit[] = [];
  const renumbered = new Map<number, number | undefined>();
  group.forEach((paragraph, index) => {
    const value = paragraph.number?.value;
    if (value === undefined) return;
    renumbered.set(value, renumbered.has(value) ? undefined : index + 1);
  });
  for (const reference of internalReferences(model)) {
    if (reference.group !== groupIndex) continue;
    const target = renumbered.get(reference.target);
    if (target !== undefined && target !== reference.target)
      edits.push({ start: reference.start, end: reference.end, newText: String(target) });
  }
  group.forEach((paragraph, index) => {
    const wanted = `${index + 1}.`;
    if (!paragraph.number) {
      edits.push({ start: paragraph.start, end: paragraph.start, newText: `${wanted}\t` });
    } else if (paragraph.number.text !== wanted) {
      edits.push({ start: paragraph.number.start, end: paragraph.number.end, newText: wanted });
    }
  });
  const last = group.length;
  return { title: `Renumber operative paragraphs 1–${last}`, edits };
}

/**
 * Whether the parser is sure of a run's structure: no line inside it that it could not place, and
 * no numbered list quoted inside one of its paragraphs (its numbers could be the run's). Where it
 * is not, a gap is a warning and renumbering is not offered: it could rewrite numbers that are right.
 */
function certain(model: Resolution, group: OperativeParagraph[]): boolean {
  // checkGroup asks about a group with a numbered paragraph: it has a first and a last.
  const start = group[0]!.start;
  const end = group[group.length - 1]!.end;
  if (model.unrecognised.some((node) => node.start > start && node.start < end)) return false;
  return !group.some((paragraph) => paragraph.items.length === 0 && paragraph.end > paragraph.textEnd);
}

/** `5 bis.`, `5 ter.`: inserted in negotiation after paragraph 5, outside the sequence until renumbered. */
const isInsertion = (paragraph: OperativeParagraph): boolean => paragraph.number?.insertion !== undefined;

/** An inserted paragraph (`7 bis`) that does not follow the paragraph it names. */
function misplacedInsertion(paragraph: OperativeParagraph, previous: number): Finding | undefined {
  const number = paragraph.number;
  if (!number?.insertion || number.value === previous) return undefined;
  return {
    start: number.start,
    end: number.end,
    message: `Paragraph ${number.value} ${number.insertion} follows paragraph ${previous}; a paragraph inserted after ${previous} is numbered "${previous} ${number.insertion}".`,
  };
}

function checkGroup(model: Resolution, whole: OperativeParagraph[], groupIndex: number): Finding[] {
  // A lone unnumbered paragraph is how a one-paragraph resolution is written; an unnumbered group is not numbered at all.
  if (!whole.some((paragraph) => paragraph.number)) return [];
  const findings: Finding[] = [];
  // Inserted paragraphs (`5 bis`) count as inserted after theirs, not in the sequence: the numbers
  // around them stay right, and "Renumber Negotiation Paragraphs" gives the final sequence.
  let last = 0;
  for (const paragraph of whole) {
    if (!isInsertion(paragraph)) last = paragraph.number?.value ?? last + 1;
    else findings.push(...[misplacedInsertion(paragraph, last)].filter((found) => found !== undefined));
  }
  const group = whole.filter((paragraph) => !isInsertion(paragraph));
  let fix: Fix | undefined;
  const sure = certain(model, group);
  const renumber = (): Fix | undefined => (sure ? (fix ??= renumberFix(model, group, groupIndex)) : undefined);
  const severity = sure ? undefined : ('warning' as const);
  let previous = 0;
  group.forEach((paragraph, index) => {
    const position = index + 1;
    const number = paragraph.number;
    if (!number) {
      findings.push({
        ...firstWord(model, paragraph),
        message: `Operative paragraph has no number; expected ${previous + 1}.`,
        fix: renumber(),
        severity,
      });
      previous += 1;
      return;
    }
    const value = number.value;
    // A number is accepted when it is its position or follows the one before: one inserted or
    // dropped paragraph is reported once, not on every paragraph after it.
    if (value !== position && value !== previous + 1) {
      const expected = previous + 1;
      let message: string;
      if (index === 0) message = `Operative numbering starts at ${value}; expected 1.`;
      else if (value === previous) message = `Paragraph number ${value} is used twice; expected ${expected}.`;
      else if (value < previous)
        message = `Paragraph number ${value} goes back after ${previous}; expected ${expected}.`;
      else
        message = `Paragraph number ${value} skips ${value - previous - 1 === 1 ? expected : `${expected}–${value - 1}`}; expected ${expected}.`;
      findings.push({ start: number.start, end: number.end, message, fix: renumber(), severity });
    } else if (number.dotted && number.text !== `${value}.`) {
      // `l.` (a letter for the figure 1), `232 .` (the period after a space).
      const glued = /[^\s\u00A0]/.test(model.text[number.end] ?? ' ');
      findings.push({
        start: number.start,
        end: number.end,
        message: `Paragraph number "${number.text}" is written wrong; write "${value}.".`,
        fix: {
          title: `Write "${value}."`,
          edits: [{ start: number.start, end: number.end, newText: glued ? `${value}.\t` : `${value}.` }],
        },
      });
    } else if (!number.dotted) {
      findings.push({
        start: number.start,
        end: number.end,
        message: `Paragraph number "${number.text}" has no period; write "${value}.".`,
        fix: { title: `Write "${value}."`, edits: [{ start: number.start, end: number.end, newText: `${value}.` }] },
      });
    }
    previous = value;
  });
  return findings.sort((a, b) => a.start - b.start);
}

export const operativeNumbering: Rule = {
  meta: {
    id: 'operative-numbering',
    description:
      'Operative paragraphs are numbered 1, 2, 3 … without gaps, duplicates or missing numbers, in each part.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check(model) {
    return numberingGroups(model).flatMap((group, index) => checkGroup(model, group, index));
  },
};
