// A view of the text without footnote markers and ODS debris, with a map back to the original
// offsets: `2012,727/5` (marker 7 glued to "2012,") reads `2012,27/5`.
//
// The map is kept as segments (runs of clean offsets that map to consecutive original offsets),
// not one entry per character: a 5 MB text has a few thousand omissions, not millions.
import type { Resolution } from '../model';

export interface CleanView {
  text: string;
  /** Clean offset where each segment starts (increasing); the last segment is the end of the text. */
  cleanStarts: Int32Array;
  /** Original offset of each segment's first clean offset (increasing). */
  originalStarts: Int32Array;
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
  const cleanStarts: number[] = [];
  const originalStarts: number[] = [];
  const segment = (clean: number, original: number): void => {
    cleanStarts.push(clean);
    originalStarts.push(original);
  };
  const pieces: string[] = [];
  let length = 0;
  let position = 0;
  for (const omission of omissions) {
    const start = Math.max(omission.start, 0);
    const end = Math.min(omission.end, source.length);
    if (start < position || end <= start) continue;
    if (start > position) {
      pieces.push(source.slice(position, start));
      segment(length, position);
      length += start - position;
    }
    if (omission.replacement) {
      pieces.push(omission.replacement);
      segment(length, start);
      length += 1;
    }
    position = end;
  }
  if (source.length > position) {
    pieces.push(source.slice(position));
    segment(length, position);
    length += source.length - position;
  }
  // The end of the clean text maps to the end of the original.
  segment(length, source.length);
  return {
    text: pieces.length === 1 ? pieces[0]! : pieces.join(''),
    cleanStarts: Int32Array.from(cleanStarts),
    originalStarts: Int32Array.from(originalStarts),
  };
}

/** The original offset of a clean offset (0 … clean length); NaN outside. */
export function toOriginal(view: CleanView, clean: number): number {
  const { cleanStarts, originalStarts } = view;
  const last = cleanStarts.length - 1;
  if (!(clean >= 0 && clean <= cleanStarts[last]!)) return NaN;
  // The last segment starting at or before `clean`.
  let low = 0;
  let high = last;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (cleanStarts[middle]! <= clean) low = middle;
    else high = middle - 1;
  }
  return originalStarts[low]! + (clean - cleanStarts[low]!);
}

/** The first clean offset whose original offset is at or after `position` (the end of the clean text when none is). */
export function toClean(view: CleanView, position: number): number {
  const { cleanStarts, originalStarts } = view;
  const last = cleanStarts.length - 1;
  if (position <= originalStarts[0]!) return 0;
  // The last segment starting at or before `position` in the original.
  let low = 0;
  let high = last;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (originalStarts[middle]! <= position) low = middle;
    else high = middle - 1;
  }
  if (low === last) return cleanStarts[last]!;
  const segmentLength = cleanStarts[low + 1]! - cleanStarts[low]!;
  if (position < originalStarts[low]! + segmentLength) return cleanStarts[low]! + (position - originalStarts[low]!);
  return cleanStarts[low + 1]!;
}

/** Original span of a clean span (end exclusive). */
export function originalSpan(view: CleanView, start: number, end: number): { start: number; end: number } {
  const from = toOriginal(view, Math.max(0, Math.min(start, view.text.length)));
  const to = end > start ? toOriginal(view, Math.min(end - 1, view.text.length - 1)) + 1 : from;
  return { start: from, end: to };
}
