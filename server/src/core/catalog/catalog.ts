// Who says what a symbol is. Facts come from layered providers — the workspace (a file that is
// that resolution), the user's catalogue files, the bundled catalogue, the UN Digital Library —
// and every fact keeps its source, so a hover can say where a date or a title comes from.
import { BUNDLED_CATALOG } from '../data/catalog';
import { citedProvider, recordsProvider } from './records';

export interface CatalogFact {
  /** Canonical undocs.org symbol: `A/RES/55/25`, `S/RES/1373(2001)`. */
  symbol: string;
  organ?: 'GA' | 'SC' | 'HRC' | 'ECOSOC';
  kind?: 'resolution' | 'decision';
  /** Adoption date, ISO yyyy-mm-dd. */
  date?: string;
  title?: string;
  /** Part usually cited (`A` for 217 A (III)). */
  parts?: string;
  /** Where the fact comes from, for people: `bundled catalogue`, `workspace file drafts/a.unres`, `UN Digital Library`. */
  source: string;
  /** For workspace facts: the file that is this resolution. */
  uri?: string;
  /** SC records: the library's description (`on extension of the mandate of …`). */
  description?: string;
  /** The UN record's date is contradicted by adopted texts, which cite this date instead. */
  disputed?: { date: string; texts: number };
  /** The fact is a date or title as adopted texts cite it, not a record: how many cite it. */
  citedBy?: number;
}

export interface CatalogProvider {
  readonly name: string;
  lookup(symbol: string): CatalogFact | undefined;
  entries(): Iterable<CatalogFact>;
}

/** Normalises any written form to the catalogue key: upper case, no spaces (`S/RES/1373 (2001)` → `S/RES/1373(2001)`). */
export const catalogKey = (symbol: string): string => symbol.replace(/\s+/g, '').toUpperCase();

export class MapProvider implements CatalogProvider {
  private readonly facts = new Map<string, CatalogFact>();
  constructor(
    readonly name: string,
    facts: Iterable<CatalogFact> = [],
  ) {
    for (const fact of facts) this.set(fact);
  }
  set(fact: CatalogFact): void {
    this.facts.set(catalogKey(fact.symbol), fact);
  }
  delete(symbol: string): void {
    this.facts.delete(catalogKey(symbol));
  }
  clear(): void {
    this.facts.clear();
  }
  lookup(symbol: string): CatalogFact | undefined {
    return this.facts.get(catalogKey(symbol));
  }
  entries(): Iterable<CatalogFact> {
    return this.facts.values();
  }
}

/** The project's curated catalogue (data/catalog.ts): the instruments most cited, each fact checked. */
export const bundledProvider = (): MapProvider =>
  new MapProvider(
    'bundled',
    BUNDLED_CATALOG.map((entry) => ({
      symbol: entry.symbol,
      organ: entry.organ,
      kind: entry.kind,
      date: entry.date,
      title: entry.title,
      parts: entry.parts,
      source: 'bundled catalogue',
    })),
  );

/**
 * The bundled layers, strongest first: the UN's records, the curated catalogue, then the dates and
 * titles adopted texts cite (for what neither has). The generated layers load on first look-up.
 */
export function bundledProviders(): CatalogProvider[] {
  return [recordsProvider(), bundledProvider(), citedProvider()];
}

/** A merged view: for each field, the first provider (in order) that has it. */
export interface ResolvedFacts {
  symbol: string;
  organ?: CatalogFact['organ'];
  kind?: CatalogFact['kind'];
  date?: { value: string; source: string };
  title?: { value: string; source: string };
  /** A workspace file that is this resolution. */
  uri?: string;
  /** SC: the library's description of the resolution. */
  description?: string;
  /** Adopted texts cite another date than the record gives. */
  disputed?: { date: string; texts: number };
}

export class Catalog {
  constructor(readonly providers: CatalogProvider[]) {}

  /** What is known of `symbol`; a single cited part (`A` of 61/250 A) is looked up as its own record first. */
  resolve(symbol: string, part?: string): ResolvedFacts | undefined {
    let resolved: ResolvedFacts | undefined;
    for (const provider of this.providers) {
      const ownPart = part && /^[A-Z]$/.test(part) ? provider.lookup(`${symbol} ${part}`) : undefined;
      const fact = ownPart ?? provider.lookup(symbol);
      if (!fact) continue;
      // Parts of one resolution may be adopted months apart (`74/254 A` in December, `B` in
      // August): the whole's date is not a cited part's unless the entry says it is that part.
      const dateFits = !part || ownPart !== undefined || fact.parts === part;
      resolved ??= { symbol: fact.symbol };
      resolved.organ ??= fact.organ;
      resolved.kind ??= fact.kind;
      if (!resolved.date && fact.date && dateFits) resolved.date = { value: fact.date, source: fact.source };
      if (!resolved.title && fact.title) resolved.title = { value: fact.title, source: fact.source };
      resolved.uri ??= fact.uri;
      resolved.description ??= fact.description;
      if (resolved.date?.source === fact.source) resolved.disputed ??= fact.disputed;
    }
    return resolved;
  }

  /** Every known entry once (the first provider's fact for each symbol). */
  entries(): CatalogFact[] {
    const seen = new Map<string, CatalogFact>();
    for (const provider of this.providers) {
      for (const fact of provider.entries()) {
        const key = catalogKey(fact.symbol);
        if (!seen.has(key)) seen.set(key, fact);
      }
    }
    return [...seen.values()];
  }
}
