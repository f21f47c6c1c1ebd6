// Moving offsets after an edit. What is moved — the model, findings, the rules' views — is walked
// by its shape (model-shape.ts: which fields start a span, end one, hold its text or hold nodes), so
// every offset moves, whatever its field is called, and nothing else does.
import type { Span } from '../model';
import type { Shape } from '../model-shape';

/** A replacement of the old text between two offsets. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/** How an edit moves an offset of the text before it (`isEnd`: the offset ends a span); a span that ends before `reach` stays where it is. */
export type Shift = ((offset: number, isEnd: boolean) => number) & { reach: number };

/**
 * How an edit moves an offset of the text before it. An insertion leaves what ends there in place;
 * text written on at the end of a line moves what ended with the line's text (`grow.from`) to the
 * end of the new text (`grow.to`).
 */
export function shiftBy(change: TextChange, grow?: { from: number; to: number }): Shift {
  const delta = change.text.length - (change.end - change.start);
  const shift = (offset: number, isEnd: boolean): number => {
    if (grow && isEnd && offset === grow.from) return grow.to;
    if (offset < change.start) return offset;
    if (offset === change.start && change.start === change.end && isEnd) return offset;
    // Inside the replaced text: only the edited paragraph spans it, and its offsets lie outside.
    if (offset < change.end) return change.start;
    return offset + delta;
  };
  return Object.assign(shift, { reach: grow ? Math.min(grow.from, change.start) : change.start });
}

/** A shape with its type forgotten, as the walk reads it. */
type AnyShape = string | readonly [AnyShape] | { readonly [field: string]: AnyShape };

/** The edit a value is shifted by: the replaced span of the old text, how offsets move, the new text. */
interface Edit {
  start: number;
  end: number;
  shift: Shift;
  newText: string;
}

/**
 * A copy of `value` (of shape `shape`) with every offset moved by the edit of `change`: objects
 * wholly before it are shared, the others copied (the old value stays valid for whoever still reads
 * it); the text of a span the edit falls in is read again from `newText`.
 */
export function shiftNode<T>(value: T, shape: Shape<T>, change: Span, shift: Shift, newText: string): T {
  return shiftValue(value, shape as AnyShape, { start: change.start, end: change.end, shift, newText }) as T;
}

/** A copy of `value` (of shape `shape`) with every offset moved by `delta` (what lies after an edit, or a piece put elsewhere). */
export function moveNode<T>(value: T, shape: Shape<T>, delta: number): T {
  return moveValue(value, shape as AnyShape, delta) as T;
}

function shiftValue(value: unknown, shape: AnyShape, edit: Edit): unknown {
  if (value === null || typeof value !== 'object' || typeof shape === 'string') return value;
  if (Array.isArray(value)) return shiftArray(value, (shape as readonly [AnyShape])[0], edit);
  const fields = shape as { readonly [field: string]: AnyShape };
  const object = value as Record<string, unknown>;
  const isSpan = fields.start === 'start' && fields.end === 'end';
  const spanStart = object.start as number;
  const spanEnd = object.end as number;
  // A span that ends before the edit holds nothing after it (unless the edit extends what ends
  // there); one that starts after it moves whole.
  if (isSpan) {
    if (spanEnd <= edit.start && edit.shift(spanEnd, true) === spanEnd) return value;
    if (spanStart > edit.end) return moveValue(object, shape, edit.shift(spanStart, false) - spanStart);
  }
  const copy: Record<string, unknown> = { ...object };
  let text: string | undefined;
  for (const key in fields) {
    const kind = fields[key]!;
    const field = copy[key];
    if (field === undefined) continue;
    if (kind === 'start') copy[key] = edit.shift(field as number, false);
    else if (kind === 'end') copy[key] = edit.shift(field as number, true);
    else if (kind === 'text') text = key;
    else if (typeof kind !== 'string') copy[key] = shiftValue(field, kind, edit);
  }
  // A span that the edit falls in reads its text again.
  if (text !== undefined && isSpan && spanStart < edit.end && spanEnd > edit.start) {
    copy[text] = edit.newText.slice(copy.start as number, copy.end as number);
  }
  return copy;
}

function moveValue(value: unknown, shape: AnyShape, delta: number): unknown {
  if (value === null || typeof value !== 'object' || typeof shape === 'string') return value;
  if (Array.isArray(value)) {
    const element = (shape as readonly [AnyShape])[0];
    return value.map((item) => moveValue(item, element, delta));
  }
  const fields = shape as { readonly [field: string]: AnyShape };
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const key in fields) {
    const kind = fields[key]!;
    const field = copy[key];
    if (field === undefined) continue;
    if (kind === 'start' || kind === 'end') copy[key] = (field as number) + delta;
    else if (typeof kind !== 'string') copy[key] = moveValue(field, kind, delta);
  }
  return copy;
}

/** Arrays of spans are in document order: the elements before the edit are kept as they are, without a look. */
function shiftArray(array: unknown[], element: AnyShape, edit: Edit): unknown[] {
  let first = 0;
  if (isSortedSpans(array)) {
    // The first span that may move: every one before it ends before the edit and stays.
    let high = array.length;
    while (first < high) {
      const middle = (first + high) >> 1;
      if ((array[middle] as Span).end < edit.shift.reach) first = middle + 1;
      else high = middle;
    }
    if (first === array.length) return array;
  }
  const copy = array.slice(0, first);
  let changed = false;
  for (let index = first; index < array.length; index++) {
    const item = array[index];
    const shifted = shiftValue(item, element, edit);
    if (shifted !== item) changed = true;
    copy.push(shifted);
  }
  return changed ? copy : array;
}

/** Spans in order of their ends (the model's lists are; a list of findings may not be). */
function isSortedSpans(array: unknown[]): boolean {
  if (array.length < 8) return false;
  let previous = -Infinity;
  for (const element of array) {
    if (element === null || typeof element !== 'object') return false;
    const end = (element as Partial<Span>).end;
    if (typeof end !== 'number' || end < previous) return false;
    previous = end;
  }
  return true;
}
