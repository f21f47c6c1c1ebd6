// Writes server/src/core/data/un-records.ts, the bundled catalogue of the UN's own records and of
// the dates and titles adopted texts cite, from the shared corpus beside the repository:
//   - ../shared/corpus/reference/un-resolutions.jsonl: the UN's records (DGACM metadata, the Dag
//     Hammarskjöld Library's tables, the UN Digital Library), every fact with its source;
//   - ../shared/corpus/dev/texts: adopted resolutions, read with the project's citation engine, for
//     the resolutions the records lack (texts/ stays out, so that the coverage test on it is honest).
// `npm run catalog:build`. The data file is committed: the extension ships it, not ../shared.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from '../server/src/core/parser/parse';
import { rawCitations, type Citation } from '../server/src/core/citations/extract';
import { gaSessionYears } from '../server/src/core/citations/symbols';
import { catalogKey } from '../server/src/core/catalog/catalog';
import { RECORD_SOURCES } from '../server/src/core/catalog/records';

const ROOT = path.resolve(__dirname, '..');
export const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
export const RECORDS_FILE = path.join(CORPUS, 'reference', 'un-resolutions.jsonl');
export const DEV_TEXTS = path.join(CORPUS, 'dev', 'texts');
const OUTPUT = path.join(ROOT, 'server', 'src', 'core', 'data', 'un-records.ts');

export interface RecordRow {
  symbol: string;
  organ: 'GA' | 'SC' | 'HRC' | 'ECOSOC';
  date: string;
  title?: string | null;
  description?: string;
  source: string;
}

/** The records file's rows, keyed as the catalogue keys them (`A/RES/2625(XXV)`, `A/RES/74/92A`). */
export function readRecords(file = RECORDS_FILE): Map<string, RecordRow> {
  const rows = new Map<string, RecordRow>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as RecordRow;
    rows.set(catalogKey(row.symbol), row);
  }
  return rows;
}

/** `S/RES/1373 (2001)` → `S/RES/1373(2001)`; a part stays apart: `A/RES/74/92 A`. */
export function canonical(symbol: string): string {
  return symbol.trim().replace(/\s+\(/, '(');
}

/**
 * The library's description of a Council resolution, cleaned: some rows carry the catalogue's
 * raw subfield (`2000) [on monitoring …][Monitoring …`); the bracketed `on …` text is the description.
 */
export function cleanDescription(description: string | undefined): string {
  if (!description) return '';
  const bracketed = /\[((?:on|requesting|concerning)\b[^\]]*)\]/.exec(description);
  if (bracketed) return bracketed[1]!.trim();
  if (/[[\]]/.test(description)) return '';
  return description.trim();
}

/** A record's title, or '' for what is not one: 139 Council rows give a press release symbol (`SC/5852`). */
export function cleanTitle(title: string | null | undefined): string {
  const text = (title ?? '').replace(/[\t\n\r]+/g, ' ').trim();
  return /^[A-Z]+\/[\dA-Z/.-]+$/.test(text) ? '' : text;
}

/** `dhl-sc-tables+undl-scrape` → `dl`: one letter per record, in the file's order (the first gave the facts). */
export function sourceCode(source: string): string {
  return source
    .split('+')
    .map((tag) => {
      const code = Object.entries(RECORD_SOURCES).find(([, known]) => known.tag === tag)?.[0];
      if (!code) throw new Error(`unknown record source ${tag}`);
      return code;
    })
    .join('');
}

// ---------------------------------------------------------------------------------------------
// The harvest: dates and titles as adopted texts cite them

/**
 * Cited dates known to be misprints, each seen in adopted texts (the harvest ignores them when it
 * counts agreement). A date outside the cited session needs no entry: it cannot be right.
 */
export const KNOWN_MISPRINTS: Record<string, { date: string; why: string }[]> = {
  'A/RES/70/1': [
    { date: '2015-09-27', why: 'one text; 243 others cite 25 September 2015, the day of the summit that adopted it' },
  ],
  'A/RES/67/1': [
    {
      date: '2012-09-19',
      why: 'two texts; five cite 24 September 2012, the day of the high-level meeting on the rule of law that adopted it',
    },
  ],
};

