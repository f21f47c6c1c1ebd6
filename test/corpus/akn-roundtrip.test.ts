// Round trip against the UN: every Akoma Ntoso file of ../shared/corpus/akn is imported, the text
// parsed and exported again, and the export compared with the UN's XML — the same operative numbers,
// the same count of preambular paragraphs, sub-paragraphs and footnotes, the same text of each
// paragraph (white space aside) — and validated against the OASIS schema. The import alone is
// compared with corpus/texts, which were converted from the same files.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { toAkomaNtoso } from '../../server/src/core/export/akn';
import { fromAkomaNtoso } from '../../server/src/core/import/akn';
import { parse } from '../../server/src/core/parser/parse';
import { aknOutline, type AknOutline } from '../support/akn-outline';
import { CORPUS_DIR } from '../support/corpus';
import { schemaOrSkip, validateAll } from '../support/xmllint';

const AKN_DIR = path.join(CORPUS_DIR, 'akn');

interface Trip {
  name: string;
  un: string;
  imported: string;
  exported: string;
}

let trips: Trip[] | undefined;

function roundTrips(): Trip[] {
  trips ??= readdirSync(AKN_DIR)
    .filter((file) => file.endsWith('.xml'))
    .sort()
    .map((file) => {
      const un = readFileSync(path.join(AKN_DIR, file), 'utf8');
      const imported = fromAkomaNtoso(un).text;
      return { name: file.slice(0, -4), un, imported, exported: toAkomaNtoso(parse(imported)) };
    });
  return trips;
}

type Criterion = 'operative numbers' | 'preambular paragraphs' | 'sub-paragraphs' | 'footnotes' | 'paragraph texts';

const CRITERIA: Record<Criterion, (un: AknOutline, ours: AknOutline) => string | undefined> = {
  'operative numbers': (un, ours) =>
    un.operativeNumbers.join() === ours.operativeNumbers.join()
      ? undefined
      : `UN ${un.operativeNumbers.length} (${un.operativeNumbers.join(',').slice(0, 60)}…), ours ${ours.operativeNumbers.length}`,
  'preambular paragraphs': (un, ours) =>
    un.preambular === ours.preambular ? undefined : `UN ${un.preambular}, ours ${ours.preambular}`,
  'sub-paragraphs': (un, ours) =>
    un.subparagraphs === ours.subparagraphs ? undefined : `UN ${un.subparagraphs}, ours ${ours.subparagraphs}`,
  footnotes: (un, ours) => (un.footnotes === ours.footnotes ? undefined : `UN ${un.footnotes}, ours ${ours.footnotes}`),
  'paragraph texts': (un, ours) => {
    const index = un.paragraphs.findIndex((paragraph, at) => paragraph !== ours.paragraphs[at]);
    if (index < 0 && un.paragraphs.length === ours.paragraphs.length) return undefined;
    const at = index < 0 ? un.paragraphs.length : index;
    return `paragraph ${at + 1}: UN "${(un.paragraphs[at] ?? '').slice(0, 70)}", ours "${(ours.paragraphs[at] ?? '').slice(0, 70)}"`;
  },
};

/**
 * The rate each criterion must reach: the brief's 99 % for all of them. What the export mirrors of the
 * UN's markup to get there: a preamble's lettered list as one `<blockList>` (A/RES/78/29), the text
 * under `Adopts the following declaration:` in `<mainBody>` (A/RES/75/1), the parts under one organ
 * line as sections of one statement (E/RES/2023/5). What stays apart, with its cause, is printed:
 * E/RES/2024/9 quotes a recommended draft resolution (`<embeddedStructure>` in the UN's file), which
 * the parser reads as a second part with its own numbers and preamble; A/RES/77/118's file puts one
 * preambular paragraph (`Calling attention also`) in a `<mainBody>` between two `<preamble>`s, which
 * the schema rejects (xmllint: "element preamble: This element is not expected"); A/RES/77/258 marks
 * a table's heading (`A. Pension Administration`) as a point; A/RES/79/1 (the Pact for the Future) has
 * four sub-paragraphs more in the UN's file than the parser finds; S/RES/2228 (2015) writes its
 * annex (`Annex A: UNAMID benchmarks…`) as paragraphs of the body, which the export makes an annex.
 */
