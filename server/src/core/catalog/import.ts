// Importers into the project's catalogue: the UN translation service's `data_extract` JSON lines,
// the UN Digital Library voting-data CSV and MARC21 slim XML (MARCXML) exports. Pure: text in,
// facts out; they never throw, and report each record they could not use as a problem.
//
// Resolutions adopted in parts (`A/RES/75/242 B`, `A/RES/37/100[A]`, `A/RES/75/101 A-B`) become one
// fact for the symbol without part: the earliest adoption date (part A's, the one `resolution
// 75/242` is dated with) and the title of that record.
import type { CatalogFact } from './catalog';
import { canonicalResolutionSymbol, cleanTitle, daysInMonth, isValidIsoDate } from './file-format';
import { MONTHS } from '../text/months';

export const DATA_EXTRACT_SOURCE = 'UN translation service data_extract';
export const VOTING_CSV_SOURCE = 'UN Digital Library voting data';
export const MARCXML_SOURCE = 'UN Digital Library';

export interface ImportResult {
  facts: CatalogFact[];
  /** One sentence per record not used or field dropped (capped; the last line counts the rest). */
  problems: string[];
  /** Records read: JSON lines, CSV data rows, MARC records. */
  records: number;
}

const MAX_PROBLEMS = 200;

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS_LOWER = MONTHS.map((month) => month.toLowerCase());

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return undefined;
  const index = MONTHS_LOWER.findIndex(
    (month) =>
      month === lower || (lower.length === 3 && month.startsWith(lower)) || (lower === 'sept' && month === 'september'),
  );
  return index < 0 ? undefined : index + 1;
}

function iso(year: number, month: number, day: number): string | undefined {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return undefined;
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isValidIsoDate(text) ? text : undefined;
}

/**
 * An adoption date in any of the forms the sources use — `2019-10-10 00:00:00`, `2019-10-10T00:00:00Z`,
 * `12 December 2023` (no-break space too), `20001115` (MARC 992), `December 12, 2023`, `12-Dec-2023`,
 * `2023/12/12` — as ISO `yyyy-mm-dd`, or undefined (ambiguous forms such as `12/10/2023` included).
 */