/** Whether a cited date can belong to the citation's session or year (GA, HRC, SC, ECOSOC). */
export function fitsSession(
  citation: Pick<Citation, 'organ' | 'session' | 'specialSession' | 'year'>,
  iso: string,
): boolean {
  const year = Number(iso.slice(0, 4));
  if (citation.specialSession !== undefined) return false;
  if (citation.organ === 'GA' && citation.session !== undefined) {
    const [from, to] = gaSessionYears(citation.session);
    const opens = citation.session === 1 ? '1946-01-01' : `${from}-09-01`;
    const closes = citation.session === 1 ? '1947-08-31' : `${to}-09-30`;
    return iso >= opens && iso <= closes;
  }
  if (citation.organ === 'HRC' && citation.session !== undefined) {
    const held = 2006 + Math.floor((citation.session - 1) / 3);
    return year === held || year === held + 1;
  }
  if (citation.organ === 'SC' && citation.year !== undefined) return year === citation.year;
  if (citation.organ === 'ECOSOC' && citation.year !== undefined)
    return year === citation.year || (year === citation.year - 1 && iso.slice(5) >= '07-01');
  return false;
}

export interface Harvested {
  symbol: string;
  organ: 'GA' | 'SC' | 'HRC' | 'ECOSOC';
  date?: string;
  /** Texts that cite this date. */
  dateTexts?: number;
  title?: string;
  titleTexts?: number;
}

/** How the harvest decided, for the build's log and the tests. */
export interface HarvestReport {
  facts: Map<string, Harvested>;
  /** Symbols whose cited dates disagree beyond a known misprint (no date harvested). */
  disputed: { symbol: string; dates: Record<string, number> }[];
  /** Every cited date inside its session, with the number of texts citing it. */
  cited: Map<string, Map<string, number>>;
}

const normaliseTitle = (title: string): string =>
  title
    .replace(/[\u00A0\s]+/g, ' ')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[’‘]/g, "'")
    .trim();

/** Every dated citation and `entitled “…”` title in the texts, counted once per text. */
export function harvest(texts: Iterable<string>): HarvestReport {
  const dates = new Map<string, { organ: Harvested['organ']; counts: Map<string, number> }>();
  const titles = new Map<string, Map<string, number>>();
  for (const text of texts) {
    const model = parse(text);
    const seenDates = new Set<string>();
    const seenTitles = new Set<string>();
    for (const citation of rawCitations(model)) {
      if (citation.kind !== 'resolution' || !citation.symbol || citation.organ === 'other') continue;
      // Parts of one resolution may be adopted months apart (`55/180 A of 19 December 2000 and B of
      // 14 June 2001`): a single cited part is its own entry, several parts give no date.
      if (citation.parts && !/^[A-Z]$/.test(citation.parts)) continue;
      const symbol = citation.parts ? `${citation.symbol} ${citation.parts}` : citation.symbol;
      const organ = citation.organ as Harvested['organ'];
      if (citation.date && !citation.date.inherited && fitsSession(citation, citation.date.iso)) {
        const seen = `${symbol}|${citation.date.iso}`;
        if (!seenDates.has(seen)) {
          seenDates.add(seen);
          const entry = dates.get(symbol) ?? { organ, counts: new Map<string, number>() };
          entry.counts.set(citation.date.iso, (entry.counts.get(citation.date.iso) ?? 0) + 1);
          dates.set(symbol, entry);
        }
      }
      // A title only from an `entitled “…”` quotation right after the citation.
      if (citation.description && isEntitled(model.text, citation)) {
        const title = normaliseTitle(citation.description);
        const seen = `${symbol}|${title}`;
        if (!seenTitles.has(seen)) {
          seenTitles.add(seen);
          const counts = titles.get(symbol) ?? new Map<string, number>();
          counts.set(title, (counts.get(title) ?? 0) + 1);
          titles.set(symbol, counts);
        }
      }
    }
  }
  const facts = new Map<string, Harvested>();
  const disputed: HarvestReport['disputed'] = [];
  for (const [symbol, { organ, counts }] of dates) {
    const misprints = new Set((KNOWN_MISPRINTS[symbol] ?? []).map((misprint) => misprint.date));
    const kept = [...counts].filter(([iso]) => !misprints.has(iso)).sort((a, b) => b[1] - a[1]);
    if (kept.length === 0) continue;
    if (kept.length > 1) {
      disputed.push({ symbol, dates: Object.fromEntries(counts) });
      continue;
    }
    const [iso, texts] = kept[0]!; // exactly one
    if (texts >= 2) facts.set(symbol, { symbol, organ, date: iso, dateTexts: texts });
  }
  for (const [symbol, counts] of titles) {
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const [title, texts] = ranked[0]!; // a symbol is counted with its first title
    const others = ranked.slice(1).reduce((sum, [, count]) => sum + count, 0);
    // Two texts at least quote it, and more texts quote it than all other wordings together.
    if (texts < 2 || texts <= others) continue;
    const fact = facts.get(symbol);
    if (!fact) continue; // a title without an agreed date is not enough to make an entry
    fact.title = title;
    fact.titleTexts = texts;
  }
  return { facts, disputed, cited: new Map([...dates].map(([symbol, { counts }]) => [symbol, counts])) };
}

