// The text an export prints by default: a negotiated draft in its final layout. Paragraphs inserted
// in negotiation take their numbers in the sequence (`5 bis.` → `6.`, references following, as
// "Renumber Negotiation Paragraphs" does) and the preambular labels a compilation text writes
// (`PP3 Noting …`) go, since an issued text carries none. What is still open stays as written, for
// the reader must not take it for agreed text: square brackets, and alternative wordings (`5 alt.`,
// `PP3 alt`). Asked for (`layout: 'negotiation'`), the export prints the draft as written.
import { renumberNegotiation } from '../features/renumber-negotiation';
import { allPreambular } from '../model';
import { parse } from '../parser/parse';
import type { TextEdit } from '../rules/types';
import { applyEdits } from '../text/edits';

export type ExportLayout = 'final' | 'negotiation';
export const EXPORT_LAYOUTS: readonly ExportLayout[] = ['final', 'negotiation'];

export function finalLayout(text: string): string {
  const renumbered = renumberNegotiation(text);
  const numbered = renumbered.edits.length > 0 ? applyEdits(text, renumbered.edits) : text;
  if (!/PP[ \u00A0]?\d/.test(numbered)) return numbered;
  const labels: TextEdit[] = allPreambular(parse(numbered))
    .flatMap((paragraph) => paragraph.negotiationLabel ?? [])
    .filter((label) => label.variant !== 'alt')
    .map((label) => ({ start: label.start, end: label.end, newText: '' }));
  return labels.length > 0 ? applyEdits(numbered, labels) : numbered;
}
