// The final punctuation of a paragraph, looked for behind footnote markers, emphasis and quotes:
// `…Secretary-General;1` ends with `;`, `…entitled “Oceans”.` ends with `.`.
import type { FootnoteMarker, OperativeParagraph, PreambularParagraph, SubParagraph, Token } from '../model';
import { isWhitespaceOrZeroWidth } from '../text/blanks';

export interface TerminatorResult {
  terminator?: Token;
  /** Just after the last character of content (where a missing terminator would go). */
  contentEnd: number;
}

/**
 * @param markerEnds footnote markers by end offset → start offset.
 */
export function terminatorOf(
  text: string,
  start: number,
  end: number,
  markerEnds: ReadonlyMap<number, number>,
): TerminatorResult {
  let position = end;
  // Markers and spaces can alternate (`…;1 2`).
  for (let guard = 0; guard < 8; guard++) {
    while (position > start && isWhitespaceOrZeroWidth(text[position - 1])) position--;
    const markerStart = markerEnds.get(position);
    if (markerStart === undefined || markerStart < start) break;
    position = markerStart;
  }
  const contentEnd = position;
  // Emphasis and closing quotes/brackets may stand after the punctuation.
  let probe = position;
  while (probe > start && /[*_”"’)\]]/.test(text.charAt(probe - 1)) && contentEnd - probe < 3) probe--;
  const char = text[probe - 1];
  if (probe > start && char !== undefined && /[,;:.]/.test(char)) {
    return { terminator: { start: probe - 1, end: probe, text: char }, contentEnd };
  }
  const last = text.charAt(contentEnd - 1);
  if (contentEnd > start && /[,;:.]/.test(last)) {
    return { terminator: { start: contentEnd - 1, end: contentEnd, text: last }, contentEnd };
  }
  return { contentEnd };
}

/** Footnote markers by end offset → start offset, as `terminatorOf` reads them. */
export function markerEndsOf(markers: readonly FootnoteMarker[]): Map<number, number> {
  const markerEnds = new Map<number, number>();
  for (const marker of markers) markerEnds.set(marker.end, marker.start);
  return markerEnds;
}

/**
 * Sets the terminator and content end of a paragraph and of its items (each item's own text, before
 * its nested items). `only` limits it to some of those nodes (the incremental update's copies).
 */
export function applyTerminators(
  text: string,
  paragraph: PreambularParagraph | OperativeParagraph,
  markerEnds: ReadonlyMap<number, number>,
  only: (node: PreambularParagraph | OperativeParagraph | SubParagraph) => boolean = () => true,
): void {
  const apply = (node: PreambularParagraph | OperativeParagraph | SubParagraph, end: number): void => {
    if (!only(node)) return;
    const found = terminatorOf(text, node.start, end, markerEnds);
    node.contentEnd = found.contentEnd;
    node.terminator = found.terminator;
  };
  const applyItem = (item: SubParagraph): void => {
    apply(item, item.textEnd);
    item.children.forEach(applyItem);
  };
  if (paragraph.kind === 'preambular') {
    apply(paragraph, paragraph.end);
    return;
  }
  apply(paragraph, paragraph.textEnd);
  paragraph.items.forEach(applyItem);
}
