// How operative paragraphs are numbered in sequences: shared by the numbering rule, its renumber
// fix and the internal-reference rule.
import type { OperativeParagraph, Resolution } from '../model';

/**
 * Runs of paragraphs numbered as one sequence. Each part (A, B) of a multi-part resolution restarts
 * at 1 — unless it carries on the numbering (SC 687 (1991) letters its sections A–I and counts on),
 * which is read from the part: one without an organ line and preamble of its own that does not start at 1 continues.
 * Inside a part, a section (`I`, `II`) that starts again at 1, or with an unnumbered paragraph, starts a new run.
 */
export function numberingGroups(model: Resolution): OperativeParagraph[][] {
  const groups: OperativeParagraph[][] = [];
  for (const part of model.parts) {
    const firstParagraph = part.operative[0];
    const first = firstParagraph?.number?.value;
    // Groups are never empty: the last one's first paragraph stands for it.
    const previousFirst = groups[groups.length - 1]?.[0];
    // A part of its own organ line and preamble starts again; a section read as a part (a budget
    // section with its preamble, a Council text's part after `* * *`) may carry the numbering on.
    const ownPart = part.preamble.length > 0 && part.organLine !== undefined;
    const continues =
      previousFirst !== undefined &&
      !ownPart &&
      firstParagraph !== undefined &&
      first !== undefined &&
      first !== 1 &&
      firstParagraph.part !== previousFirst.part;
    let group: OperativeParagraph[] = continues ? groups.pop()! : [];
    let previousSection: number | undefined;
    part.operative.forEach((paragraph, index) => {
      // A section that opens with 1, or with an unnumbered paragraph (a budget section's single
      // `Approves …;`), numbers on its own; one that opens with another number carries on.
      const restarts =
        group.length > 0 &&
        paragraph.section !== previousSection &&
        (paragraph.number === undefined ? opensOwnNumbering(part.operative, index) : paragraph.number.value === 1);
      if (restarts) {
        groups.push(group);
        group = [];
      }
      group.push(paragraph);
      previousSection = paragraph.section;
    });
    if (group.length > 0) groups.push(group);
  }
  return groups;
}

/**
 * Whether a section that opens with an unnumbered paragraph numbers on its own: its numbered
 * paragraphs, if any, start at 1 or 2 (the first lost its number). A section whose paragraphs go on
 * with the numbers before it carries the numbering on, and its first paragraph lost its number.
 */
function opensOwnNumbering(operative: readonly OperativeParagraph[], index: number): boolean {
  const section = operative[index]!.section;
  for (let next = index + 1; next < operative.length; next++) {
    const paragraph = operative[next]!;
    if (paragraph.section !== section) break;
    const number = paragraph.number;
    if (number) return number.value <= 2;
  }
  return true;
}
