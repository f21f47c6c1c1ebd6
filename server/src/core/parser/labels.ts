// Sub-paragraph labels: what `(i)` means depends on the list it continues.
import { toRoman as upperRoman } from '../text/roman';
import type { LabelStyle } from '../model';

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** Value of a lower-case roman numeral in canonical form, or undefined. */
export function romanValue(text: string): number | undefined {
  if (!/^[ivxlcdm]+$/.test(text)) return undefined;
  let total = 0;
  for (let index = 0; index < text.length; index++) {
    // Every character is a roman digit (tested above); past the end there is no next one.
    const value = ROMAN[text.charAt(index)]!;
    const next = ROMAN[text.charAt(index + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return toRoman(total) === text ? total : undefined;
}

/** `4` → `iv`: labels are lower case. */
export const toRoman = (value: number): string => upperRoman(value).toLowerCase();

/** `a`=1 … `z`=26, `aa`=27 … `zz`=52, `aaa`=53: the UN doubles letters after z. */
export function alphaValue(text: string): number | undefined {
  if (!/^[a-z]{1,3}$/.test(text)) return undefined;
  if (text.split('').some((char) => char !== text[0])) return undefined;
  return (text.length - 1) * 26 + (text.charCodeAt(0) - 96);
}

export function toAlpha(value: number): string {
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

export interface LabelCandidate {
  style: LabelStyle;
  value: number;
}

/** Every reading of a label's inner text (`i` is both the letter i and roman one). */
export function labelCandidates(inner: string, dotted: boolean): LabelCandidate[] {
  const candidates: LabelCandidate[] = [];
  if (/^\d+$/.test(inner)) {
    if (!dotted) candidates.push({ style: 'digit-paren', value: Number(inner) });
    return candidates;
  }
  const roman = romanValue(inner);
  const alpha = alphaValue(inner);
  if (alpha !== undefined) candidates.push({ style: dotted ? 'alpha-dot' : 'alpha-paren', value: alpha });
  if (roman !== undefined) candidates.push({ style: dotted ? 'roman-dot' : 'roman-paren', value: roman });
  return candidates;
}

/** Writes a label in a style: `(c)`, `(iv)`, `c.`, `iv.`, `(3)`. */
export function formatLabel(style: LabelStyle, value: number): string {
  switch (style) {
    case 'alpha-paren':
      return `(${toAlpha(value)})`;
    case 'roman-paren':
      return `(${toRoman(value)})`;
    case 'alpha-dot':
      return `${toAlpha(value)}.`;
    case 'roman-dot':
      return `${toRoman(value)}.`;
    case 'digit-paren':
      return `(${value})`;
  }
}

interface OpenList {
  style: LabelStyle;
  last: number;
}

/**
 * Decides the style, value and level of each label of an operative paragraph's lists, in order.
 * Prefers the reading that continues an open list (`(i)` after `(h)` is a letter, `(v)` after
 * `(iv)` is roman), then one that opens a nested list, then the innermost list's style.
 */
export class LabelResolver {
  private readonly stack: OpenList[] = [];

  /**
   * @param afterHeading the item before is a heading in the list: `in-list` (`(h) Disarmament …` in
   * a lettered list), and a list starting here is nested under it; `apart` (headings with labels of
   * their own), and the items under it carry on an open list (`(i)` after `(h)`) or start afresh.
   */
  resolve(
    inner: string,
    dotted: boolean,
    afterHeading?: 'in-list' | 'apart',
  ): { style: LabelStyle; value: number; level: number } {
    const candidates = labelCandidates(inner, dotted);
    if (candidates.length === 0) return this.open({ style: 'alpha-paren', value: 0 });
    if (afterHeading === 'in-list') {
      const nested = candidates.find(
        (candidate) => candidate.value === 1 && !this.stack.some((list) => list.style === candidate.style),
      );
      if (nested) return this.open(nested);
    } else if (afterHeading === 'apart' && !this.continues(inner, dotted)) {
      const first = candidates.find((candidate) => candidate.value === 1);
      if (first) {
        this.stack.length = 0;
        return this.open(first);
      }
    }
    // 1. Exact continuation of an open list, innermost first.
    for (let depth = this.stack.length - 1; depth >= 0; depth--) {
      const list = this.stack[depth]!;
      const match = candidates.find((candidate) => candidate.style === list.style && candidate.value === list.last + 1);
      if (match) return this.continueAt(depth, list, match.value);
    }
    // 2. A new nested list starting at 1 in a style not already open.
    const starter = candidates.find(
      (candidate) => candidate.value === 1 && !this.stack.some((list) => list.style === candidate.style),
    );
    if (starter) return this.open(starter);
    // 3. An open list of a matching style (a sequence error the rule will report).
    for (let depth = this.stack.length - 1; depth >= 0; depth--) {
      const list = this.stack[depth]!;
      const match = candidates.find((candidate) => candidate.style === list.style);
      if (match) return this.continueAt(depth, list, match.value);
    }
    // 4. Otherwise a new list in the reading with the smallest value.
    const smallest = candidates.reduce((best, candidate) => (candidate.value < best.value ? candidate : best));
    return this.open(smallest);
  }

  /** Whether the label continues one of the open lists exactly (`(h)` after `(g)`). */
  continues(inner: string, dotted: boolean): boolean {
    return labelCandidates(inner, dotted).some((candidate) =>
      this.stack.some((list) => list.style === candidate.style && list.last + 1 === candidate.value),
    );
  }

  /** Goes on with `list`, the open list at `depth`, closing the lists inside it. */
  private continueAt(
    depth: number,
    list: OpenList,
    value: number,
  ): { style: LabelStyle; value: number; level: number } {
    this.stack.length = depth + 1;
    list.last = value;
    return { style: list.style, value, level: depth + 1 };
  }

  private open(candidate: LabelCandidate): { style: LabelStyle; value: number; level: number } {
    this.stack.push({ style: candidate.style, last: candidate.value });
    return { style: candidate.style, value: candidate.value, level: this.stack.length };
  }
}
