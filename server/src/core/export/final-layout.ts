// The text an export prints by default: a negotiated draft in its final layout. Paragraphs inserted
// in negotiation take their numbers in the sequence (`5 bis.` → `6.`, references following, as
// "Renumber Negotiation Paragraphs" does) and the preambular labels a compilation text writes
// (`PP3 Noting …`) go, since an issued text carries none. What is still open stays as written, for
// the reader must not take it for agreed text: square brackets, and alternative wordings (`5 alt.`,
// `PP3 alt`). Asked for (`layout: 'negotiation'`), the export prints the draft as written.
import { negotiationRenumbering } from '../features/renumber-negotiation';
import { allPreambular, type Resolution } from '../model';
import { parse } from '../parser/parse';
import type { TextEdit } from '../rules/types';
import { applyEdits } from '../text/edits';

export type ExportLayout = 'final' | 'negotiation';
export const EXPORT_LAYOUTS: readonly ExportLayout[] = ['final', 'negotiation'];

export const finalLayout = (text: string): string => finalLayoutOf(parse(text));

/**
 * The final layout of a parsed text, in one set of edits: the renumbering's, but for the labels
 * that go (their removal replaces them); an alternative's label is renumbered and stays.
 */
export function finalLayoutOf(model: Resolution): string {
  const removed: TextEdit[] = allPreambular(model)
    .flatMap((paragraph) => paragraph.negotiationLabel ?? [])
    .filter((label) => label.variant !== 'alt')
    .map((label) => ({ start: label.start, end: label.end, newText: '' }));
  const inRemoved = (edit: TextEdit): boolean =>
    removed.some((label) => label.start <= edit.start && edit.end <= label.end);
  const edits = [...negotiationRenumbering(model).edits.filter((edit) => !inRemoved(edit)), ...removed];
  return edits.length > 0 ? applyEdits(model.text, edits) : model.text;
}