function isEntitled(text: string, citation: Citation): boolean {
  const window = text.slice(citation.start, citation.end + (citation.description?.length ?? 0) + 400);
  const at = window.indexOf(citation.description!.slice(0, 40));
  return at > 0 && /entitled[\s\u00A0]+[“"‘]$/.test(window.slice(Math.max(0, at - 20), at));
}

export function devTexts(dir = DEV_TEXTS): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => readFileSync(path.join(dir, file), 'utf8'));
}

/**
 * Records that adopted texts contradict: two dev texts at least cite one other date inside the
 * session (beyond a known misprint). The record's date ships, marked disputed: the hover shows both
 * and citation-date holds neither against a text. Each is listed here once looked at; a new one
 * fails the build and the tests until it is.
 */
export const DISPUTED_RECORDS: Record<string, string> = {
  'A/RES/62/249':
    'Digital Library voting record 15 April 2008; texts cite 15 May 2008, the day the Assembly voted on it',
  'A/RES/62/270': 'Digital Library voting record 30 June 2008; texts cite 20 June 2008',
  'A/RES/70/280':
    'Digital Library voting record 17 June 2016; the UNIFIL financing texts cite 15 July 2016 in one copied list',
  'A/RES/77/186': 'DGACM metadata 14 December 2022; texts cite 22 December 2022',
  'S/RES/1265(1999)':
    'Library tables and voting record 21 September 1999; texts cite 17 September 1999, the day of the 4046th meeting',
  'A/RES/75/311':
    'DGACM metadata 23 July 2021; two texts cite 31 July 2021 (probably a copied slip, but not an error to raise)',
  'A/RES/77/298': 'DGACM metadata 22 June 2023; two texts cite 30 June 2023 (probably a copied slip)',
  'S/RES/1304(2000)': 'DGACM metadata 16 June 2000; two texts cite 15 June 2000 (probably a copied slip)',
  'S/RES/1261(1999)':
    'Library tables and voting record 27 August 1999; five texts cite 25 August 1999, the day of the 4037th meeting',
  'S/RES/918(1994)':
    'Library tables 16 May 1994; S/RES/1749 (2007) cites 17 May 1994: the vote at the 3377th meeting fell after midnight',
  'E/RES/2021/2':
    "adopted in two parts, A on 14 September 2020 and B on 21 July 2021 (the text of E/RES/2021/2 B says so); the record gives B's date, texts cite A's",
};

/** Disputes the harvest rule cannot see (a cited part, a single text): symbol → the date texts cite. */
const OTHER_DISPUTES: Record<string, { date: string; texts: number }> = {
  'E/RES/2021/2': { date: '2020-09-14', texts: 4 },
  'S/RES/918(1994)': { date: '1994-05-17', texts: 1 },
};

