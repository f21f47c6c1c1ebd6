// The citation engine measured against the UN's own markup: the Akoma Ntoso files of the corpus
// link references to undocs.org (`<a href="https://undocs.org/en/A/RES/54/237">54/237</a>`).
//
// Recall: over every AKN file, the share of linked references (adjacent links to the same target
// — `73/102` + ` A` + ` and B` — counted once) that the engine finds in the corresponding plain
// text with the same normalised symbol (multiset per file: the footnotes move in the text, so the
// comparison is by symbol, not by position).
//
// Precision, over what the engine reports as a resolution or decision with a symbol:
//  - judged by AKN where AKN links the same number in that file (`53/11` linked somewhere in the
//    file): correct when one of those links has the engine's target, wrong otherwise (so a GA/HRC
//    mix-up of `53/11` counts as wrong);
//  - where AKN links no such number (older SC and HRC files link little), the fair rule is an
//    independent check: the symbol must exist in the corpus metadata (meta.csv, the GA data
//    extracts, the bundled catalogue) and, when the citation carries its own date, the date must be
//    the recorded adoption date; a citation the metadata cannot confirm or refute is left out and
//    counted in the printout. Both figures must reach 98%.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { extractCitations } from '../../server/src/core/citations/extract';
import { normaliseSymbol } from '../../server/src/core/citations/symbols';
import { BUNDLED_CATALOG } from '../../server/src/core/data/catalog';
import { parse } from '../../server/src/core/parser/parse';
import { CORPUS_DIR, corpusOrSkip, corpusTexts } from '../support/corpus';

/** AKN hrefs and engine symbols in one comparable form: no language segment, no spaces, upper case, no part letters. */
function comparable(symbol: string): string {
  let text = symbol;
  try {
    text = decodeURI(symbol);
  } catch {
    // keep as is
  }
  let normal = normaliseSymbol(text).replace(/\(SUPP\)$/, '');
  const parts = /^((?:A\/HRC|A|E)\/(?:RES|DEC)\/(?:E?S-)?\d+\/\d+)[A-Z][A-Z\-,]*$/.exec(normal);
  if (parts) normal = parts[1]!;
  return normal;
}

const numberKey = (symbol: string): string => symbol.replace(/^(?:A\/HRC|A|S|E)\/(?:RES|DEC)\//, '');

/** The undocs.org links of an AKN file, adjacent links to one target merged. */
export function aknLinks(xml: string): string[] {
  const body = xml.replace(/<meta>[\s\S]*?<\/meta>/, '');
  const links: string[] = [];
  const pattern = /<a\b[^>]*href="(https?:\/\/(?:undocs|docs\.un)\.org[^"]*)"[^>]*>[\s\S]*?<\/a>/g;
  let previous = '';
  let previousEnd = -1;
  for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
    const target = comparable(match[1]!);
    const between = previousEnd >= 0 ? body.slice(previousEnd, match.index).replace(/<[^>]*>/g, '') : 'x';
    const joined = target === previous && /^[\s\u00A0]*(?:and|to|,|-|–)?[\s\u00A0]*$/.test(between);
    previousEnd = match.index + match[0].length;
    if (joined) continue;
    links.push(target);
    previous = target;
  }
  return links;
}

