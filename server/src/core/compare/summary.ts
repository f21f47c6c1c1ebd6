// The comparison in words, as `unres compare` prints it (stylish) and the redline page heads its
// paragraphs: `OP5 (was OP4): changed`, `OP7: new`, `PP3: deleted`, then a count.
import type { AlignedParagraph, Comparison, ParagraphChange, ParagraphRef } from './types';

const PART_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** `OP1`, or `B OP1` in the second part of a text with parts. */
function placeOf(ref: ParagraphRef, withParts: boolean): string {
  return withParts ? `${PART_LETTERS[ref.part] ?? `part ${ref.part + 1}`} ${ref.label}` : ref.label;
}

/** `OP5 (was OP4)`: the draft's label, and the base's when it differs. */
export function paragraphPlace(paragraph: AlignedParagraph, withParts = false): string {
  const { base, draft } = paragraph;
  const current = draft ?? base;
  if (!current) return '';
  const place = placeOf(current, withParts);
  const was = base && draft ? placeOf(base, withParts) : place;
  return was === place ? place : `${place} (was ${was})`;
}

/** What happened to the paragraph: its change, or `renumbered` for a paragraph kept but renumbered. */
export function changeName(paragraph: AlignedParagraph): string {
  if (paragraph.change === 'unchanged') return paragraph.renumbered ? 'renumbered' : 'unchanged';
  return `${paragraph.change}${pieces(paragraph)}`;
}

/**
 * ` (split from base OP5)`, ` (split: also OP6)`, ` (merged into OP4)`, ` (merged: also base OP7)`, or
 * nothing. A base paragraph's label says `base`: the line's own labels are the draft's, but for a deleted one.
 */
function pieces(paragraph: AlignedParagraph): string {
  const notes: string[] = [];
  if (paragraph.splitFrom) notes.push(`split from base ${paragraph.splitFrom}`);
  if (paragraph.splitInto?.length) notes.push(`split: also ${paragraph.splitInto.join(', ')}`);
  if (paragraph.mergedInto) notes.push(`merged into ${paragraph.mergedInto}`);
  if (paragraph.mergedFrom?.length) notes.push(`merged: also base ${paragraph.mergedFrom.join(', ')}`);
  return notes.length > 0 ? ` (${notes.join('; ')})` : '';
}

/** The sub-paragraphs of a paragraph worth a line: `OP5 (c) (was OP5 (b)): changed`. */
export function subparagraphHeadings(paragraph: AlignedParagraph, withParts = false): string[] {
  return (paragraph.subparagraphs ?? []).filter(isReported).map((item) => paragraphHeading(item, withParts));
}

/** `OP5 (was OP4): changed`. */
export function paragraphHeading(paragraph: AlignedParagraph, withParts = false): string {
  return `${paragraphPlace(paragraph, withParts)}: ${changeName(paragraph)}`;
}

/** True when the comparison is worth a line: anything but a paragraph kept in its place. */
export const isReported = (paragraph: AlignedParagraph): boolean =>
  paragraph.change !== 'unchanged' || paragraph.renumbered === true;

const ORDER: readonly ParagraphChange[] = ['changed', 'moved', 'new', 'deleted', 'unchanged'];

/** One line per paragraph that is not unchanged, then the counts (`2 changed, 1 new, 14 unchanged`). */
export function formatSummary(comparison: Comparison): string {
  const withParts = comparison.paragraphs.some((p) => (p.draft?.part ?? 0) > 0 || (p.base?.part ?? 0) > 0);
  // An edited paragraph's sub-paragraphs under it, indented.
  const lines = comparison.paragraphs
    .filter(isReported)
    .flatMap((p) => [paragraphHeading(p, withParts), ...subparagraphHeadings(p, withParts).map((line) => `  ${line}`)]);
  const counts = new Map<ParagraphChange, number>();
  for (const p of comparison.paragraphs) counts.set(p.change, (counts.get(p.change) ?? 0) + 1);
  const renumbered = comparison.paragraphs.filter((p) => p.renumbered).length;
  const parts = ORDER.filter((change) => counts.has(change)).map((change) => `${counts.get(change)} ${change}`);
  if (renumbered > 0) parts.push(`${renumbered} renumbered`);
  const total = comparison.paragraphs.length;
  const countLine =
    total === 0 ? 'No paragraphs to compare.' : `${total} paragraph${total === 1 ? '' : 's'}: ${parts.join(', ')}`;
  return `${[...lines, countLine].join('\n')}\n`;
}
