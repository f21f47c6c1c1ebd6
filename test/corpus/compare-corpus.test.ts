// compareResolutions on the UN's own successive texts: each adopted resolution compared with the
// next one the corpus holds on the same item (same organ, same title, a later session). Those pairs
// are what delegates compare every year — mostly paragraphs kept, renumbered, updated or added —
// and what a paragraph kept word for word must be reported as is known without a reference answer.
import * as assert from 'node:assert/strict';
import { compareResolutions } from '../../server/src/core/compare/compare';
import type { AlignedParagraph, ParagraphRef } from '../../server/src/core/compare/types';
import { baseOfChanges, collapseWhitespace, draftOfChanges } from '../../server/src/core/compare/word-diff';
import type { Resolution } from '../../server/src/core/model';
import { corpusOrSkip } from '../support/corpus';
import { successivePairs, type Dated } from '../support/successive-pairs';

/** The paragraph without its number (`12.`, `5`, or the UN's slip `232 .`), whitespace collapsed: what the word changes must rebuild. */
function bodyOf(ref: ParagraphRef): string {
  if (ref.kind === 'subparagraph') return collapseWhitespace(ref.text.replace(/^\s*(?:\([a-z]+\)|[a-z]\.)/i, ''));
  return collapseWhitespace(ref.kind === 'operative' ? ref.text.replace(/^\s*\d+ ?\.?/, '') : ref.text);
}

/** The body without the final punctuation: two paragraphs equal on this are the same paragraph. */
const sameTextKey = (ref: ParagraphRef): string => `${ref.kind} ${bodyOf(ref).replace(/[\s;,.:]+$/, '')}`;

describe('compare: successive resolutions on the same item (corpus)', function () {
  this.timeout(300_000);
  let pairs: Array<[Dated, Dated]> = [];
  const results: Array<{ pair: string; paragraphs: AlignedParagraph[]; base: Resolution; draft: Resolution }> = [];

  before(function () {
    corpusOrSkip(this);
    pairs = successivePairs();
    for (const [base, draft] of pairs) {
      results.push({
        pair: `${base.name} → ${draft.name}`,
        paragraphs: compareResolutions(base.model, draft.model).paragraphs,
        base: base.model,
        draft: draft.model,
      });
    }
  });

  it('finds at least 50 pairs of texts from consecutive sessions', () => {
    const consecutive = pairs.filter(([earlier, later]) => later.session === earlier.session + 1).length;
    console.log(`      ${pairs.length} pairs, ${consecutive} of them from consecutive sessions`);
    assert.ok(consecutive >= 50, `${consecutive} pairs from consecutive sessions`);
  });

  it('aligns every paragraph kept word for word as unchanged or moved, never as deleted and new', () => {
    const problems: string[] = [];
    let checked = 0;
    // The paragraphs, and the sub-paragraphs of each edited paragraph: the same guarantee one level down.
    const lists = results.flatMap(({ pair, paragraphs }) => [
      { pair, paragraphs },
      ...paragraphs.filter((p) => p.subparagraphs).map((p) => ({ pair, paragraphs: p.subparagraphs! })),
    ]);
    for (const { pair, paragraphs } of lists) {
      const count = (refs: Array<ParagraphRef | undefined>): Map<string, number> => {
        const counts = new Map<string, number>();
        for (const ref of refs) if (ref) counts.set(sameTextKey(ref), (counts.get(sameTextKey(ref)) ?? 0) + 1);
        return counts;
      };
      const inBase = count(paragraphs.map((p) => p.base));
      const inDraft = count(paragraphs.map((p) => p.draft));
      for (const p of paragraphs) {
        // A text found once on each side must be aligned with itself.
        const ref = p.draft ?? p.base!;
        const key = sameTextKey(ref);
        if (inBase.get(key) !== 1 || inDraft.get(key) !== 1 || !p.draft) continue;
        checked++;
        const ok =
          p.base !== undefined && sameTextKey(p.base) === key && (p.change === 'unchanged' || p.change === 'moved');
        if (!ok) problems.push(`${pair}: ${p.draft.label} ${p.change} (was ${p.base?.label ?? 'none'})`);
      }
      const deletedKeys = new Set(paragraphs.filter((p) => p.change === 'deleted').map((p) => sameTextKey(p.base!)));
      for (const p of paragraphs)
        if (p.change === 'new' && deletedKeys.has(sameTextKey(p.draft!)))
          problems.push(`${pair}: ${p.draft!.label} reported new while the same text was deleted`);
    }
    console.log(`      ${checked} paragraphs kept word for word checked`);
    assert.deepEqual(problems, []);
    assert.ok(checked > 1000, `${checked} paragraphs checked`);
  });

  it('gives word changes that rebuild both the base and the draft paragraph', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const { pair, paragraphs } of results) {
      for (const p of paragraphs) {
        if (!p.words) continue;
        checked++;
        if (draftOfChanges(p.words) !== bodyOf(p.draft!)) problems.push(`${pair}: ${p.draft!.label} draft text`);
        if (baseOfChanges(p.words) !== bodyOf(p.base!)) problems.push(`${pair}: ${p.base!.label} base text`);
      }
    }
    assert.deepEqual(problems, []);
    assert.ok(checked > 100, `${checked} changed paragraphs`);
  });

  it('reports every paragraph of both texts exactly once', () => {
    for (const { pair, paragraphs, base, draft } of results) {
      const count = (model: Resolution): number =>
        model.parts.reduce((sum, part) => sum + part.preamble.length + part.operative.length, 0);
      assert.equal(paragraphs.filter((p) => p.base).length, count(base), pair);
      assert.equal(paragraphs.filter((p) => p.draft).length, count(draft), pair);
    }
  });

  it('prints summary statistics', () => {
    const changes = new Map<string, number>();
    let renumbered = 0;
    const items = new Map<string, number>();
    let split = 0;
    let merged = 0;
    for (const { paragraphs } of results)
      for (const p of paragraphs) {
        changes.set(p.change, (changes.get(p.change) ?? 0) + 1);
        if (p.renumbered) renumbered++;
        for (const item of p.subparagraphs ?? []) {
          const name = item.change === 'unchanged' && item.renumbered ? 'renumbered' : item.change;
          items.set(name, (items.get(name) ?? 0) + 1);
        }
        for (const piece of [p, ...(p.subparagraphs ?? [])]) {
          if (piece.splitFrom) split++;
          if (piece.mergedInto) merged++;
        }
      }
    const started = performance.now();
    for (const { base, draft } of results) compareResolutions(base, draft);
    const each = (performance.now() - started) / Math.max(1, results.length);
    console.log(
      `      ${results.length} pairs: ${[...changes].map(([change, n]) => `${n} ${change}`).join(', ')}; ` +
        `${renumbered} renumbered; ${each.toFixed(1)} ms per pair`,
    );
    console.log(
      `      sub-paragraphs of edited paragraphs: ${[...items].map(([change, n]) => `${n} ${change}`).join(', ')}; ` +
        `${split} pieces split off, ${merged} merged in`,
    );
    assert.ok(results.length > 0);
  });
});