/** Adoption dates known to the metadata, by comparable symbol. */
function metadataDates(): Map<string, string | undefined> {
  const dates = new Map<string, string | undefined>();
  const metaPath = path.join(CORPUS_DIR, 'meta.csv');
  if (existsSync(metaPath)) {
    for (const line of readFileSync(metaPath, 'utf8').split('\n').slice(1)) {
      const [symbol, date] = line.split(',');
      if (!symbol) continue;
      const key = comparable(symbol.replace(/ [A-Z](?:-[A-Z])?$/, ''));
      if (!dates.has(key)) dates.set(key, /^\d{4}-\d{2}-\d{2}$/.test(date ?? '') ? date : undefined);
    }
  }
  const referenceDir = path.join(CORPUS_DIR, 'reference');
  if (existsSync(referenceDir)) {
    for (const file of readdirSync(referenceDir).filter((name) => name.startsWith('ga-data-extract-'))) {
      for (const line of readFileSync(path.join(referenceDir, file), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        try {
          const record = JSON.parse(line) as { symbol?: string };
          if (record.symbol && !dates.has(comparable(record.symbol))) dates.set(comparable(record.symbol), undefined);
        } catch {
          // not a record
        }
      }
    }
  }
  for (const entry of BUNDLED_CATALOG) dates.set(comparable(entry.symbol), entry.date);
  return dates;
}

describe('citations against the Akoma Ntoso links (corpus)', function () {
  this.timeout(120000);

  it('finds at least 95% of the linked references and at least 98% of its resolution citations are right', function () {
    corpusOrSkip(this);
    const metadata = metadataDates();
    let linked = 0;
    let found = 0;
    let judged = 0;
    let judgedRight = 0;
    let checked = 0;
    let checkedRight = 0;
    let unverifiable = 0;
    const wrong: string[] = [];
    for (const corpus of corpusTexts()) {
      if (!corpus.akn) continue;
      const links = aknLinks(corpus.akn);
      const citations = extractCitations(parse(corpus.text));
      const engineCounts = new Map<string, number>();
      for (const citation of citations) {
        if (!citation.symbol || citation.kind === 'self') continue;
        const key = comparable(citation.symbol);
        engineCounts.set(key, (engineCounts.get(key) ?? 0) + 1);
      }
      const linkCounts = new Map<string, number>();
      const targetsByNumber = new Map<string, Set<string>>();
      for (const link of links) {
        linkCounts.set(link, (linkCounts.get(link) ?? 0) + 1);
        const key = numberKey(link);
        if (!targetsByNumber.has(key)) targetsByNumber.set(key, new Set());
        targetsByNumber.get(key)!.add(link);
      }
      for (const [target, count] of linkCounts) {
        linked += count;
        found += Math.min(count, engineCounts.get(target) ?? 0);
      }
      for (const citation of citations) {
        if ((citation.kind !== 'resolution' && citation.kind !== 'decision') || !citation.symbol) continue;
        const symbol = comparable(citation.symbol);
        const targets = targetsByNumber.get(numberKey(symbol));
        if (targets) {
          judged++;
          if (targets.has(symbol)) judgedRight++;
          else wrong.push(`${corpus.name}: "${citation.text}" → ${symbol}, AKN links ${[...targets].join(', ')}`);
          continue;
        }
        if (!metadata.has(symbol)) {
          unverifiable++;
          continue;
        }
        checked++;
        const recorded = metadata.get(symbol);
        const written = citation.date && !citation.date.inherited ? citation.date.iso : undefined;
        if (!written || !recorded || written === recorded) checkedRight++;
        else wrong.push(`${corpus.name}: "${citation.text}" of ${written} → ${symbol}, metadata date ${recorded}`);
      }
    }
    const recall = found / linked;
    const precisionAkn = judgedRight / judged;
    const precisionAll = (judgedRight + checkedRight) / (judged + checked);
    console.log(
      `      recall: ${found}/${linked} linked references found with the same target = ${(recall * 100).toFixed(2)}%`,
    );
    console.log(
      `      precision (judged by AKN links): ${judgedRight}/${judged} = ${(precisionAkn * 100).toFixed(2)}%`,
    );
    console.log(
      `      precision (AKN links + metadata for unlinked): ${judgedRight + checkedRight}/${judged + checked} = ${(precisionAll * 100).toFixed(2)}%; ${unverifiable} unlinked citations not in the metadata, not judged`,
    );
    if (wrong.length > 0) console.log(`      counted wrong:\n${wrong.map((line) => `        ${line}`).join('\n')}`);
    assert.ok(recall >= 0.95, `recall ${recall}`);
    assert.ok(precisionAkn >= 0.98, `precision judged by AKN ${precisionAkn}`);
    assert.ok(precisionAll >= 0.98, `precision with metadata ${precisionAll}`);
  });

  it('reads the seed: 55/25, 55/255, 58/135, E/CN.15/2004/5, A/59/494', function () {
    corpusOrSkip(this);
    const seedPath = path.join(CORPUS_DIR, 'seed', 'A_RES_59_157.ods.txt');
    const citations = extractCitations(parse(readFileSync(seedPath, 'utf8')));
    const bySymbol = new Map(citations.map((citation) => [citation.symbol, citation]));
    assert.equal(bySymbol.get('A/RES/55/25')?.date?.iso, '2000-11-15');
    assert.equal(bySymbol.get('A/RES/55/255')?.date?.iso, '2001-05-31');
    assert.equal(bySymbol.get('A/RES/58/135')?.date?.iso, '2003-12-22');
    assert.equal(bySymbol.get('E/CN.15/2004/5')?.kind, 'document');
    assert.equal(bySymbol.get('A/59/494')?.kind, 'document');
  });
});
