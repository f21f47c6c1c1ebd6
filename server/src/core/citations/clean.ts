// A view of the text without footnote markers and ODS debris, with a map back to the original
// offsets: `2012,727/5` (marker 7 glued to "2012,") reads `2012,27/5`.
import type { Resolution } from '../model';

export interface CleanView {
  text: string;
  /** Original offset of each clean index; one extra entry for the end. */
  map: Int32Array;
}

interface Omission {
  start: number;
  end: number;
  /** Text put in place of the omitted range (a newline for debris, so words do not merge). */
  replacement: string;
}

export function cleanView(model: Resolution): CleanView {
  const source = model.text;
  const omissions: Omission[] = [];
  for (const marker of model.markers) omissions.push({ start: marker.start, end: marker.end, replacement: '' });
  for (const debris of model.debris) omissions.push({ start: debris.start, end: debris.end, replacement: '\n' });
  omissions.sort((a, b) => a.start - b.start || b.end - a.end);
  const map = new Int32Array(source.length + 2);
  const pieces: string[] = [];
  let length = 0;
  let position = 0;
  const copy = (from: number, to: number): void => {
    if (to <= from) return;
    pieces.push(source.slice(from, to));
    for (let index = from; index < to; index++) map[length++] = index;
  };
  for (const omission of omissions) {
    const start = Math.max(omission.start, 0);
    const end = Math.min(omission.end, source.length);
    if (start < position || end <= start) continue;
    copy(position, start);
    if (omission.replacement) {
      pieces.push(omission.replacement);
      map[length++] = start;
    }
    position = end;
  }
  copy(position, source.length);
  map[length] = source.length;
  return { text: pieces.join(''), map: map.slice(0, length + 1) };
}

/** Original span of a clean span (end exclusive). */
export function originalSpan(view: CleanView, start: number, end: number): { start: number; end: number } {
  const from = view.map[Math.max(0, Math.min(start, view.text.length))];
  const to = end > start ? view.map[Math.min(end - 1, view.text.length - 1)] + 1 : from;
  return { start: from, end: to };
}
