// What the compare properties read off a comparison, shared by test/property/compare.test.ts and the
// properties of test/property/properties.ts: the paragraph bodies the word changes must rebuild, and
// the pairs of paragraphs aligned, which must not depend on which text is the base.
import * as assert from 'node:assert/strict';
import { compareResolutions } from '../../server/src/core/compare/compare';
import type { AlignedParagraph, Comparison, ParagraphRef } from '../../server/src/core/compare/types';
import { baseOfChanges, collapseWhitespace, draftOfChanges } from '../../server/src/core/compare/word-diff';
import type { Resolution } from '../../server/src/core/model';

/** The paragraph's text after its number, whitespace collapsed, as the word changes give it. */
export function bodyOf(model: Resolution, ref: ParagraphRef): string {
  const operative = model.parts.flatMap((part) => part.operative).find((p) => p.start === ref.start);
  const start = ref.kind === 'operative' ? (operative?.number?.end ?? ref.start) : ref.start;
  return collapseWhitespace(model.text.slice(start, ref.end));
}

/** Every aligned entry, the sub-paragraphs of edited paragraphs included. */
export const entriesOf = (comparison: Comparison): AlignedParagraph[] =>
  comparison.paragraphs.flatMap((p) => [p, ...(p.subparagraphs ?? [])]);

/** The aligned pairs as `base start-draft start` (swapped: as the other comparison names them), sorted. */
export const pairsOf = (comparison: Comparison, swap: boolean): string[] =>
  entriesOf(comparison)
    .filter((p) => p.base && p.draft)
    .map((p) => (swap ? `${p.draft!.start}-${p.base!.start}` : `${p.base!.start}-${p.draft!.start}`))
    .sort();

/** The word changes of every changed paragraph rebuild its base and its draft text. */
export function assertWordsRebuild(base: Resolution, draft: Resolution, comparison: Comparison): void {
  for (const p of comparison.paragraphs) {
    if (!p.words) continue;
    assert.equal(draftOfChanges(p.words), bodyOf(draft, p.draft!), `the words of ${p.draft?.label} give the draft`);
    assert.equal(baseOfChanges(p.words), bodyOf(base, p.base!), `the words of ${p.base?.label} give the base`);
  }
}

/** Comparing the other way round pairs the same paragraphs. */
export function assertSymmetric(
  first: Resolution,
  second: Resolution,
  forth = compareResolutions(first, second),
  back = compareResolutions(second, first),
): void {
  assert.deepEqual(pairsOf(forth, false), pairsOf(back, true), 'the same pairs both ways');
}

/** Every paragraph of both texts is reported exactly once, the draft's in order. */
export function assertEveryParagraphOnce(base: Resolution, draft: Resolution, comparison: Comparison): void {
  const starts = (model: Resolution): number[] =>
    model.parts.flatMap((part) => [...part.preamble, ...part.operative].map((p) => p.start)).sort((x, y) => x - y);
  const { paragraphs } = comparison;
  assert.deepEqual(
    paragraphs.flatMap((p) => (p.base ? [p.base.start] : [])).sort((x, y) => x - y),
    starts(base),
    'every base paragraph once',
  );
  assert.deepEqual(
    paragraphs.flatMap((p) => (p.draft ? [p.draft.start] : [])),
    starts(draft),
    'every draft paragraph once, in order',
  );
}

/**
 * A paragraph written the same in both texts (after its number, up to its final punctuation), once in each, is paired with itself
 * as unchanged or moved, never reported as deleted and new (issue 19: equal paragraphs aligned as
 * unchanged in 100 % of cases, a renumbered one as moved).
 */
export function assertEqualParagraphsPaired(base: Resolution, draft: Resolution, comparison: Comparison): void {
  const bodies = (model: Resolution): Map<string, number[]> => {
    const found = new Map<string, number[]>();
    for (const part of model.parts)
      for (const paragraph of [...part.preamble, ...part.operative]) {
        const kind = paragraph.kind === 'operative' ? 'operative' : 'preambular';
        // The final `;` or `.` is list punctuation, not an edit: `x;` and `x.` are one text to the comparison.
        const written = bodyOf(model, {
          kind,
          label: '',
          part: 0,
          text: '',
          start: paragraph.start,
          end: paragraph.end,
        });
        const body = `${kind}:${written.replace(/[\s;,.:]+$/, '')}`;
        found.set(body, [...(found.get(body) ?? []), paragraph.start]);
      }
    return found;
  };
  const inDraft = bodies(draft);
  for (const [body, [start, ...others]] of bodies(base)) {
    const [draftStart, ...draftOthers] = inDraft.get(body) ?? [];
    if (start === undefined || draftStart === undefined || others.length > 0 || draftOthers.length > 0) continue;
    if (body.endsWith(':')) continue;
    const entry = comparison.paragraphs.find((p) => p.base?.start === start);
    assert.ok(
      entry?.draft?.start === draftStart && (entry.change === 'unchanged' || entry.change === 'moved'),
      `${JSON.stringify(body)} is in both texts: paired with itself as unchanged or moved, not ${entry?.change} with ${entry?.draft?.label ?? 'nothing'}`,
    );
  }
}
