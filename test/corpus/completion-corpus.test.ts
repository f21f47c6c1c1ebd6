// Completion measured on real texts: cut each corpus text just before a preambular (operative)
// paragraph, ask for completions there, and check that the opener (verb) the real paragraph uses is
// among the first 20 items. The order must reflect how the UN writes: at least 60% for openers.
import * as assert from 'node:assert/strict';
import { complete, type CompletionItem } from '../../server/src/core/features/completion';
import { OPERATIVE_VERBS, PREAMBULAR_OPENERS } from '../../server/src/core/lexicon/phrases';
import { parse } from '../../server/src/core/parser/parse';
import { corpusOrSkip, corpusTexts } from '../support/corpus';

const TOP = 20;

/**
 * The base phrase of an opening, with also/further wherever they stand (`Further recalling` =
 * `Recalling further`): the longest lexicon phrase the words start with (leading adverbs
 * included, other postposed adverbs such as `in this regard` dropped), lower case.
 */
function phraseKey(phrase: string, lexicon: readonly string[]): string {
  const words = phrase
    .toLowerCase()
    .replace(/[’']/g, "'")
    .split(/[\s\u00A0]+/)
    .filter(Boolean);
  const adverbs = words.filter((word) => word === 'also' || word === 'further');
  const rest = words.filter((word) => word !== 'also' && word !== 'further');
  let base = rest.join(' ');
  for (let length = rest.length; length > 0; length--) {
    const candidate = rest.slice(0, length).join(' ');
    if (LEXICON_KEYS.get(lexicon)!.has(candidate)) {
      base = candidate;
      break;
    }
  }
  return [base, ...adverbs.map((adverb) => `+${adverb}`)].join(' ');
}

const LEXICON_KEYS = new Map<readonly string[], Set<string>>(
  [PREAMBULAR_OPENERS, OPERATIVE_VERBS].map((list) => [list, new Set(list.map((entry) => entry.toLowerCase()))]),
);

const byOrder = (a: CompletionItem, b: CompletionItem): number =>
  a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0;

interface Rate {
  hits: number;
  total: number;
}

function measure(kind: 'preambular' | 'operative'): Rate {
  const rate: Rate = { hits: 0, total: 0 };
  for (const { text } of corpusTexts()) {
    const model = parse(text);
    for (const part of model.parts) {
      const paragraphs = kind === 'preambular' ? part.preamble : part.operative;
      for (let index = 1; index < paragraphs.length; index++) {
        const paragraph = paragraphs[index]!;
        const phrase =
          kind === 'preambular'
            ? (paragraphs[index] as (typeof part.preamble)[number]).opener
            : (paragraphs[index] as (typeof part.operative)[number]).verb;
        if (!phrase) continue;
        const cut = text.slice(0, paragraph.start);
        const items = complete(parse(cut), cut.length).items.filter(
          (item) => item.kind === (kind === 'preambular' ? 'opener' : 'verb') || item.kind === 'closing',
        );
        const lexicon = kind === 'preambular' ? PREAMBULAR_OPENERS : OPERATIVE_VERBS;
        const top = [...items]
          .sort(byOrder)
          .slice(0, TOP)
          .map((item) => phraseKey(item.label, lexicon));
        rate.total++;
        if (top.includes(phraseKey(phrase.text, lexicon))) rate.hits++;
      }
    }
  }
  return rate;
}

const percent = (rate: Rate): string =>
  `${((100 * rate.hits) / Math.max(1, rate.total)).toFixed(1)}% (${rate.hits} of ${rate.total})`;

describe('completion on the corpus', function () {
  this.timeout(300_000);

  it(`offers the real next preambular opener among the first ${TOP} items in at least 60% of cases`, function () {
    corpusOrSkip(this);
    const rate = measure('preambular');
    console.log(`      preambular openers in the first ${TOP}: ${percent(rate)}`);
    assert.ok(rate.total > 1000, `measured ${rate.total} paragraphs`);
    assert.ok(rate.hits / rate.total >= 0.6, `rate ${percent(rate)}`);
  });

  it(`measures the real next operative verb among the first ${TOP} items`, function () {
    corpusOrSkip(this);
    const rate = measure('operative');
    console.log(`      operative verbs in the first ${TOP}: ${percent(rate)}`);
    assert.ok(rate.total > 1000, `measured ${rate.total} paragraphs`);
  });
});