const REQUIRED: Record<Criterion, number> = {
  'operative numbers': 0.99,
  'preambular paragraphs': 0.99,
  'sub-paragraphs': 0.99,
  footnotes: 0.99,
  'paragraph texts': 0.99,
};

describe('Akoma Ntoso round trip against the UN (corpus/akn)', function () {
  this.timeout(300_000);

  before(function () {
    if (!existsSync(AKN_DIR)) {
      console.log(`      (skipped: no UN Akoma Ntoso files at ${AKN_DIR})`);
      this.skip();
    }
  });

  it('keeps the UN structure and text: import → export compared with the UN XML', () => {
    const all = roundTrips();
    const failures = new Map<Criterion, string[]>();
    for (const trip of all) {
      const un = aknOutline(trip.un);
      const ours = aknOutline(trip.exported);
      for (const [criterion, compare] of Object.entries(CRITERIA) as [Criterion, (typeof CRITERIA)[Criterion]][]) {
        const difference = compare(un, ours);
        if (difference) failures.set(criterion, [...(failures.get(criterion) ?? []), `${trip.name}: ${difference}`]);
      }
    }
    const short: string[] = [];
    for (const criterion of Object.keys(CRITERIA) as Criterion[]) {
      const failed = failures.get(criterion) ?? [];
      const rate = (all.length - failed.length) / all.length;
      console.log(`      ${criterion}: ${all.length - failed.length}/${all.length} (${(rate * 100).toFixed(1)} %)`);
      for (const line of failed) console.log(`        ${line}`);
      if (rate < REQUIRED[criterion])
        short.push(`${criterion} ${(rate * 100).toFixed(1)} % < ${REQUIRED[criterion] * 100} %`);
    }
    assert.deepEqual(short, []);
  });

  it('every export validates against the OASIS Akoma Ntoso 3.0 schema', function () {
    schemaOrSkip(this);
    const failures = validateAll(roundTrips().map((trip) => ({ name: trip.name, xml: trip.exported })));
    assert.deepEqual(failures, []);
  });

  it('the import alone gives corpus/texts back (they were converted from the same files)', () => {
    const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
    const exact: string[] = [];
    const whitespace: string[] = [];
    const differ: string[] = [];
    for (const trip of roundTrips()) {
      const file = path.join(CORPUS_DIR, 'texts', `${trip.name}.txt`);
      if (!existsSync(file)) continue;
      const text = readFileSync(file, 'utf8');
      if (text === trip.imported) exact.push(trip.name);
      else if (collapse(text) === collapse(trip.imported)) whitespace.push(trip.name);
      else differ.push(trip.name);
    }
    const total = exact.length + whitespace.length + differ.length;
    console.log(
      `      byte for byte: ${exact.length}/${total}; white space aside: ${exact.length + whitespace.length}/${total}`,
    );
    console.log(`      white space only: ${whitespace.join(', ')}`);
    // The corpus converter dropped the lead-in of a preamble's lettered list (A/RES/78/29, 79/56,
    // ES-10/24: "Convinced" alone where the XML says "Convinced that the Convention…"), which the
    // import keeps; S/RES/1454 (2002)'s text is the printed (OCR'd) one, not this XML.
    console.log(`      different: ${differ.join(', ')}`);
    assert.ok(exact.length / total >= 0.97, `byte for byte ${exact.length}/${total}`);
    assert.ok(
      (exact.length + whitespace.length) / total >= 0.98,
      `white space aside ${exact.length + whitespace.length}/${total}`,
    );
  });
});