export function parseLooseDate(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.length > 60) return undefined;
  const text = raw.replace(/[\s\u00A0\u2007\u202F]+/g, ' ').trim();
  let match =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      text,
    );
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})(?:st|nd|rd|th)?[ -]([A-Za-z]{3,9}\.?),?[ -](\d{4})$/.exec(text);
  if (match) {
    const month = monthNumber(match[2]!);
    return month ? iso(Number(match[3]), month, Number(match[1])) : undefined;
  }
  match = /^([A-Za-z]{3,9}\.?) (\d{1,2}),? (\d{4})$/.exec(text);
  if (match) {
    const month = monthNumber(match[1]!);
    return month ? iso(Number(match[3]), month, Number(match[2])) : undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Collecting facts: one per canonical symbol

class Problems {
  readonly list: string[] = [];
  private hidden = 0;
  add(problem: string): void {
    if (this.list.length < MAX_PROBLEMS) this.list.push(problem);
    else this.hidden++;
  }
  done(): string[] {
    return this.hidden > 0 ? [...this.list, `… and ${this.hidden} more problems.`] : this.list;
  }
}

interface Collected {
  fact: CatalogFact;
  /** Parts seen, for the note on parts adopted on different dates. */
  parts: Set<string>;
  dates: Set<string>;
}

/** Merges records of the same symbol: earliest date wins, with its title; other fields fill gaps. */
class FactCollector {
  private readonly bySymbol = new Map<string, Collected>();
  constructor(private readonly problems: Problems) {}

  add(
    symbol: { symbol: string; organ: CatalogFact['organ']; kind: CatalogFact['kind']; part?: string },
    date: string | undefined,
    title: string | undefined,
    source: string,
  ): void {
    const existing = this.bySymbol.get(symbol.symbol);
    if (!existing) {
      const fact: CatalogFact = { symbol: symbol.symbol, organ: symbol.organ, kind: symbol.kind, source };
      if (date) fact.date = date;
      if (title) fact.title = title;
      this.bySymbol.set(symbol.symbol, {
        fact,
        parts: new Set(symbol.part ? [symbol.part] : ['']),
        dates: new Set(date ? [date] : []),
      });
      return;
    }
    existing.parts.add(symbol.part ?? '');
    const fact = existing.fact;
    if (date) {
      existing.dates.add(date);
      if (!fact.date || date < fact.date) {
        fact.date = date;
        if (title) fact.title = title;
      }
    }
    if (!fact.title && title) fact.title = title;
  }

  has(symbol: string): boolean {
    return this.bySymbol.has(symbol);
  }

  facts(): CatalogFact[] {
    for (const { fact, parts, dates } of this.bySymbol.values()) {
      if (dates.size > 1) {
        const what = parts.size > 1 ? 'parts adopted on different dates' : 'records with different dates';
        this.problems.add(
          `${fact.symbol}: ${what} (${[...dates].sort().join(', ')}); the earliest, ${fact.date}, is kept.`,
        );
      }
    }
    return [...this.bySymbol.values()].map((entry) => entry.fact);
  }
}

// ---------------------------------------------------------------------------------------------
// data_extract JSON lines

/** The UN translation service's `data_extract/<session>.json`: one JSON object per line. */
export function importDataExtract(jsonl: string, source = DATA_EXTRACT_SOURCE): ImportResult {
  const problems = new Problems();
  const collector = new FactCollector(problems);
  let records = 0;
  const text = typeof jsonl === 'string' ? jsonl.replace(/^\uFEFF/, '') : '';
  let lineNumber = 0;
  let position = 0;
  while (position <= text.length) {
    let end = text.indexOf('\n', position);
    if (end < 0) end = text.length;
    const line = text.slice(position, end).trim();
    position = end + 1;
    lineNumber++;
    if (line === '') continue;
    records++;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      problems.add(`line ${lineNumber}: not valid JSON; skipped.`);
      continue;
    }
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      problems.add(`line ${lineNumber}: not a JSON object; skipped.`);
      continue;
    }
    const record = row as Record<string, unknown>;
    const symbol = canonicalResolutionSymbol(record.symbol);
    if (!symbol) {
      problems.add(
        `line ${lineNumber}: symbol ${describe(record.symbol)} is not a resolution or decision symbol; skipped.`,
      );
      continue;
    }
    const date = parseLooseDate(record.adoption_date);
    if (record.adoption_date !== undefined && !date)
      problems.add(
        `line ${lineNumber} (${symbol.symbol}): adoption date ${describe(record.adoption_date)} not understood; left out.`,
      );
    collector.add(symbol, date, cleanTitle(record.title), source);
  }
  return { facts: collector.facts(), problems: problems.done(), records };
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

// ---------------------------------------------------------------------------------------------
// CSV

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * RFC 4180 CSV, fed in chunks: quoted fields with `""` escapes, commas and line breaks inside
 * quotes, CRLF, LF or CR line ends, a leading BOM. Tolerant: a quote inside an unquoted field and
 * text after a closing quote are kept as written; blank lines are skipped. Linear time.
 */
export class CsvParser {
  private field = '';
  private row: string[] = [];
  private quoted = false;
  private quoteSeen = false;
  private fieldStarted = false;
  private afterCR = false;
  private first = true;
  /** True when the input ended inside a quoted field. */
  unterminated = false;

  constructor(private readonly onRow: (fields: string[]) => void) {}

