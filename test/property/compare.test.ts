// Property-based tests of compareResolutions: a text compared with itself is unchanged throughout,
// the word changes rebuild both paragraphs, and the pairing does not depend on which text is the base.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { compareResolutions } from '../../server/src/core/compare/compare';
import type { Comparison } from '../../server/src/core/compare/types';
import { baseOfChanges, collapseWhitespace, diffWords, draftOfChanges } from '../../server/src/core/compare/word-diff';
import { parse } from '../../server/src/core/parser/parse';
import { resolutionText } from './arbitraries';
import { assertEveryParagraphOnce, assertSymmetric, assertWordsRebuild, entriesOf } from './compare-checks';
import { fuzzSeed } from './properties';

const RUNS = Number(process.env.UNRES_FUZZ_RUNS) || 100;

// Few words, so that paragraphs are often alike, sometimes identical: the hard cases for alignment.
const WORDS = ['the', 'assembly', 'decides', 'to', 'report', 'on', 'States', 'rights', 'peace', 'of', 'and', '2025'];
const paragraphWords = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 10 }).map((w) => w.join(' '));

interface Draft {
  preamble: string[];
  operative: string[];
}

function textOf({ preamble, operative }: Draft): string {
  const pp = preamble.map((words) => `Recalling ${words},`);
  const op = operative.map((words, i) => `${i + 1}. Decides ${words}${i === operative.length - 1 ? '.' : ';'}`);
  return ['The General Assembly,', '', ...[...pp, ...op].flatMap((p) => [p, ''])].join('\n');
}

/** A list's paragraphs, some dropped, some edited, some added, in a shuffled order. */
const derived = (list: string[]): fc.Arbitrary<string[]> =>
  fc
    .tuple(
      fc.array(paragraphWords, { maxLength: 3 }),
      fc.array(fc.option(fc.constantFrom(...WORDS), { nil: undefined }), {
        minLength: list.length,
        maxLength: list.length,
      }),
    )
    .chain(([added, edits]) =>
      fc.shuffledSubarray([...list.map((text, i) => (edits[i] ? `${text} ${edits[i]}` : text)), ...added]),
    );

const documentDraft: fc.Arbitrary<Draft> = fc.record({
  preamble: fc.array(paragraphWords, { maxLength: 6 }),
  operative: fc.array(paragraphWords, { maxLength: 8 }),
});

/** A base and a draft made from it, as texts. */
const basedPair: fc.Arbitrary<[string, string]> = documentDraft.chain((base) =>
  fc
    .record({ preamble: derived(base.preamble), operative: derived(base.operative) })
    .map((draft): [string, string] => [textOf(base), textOf(draft)]),
);

/** Any two texts: resolution-shaped ones from the parser's own properties, or a base and its draft. */
const anyPair: fc.Arbitrary<[string, string]> = fc.oneof(basedPair, fc.tuple(resolutionText, resolutionText));

describe('property: compare', function () {
  this.timeout(120_000);
  const seed = fuzzSeed();

  it('a text compared with itself: every paragraph unchanged, not renumbered, without word changes', () => {
    fc.assert(
      fc.property(fc.oneof(resolutionText, documentDraft.map(textOf)), (text) => {
        const model = parse(text);
        for (const p of compareResolutions(model, model).paragraphs) {
          assert.equal(p.change, 'unchanged');
          assert.equal(p.renumbered, undefined);
          assert.equal(p.words, undefined);
          assert.equal(p.base?.start, p.draft?.start);
          for (const field of ['subparagraphs', 'splitFrom', 'splitInto', 'mergedFrom', 'mergedInto'] as const)
            assert.equal(p[field], undefined, field);
        }
      }),
      { seed, numRuns: RUNS },
    );
  });

  it('the word changes rebuild the base and the draft paragraph', () => {
    fc.assert(
      fc.property(anyPair, ([a, b]) => {
        const [base, draft] = [parse(a), parse(b)];
        assertWordsRebuild(base, draft, compareResolutions(base, draft));
      }),
      { seed, numRuns: RUNS },
    );
  });

  it('the same paragraphs are paired whichever text is the base', () => {
    fc.assert(
      fc.property(anyPair, ([a, b]) => {
        assertSymmetric(parse(a), parse(b));
      }),
      { seed, numRuns: RUNS },
    );
  });

  it('a paragraph split one way is merged the other way, piece for piece', () => {
    // `new OP3 split from OP2` one way is `deleted OP3 merged into OP2` the other, with the parts of a
    // text with parts: labels repeat from one part to the next.
    const relations = (comparison: Comparison, swap: boolean): string[] =>
      entriesOf(comparison).flatMap((p) => {
        const out: string[] = [];
        if (p.splitFrom && p.draft) out.push(`${p.draft.part}:${p.draft.label}<${p.splitFrom}`);
        if (p.mergedInto && p.base) out.push(`${p.base.part}:${p.base.label}<${p.mergedInto}`);
        for (const label of [...(p.splitInto ?? []), ...(p.mergedFrom ?? [])])
          out.push(swap ? `${label}>${p.base?.label}` : `${label}>${p.draft?.label}`);
        return out;
      });
    fc.assert(
      fc.property(anyPair, ([a, b]) => {
        const [first, second] = [parse(a), parse(b)];
        const forth = compareResolutions(first, second);
        const back = compareResolutions(second, first);
        assert.deepEqual(
          relations(forth, false)
            .filter((r) => r.includes('<'))
            .sort(),
          relations(back, true)
            .filter((r) => r.includes('<'))
            .sort(),
        );
        assert.deepEqual(
          relations(forth, false)
            .filter((r) => r.includes('>'))
            .sort(),
          relations(back, true)
            .filter((r) => r.includes('>'))
            .sort(),
        );
      }),
      { seed, numRuns: RUNS },
    );
  });

  it('every paragraph of both texts is reported exactly once', () => {
    fc.assert(
      fc.property(anyPair, ([a, b]) => {
        const [base, draft] = [parse(a), parse(b)];
        assertEveryParagraphOnce(base, draft, compareResolutions(base, draft));
      }),
      { seed, numRuns: RUNS },
    );
  });

  it('word differences of any two strings rebuild both, whitespace collapsed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (a, b) => {
        const words = diffWords(a, b);
        assert.equal(baseOfChanges(words), collapseWhitespace(a));
        assert.equal(draftOfChanges(words), collapseWhitespace(b));
      }),
      { seed, numRuns: RUNS * 5 },
    );
  });
});
