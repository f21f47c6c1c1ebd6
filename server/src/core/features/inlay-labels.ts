// Inlay labels: `PP3` before the third preambular paragraph, `OP5` before the fifth operative one —
// the names delegates use in negotiations ("in OP5, replace …"), shown so nobody counts by hand.
//
// A label counts paragraphs in document order, not the number written: a draft whose numbers are
// wrong (or missing) still gets the label the paragraph will have once renumbered, and a
// preambular paragraph has no number at all. Numbering restarts in each part, as the printed
// numbers of an omnibus resolution do (every part opens with `1.`), which is also how the
// comparison's `ParagraphRef.label` counts. In a text with parts the label carries the part's
// letter (`B OP5`), because `OP5` alone would name a paragraph in every part and a label is read
// far from its part's heading. A paragraph inserted in negotiation (`5 bis.`) is labelled as
// written (`OP5 bis`) and the count goes on after it (`OP6`), as delegates keep calling paragraphs;
// so is an alternative wording (`5 alt.` → `OP5 alt`). A preambular paragraph whose label is
// written in the text (`PP3 alt Noting …`) gets no second one.
import type { Part, Resolution } from '../model';

export interface InlayLabel {
  /** Where the label goes: the paragraph's first character (the number of an operative paragraph, the opener of a preambular one). */
  offset: number;
  /** `PP3`, `OP5`, `A OP5`, `OP5 bis`. */
  label: string;
}

export function inlayLabels(model: Resolution): InlayLabel[] {
  const labels: InlayLabel[] = [];
  for (const part of model.parts) {
    const letter = partLetter(part);
    const prefix = letter ? `${letter} ` : '';
    // A label the draft writes (`PP3 alt`) is not repeated; an alternative or an inserted
    // paragraph (`PP3 bis`) leaves the count alone, as `5 bis.` does below.
    let preambular = 0;
    for (const paragraph of part.preamble) {
      const written = paragraph.negotiationLabel;
      if (!written?.variant) preambular++;
      if (!written) labels.push({ offset: paragraph.start, label: `${prefix}PP${preambular}` });
    }
    let counted = 0;
    for (const paragraph of part.operative) {
      const insertion = paragraph.number?.insertion;
      // `5 bis` is named as written, after the paragraph it follows, and leaves the count alone.
      if (insertion)
        labels.push({
          offset: paragraph.start,
          label: `${prefix}OP${counted || paragraph.number!.value} ${insertion}`,
        });
      else labels.push({ offset: paragraph.start, label: `${prefix}OP${++counted}` });
    }
  }
  return labels.sort((a, b) => a.offset - b.offset);
}

/**
 * The part's letter as its heading writes it (`A`); none for the paragraphs before the first
 * letter (a text without parts, or an omnibus text's opening lines), which are labelled plainly.
 */
function partLetter(part: Part): string | undefined {
  const written = (part.heading?.label?.text ?? part.heading?.text ?? '').trim();
  return written.length > 0 ? written : undefined;
}
