// "unres: Renumber Negotiation Paragraphs": a draft's inserted paragraphs (`5 bis.`, `5 ter.`) take
// their place in the final sequence — `5 bis` becomes 6, the old 6 becomes 8 — and `paragraph N
// above/below` references follow the paragraphs they name. What negotiators do by hand when the
// text is agreed, and get wrong when references are far from the paragraphs.
//
// An alternative wording (`5 alt.`, `PP3 alt`) is not a paragraph of its own: one of the two will
// stay, which only the negotiators can say. It keeps following its paragraph under that paragraph's
// final number (`6 alt.` when 5 became 6). Preambular labels written in a compilation text (`PP3`,
// `PP3 bis`) are put in sequence the same way.
//
// Only the numbering groups holding an inserted paragraph are touched; the rest of the numbering
// (a slip, a gap) is the Renumber Paragraphs command's, as `operative-numbering` reports it.
// References to an inserted paragraph itself (`paragraph 5 bis above`) are not read by
// `internalReferences` and are left as written.
import type { OperativeParagraph, PreambularParagraph, Resolution } from '../model';
import { parse } from '../parser/parse';
import { internalReferences } from '../rules/internal-reference';
import { numberingGroups } from '../rules/numbering';
import type { TextEdit } from '../rules/types';

const ALTERNATIVE = 'alt';
const isAlternative = (paragraph: OperativeParagraph): boolean => paragraph.number?.insertion === ALTERNATIVE;
const isInsertion = (paragraph: OperativeParagraph): boolean =>
  paragraph.number?.insertion !== undefined && !isAlternative(paragraph);

export interface NegotiationRenumbering {
  /** The edits, in document order, that do not overlap. */
  edits: TextEdit[];
  /** How many inserted paragraphs (operative or labelled preambular) were given a number of their own. */
  inserted: number;
  /** How many alternative wordings (`5 alt.`, `PP3 alt`) are left for the negotiators to choose between. */
  alternatives: number;
}

export function renumberNegotiation(text: string): NegotiationRenumbering {
  return negotiationRenumbering(parse(text));
}

/** renumberNegotiation of a text already parsed. */
export function negotiationRenumbering(model: Resolution): NegotiationRenumbering {
  const result: NegotiationRenumbering = { edits: [], inserted: 0, alternatives: 0 };
  renumberOperative(model, result);
  renumberPreambularLabels(model, result);
  result.edits.sort((a, b) => a.start - b.start);
  return result;
}

function renumberOperative(model: Resolution, result: NegotiationRenumbering): void {
  const references = internalReferences(model);
  numberingGroups(model).forEach((group, groupIndex) => {
    result.alternatives += group.filter(isAlternative).length;
    if (!group.some(isInsertion)) return;
    // The written number of each paragraph in the sequence → its final number; a number written
    // twice names no paragraph for sure, and its references are left alone.
    const final = new Map<number, number | undefined>();
    let position = 0;
    for (const paragraph of group) {
      const number = paragraph.number;
      if (!isAlternative(paragraph)) position++;
      if (!number) continue;
      if (isInsertion(paragraph)) result.inserted++;
      else if (!isAlternative(paragraph)) final.set(number.value, final.has(number.value) ? undefined : position);
      const wanted = isAlternative(paragraph) ? `${Math.max(position, 1)} ${ALTERNATIVE}.` : `${position}.`;
      if (number.text !== wanted) result.edits.push({ start: number.start, end: number.end, newText: wanted });
    }
    for (const reference of references) {
      if (reference.group !== groupIndex) continue;
      const target = final.get(reference.target);
      if (target !== undefined && target !== reference.target)
        result.edits.push({ start: reference.start, end: reference.end, newText: String(target) });
    }
  });
}

/** `PP3 bis` → `PP4` and the labels after it moved on, part by part; `PP3 alt` follows its paragraph. */
function renumberPreambularLabels(model: Resolution, result: NegotiationRenumbering): void {
  for (const part of model.parts) {
    const labelled = part.preamble.filter((paragraph) => paragraph.negotiationLabel);
    result.alternatives += labelled.filter((paragraph) => paragraph.negotiationLabel!.variant === ALTERNATIVE).length;
    if (!labelled.some(isInsertedPreambular)) continue;
    let position = 0;
    for (const paragraph of part.preamble) {
      const label = paragraph.negotiationLabel;
      if (label?.variant !== ALTERNATIVE) position++;
      if (!label) continue;
      if (isInsertedPreambular(paragraph)) result.inserted++;
      const wanted = label.variant === ALTERNATIVE ? `PP${Math.max(position, 1)} ${ALTERNATIVE}` : `PP${position}`;
      // The label as written, without the blank and the `.` or `:` some drafts put after it.
      const written = label.text.trimEnd().replace(/[.:]$/, '');
      if (written !== wanted)
        result.edits.push({ start: label.start, end: label.start + written.length, newText: wanted });
    }
  }
}

const isInsertedPreambular = (paragraph: PreambularParagraph): boolean =>
  paragraph.negotiationLabel?.variant !== undefined && paragraph.negotiationLabel.variant !== ALTERNATIVE;
