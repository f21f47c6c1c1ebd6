// Folding: the masthead, each part, the preamble and the operative part as wholes, each operative
// paragraph with sub-paragraphs or over several lines, the footnotes.
//
// An editor keeps one region per start line (VS Code drops a second region that starts on the line
// of the first), so the operative part, which starts on the line of its first paragraph, is
// emitted before the paragraphs and that paragraph's own region is left out: Fold All then folds
// the operative part to its first line, as it does the preamble. Sub-paragraph lists of the first
// paragraph start on lines of their own and keep their regions.
import type { OperativeParagraph, Resolution, Span } from '../model';

export function foldingSpans(model: Resolution): Span[] {
  const spans: Span[] = [];
  if (model.masthead) spans.push(model.masthead);
  for (const part of model.parts) {
    if (part.heading) {
      const ends = [...part.preamble, ...part.operative].map((paragraph) => paragraph.end);
      if (ends.length > 0) spans.push({ start: part.heading.start, end: Math.max(...ends) });
    }
    const firstPreambular = part.preamble[0];
    const lastPreambular = part.preamble[part.preamble.length - 1];
    if (firstPreambular && lastPreambular && part.preamble.length > 1)
      spans.push({ start: firstPreambular.start, end: lastPreambular.end });
    const firstOperative = part.operative[0];
    const lastOperative = part.operative[part.operative.length - 1];
    if (firstOperative && lastOperative && part.operative.length > 1)
      spans.push({ start: firstOperative.start, end: lastOperative.end });
    part.operative.forEach((paragraph, index) => {
      if (index > 0 || part.operative.length === 1) spans.push(paragraph);
      itemSpans(paragraph, spans);
    });
  }
  const firstFootnote = model.footnotes[0];
  const lastFootnote = model.footnotes[model.footnotes.length - 1];
  if (firstFootnote && lastFootnote && model.footnotes.length > 1)
    spans.push({ start: firstFootnote.start, end: lastFootnote.end });
  return spans;
}

/** The sub-paragraphs that hold a nested list, at every depth. */
function itemSpans(paragraph: OperativeParagraph, spans: Span[]): void {
  const walk = (items: OperativeParagraph['items']): void =>
    items.forEach((item) => {
      if (item.children.length > 0) spans.push(item);
      walk(item.children);
    });
  walk(paragraph.items);
}
