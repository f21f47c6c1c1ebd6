// The parser against the UN's own markup: for every corpus text that has Akoma Ntoso XML, the
// parsed operative numbers, preambular count, sub-paragraph labels and footnote markers are
// compared with the XML, and the agreement rate per element is printed.
import * as assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parser/parse';
import { allOperative, allPreambular, type Resolution, type SubParagraph } from '../../server/src/core/model';
import { corpusOrSkip, corpusTexts, seedText } from '../support/corpus';
import { readAkn } from '../support/akn';

function labelsOf(model: Resolution): string[] {
  const out: string[] = [];
  const walk = (items: SubParagraph[]): void =>
    items.forEach((item) => {
      out.push(item.label.text);
      walk(item.children);
    });
  for (const paragraph of allOperative(model)) walk(paragraph.items);
  return out;
}

function firstReferences(model: Resolution): string[] {
  const seen = new Set<number>();
  return model.markers
    .filter((marker) => !seen.has(marker.value) && seen.add(marker.value))
    .map((marker) => marker.text);
}

const same = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((value, index) => value === b[index]);

describe('parser on the corpus', function () {
  this.timeout(60_000);

  it('parses every text and the seed without throwing', function () {
    corpusOrSkip(this);
    for (const { name, text } of corpusTexts()) {
      assert.doesNotThrow(() => parse(text), name);
    }
    const seed = parse(seedText());
    assert.equal(allOperative(seed).length, 9);
    assert.equal(allPreambular(seed).length, 5);
  });

  it('agrees with the Akoma Ntoso XML on structure', function () {
    corpusOrSkip(this);
    const elements = [
      'operative numbers',
      'preambular count',
      'sub-paragraph labels',
      'footnote markers',
      'all marker references',
    ] as const;
    const agree: Record<(typeof elements)[number], number> = {
      'operative numbers': 0,
      'preambular count': 0,
      'sub-paragraph labels': 0,
      'footnote markers': 0,
      'all marker references': 0,
    };
    const disagreements: string[] = [];
    let files = 0;
    for (const { name, text, akn } of corpusTexts()) {
      if (!akn) continue;
      files++;
      const expected = readAkn(akn);
      const model = parse(text);
      // AKN gives numbers only: an unnumbered paragraph (a single operative paragraph) has no <num>.
      const numbers = allOperative(model).flatMap((paragraph) =>
        paragraph.number ? [String(paragraph.number.value)] : [],
      );
      const results: Record<(typeof elements)[number], [unknown, unknown]> = {
        'operative numbers': [numbers, expected.operativeNumbers],
        'preambular count': [allPreambular(model).length, expected.preambularCount],
        'sub-paragraph labels': [labelsOf(model), expected.labels],
        // The first reference to each footnote (AKN's authorialNote), then every reference including repeats.
        'footnote markers': [firstReferences(model), expected.footnoteMarkers],
        'all marker references': [model.markers.map((marker) => marker.text), expected.markers],
      };
      for (const element of elements) {
        const [got, want] = results[element];
        const ok = Array.isArray(got) ? same(got, want as unknown[]) : got === want;
        if (ok) agree[element]++;
        else
          disagreements.push(
            `${name} ${element}: got ${JSON.stringify(got).slice(0, 300)} want ${JSON.stringify(want).slice(0, 300)}`,
          );
      }
    }
    console.log(`      agreement with Akoma Ntoso over ${files} files:`);
    for (const element of elements)
      console.log(
        `        ${element.padEnd(22)} ${agree[element]}/${files} (${((100 * agree[element]) / files).toFixed(1)}%)`,
      );
    if (process.env.UNRES_SHOW_DISAGREEMENTS) console.log(disagreements.join('\n'));
    assert.ok(files >= 240, `expected the corpus to have Akoma Ntoso files, found ${files}`);
    assert.ok(agree['operative numbers'] / files >= 0.98, 'operative numbers agree on at least 98% of files');
    assert.ok(agree['footnote markers'] / files >= 0.98, 'footnote markers agree on at least 98% of files');
  });
});
