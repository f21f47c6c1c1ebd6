// Folding: the masthead, each part, the preamble, each operative paragraph with sub-paragraphs
// or over several lines, the footnotes.
import type { Resolution, Span } from '../model';

export function foldingSpans(model: Resolution): Span[] {
  const spans: Span[] = [];
  if (model.masthead) spans.push(model.masthead);
  for (const part of model.parts) {
    if (part.heading) {
      const ends = [...part.preamble, ...part.operative].map((paragraph) => paragraph.end);
      if (ends.length > 0) spans.push({ start: part.heading.start, end: Math.max(...ends) });
    }
    if (part.preamble.length > 1)
      spans.push({ start: part.preamble[0]!.start, end: part.preamble[part.preamble.length - 1]!.end });
    for (const paragraph of part.operative) {
      spans.push(paragraph);
      const walk = (items: typeof paragraph.items): void =>
        items.forEach((item) => {
          if (item.children.length > 0) spans.push(item);
          walk(item.children);
        });
      walk(paragraph.items);
    }
  }
  if (model.footnotes.length > 1)
    spans.push({ start: model.footnotes[0]!.start, end: model.footnotes[model.footnotes.length - 1]!.end });
  return spans;
}
