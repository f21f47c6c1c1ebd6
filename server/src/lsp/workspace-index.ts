// The resolutions in the workspace: what each file is (symbol, title, adoption date) and what it
// cites — for the workspace layer of the catalogue, go-to-definition into a file, find-references
// and workspace symbols. Kept current as files change (watched files and open documents).
import type { Range } from 'vscode-languageserver';
import { MapProvider } from '../core/catalog/catalog';
import { extractCitations } from '../core/citations/extract';
import { documentInfo } from '../core/features/info';
import { parse } from '../core/parser/parse';
import { MONTHS } from '../core/parser/lines';
import { LineIndex } from '../core/text/positions';

export interface IndexedFile {
  uri: string;
  symbol?: string;
  title?: string;
  /** Range of the title (or the first line), for workspace symbols. */
  titleRange: Range;
  citations: { symbol: string; range: Range }[];
}

/** `20 December 2004` → `2004-12-20`. */
export function isoFromWritten(date: string | undefined): string | undefined {
  const match = date ? /^(\d{1,2})[\s\u00A0]+([A-Z][a-z]+)[\s\u00A0]+(\d{4})$/.exec(date.trim()) : null;
  if (!match) return undefined;
  const month = MONTHS.indexOf(match[2]!);
  if (month < 0) return undefined;
  return `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
}

/** Files larger than this are not indexed (a catalogue of drafts, not a data dump). */
export const MAX_INDEXED_SIZE = 5 * 1024 * 1024;

export class WorkspaceIndex {
  private readonly files = new Map<string, IndexedFile>();
  readonly provider = new MapProvider('workspace');

  constructor(private readonly describe: (uri: string) => string = (uri) => uri) {}

  update(uri: string, text: string): void {
    this.remove(uri);
    if (text.length > MAX_INDEXED_SIZE) return;
    const model = parse(text);
    const info = documentInfo(model);
    const index = new LineIndex(text);
    const titleSpan = model.title ?? {
      start: 0,
      end: Math.min(text.length, text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length),
    };
    const citations = extractCitations(model)
      .filter((citation) => citation.symbol && citation.kind !== 'self')
      .map((citation) => ({ symbol: citation.symbol!, range: index.rangeOf(citation.start, citation.end) }));
    const file: IndexedFile = {
      uri,
      symbol: info.symbol,
      title: info.title,
      titleRange: index.rangeOf(titleSpan.start, titleSpan.end),
      citations,
    };
    this.files.set(uri, file);
    if (info.symbol) {
      this.provider.set({
        symbol: info.symbol,
        organ: info.organ === 'other' ? undefined : info.organ,
        kind: 'resolution',
        title: info.title,
        date: isoFromWritten(info.date),
        source: `workspace file ${this.describe(uri)}`,
        uri,
      });
    }
  }

  remove(uri: string): void {
    const old = this.files.get(uri);
    if (old?.symbol && this.provider.lookup(old.symbol)?.uri === uri) this.provider.delete(old.symbol);
    this.files.delete(uri);
  }

  /** Every place in the workspace that cites `symbol` (keys compared without spaces, case-insensitively). */
  references(symbol: string): { uri: string; range: Range }[] {
    const key = symbol.replace(/\s+/g, '').toUpperCase();
    const found: { uri: string; range: Range }[] = [];
    for (const file of this.files.values()) {
      for (const citation of file.citations) {
        if (citation.symbol.replace(/\s+/g, '').toUpperCase() === key)
          found.push({ uri: file.uri, range: citation.range });
      }
    }
    return found;
  }

  /** Resolutions whose symbol or title contains every word of the query. */
  search(query: string, limit = 200): IndexedFile[] {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const results: IndexedFile[] = [];
    for (const file of this.files.values()) {
      const haystack = `${file.symbol ?? ''} ${file.title ?? ''}`.toLowerCase();
      if ((file.symbol || file.title) && words.every((word) => haystack.includes(word))) results.push(file);
      if (results.length >= limit) break;
    }
    return results;
  }

  get size(): number {
    return this.files.size;
  }
}
