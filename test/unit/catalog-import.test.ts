import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, promises as fsp, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeFileAtomic } from '../../server/src/cli/atomic-write';
import { catalogCommand } from '../../server/src/cli/catalog-command';
import type { CliHost } from '../../server/src/cli/main';
import {
  canonicalResolutionSymbol,
  isValidIsoDate,
  parseCatalogFile,
  serializeCatalog,
} from '../../server/src/core/catalog/file-format';
import {
  detectFormat,
  importDataExtract,
  importMarcXml,
  importVotingCsv,
  parseCsv,
  parseLooseDate,
  readMarcXml,
} from '../../server/src/core/catalog/import';
import { CORPUS_DIR } from '../support/corpus';

const REFERENCE = path.join(CORPUS_DIR, 'reference');

describe('catalogue file format', () => {
  it('canonicalises every written form of a symbol and drops parts', () => {
    const cases: Array<[string, string | undefined, string?]> = [
      ['A/RES/55/25', 'A/RES/55/25'],
      ['a/res/55/25.', 'A/RES/55/25'],
      ['S/RES/1411 (2002)', 'S/RES/1411(2002)'],
      ['S/RES/1373(2001)', 'S/RES/1373(2001)'],
      ['A/RES/37/100[A]', 'A/RES/37/100', 'A'],
      ['A/RES/217(III)[A]', 'A/RES/217(III)', 'A'],
      ['A/RES/217 A (III)', 'A/RES/217(III)', 'A'],
      ['A/RES/217 (III) A', 'A/RES/217(III)', 'A'],
      ['A/RES/75/101 A-B', 'A/RES/75/101', 'A-B'],
      ['A/RES/76/247 A B C', 'A/RES/76/247', 'A-B-C'],
      ['A/RES/75/242 B', 'A/RES/75/242', 'B'],
      ['A/HRC/RES/7/19', 'A/HRC/RES/7/19'],
      ['A/HRC/RES/S-30/1', 'A/HRC/RES/S-30/1'],
      ['A/HRC/DEC/18/120', 'A/HRC/DEC/18/120'],
      ['E/RES/2004/27', 'E/RES/2004/27'],
      ['E/RES/2008(LX)', 'E/RES/2008(LX)'],
      ['A/DEC/58/542', 'A/DEC/58/542'],
      ['A/RES/ES-10/15', 'A/RES/ES-10/15'],
      ['A/RES/S-21/1', 'A/RES/S-21/1'],
      ['A/RES/2252(ES-V)', 'A/RES/2252(ES-V)'],
      ['https://undocs.org/en/A/RES/70/1', 'A/RES/70/1'],
      ['A/59/494', undefined],
      ['A/RES//25', undefined],
      ['A/RES/55/', undefined],
      ['S/RES/1373', undefined],
      ['A/RES/055/25', undefined],
      ['resolution 55/25', undefined],
      ['', undefined],
    ];
    for (const [input, symbol, part] of cases) {
      const result = canonicalResolutionSymbol(input);
      assert.equal(result?.symbol, symbol, input);
      if (symbol) assert.equal(result?.part, part, `${input}: part`);
    }
    assert.equal(canonicalResolutionSymbol('S/RES/1373(2001)')?.organ, 'SC');
    assert.equal(canonicalResolutionSymbol('A/HRC/DEC/18/120')?.kind, 'decision');
    assert.equal(canonicalResolutionSymbol('E/RES/2004/27')?.organ, 'ECOSOC');
    assert.equal(canonicalResolutionSymbol(42), undefined);
  });

  it('accepts only dates that exist', () => {
    for (const ok of ['2000-11-15', '2000-02-29', '1946-01-24']) assert.ok(isValidIsoDate(ok), ok);
    for (const bad of [
      '2001-02-29',
      '1900-02-29',
      '2000-13-01',
      '2000-04-31',
      '2000-1-5',
      '15 November 2000',
      '1899-01-01',
      20001115,
    ]) {
      assert.ok(!isValidIsoDate(bad), String(bad));
    }
  });

  it('reads a catalogue, validating every field, ignoring unknown ones', () => {
    const text = JSON.stringify({
      unresCatalog: 1,
      comment: 'ignored',
      entries: [
        {
          symbol: 'A/RES/55/25',
          organ: 'GA',
          kind: 'resolution',
          date: '2000-11-15',
          title: ' United Nations Convention\u00A0against Transnational Organized Crime ',
          note: 'x',
        },
        { symbol: 'S/RES/1373 (2001)', date: '2001-09-28' },
        { symbol: 'S/RES/1325(2000)', date: '2001-10-31' },
        { symbol: 'A/RES/58/135', organ: 'SC', date: '2003-02-30', title: 42 },
        { symbol: 'A/59/494', title: 'a report' },
        { symbol: 'A/RES/55/25', date: '2000-11-16' },
        'nonsense',
        { symbol: 'A/RES/70/1', title: 'x'.repeat(5000) },
      ],
    });
    const { facts, problems } = parseCatalogFile(text, 'catalogue file my.json');
    assert.deepEqual(facts[0], {
      symbol: 'A/RES/55/25',
      organ: 'GA',
      kind: 'resolution',
      date: '2000-11-15',
      title: 'United Nations Convention against Transnational Organized Crime',
      source: 'catalogue file my.json',
    });
    assert.deepEqual(facts[1], {
      symbol: 'S/RES/1373(2001)',
      organ: 'SC',
      kind: 'resolution',
      date: '2001-09-28',
      source: 'catalogue file my.json',
    });
    assert.equal(facts[2]!.symbol, 'S/RES/1325(2000)');
    assert.equal(facts[2]!.date, undefined, 'a date outside the year the SC symbol names is dropped');
    assert.deepEqual(facts[3], {
      symbol: 'A/RES/58/135',
      organ: 'GA',
      kind: 'resolution',
      source: 'catalogue file my.json',
    });
    assert.equal(facts[4]!.symbol, 'A/RES/70/1');
    assert.ok(facts[4]!.title!.length <= 1000);
    assert.equal(facts.length, 5);
    const expected = [
      /S\/RES\/1373 \(2001\)" read as S\/RES\/1373\(2001\)/,
      /outside the year/,
      /organ "SC" does not match/,
      /2003-02-30/,
      /title is not/,
      /A\/59\/494/,
      /listed twice/,
      /not an object/,
      /shortened/,
    ];
    for (const re of expected)
      assert.ok(
        problems.some((problem) => re.test(problem)),
        `${re} in ${problems.join(' | ')}`,
      );
  });

  it('never throws, whatever the input', () => {
    const inputs: unknown[] = [
      '',
      'null',
      '[]',
      '{',
      '{"unresCatalog":2,"entries":[]}',
      '{"unresCatalog":1}',
      '{"unresCatalog":1,"entries":{}}',
      '{"unresCatalog":1,"entries":[null,1,[],{"symbol":{}}]}',
      '\uFEFF{"unresCatalog":1,"entries":[]}',
      undefined,
      42,
      '['.repeat(100000),
    ];
    for (const input of inputs) {
      const result = parseCatalogFile(input as string, 'x');
      assert.ok(Array.isArray(result.facts) && Array.isArray(result.problems));
    }
    assert.equal(parseCatalogFile('\uFEFF{"unresCatalog":1,"entries":[]}', 'x').problems.length, 0);
    assert.match(parseCatalogFile('{"unresCatalog":2,"entries":[]}', 'x').problems[0]!, /version/);
  });

  it('serialises sorted, one entry per line, and reads back the same facts', () => {
    const facts = [
      { symbol: 'A/RES/55/255', organ: 'GA' as const, kind: 'resolution' as const, date: '2001-05-31', source: 's' },
      {
        symbol: 'A/RES/55/25',
        organ: 'GA' as const,
        kind: 'resolution' as const,
        date: '2000-11-15',
        title: 'Quote " and \\ back',
        source: 's',
      },
      { symbol: 'A/RES/9/1', organ: 'GA' as const, kind: 'resolution' as const, source: 's' },
    ];
    const text = serializeCatalog(facts);
    const lines = text.split('\n');
    assert.match(lines[3]!, /A\/RES\/9\/1/);
    assert.match(lines[4]!, /A\/RES\/55\/25"/);
    assert.match(lines[5]!, /A\/RES\/55\/255/);
    const back = parseCatalogFile(text, 's');
    assert.deepEqual(back.problems, []);
    assert.deepEqual(
      back.facts.sort((a, b) => a.symbol.localeCompare(b.symbol)),
      facts.slice().sort((a, b) => a.symbol.localeCompare(b.symbol)),
    );
    assert.equal(serializeCatalog([]), '{\n  "unresCatalog": 1,\n  "entries": []\n}\n');
  });
});

describe('catalogue importers', () => {
  it('parses the dates the sources write', () => {
    const cases: Array<[string, string | undefined]> = [
      ['2019-10-10 00:00:00', '2019-10-10'],
      ['2019-10-10T00:00:00Z', '2019-10-10'],
      ['12 December 2023', '2023-12-12'],
      ['4\u00A0December 2024', '2024-12-04'],
      ['20001115', '2000-11-15'],
      ['December 12, 2023', '2023-12-12'],
      ['12-Dec-2023', '2023-12-12'],
      ['31 June 2021', undefined],
      ['12/10/2023', undefined],
      ['N.A.', undefined],
      ['', undefined],
    ];
    for (const [input, expected] of cases) assert.equal(parseLooseDate(input), expected, input);
  });

  it('imports data_extract JSON lines, merging parts into one fact', () => {
    const jsonl = [
      JSON.stringify({
        symbol: 'A/RES/74/1',
        resolution_number: '74/1.',
        title: 'Scale of assessments',
        adoption_date: '2019-10-10 00:00:00',
        sponsors: [],
      }),
      '',
      JSON.stringify({ symbol: 'A/RES/75/242', title: 'Financial reports', adoption_date: '31 December 2020' }),
      JSON.stringify({ symbol: 'A/RES/75/242 B', title: 'Financial reports (B)', adoption_date: '30\u00A0June 2021' }),
      JSON.stringify({ symbol: 'A/RES/78/9', title: 'Bad date', adoption_date: 'soon' }),
      '{not json',
      JSON.stringify({ symbol: 'A/78/L.5', title: 'a draft', adoption_date: '1 January 2024' }),
      JSON.stringify(['not', 'an', 'object']),
    ].join('\r\n');
    const result = importDataExtract(jsonl);
    assert.equal(result.records, 7);
    assert.deepEqual(result.facts[0], {
      symbol: 'A/RES/74/1',
      organ: 'GA',
      kind: 'resolution',
      date: '2019-10-10',
      title: 'Scale of assessments',
      source: 'UN translation service data_extract',
    });
    assert.deepEqual(result.facts[1], {
      symbol: 'A/RES/75/242',
      organ: 'GA',
      kind: 'resolution',
      date: '2020-12-31',
      title: 'Financial reports',
      source: 'UN translation service data_extract',
    });
    assert.deepEqual(result.facts[2], {
      symbol: 'A/RES/78/9',
      organ: 'GA',
      kind: 'resolution',
      title: 'Bad date',
      source: 'UN translation service data_extract',
    });
    assert.equal(result.facts.length, 3);
    for (const re of [
      /line 5 \(A\/RES\/78\/9\): adoption date "soon"/,
      /line 6: not valid JSON/,
      /line 7: symbol "A\/78\/L.5"/,
      /line 8: not a JSON object/,
      /A\/RES\/75\/242: parts adopted on different dates \(2020-12-31, 2021-06-30\)/,
    ]) {
      assert.ok(
        result.problems.some((problem) => re.test(problem)),
        `${re} in ${result.problems.join(' | ')}`,
      );
    }
    assert.deepEqual(importDataExtract('').facts, []);
  });

  it('parses CSV with quotes, embedded commas, quotes and line breaks, any line end', () => {
    const text = '\uFEFFa,b,c\r\n"x, y","say ""hi""","two\nlines"\n\n1,,3\r4,"5"6,7 "8"\n"last","unterminated';
    assert.deepEqual(parseCsv(text), [
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines'],
      ['1', '', '3'],
      ['4', '56', '7 "8"'],
      ['last', 'unterminated'],
    ]);
    assert.deepEqual(parseCsv('a,b\n'), [['a', 'b']]);
    assert.deepEqual(parseCsv('a,\n'), [['a', '']]);
    assert.deepEqual(parseCsv(''), []);
  });

  it('imports voting data: one fact per resolution from one row per Member State', () => {
    const header =
      'undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,committee_report,meeting,title,agenda_title,subjects,vote_note,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link';
    const row = (code: string, vote: string, date: string, symbol: string, title: string) =>
      `4061234,${code},NAME,${vote},${date},78,${symbol},A/78/L.1,,A/78/PV.10,"${title}","Agenda, item ""5""","SUBJECT A
SUBJECT B",,120,10,5,58,193,https://digitallibrary.un.org/record/4061234`;
    const csv = [
      header,
      row('AFG', 'Y', '2023-10-27', 'A/RES/ES-10/21', 'Protection of civilians, and upholding legal obligations'),
      row('ALB', 'A', '2023-10-27', 'A/RES/ES-10/21', 'Protection of civilians, and upholding legal obligations'),
      row('DZA', 'Y', '2023-10-28', 'A/RES/ES-10/21', 'Protection of civilians, and upholding legal obligations'),
      row('AFG', 'Y', '1948-12-10', 'A/RES/217(III)[A]', 'Universal Declaration of Human Rights'),
      row('AFG', 'Y', '2023-12-12', 'A/78/L.99', 'a draft'),
    ].join('\n');
    const result = importVotingCsv(csv);
    assert.equal(result.records, 5);
    assert.deepEqual(result.facts, [
      {
        symbol: 'A/RES/ES-10/21',
        organ: 'GA',
        kind: 'resolution',
        date: '2023-10-27',
        title: 'Protection of civilians, and upholding legal obligations',
        source: 'UN Digital Library voting data',
      },
      {
        symbol: 'A/RES/217(III)',
        organ: 'GA',
        kind: 'resolution',
        date: '1948-12-10',
        title: 'Universal Declaration of Human Rights',
        source: 'UN Digital Library voting data',
      },
    ]);
    assert.ok(
      result.problems.some((problem) => /date 2023-10-28 differs/.test(problem)),
      result.problems.join(' | '),
    );
    assert.ok(result.problems.some((problem) => /"A\/78\/L.99" is not a resolution symbol/.test(problem)));
    // The 2024 release's plural column names; the SC release.
    const older = importVotingCsv(
      'undl_id,ms_codes,ms_names,ms_votes,resolutions,title,date\n1,USA,UNITED STATES,Y,S/RES/1373 (2001),Threats,2001-09-28\n',
    );
    assert.deepEqual(older.facts, [
      {
        symbol: 'S/RES/1373(2001)',
        organ: 'SC',
        kind: 'resolution',
        date: '2001-09-28',
        title: 'Threats',
        source: 'UN Digital Library voting data',
      },
    ]);
    assert.match(importVotingCsv('a,b\n1,2\n').problems[0]!, /no "resolution" column/);
  });

  const marc = (symbolField: string, extra = '') => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE collection [ <!ENTITY boom "BOOM"> ]>
<collection xmlns="http://www.loc.gov/MARC21/slim">
  <!-- a comment with <record> inside -->
  <record>
    <controlfield tag="001">428220</controlfield>
    ${symbolField}
    <datafield tag="245" ind1="1" ind2="0">
      <subfield code="a">United Nations Convention against Transnational Organized Crime &amp; more &boom; :</subfield>
      <subfield code="b">resolution /</subfield>
      <subfield code="c">adopted by the General Assembly</subfield>
    </datafield>
    <datafield tag="269" ind1=" " ind2=" "><subfield code="a">2000-11-15</subfield></datafield>
    <datafield tag="992" ind1=" " ind2=" "><subfield code="a">20001115</subfield></datafield>
    ${extra}
  </record>
</collection>`;

  it('reads MARCXML: 191$a symbol, 245$a title without " :", 992$a date, no entity expansion', () => {
    const result = importMarcXml(
      marc(
        '<datafield tag="191" ind1=" " ind2=" "><subfield code="a">A/RES/55/25</subfield><subfield code="b">A/</subfield><subfield code="c">55</subfield></datafield>',
      ),
    );
    assert.deepEqual(result.facts, [
      {
        symbol: 'A/RES/55/25',
        organ: 'GA',
        kind: 'resolution',
        date: '2000-11-15',
        title: 'United Nations Convention against Transnational Organized Crime & more &boom;',
        source: 'UN Digital Library',
      },
    ]);
    assert.equal(result.records, 1);
    assert.deepEqual(result.problems, []);
  });

  it('reads MARCXML with prefixes, 269$a as fallback, library forms, SC titles dropped, voting records as fallback', () => {
    const xml = `<marc:collection xmlns:marc="http://www.loc.gov/MARC21/slim">
<marc:record><marc:datafield tag="191"><marc:subfield code="a">S/RES/1373 (2001)</marc:subfield></marc:datafield>
<marc:datafield tag="245"><marc:subfield code="a">Resolution 1373 (2001) /</marc:subfield></marc:datafield>
<marc:datafield tag="269"><marc:subfield code="a">2001-09-28</marc:subfield></marc:datafield></marc:record>
<marc:record><marc:datafield tag="191"><marc:subfield code="a">A/RES/37/100[A]</marc:subfield></marc:datafield>
<marc:datafield tag="245"><marc:subfield code="a"><![CDATA[Outer space & <peace> :]]></marc:subfield></marc:datafield>
<marc:datafield tag="992"><marc:subfield code="a">19821213</marc:subfield></marc:datafield></marc:record>
<marc:record><marc:datafield tag="791"><marc:subfield code="a">A/RES/78/5</marc:subfield></marc:datafield>
<marc:datafield tag="245"><marc:subfield code="a">Vote title</marc:subfield></marc:datafield>
<marc:datafield tag="269"><marc:subfield code="a">2023-10-20</marc:subfield></marc:datafield>
<marc:datafield tag="967"><marc:subfield code="c">AFG</marc:subfield><marc:subfield code="d">Y</marc:subfield></marc:datafield></marc:record>
<marc:record><marc:datafield tag="191"><marc:subfield code="a">A/78/L.5</marc:subfield></marc:datafield></marc:record>
<marc:record><marc:datafield tag="191"><marc:subfield code="a">A/RES/78/6</marc:subfield></marc:datafield><marc:datafield tag="245"><marc:subfield code="a">Truncated</marc:subfield>
</marc:collection>`;
    const result = importMarcXml(xml);
    assert.deepEqual(result.facts, [
      { symbol: 'S/RES/1373(2001)', organ: 'SC', kind: 'resolution', date: '2001-09-28', source: 'UN Digital Library' },
      {
        symbol: 'A/RES/37/100',
        organ: 'GA',
        kind: 'resolution',
        date: '1982-12-13',
        title: 'Outer space & <peace>',
        source: 'UN Digital Library',
      },
      {
        symbol: 'A/RES/78/5',
        organ: 'GA',
        kind: 'resolution',
        date: '2023-10-20',
        title: 'Vote title',
        source: 'UN Digital Library',
      },
    ]);
    assert.equal(result.records, 4, 'the truncated last record is not read');
    assert.ok(result.problems.some((problem) => /record 4: symbol "A\/78\/L.5"/.test(problem)));
  });

  it('never throws on broken XML and stays linear', () => {
    const inputs = [
      '',
      '<',
      '<<<>>>',
      '<record',
      '<record><datafield tag="191"><subfield code="a">A/RES/1/1',
      '<html><body>Error</body></html>',
      '<a b="unclosed>',
      '<![CDATA[',
      '<!--',
      '<!DOCTYPE x [',
      '&#0;&#xFFFFFF;&amp;',
    ];
    for (const input of inputs) {
      const result = importMarcXml(input);
      assert.deepEqual(result.facts, [], input);
    }
    assert.match(importMarcXml('<html>Error</html>').problems[0]!, /no MARC record/);
    const big = `<collection>${'<record><datafield tag="191"><subfield code="a">A/RES/55/25</subfield></datafield></record>'.repeat(20000)}${'<'.repeat(200000)}</collection>`;
    // A runaway (quadratic) scan meets mocha's time-out; speed itself is judged by `npm run bench`.
    assert.equal(readMarcXml(big).length, 20000);
  });

  it('detects the input format from the name and the content', () => {
    assert.equal(detectFormat('x.jsonl', '{"symbol": "A/RES/74/1"}'), 'data-extract');
    assert.equal(detectFormat('x.json', '{\n  "unresCatalog": 1,'), 'catalogue');
    assert.equal(detectFormat('votes.csv', 'undl_id,ms_code'), 'voting-csv');
    assert.equal(detectFormat('export', 'undl_id,ms_code,resolution'), 'voting-csv');
    assert.equal(detectFormat('x.xml', '<?xml version="1.0"?><collection>'), 'marcxml');
    assert.equal(detectFormat('x.txt', 'The General Assembly,'), undefined);
  });
});

describe('catalogue importers on the reference files', function () {
  const files = existsSync(REFERENCE)
    ? readdirSync(REFERENCE)
        .filter((name) => /^ga-data-extract-.*\.jsonl$/.test(name))
        .sort()
    : [];
  before(function () {
    if (files.length === 0) {
      console.log(`      (skipped: no ga-data-extract-*.jsonl at ${REFERENCE})`);
      this.skip();
    }
  });

  it('every fact from ga-data-extract-*.jsonl has a canonical symbol and a valid date; spot checks agree with the raw lines', () => {
    const counts: string[] = [];
    let total = 0;
    let records = 0;
    const bySymbol = new Map<string, { date?: string; title?: string }>();
    for (const file of files) {
      const text = readFileSync(path.join(REFERENCE, file), 'utf8');
      const result = importDataExtract(text);
      records += result.records;
      total += result.facts.length;
      counts.push(
        `${file.replace(/^ga-data-extract-|\.jsonl$/g, '')}: ${result.records} lines → ${result.facts.length} facts`,
      );
      for (const problem of result.problems)
        assert.match(problem, /parts adopted on different dates/, `${file}: ${problem}`);
      const session = file.replace(/^ga-data-extract-|\.jsonl$/g, '');
      for (const fact of result.facts) {
        assert.equal(canonicalResolutionSymbol(fact.symbol)?.symbol, fact.symbol, fact.symbol);
        assert.ok(fact.symbol.startsWith(`A/RES/${session}/`), `${file}: ${fact.symbol}`);
        assert.ok(isValidIsoDate(fact.date), `${fact.symbol}: date ${fact.date}`);
        assert.equal(fact.organ, 'GA');
        bySymbol.set(fact.symbol, fact);
      }
      // Every raw line is represented: its symbol without part is a fact.
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        const raw = JSON.parse(line) as { symbol: string };
        assert.ok(bySymbol.has(canonicalResolutionSymbol(raw.symbol)!.symbol), raw.symbol);
      }
    }
    console.log(`      ${records} lines, ${total} facts (${counts.join('; ')})`);
    // Spot checks against the raw lines (first line of 74; a no-break-space date; parts; special sessions).
    const rawLine = (file: string, symbol: string) => {
      const rows = readFileSync(path.join(REFERENCE, file), 'utf8')
        .split('\n')
        .filter((text) => text.trim() !== '');
      return rows
        .map((text) => JSON.parse(text) as { symbol: string; title: string; adoption_date: string })
        .find((row) => row.symbol === symbol);
    };
    const checks: Array<[string, string, string]> = [
      ['ga-data-extract-74.jsonl', 'A/RES/74/1', '2019-10-10'],
      ['ga-data-extract-79.jsonl', 'A/RES/79/1', '2024-09-22'],
      ['ga-data-extract-75.jsonl', 'A/RES/75/242', '2020-12-31'],
      ['ga-data-extract-ES-11.jsonl', 'A/RES/ES-11/1', '2022-03-02'],
    ];
    for (const [file, symbol, date] of checks) {
      if (!files.includes(file)) continue;
      const raw = rawLine(file, symbol);
      assert.ok(raw, `${symbol} in ${file}`);
      assert.equal(bySymbol.get(symbol)?.date, date, symbol);
      assert.equal(parseLooseDate(raw.adoption_date), date, `${symbol}: raw ${raw.adoption_date}`);
      assert.equal(bySymbol.get(symbol)?.title, raw.title.replace(/[\s\u00A0]+/g, ' ').trim(), `${symbol}: title`);
    }
  });
});

describe('unres catalog import', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'unres-catalog-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function host(): CliHost & { out: string; err: string } {
    const result = {
      argv: [],
      out: '',
      err: '',
      fs: {
        readFile: (file: string) => fsp.readFile(file, 'utf8'),
        stat: (file: string) => fsp.stat(file),
        readdir: (file: string) => fsp.readdir(file, { withFileTypes: true }),
        writeFileAtomic: (file: string, text: string, original: string) => writeFileAtomic(file, text, original),
      },
      stdout(text: string) {
        result.out += text;
      },
      stderr(text: string) {
        result.err += text;
      },
    };
    return result;
  }

  it('imports data_extract, voting CSV and MARCXML into a new catalogue, then merges', async () => {
    const jsonl = path.join(dir, 'ga.jsonl');
    writeFileSync(
      jsonl,
      `${JSON.stringify({ symbol: 'A/RES/74/1', title: 'Scale', adoption_date: '2019-10-10 00:00:00' })}\n`,
    );
    const csv = path.join(dir, 'votes.csv');
    writeFileSync(
      csv,
      'undl_id,ms_code,resolution,date,title\n1,AFG,A/RES/ES-10/21,2023-10-27,"Protection, of civilians"\n2,ALB,A/RES/ES-10/21,2023-10-27,"Protection, of civilians"\n',
    );
    const xml = path.join(dir, 'export.xml');
    writeFileSync(
      xml,
      '<collection><record><datafield tag="191"><subfield code="a">A/RES/55/25</subfield></datafield><datafield tag="992"><subfield code="a">20001115</subfield></datafield></record></collection>',
    );
    const out = path.join(dir, 'catalog.json');
    const first = host();
    assert.equal(await catalogCommand(['import', jsonl, csv, xml, '--out', out], first), 0, first.err);
    assert.match(first.out, /3 entries \(0 before; 3 added, 0 updated, 0 unchanged\)/);
    const written = parseCatalogFile(readFileSync(out, 'utf8'), 'x');
    assert.deepEqual(written.problems, []);
    assert.deepEqual(written.facts.map((fact) => fact.symbol).sort(), ['A/RES/55/25', 'A/RES/74/1', 'A/RES/ES-10/21']);
    assert.deepEqual(
      readdirSync(dir).filter((name) => name.endsWith('.tmp')),
      [],
      'no temporary file left',
    );

    // Merge: a title arrives for 55/25, the other entries are kept.
    writeFileSync(
      jsonl,
      `${JSON.stringify({ symbol: 'A/RES/55/25', title: 'Convention against Transnational Organized Crime', adoption_date: '15 November 2000' })}\n`,
    );
    const second = host();
    assert.equal(await catalogCommand(['import', `--out=${out}`, jsonl], second), 0, second.err);
    assert.match(second.out, /3 entries \(3 before; 0 added, 1 updated, 0 unchanged\)/);
    const merged = parseCatalogFile(readFileSync(out, 'utf8'), 'x').facts.find((fact) => fact.symbol === 'A/RES/55/25');
    assert.equal(merged?.title, 'Convention against Transnational Organized Crime');
    assert.equal(merged?.date, '2000-11-15');
  });

  it('exits 2 on usage problems, unreadable or unrecognised input, and never overwrites a non-catalogue', async () => {
    const h = host();
    assert.equal(await catalogCommand([], h), 2);
    assert.equal(await catalogCommand(['export'], host()), 2);
    assert.equal(await catalogCommand(['import'], host()), 2);
    assert.equal(await catalogCommand(['import', '--bogus', 'x'], host()), 2);
    const help = host();
    assert.equal(await catalogCommand(['import', '--help'], help), 0);
    assert.match(help.out, /Usage: unres catalog import/);
    const missing = host();
    assert.equal(
      await catalogCommand(['import', path.join(dir, 'missing.jsonl'), '--out', path.join(dir, 'c.json')], missing),
      2,
    );
    assert.match(missing.err, /cannot read \(ENOENT\)/);
    const text = path.join(dir, 'draft.txt');
    writeFileSync(text, 'The General Assembly,\n');
    const unknown = host();
    assert.equal(await catalogCommand(['import', text, '--out', path.join(dir, 'c.json')], unknown), 2);
    assert.match(unknown.err, /format not recognised/);
    const precious = path.join(dir, 'precious.json');
    writeFileSync(precious, '{"not": "a catalogue"}');
    const jsonl = path.join(dir, 'ga.jsonl');
    writeFileSync(
      jsonl,
      `${JSON.stringify({ symbol: 'A/RES/74/1', title: 'Scale', adoption_date: '2019-10-10 00:00:00' })}\n`,
    );
    const refused = host();
    assert.equal(await catalogCommand(['import', jsonl, '--out', precious], refused), 2);
    assert.match(refused.err, /not overwritten/);
    assert.equal(readFileSync(precious, 'utf8'), '{"not": "a catalogue"}');
    const stdout = host();
    assert.equal(await catalogCommand(['import', jsonl, '--out', '-'], stdout), 0);
    assert.match(stdout.out, /"unresCatalog": 1/);
  });

  it('imports the reference data_extract files', async function () {
    if (!existsSync(REFERENCE)) {
      console.log(`      (skipped: no reference files at ${REFERENCE})`);
      this.skip();
    }
    const files = readdirSync(REFERENCE)
      .filter((name) => /^ga-data-extract-.*\.jsonl$/.test(name))
      .map((name) => path.join(REFERENCE, name));
    const out = path.join(dir, 'catalog.json');
    const h = host();
    assert.equal(await catalogCommand(['import', ...files, '--out', out], h), 0, h.err);
    const { facts, problems } = parseCatalogFile(readFileSync(out, 'utf8'), out);
    assert.deepEqual(problems, []);
    assert.ok(facts.length > 2000, `${facts.length} entries`);
    console.log(`      ${h.out.trim().split('\n').pop()}`);
  });
});
