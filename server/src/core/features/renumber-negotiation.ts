// "unres: Renumber Negotiation Paragraphs": a draft's inserted paragraphs (`5 bis.`, `5 ter.`) take
// their place in the final sequence — `5 bis` becomes 6, the old 6 becomes 8 — and `paragraph N
// above/below` references follow the paragraphs they name. What negotiators do by hand when the
// text is agreed, and get wrong when references are far from the paragraphs.
//
// Only the numbering groups holding an inserted paragraph are touched; the rest of the numbering
// (a slip, a gap) is the Renumber Paragraphs command's, as `operative-numbering` reports it.
// References to an inserted paragraph itself (`paragraph 5 bis above`) are not read by
// `internalReferences` and are left as written.
import type { OperativeParagraph } from '../model';
import { parse } from '../parser/parse';
import { internalReferences } from '../rules/internal-reference';
import { numberingGroups } from '../rules/numbering';
import type { TextEdit } from '../rules/types';

const isInsertion = (paragraph: OperativeParagraph): boolean => paragraph.number?.insertion !== undefined;

export interface NegotiationRenumbering {
  /** The edits, in document order, that do not overlap. */
  edits: TextEdit[];
  /** How many inserted paragraphs were given a number of their own. */
  inserted: number;
}

export function renumberNegotiation(text: string): NegotiationRenumbering {
  const model = parse(text);
  const edits: TextEdit[] = [];
  let inserted = 0;
  const references = internalReferences(model);
  numberingGroups(model).forEach((group, groupIndex) => {
    if (!group.some(isInsertion)) return;
    // The written number of each paragraph in the sequence → its final number; a number written
    // twice names no paragraph for sure, and its references are left alone.
    const final = new Map<number, number | undefined>();
    group.forEach((paragraph, index) => {
      const number = paragraph.number;
      if (!number) return;
      if (isInsertion(paragraph)) inserted++;
      else final.set(number.value, final.has(number.value) ? undefined : index + 1);
      const wanted = `${index + 1}.`;
      if (number.text !== wanted) edits.push({ start: number.start, end: number.end, newText: wanted });
    });
    for (const reference of references) {
      if (reference.group !== groupIndex) continue;
      const target = final.get(reference.target);
      if (target !== undefined && target !== reference.target)
        edits.push({ start: reference.start, end: reference.end, newText: String(target) });
    }
  });
  return { edits: edits.sort((a, b) => a.start - b.start), inserted };
}
