// operative-numbering: operative paragraphs are numbered 1, 2, 3 … in each part (A, B) — or in
// each section where the resolution restarts at 1 — with a period after the number.
import type { OperativeParagraph, Resolution } from '../model';
import type { Finding, Fix, Rule, TextEdit } from './types';

/**
 * Runs of paragraphs numbered as one sequence. Each part (A, B) of a multi-part resolution restarts
 * at 1 — unless it carries on the numbering (SC 687 (1991) letters its sections A–I and counts on),
 * which is read from the part: one without a preamble of its own that does not start at 1 continues.
 * Inside a part, a section (`I`, `II`) that starts again at 1 starts a new run.
 */
export function numberingGroups(model: Resolution): OperativeParagraph[][] {
  const groups: OperativeParagraph[][] = [];
  for (const part of model.parts) {
    const first = part.operative[0]?.number?.value;
    const previous = groups[groups.length - 1];
    const continues = previous !== undefined && part.preamble.length === 0 && first !== undefined && first !== 1 && part.operative[0].part !== previous[0].part;
    let group: OperativeParagraph[] = continues ? groups.pop()! : [];
    let previousSection: number | undefined;
    for (const paragraph of part.operative) {
      const restarts =
        group.length > 0 &&
        paragraph.section !== previousSection &&
        paragraph.number?.value === 1 &&
        (group[group.length - 1].number?.value ?? 0) > 1;
      if (restarts) {
        groups.push(group);
        group = [];
      }
      group.push(paragraph);
      previousSection = paragraph.section;
    }
    if (group.length > 0) groups.push(group);
  }
  return groups;
}

/** Where to report on a paragraph without a number: its first word. */
function firstWord(model: Resolution, paragraph: OperativeParagraph): { start: number; end: number } {
  if (paragraph.verb) return { start: paragraph.verb.start, end: paragraph.verb.end };
  const match = /^\S{1,40}/.exec(model.text.slice(paragraph.start, paragraph.start + 40));
  return { start: paragraph.start, end: paragraph.start + (match ? match[0].length : 0) };
}

function renumberFix(model: Resolution, group: OperativeParagraph[]): Fix {
  const edits: TextEdit[] = [];
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

function checkGroup(model: Resolution, group: OperativeParagraph[]): Finding[] {
  // A lone unnumbered paragraph is how a one-paragraph resolution is written; an unnumbered group is not numbered at all.
  if (!group.some((paragraph) => paragraph.number)) return [];
  const findings: Finding[] = [];
  let fix: Fix | undefined;
  const renumber = (): Fix => (fix ??= renumberFix(model, group));
  let previous = 0;
  group.forEach((paragraph, index) => {
    const position = index + 1;
    const number = paragraph.number;
    if (!number) {
      findings.push({ ...firstWord(model, paragraph), message: `Operative paragraph has no number; expected ${previous + 1}.`, fix: renumber() });
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
      else if (value < previous) message = `Paragraph number ${value} goes back after ${previous}; expected ${expected}.`;
      else message = `Paragraph number ${value} skips ${value - previous - 1 === 1 ? expected : `${expected}–${value - 1}`}; expected ${expected}.`;
      findings.push({ start: number.start, end: number.end, message, fix: renumber() });
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
  return findings;
}

export const operativeNumbering: Rule = {
  meta: {
    id: 'operative-numbering',
    description: 'Operative paragraphs are numbered 1, 2, 3 … without gaps, duplicates or missing numbers, in each part.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check(model) {
    return numberingGroups(model).flatMap((group) => checkGroup(model, group));
  },
};
