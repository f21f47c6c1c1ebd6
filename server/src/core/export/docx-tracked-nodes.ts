// Where a paragraph's own text lies in its model — after its number or label, up to its items or its
// end — and the Word paragraphs it prints as. The tracked writer compares a base paragraph with its
// draft partner Word paragraph by Word paragraph on these, so that rejecting every change gives the
// base's paragraphs back as the plain export prints them: the same breaks, and the text as printed
// (footnote markers are references there, not words; debris of the document system is not printed).
import {
  allOperative,
  type FootnoteMarker,
  allPreambular,
  type OperativeParagraph,
  type Resolution,
  type Span,
  type SubParagraph,
} from '../model';
import { chunksOf } from './docx-body';

export interface OwnText {
  /** The number or label it opens with, if any. */
  label?: Span;
  /** From the label's end (or the start) to the end of its own text: an operative paragraph's lead-in, an item's own words. */
  body: Span;
}

/** Every sub-paragraph of an operative paragraph, nested ones included, in document order. */
export function itemsOf(paragraph: OperativeParagraph): SubParagraph[] {
  const items: SubParagraph[] = [];
  const visit = (list: readonly SubParagraph[]): void =>
    list.forEach((item) => {
      items.push(item);
      visit(item.children);
    });
  visit(paragraph.items);
  return items;
}

/** The own text of every preambular, operative and sub-paragraph of a model, by the offset it starts at. */
export function ownTexts(model: Resolution): Map<number, OwnText> {
  const texts = new Map<number, OwnText>();
  for (const paragraph of allPreambular(model)) texts.set(paragraph.start, { body: paragraph });
  for (const paragraph of allOperative(model)) {
    const { number } = paragraph;
    texts.set(paragraph.start, {
      label: number,
      body: { start: number?.end ?? paragraph.start, end: paragraph.textEnd },
    });
    for (const item of itemsOf(paragraph))
      texts.set(item.start, { label: item.label, body: { start: item.label.end, end: item.textEnd } });
  }
  return texts;
}

/**
 * The markers that print as Word footnote references: the first of each number that has a footnote
 * (docx-footnotes.ts). Any other marker prints as its number, in superscript: a word of the text.
 */
export function referenceMarkers(model: Resolution): FootnoteMarker[] {
  const numbers = new Set(model.footnotes.map((footnote) => footnote.number.value));
  const seen = new Set<number>();
  return model.markers.filter((marker) => {
    if (!numbers.has(marker.value) || seen.has(marker.value)) return false;
    seen.add(marker.value);
    return true;
  });
}

/**
 * text[start, end) with the debris in it left out and each footnote reference as `reference` says
 * (given its index in `references`): left out by default, the words a reader sees printed. With
 * `superscript`, every other marker (printed as a superscript number) is what it says.
 */
export function printedText(
  model: Resolution,
  start: number,
  end: number,
  references: readonly Span[] = referenceMarkers(model),
  reference: (index: number) => string = () => '',
  superscript?: (marker: FootnoteMarker) => string,
): string {
  const isReference = new Map<Span, number>(references.map((span, index) => [span, index]));
  const plain = new Map<Span, FootnoteMarker>(
    superscript ? model.markers.filter((marker) => !isReference.has(marker)).map((marker) => [marker, marker]) : [],
  );
  const gaps: Span[] = [...references, ...plain.keys(), ...model.debris]
    .filter((span) => span.end > start && span.start < end)
    .sort((a, b) => a.start - b.start);
  let text = '';
  let position = start;
  for (const gap of gaps) {
    if (gap.start > position) text += model.text.slice(position, gap.start);
    const index = isReference.get(gap);
    if (index !== undefined && gap.start >= position) text += reference(index);
    const marker = plain.get(gap);
    if (superscript && marker && gap.start >= position) text += superscript(marker);
    position = Math.max(position, gap.end);
  }
  return text + model.text.slice(position, Math.max(position, end));
}

/** The Word paragraphs a span prints as (a blank line parts them), each trimmed. */
export const wordParagraphsOf = (model: Resolution, span: Span): Span[] => chunksOf(model.text, span.start, span.end);
