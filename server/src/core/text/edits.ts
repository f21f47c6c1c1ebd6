// Applying text edits given as offsets into the original text.
import type { TextEdit } from '../rules/types';

/** Applies non-overlapping edits; an edit overlapping an earlier one is dropped (it is stale). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let position = 0;
  for (const edit of sorted) {
    if (edit.start < position) continue;
    out += text.slice(position, edit.start) + edit.newText;
    position = edit.end;
  }
  return out + text.slice(position);
}
