// The bundled catalogue's generated layers (server/src/core/data/un-records.ts) against the UN's
// records in ../shared/corpus/reference and the adopted texts of ../shared/corpus/dev: every
// bundled fact the records have equals them, the harvest never contradicts a record unseen, and
// the data file is what `npm run catalog:build` writes today.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { BUNDLED_CATALOG } from '../../server/src/core/data/catalog';
import { bundledProviders, Catalog, catalogKey } from '../../server/src/core/catalog/catalog';
import { citedProvider, recordName, recordsProvider } from '../../server/src/core/catalog/records';
import {
  buildCatalog,
  canonical,
  cleanDescription,
  cleanTitle,
  DEV_TEXTS,
  DISPUTED_RECORDS,
  fitsSession,
  OUTPUT_FILE,
  readRecords,
  RECORDS_FILE,
  sourceCode,
  type RecordRow,
} from '../../scripts/build-catalog';

function recordsOrSkip(context: Mocha.Context): Map<string, RecordRow> {
  if (!existsSync(RECORDS_FILE)) {
    console.log(`      (skipped: no records file at ${RECORDS_FILE})`);
    context.skip();
  }
  return readRecords();
}

describe('bundled catalogue: the UN records layer', () => {
  it('holds every record of the records file, each fact equal to it, with its source', function () {
    const records = recordsOrSkip(this);
    const provider = recordsProvider();
    let checked = 0;
    for (const [key, row] of records) {
      const fact = provider.lookup(key);
      assert.ok(fact, `${row.symbol} missing`);
      assert.equal(fact.symbol, canonical(row.symbol));
      assert.equal(fact.organ, row.organ, row.symbol);
      assert.equal(fact.date, row.date, row.symbol);
      assert.equal(fact.title ?? '', cleanTitle(row.title), row.symbol);
      if (row.organ === 'SC') assert.equal(fact.description ?? '', cleanDescription(row.description), row.symbol);
      // The record named is the first the file lists: it gave the facts.
      assert.equal(fact.record, recordName(sourceCode(row.source)), row.symbol);
      checked++;
    }
    // Nothing else: part-only resolutions (`A/RES/74/92` from its parts A and B) are the only additions.
    for (const fact of provider.entries()) {
      if (records.has(catalogKey(fact.symbol))) continue;
      assert.ok(
        [...records.keys()].some((key) => key.startsWith(catalogKey(fact.symbol))),
        `${fact.symbol} is not in the records`,
      );
    }
    assert.equal(checked, records.size);
  });

  it("cleans the library's raw subfields out of Council descriptions", () => {
    assert.equal(
      cleanDescription('2000) [on monitoring of the demilitarization][Monitoring of'),
      'on monitoring of the demilitarization',
    );
    assert.equal(cleanDescription('on extension of the mandate of UNFICYP'), 'on extension of the mandate of UNFICYP');
    assert.equal(cleanTitle('SC/5852'), '');
    assert.equal(cleanTitle('The situation in Mali'), 'The situation in Mali');
  });

  it('the curated catalogue agrees with the records on every date both give', function () {
    const records = recordsOrSkip(this);
    const disagreements: string[] = [];
    for (const entry of BUNDLED_CATALOG) {
      const row =
        records.get(catalogKey(entry.parts ? `${entry.symbol} ${entry.parts}` : entry.symbol)) ??
        records.get(catalogKey(entry.symbol));
      if (row && row.date !== entry.date)
        disagreements.push(`${entry.symbol}: curated ${entry.date}, records ${row.date}`);
    }
    assert.deepEqual(disagreements, []);
  });
});

describe('bundled catalogue: dates and titles as cited', () => {
  it('harvests only what the records lack, each date cited by two texts at least and inside its session', function () {
    const records = recordsOrSkip(this);
    let count = 0;
    for (const fact of citedProvider().entries()) {
      count++;
      // A resolution cited by parts adopted on different days: found by its symbol, with no date.
      if (!fact.date) continue;
      assert.ok(
        !records.has(catalogKey(fact.symbol)) && !recordsProvider().lookup(fact.symbol.replace(/ [A-Z]$/, '')),
        `${fact.symbol}: the records have it, the records win`,
      );
      assert.ok((fact.citedBy ?? 0) >= 2, `${fact.symbol}: cited by ${fact.citedBy}`);
      const match = /^A\/RES\/(\d+)\//.exec(fact.symbol);
      if (match)
        assert.ok(
          fitsSession({ organ: 'GA', session: Number(match[1]) }, fact.date!),
          `${fact.symbol} ${fact.date} is outside its session`,
        );
      assert.match(fact.source, /^as cited in \d+ adopted resolutions$/);
    }
    assert.ok(count > 1000, `only ${count} harvested`);
  });

  it('is what the build writes from the records and the dev texts, and contradicts no record unexamined', function () {
    recordsOrSkip(this);
    if (!existsSync(DEV_TEXTS)) {
      console.log(`      (skipped: no dev texts at ${DEV_TEXTS})`);
      this.skip();
    }
    this.timeout(120_000);
    const build = buildCatalog();
    assert.deepEqual(build.unexamined, [], 'the harvest contradicts a record');
    assert.ok(
      readFileSync(OUTPUT_FILE, 'utf8') === build.content,
      'server/src/core/data/un-records.ts is stale: run npm run catalog:build',
    );
    // Each listed dispute still happens (drop it when the records or the texts change).
    const disputed = [...recordsProvider().entries()]
      .filter((fact) => fact.disputed)
      .map((fact) => catalogKey(fact.symbol));
    assert.deepEqual(disputed.sort(), Object.keys(DISPUTED_RECORDS).sort());
  });
});

describe("bundled catalogue: the seed's resolutions", () => {
  const catalog = new Catalog(bundledProviders());
  it('A/RES/55/25: 15 November 2000, United Nations Convention against Transnational Organized Crime', () => {
    const facts = catalog.resolve('A/RES/55/25')!;
    assert.equal(facts.date?.value, '2000-11-15');
    assert.equal(facts.title?.value, 'United Nations Convention against Transnational Organized Crime');
  });
  it('A/RES/55/255: 31 May 2001; A/RES/58/135: 22 December 2003', () => {
    assert.equal(catalog.resolve('A/RES/55/255')?.date?.value, '2001-05-31');
    assert.equal(catalog.resolve('A/RES/58/135')?.date?.value, '2003-12-22');
  });
  it('a resolution recorded by its parts is found by its symbol and by a part', () => {
    assert.equal(catalog.resolve('A/RES/74/92')?.date?.value, '2019-12-13');
    assert.equal(catalog.resolve('A/RES/74/92', 'A')?.title?.value, 'Information in the service of humanity');
  });
});