/** Records that two dev texts or more contradict with one other date: symbol → that date and how many texts cite it. */
export function contradictions(
  cited: Map<string, Map<string, number>>,
  records: Map<string, RecordRow>,
): Map<string, { date: string; texts: number }> {
  const found = new Map<string, { date: string; texts: number }>();
  for (const [symbol, counts] of cited) {
    const record = records.get(catalogKey(symbol));
    if (!record) continue;
    const misprints = new Set((KNOWN_MISPRINTS[symbol] ?? []).map((misprint) => misprint.date));
    const [date, texts] =
      [...counts].filter(([iso]) => iso !== record.date && !misprints.has(iso)).sort((a, b) => b[1] - a[1])[0] ?? [];
    if (date && texts !== undefined && texts >= 2) found.set(catalogKey(symbol), { date, texts });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// The data file

const field = (value: string | undefined | null): string => (value ?? '').replace(/[\t\n\r]+/g, ' ').trim();

export interface Build {
  content: string;
  log: string[];
  /** Contradictions between the harvest and the records not yet listed in DISPUTED_RECORDS. */
  unexamined: string[];
}

/** The data file's content from the records and the dev texts. */
export function buildCatalog(): Build {
  const records = readRecords();
  const { facts, disputed, cited } = harvest(devTexts());
  const disputes = contradictions(cited, records);
  for (const [key, dispute] of Object.entries(OTHER_DISPUTES)) if (!disputes.has(key)) disputes.set(key, dispute);
  const recordLines: string[] = [];
  for (const row of records.values()) {
    const dispute = disputes.get(catalogKey(row.symbol));
    const fields = [
      canonical(row.symbol),
      field(row.date),
      cleanTitle(row.title),
      row.organ === 'SC' ? field(cleanDescription(row.description)) : '',
      sourceCode(row.source),
    ];
    if (dispute) fields.push(`${dispute.date}:${dispute.texts}`);
    recordLines.push(fields.join('\t'));
  }
  recordLines.sort();
  // The records win: over a resolution they hold whole or by parts, and over each part of it.
  const recorded = new Set<string>();
  for (const row of records.values())
    recorded.add(catalogKey(row.symbol.replace(/ ([A-Z]{1,2}|[IVX]{1,4})(?=$| \()/, '')));
  const harvestLines: string[] = [];
  for (const fact of facts.values()) {
    if (records.has(catalogKey(fact.symbol)) || recorded.has(catalogKey(fact.symbol.replace(/ [A-Z]$/, '')))) continue;
    harvestLines.push(
      [
        fact.symbol,
        fact.date ?? '',
        String(fact.dateTexts ?? ''),
        field(fact.title),
        String(fact.titleTexts ?? ''),
      ].join('\t'),
    );
  }
  harvestLines.sort();
  const content = `// Generated by \`npm run catalog:build\` (scripts/build-catalog.ts) — do not edit.
// Sources: the United Nations' records of resolutions (DGACM metadata, the Dag Hammarskjöld
// Library, the UN Digital Library; ../shared/corpus/reference/un-resolutions.jsonl) and the dates and
// titles cited in adopted resolutions (../shared/corpus/dev/texts), for resolutions the records lack.
// One line per resolution, fields separated by tabs; parsed on first look-up (server/src/core/catalog/records.ts).

/** symbol, ISO date, title (SC: the agenda item), SC description, record source letters[, date adopted texts cite instead:number of texts]. */
export const UN_RECORDS = ${JSON.stringify(recordLines.join('\n'))};

/** symbol, ISO date as cited, number of texts citing it, title as quoted, number of texts quoting it. */
export const CITED_FACTS = ${JSON.stringify(harvestLines.join('\n'))};
`;
  const log = [
    `${recordLines.length} records (${disputes.size} disputed by adopted texts), ${harvestLines.length} cited resolutions (${harvestLines.filter((line) => line.split('\t')[3]).length} with a title); ${disputed.length} disputed cited dates left out`,
    ...disputed.map((item) => `  disputed ${item.symbol}: ${JSON.stringify(item.dates)}`),
  ];
  const unexamined = [...disputes]
    .filter(([key]) => !(key in DISPUTED_RECORDS))
    .map(
      ([key, dispute]) =>
        `'${key}': '${records.get(key)?.source} ${records.get(key)?.date}; ${dispute.texts} texts cite ${dispute.date}',`,
    );
  return { content, log, unexamined };
}

export const OUTPUT_FILE = OUTPUT;

function main(): void {
  if (!existsSync(RECORDS_FILE) || !existsSync(DEV_TEXTS)) {
    console.error(`no corpus at ${CORPUS}: the catalogue is built from its records and dev texts`);
    process.exit(1);
  }
  const { content, log, unexamined } = buildCatalog();
  if (unexamined.length > 0) {
    console.error(
      `the harvest contradicts the records (look at each, then list it in DISPUTED_RECORDS):\n  ${unexamined.join('\n  ')}`,
    );
    process.exit(1);
  }
  writeFileSync(OUTPUT, content);
  console.log(`wrote ${path.relative(ROOT, OUTPUT)}: ${log.join('\n')}`);
}

if (require.main === module) main();