  push(chunk: string): void {
    if (this.first && chunk.length > 0) {
      this.first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    let start = 0;
    for (let index = 0; index < chunk.length; index++) {
      const code = chunk.charCodeAt(index);
      if (this.quoted) {
        if (!this.quoteSeen) {
          if (code === QUOTE) {
            this.field += chunk.slice(start, index);
            this.quoteSeen = true;
            start = index + 1;
          }
          continue;
        }
        this.quoteSeen = false;
        if (code === QUOTE) {
          this.field += '"';
          start = index + 1;
          continue;
        }
        this.quoted = false; // the quote closed the field; this character is read as unquoted
        start = index;
      }
      if (this.afterCR) {
        this.afterCR = false;
        if (code === LF) {
          start = index + 1;
          continue;
        }
      }
      if (code === COMMA) {
        this.field += chunk.slice(start, index);
        this.endField();
        start = index + 1;
      } else if (code === LF || code === CR) {
        this.field += chunk.slice(start, index);
        this.endField();
        this.endRow();
        this.afterCR = code === CR;
        start = index + 1;
      } else if (code === QUOTE && !this.fieldStarted) {
        this.quoted = true;
        this.fieldStarted = true;
        start = index + 1;
      } else this.fieldStarted = true;
    }
    if (start < chunk.length) this.field += chunk.slice(start);
  }

  end(): void {
    if (this.quoted && !this.quoteSeen) this.unterminated = true;
    this.quoted = false;
    this.quoteSeen = false;
    if (this.fieldStarted || this.row.length > 0 || this.field !== '') {
      this.endField();
      this.endRow();
    }
  }

  private endField(): void {
    this.row.push(this.field);
    this.field = '';
    this.fieldStarted = false;
  }

  private endRow(): void {
    const row = this.row;
    this.row = [];
    if (row.length === 1 && row[0] === '') return;
    this.onRow(row);
  }
}

/** Parses a whole CSV text into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const parser = new CsvParser((row) => rows.push(row));
  parser.push(typeof text === 'string' ? text : '');
  parser.end();
  return rows;
}

/** Column names accepted for each field (the 2024 release used plural names). */
const VOTING_COLUMNS = {
  resolution: ['resolution', 'resolutions', 'symbol'],
  date: ['date', 'vote_date', 'adoption_date'],
  title: ['title'],
} as const;

/**
 * The UN Digital Library voting-data CSV (GA record 4060887, SC record 4055387): one row per
 * Member State per recorded vote — or one per resolution in the transformed release — becomes one
 * fact per resolution. Feed it in chunks (`push`) for files too large to hold as one string.
 */
export class VotingCsvImporter {
  private readonly problems = new Problems();
  private readonly collector = new FactCollector(this.problems);
  private readonly parser = new CsvParser((row) => this.row(row));
  private columns: { resolution: number; date: number; title: number } | undefined;
  private headerProblem = false;
  private records = 0;
  private rowNumber = 0;
  /** Per symbol, the first vote row's date, to report rows that disagree once. */
  private readonly seen = new Map<string, string | undefined>();
  private readonly rejected = new Set<string>();

  constructor(private readonly source = VOTING_CSV_SOURCE) {}

  push(chunk: string): void {
    this.parser.push(chunk);
  }

  end(): ImportResult {
    this.parser.end();
    if (this.parser.unterminated)
      this.problems.add('the file ends inside a quoted field; the last row may be incomplete.');
    if (!this.columns && !this.headerProblem) this.problems.add('no header row: the file is empty.');
    return { facts: this.collector.facts(), problems: this.problems.done(), records: this.records };
  }

