// The bundled catalogue's two generated layers (data/un-records.ts, `npm run catalog:build`): the
// United Nations' own records of some 12,000 resolutions, and the dates and titles adopted texts
// cite for the resolutions those records lack. The data is one string per layer, split into a map
// on the first look-up so that start-up pays nothing for it; each look-up after that is O(1).
import { catalogKey, type CatalogFact, type CatalogProvider } from './catalog';
import { CITED_FACTS, UN_RECORDS } from '../data/un-records';

/** The records' sources, by the letter the data file uses: the tag in the corpus and how a hover names it. */
export const RECORD_SOURCES = {
  u: {
    tag: 'unxml-extract',
    name: 'UN documentation metadata (DGACM)',
    speaker: 'the UN documentation metadata (DGACM)',
  },
  a: { tag: 'unxml-akn', name: 'UN Akoma Ntoso text (DGACM)', speaker: 'the UN Akoma Ntoso text (DGACM)' },
  d: {
    tag: 'dhl-sc-tables',
    name: 'Dag Hammarskjöld Library, Security Council actions',
    speaker: 'the Dag Hammarskjöld Library',
  },
  l: { tag: 'undl-scrape', name: 'UN Digital Library', speaker: 'the UN Digital Library' },
} as const;

export type RecordSourceCode = keyof typeof RECORD_SOURCES;

/** A fact of the generated layers, with what a hover and citation-date say about its source. */
export interface RecordFact extends CatalogFact {
  /** SC: the library's description (`on extension of the mandate of …`). */
  description?: string;
  /** The record that gave the facts (records layer): `UN Digital Library`. */
  record?: string;
  /** The same as the subject of a sentence: `the UN Digital Library` (records …). */
  recordSpeaker?: string;
  /** Harvest layer: how many adopted texts quote the title. */
  titleCitedBy?: number;
}

const organOf = (symbol: string): CatalogFact['organ'] =>
  symbol.startsWith('S/') ? 'SC' : symbol.startsWith('A/HRC/') ? 'HRC' : symbol.startsWith('E/') ? 'ECOSOC' : 'GA';

/** `A/RES/74/92 A` → base `A/RES/74/92`, part `A`. */
function splitPart(symbol: string): { base: string; part?: string } {
  const match = /^(.*\S) ([A-Z]{1,2}|[IVX]{1,4})$/.exec(symbol);
  return match ? { base: match[1]!, part: match[2] } : { base: symbol };
}

/** A line's tab-separated fields: the first, the symbol, always (split gives at least one). */
type Fields = [string, ...string[]];
const fieldsOf = (line: string): Fields => line.split('\t') as Fields;

/** A provider over one generated table: lines indexed by key on first use, fields read per look-up. */
export class TableProvider implements CatalogProvider {
  private index: Map<string, string> | undefined;
  constructor(
    readonly name: string,
    private readonly data: string,
    /** Which field holds the title (a part's own, not given to the whole). */
    private readonly titleField: number,
    private readonly read: (fields: Fields) => RecordFact,
  ) {}

  private lines(): Map<string, string> {
    if (this.index) return this.index;
    const index = new Map<string, string>();
    const parts = new Map<string, string[]>();
    for (const line of this.data ? this.data.split('\n') : []) {
      const symbol = line.slice(0, line.indexOf('\t'));
      index.set(catalogKey(symbol), line);
      const { base, part } = splitPart(symbol);
      if (part) parts.set(catalogKey(base), [...(parts.get(catalogKey(base)) ?? []), line]);
    }
    // A resolution recorded only by its parts (`A/RES/74/92 A`, `B`) is also found by its symbol:
    // with the parts' date when they share one, no title (each part has its own).
    for (const [key, lines] of parts) {
      if (index.has(key)) continue;
      // Each list was made with its first line.
      const fields = fieldsOf(lines[0]!);
      const sameDate = lines.every((line) => line.split('\t')[1] === fields[1]);
      fields[0] = splitPart(fields[0]).base;
      if (!sameDate) fields[1] = '';
      fields[this.titleField] = '';
      index.set(key, fields.join('\t'));
    }
    this.index = index;
    return index;
  }

  lookup(symbol: string): RecordFact | undefined {
    const line = this.lines().get(catalogKey(symbol));
    return line === undefined ? undefined : this.read(fieldsOf(line));
  }

  /** Every fact, read afresh (completion and tests; not a hot path). */
  *entries(): Iterable<RecordFact> {
    for (const line of this.lines().values()) yield this.read(fieldsOf(line));
  }

  get size(): number {
    return this.lines().size;
  }
}

/** The name of the record behind a records-layer fact: `UN Digital Library`. */
export const recordName = (codes: string): string =>
  RECORD_SOURCES[codes.charAt(0) as RecordSourceCode]?.name ?? 'UN records';

let records: TableProvider | undefined;
let cited: TableProvider | undefined;

/** The UN's records: symbol, organ, date, title (SC: agenda item), description, the record's name. */
export function recordsProvider(): TableProvider {
  records ??= new TableProvider('UN records', UN_RECORDS, 2, ([symbol, date, title, description, codes, disputed]) => ({
    symbol,
    organ: organOf(symbol),
    kind: 'resolution',
    date: date || undefined,
    title: title || undefined,
    description: description || undefined,
    record: recordName(codes ?? ''),
    recordSpeaker: RECORD_SOURCES[(codes ?? '').charAt(0) as RecordSourceCode]?.speaker ?? 'the UN records',
    source: `United Nations records: ${recordName(codes ?? '')}`,
    disputed: disputed ? { date: disputed.slice(0, 10), texts: Number(disputed.slice(11)) } : undefined,
  }));
  return records;
}

/** Dates and titles as adopted resolutions cite them, for resolutions the records lack. */
export function citedProvider(): TableProvider {
  cited ??= new TableProvider('as cited', CITED_FACTS, 3, ([symbol, date, dateTexts, title, titleTexts]) => ({
    symbol,
    organ: organOf(symbol),
    kind: 'resolution',
    date: date || undefined,
    title: title || undefined,
    citedBy: Number(dateTexts) || undefined,
    titleCitedBy: Number(titleTexts) || undefined,
    source: `as cited in ${dateTexts} adopted resolutions`,
  }));
  return cited;
}
