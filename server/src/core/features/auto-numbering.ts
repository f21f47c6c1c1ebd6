// Renumbering as you go (`unres.numbering.auto`): after a paragraph is inserted or deleted, the
// paragraphs that follow take their new numbers and the `paragraph N above` references to them
// move with them. The paragraph being written is left alone — its number may be half typed (`1`
// of `12.`) — so only what lies outside it changes.
import { allOperative, type Resolution } from '../model';
import type { Diagnostic, TextEdit } from '../rules/types';

/** The operative paragraph holding `offset`. */
function paragraphAt(model: Resolution, offset: number | undefined): { start: number; end: number } | undefined {
  if (offset === undefined) return undefined;
  return allOperative(model).find((paragraph) => offset >= paragraph.start && offset < paragraph.end);
}

/**
 * The edits that renumber the paragraphs around the one being written (holding `typedOffset`, none
 * after a deletion), from
 * the renumber fixes `operative-numbering` offers (only where it is sure of the structure); none
 * when nothing needs renumbering.
 */
export function renumberFollowing(
  model: Resolution,
  diagnostics: readonly Diagnostic[],
  typedOffset: number | undefined,
): TextEdit[] {
  const edited = paragraphAt(model, typedOffset);
  const seen = new Set<string>();
  const edits: TextEdit[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.rule !== 'operative-numbering' || !diagnostic.fix?.title.startsWith('Renumber')) continue;
    for (const edit of diagnostic.fix.edits) {
      if (edited && edit.start >= edited.start && edit.start <= edited.end) continue;
      const key = `${edit.start}:${edit.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edits.push(edit);
    }
  }
  return edits.sort((a, b) => a.start - b.start);
}