  private row(fields: string[]): void {
    this.rowNumber++;
    if (!this.columns) {
      if (this.headerProblem) return;
      const names = fields.map((name) => name.trim().toLowerCase());
      const find = (aliases: readonly string[]) => names.findIndex((name) => aliases.includes(name));
      const columns = {
        resolution: find(VOTING_COLUMNS.resolution),
        date: find(VOTING_COLUMNS.date),
        title: find(VOTING_COLUMNS.title),
      };
      if (columns.resolution < 0) {
        this.headerProblem = true;
        this.problems.add('the header has no "resolution" column: not a voting-data CSV.');
        return;
      }
      this.columns = columns;
      return;
    }
    this.records++;
    const cell = (index: number) => (index >= 0 && index < fields.length ? fields[index] : undefined);
    const rawSymbol = cell(this.columns.resolution);
    const symbol = canonicalResolutionSymbol(rawSymbol);
    if (!symbol) {
      const key = rawSymbol ?? '';
      if (!this.rejected.has(key)) {
        this.rejected.add(key);
        this.problems.add(
          `row ${this.rowNumber}: resolution ${describe(rawSymbol)} is not a resolution symbol; its rows are skipped.`,
        );
      }
      return;
    }
    const key = `${symbol.symbol}|${symbol.part ?? ''}`;
    const rawDate = cell(this.columns.date);
    if (this.seen.has(key)) {
      // Another Member State's row of the same vote: only a different date is news.
      const date = parseLooseDate(rawDate);
      const first = this.seen.get(key);
      if (date && first && date !== first && !this.rejected.has(`date|${key}`)) {
        this.rejected.add(`date|${key}`);
        this.problems.add(
          `row ${this.rowNumber} (${symbol.symbol}): date ${date} differs from the first row's ${first}; the first is kept.`,
        );
      }
      return;
    }
    const date = parseLooseDate(rawDate);
    if (rawDate !== undefined && rawDate.trim() !== '' && !date)
      this.problems.add(
        `row ${this.rowNumber} (${symbol.symbol}): date ${describe(rawDate)} not understood; left out.`,
      );
    this.seen.set(key, date);
    this.collector.add(symbol, date, cleanTitle(cell(this.columns.title)), this.source);
  }
}

export function importVotingCsv(csv: string, source = VOTING_CSV_SOURCE): ImportResult {
  const importer = new VotingCsvImporter(source);
  importer.push(typeof csv === 'string' ? csv : '');
  return importer.end();
}

// ---------------------------------------------------------------------------------------------
// MARC21 slim XML

export interface MarcSubfield {
  code: string;
  value: string;
}
export interface MarcDatafield {
  tag: string;
  subfields: MarcSubfield[];
}
export interface MarcRecord {
  controlfields: Array<{ tag: string; value: string }>;
  datafields: MarcDatafield[];
}

const MAX_VALUE_LENGTH = 20_000;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five predefined entities and character references, once; any other entity stays as written. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9A-Fa-f]{1,6}|#\d{1,7}|[A-Za-z]{2,4});/g, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
      return String.fromCodePoint(code);
    }
    return PREDEFINED[name] ?? whole;
  });
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return (colon >= 0 ? qualified.slice(colon + 1) : qualified).toLowerCase();
}

/** Index of the `>` closing a tag that starts at `from`, skipping quoted attribute values; -1 if none. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let index = from; index < xml.length; index++) {
    const code = xml.charCodeAt(index);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) quote = code;
    else if (code === 62) return index;
    else if (code === 60) return -1; // a new tag before this one closed: malformed
  }
  return -1;
}

function attributes(tag: string): Record<string, string> {
  const result: Record<string, string> = {};
  const re = /([^\s=/<>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let match: RegExpExecArray | null;
  while ((match = re.exec(tag))) result[localName(match[1]!)] = decodeXmlText(match[2] ?? match[3] ?? '');
  return result;
}

/**
 * Reads the MARC records of a MARCXML document (`<collection><record>…`, any namespace prefix).
 * A tiny, tolerant, linear reader for this subset: DTDs, comments and processing instructions are
 * skipped, entities other than the predefined ones are never expanded, and a record counts only
 * when its `</record>` is reached (a truncated answer yields only its complete records).
 */
export function readMarcXml(xml: string): MarcRecord[] {
  const records: MarcRecord[] = [];
  if (typeof xml !== 'string') return records;
  let record: MarcRecord | undefined;
  let datafield: MarcDatafield | undefined;
  let subfield: MarcSubfield | undefined;
  let control: { tag: string; value: string } | undefined;
  const appendText = (text: string) => {
    const target = subfield ?? control;
    if (target && target.value.length < MAX_VALUE_LENGTH)
      target.value += text.slice(0, MAX_VALUE_LENGTH - target.value.length);
  };
  let position = 0;
  while (position < xml.length) {
    const open = xml.indexOf('<', position);
    if (open < 0) {
      appendText(decodeXmlText(xml.slice(position)));
      break;
    }
    if (open > position) appendText(decodeXmlText(xml.slice(position, open)));
    if (xml.startsWith('<!--', open)) {
      const close = xml.indexOf('-->', open + 4);
      position = close < 0 ? xml.length : close + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', open)) {
      const close = xml.indexOf(']]>', open + 9);
      appendText(xml.slice(open + 9, close < 0 ? xml.length : close));
      position = close < 0 ? xml.length : close + 3;
      continue;
    }
    if (xml.startsWith('<!', open)) {
      // <!DOCTYPE …> with an optional internal subset […]: skipped, never interpreted.
      const gt = xml.indexOf('>', open);
      const bracket = xml.indexOf('[', open);
      if (bracket >= 0 && (gt < 0 || bracket < gt)) {
        const closeSubset = xml.indexOf(']', bracket);
        const after = closeSubset < 0 ? -1 : xml.indexOf('>', closeSubset);
        position = after < 0 ? xml.length : after + 1;
      } else position = gt < 0 ? xml.length : gt + 1;
      continue;
    }
    if (xml.startsWith('<?', open)) {
      const close = xml.indexOf('?>', open + 2);
      position = close < 0 ? xml.length : close + 2;
      continue;
    }
    const close = tagEnd(xml, open + 1);
    if (close < 0) {
      // A broken tag: skip the '<' and read on.
      position = open + 1;
      continue;
    }
    const tag = xml.slice(open + 1, close);
    position = close + 1;
    if (tag.startsWith('/')) {
      const name = localName(tag.slice(1).trim());
      if (name === 'subfield') subfield = undefined;
      else if (name === 'controlfield') control = undefined;
      else if (name === 'datafield') {
        subfield = undefined;
        datafield = undefined;
      } else if (name === 'record') {
        if (record) records.push(record);
        record = datafield = subfield = control = undefined;
      }
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const nameMatch = /^[^\s/>]+/.exec(tag);
    if (!nameMatch) continue;
    const name = localName(nameMatch[0]);
    if (name === 'record') {
      record = { controlfields: [], datafields: [] };
      datafield = subfield = control = undefined;
      if (selfClosing) {
        records.push(record);
        record = undefined;
      }
    } else if (name === 'datafield' && record) {
      subfield = control = undefined;
      datafield = { tag: attributes(tag).tag ?? '', subfields: [] };
      record.datafields.push(datafield);
      if (selfClosing) datafield = undefined;
    } else if (name === 'subfield' && datafield) {
      subfield = { code: attributes(tag).code ?? '', value: '' };
      datafield.subfields.push(subfield);
      if (selfClosing) subfield = undefined;
    } else if (name === 'controlfield' && record) {
      datafield = subfield = undefined;
      control = { tag: attributes(tag).tag ?? '', value: '' };
      record.controlfields.push(control);
      if (selfClosing) control = undefined;
    }
  }
  return records;
}

/** Values of `tag$code` in a record, in order, trimmed. */
export function marcValues(record: MarcRecord, tag: string, code: string): string[] {
  const values: string[] = [];
  for (const field of record.datafields) {
    if (field.tag !== tag) continue;
    for (const sub of field.subfields) if (sub.code === code && sub.value.trim() !== '') values.push(sub.value.trim());
  }
  return values;
}

/** 245$a without ISBD punctuation (` :`, ` /`, ` ;`, ` =`); SC "Resolution 1373 (2001)" is no title. */
function marcTitle(record: MarcRecord, organ: CatalogFact['organ']): string | undefined {
  const raw = marcValues(record, '245', 'a')[0];
  if (raw === undefined) return undefined;
  const title = cleanTitle(raw.replace(/\s*[:/;=]\s*$/, ''));
  if (!title) return undefined;
  if (/^\[?\s*resolution\s+[\d/]+\s*(?:\(\d{4}\))?\s*\]?\.?$/i.test(title)) return undefined;
  if (organ === 'SC' && /^resolution\b/i.test(title)) return undefined;
  return title;
}

export interface MarcFact {
  symbol: NonNullable<ReturnType<typeof canonicalResolutionSymbol>>;
  date?: string;
  title?: string;
  /** True for a voting record (symbol from 791$a). */
  vote: boolean;
}

/** Reads one MARC record: 191$a symbol (791$a for a voting record), 245$a title, 992$a or 269$a date. */
export function marcFact(record: MarcRecord, wanted?: string): MarcFact | undefined {
  let vote = false;
  let symbol = marcValues(record, '191', 'a')
    .map(canonicalResolutionSymbol)
    .find((candidate) => candidate && (wanted === undefined || candidate.symbol === wanted));
  if (!symbol && wanted === undefined) {
    symbol = marcValues(record, '791', 'a').map(canonicalResolutionSymbol).find(Boolean);
    vote = symbol !== undefined;
  }
  if (!symbol) return undefined;
  const date = [...marcValues(record, '992', 'a'), ...marcValues(record, '269', 'a')].map(parseLooseDate).find(Boolean);
  const title = marcTitle(record, symbol.organ);
  return { symbol, vote, ...(date ? { date } : {}), ...(title ? { title } : {}) };
}

/** MARCXML export of the UN Digital Library (resolution records; voting records as a fallback). */
export function importMarcXml(xml: string, source = MARCXML_SOURCE): ImportResult {
  const problems = new Problems();
  const collector = new FactCollector(problems);
  const records = readMarcXml(typeof xml === 'string' ? xml : '');
  const votes: MarcFact[] = [];
  records.forEach((record, index) => {
    const fact = marcFact(record);
    if (!fact) {
      const symbols = [...marcValues(record, '191', 'a'), ...marcValues(record, '791', 'a')];
      problems.add(
        `record ${index + 1}: ${symbols.length ? `symbol ${describe(symbols[0])} is not a resolution or decision symbol` : 'no symbol (191$a)'}; skipped.`,
      );
      return;
    }
    if (fact.vote) votes.push(fact);
    else collector.add(fact.symbol, fact.date, fact.title, source);
  });
  // A voting record only fills in resolutions the export has no record of.
  const described = new Set(
    votes.filter((fact) => collector.has(fact.symbol.symbol)).map((fact) => fact.symbol.symbol),
  );
  for (const fact of votes)
    if (!described.has(fact.symbol.symbol)) collector.add(fact.symbol, fact.date, fact.title, source);
  if (typeof xml === 'string' && xml.trim() !== '' && records.length === 0)
    problems.add('no MARC record found: not a MARCXML export.');
  return { facts: collector.facts(), problems: problems.done(), records: records.length };
}

// ---------------------------------------------------------------------------------------------
// Format detection

export type ImportFormat = 'data-extract' | 'voting-csv' | 'marcxml' | 'catalogue';

/** The format of an input file, from its name and its first characters; undefined when unknown. */
export function detectFormat(fileName: string, head: string): ImportFormat | undefined {
  const start = head.replace(/^\uFEFF/, '').trimStart();
  const lower = fileName.toLowerCase();
  if (start.startsWith('<')) return 'marcxml';
  if (start.startsWith('{') || start.startsWith('[')) {
    if (/^\{\s*"unresCatalog"/.test(start) || /"unresCatalog"\s*:/.test(start.slice(0, 200))) return 'catalogue';
    return 'data-extract';
  }
  if (lower.endsWith('.csv') || /^[^\n]*\b(?:undl_id|resolutions?)\b[^\n]*,/i.test(start)) return 'voting-csv';
  if (lower.endsWith('.xml')) return 'marcxml';
  if (lower.endsWith('.jsonl') || lower.endsWith('.json')) return start === '' ? 'data-extract' : undefined;
  return undefined;
}
