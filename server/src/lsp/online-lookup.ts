// The UN Digital Library as the last catalogue layer: search by symbol (MARCXML), with a hard
// timeout, a response-size cap, one request per symbol at a time, and a persistent cache with
// expiry. Every failure — slow, 5xx, the empty 202 the library gives scripted clients, broken XML,
// another record, an oversized answer, a refused host — is "no fact"; nothing here throws.
import { mkdirSync, readFileSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { CatalogFact, CatalogProvider } from '../core/catalog/catalog';
import { canonicalResolutionSymbol, validateEntry } from '../core/catalog/file-format';
import {
  checkBaseUrl,
  DIGITAL_LIBRARY_URL,
  digitalLibrarySearchUrl,
  ONLINE_SOURCE,
  parseDigitalLibraryAnswer,
} from '../core/catalog/online';

export interface OnlineLookupOptions {
  /** Default https://digitallibrary.un.org; https to un.org, or a loopback address (tests). */
  baseUrl?: string;
  /** Whole request, body included. Default 3000. */
  timeoutMs?: number;
  /** Answers larger than this are dropped unread past the cap. Default 2 MB. */
  maxBytes?: number;
  /** Where the cache file lives (extension global storage; ~/.cache/unres for the CLI). None: memory only. */
  cacheDir?: string;
  /** How long a cached fact is fresh. Default 30 days. A stale fact is still shown until a refetch succeeds. */
  ttlMs?: number;
  /** After a failed request, the same symbol is not asked again for this long. Default 60 s. */
  retryAfterMs?: number;
  fetch?: typeof fetch;
  /** Clock (tests). */
  now?: () => number;
}

export const CACHE_FILE_NAME = 'digital-library-cache.json';
const CACHE_FORMAT = 1;
const MAX_CACHE_ENTRIES = 20_000;
const MAX_REDIRECTS = 3;

interface CacheEntry {
  fact: CatalogFact;
  fetchedAt: number;
}

export class OnlineLookup {
  readonly baseUrl: string;
  /** Why lookups are off (a refused base URL), or undefined. */
  readonly disabledReason: string | undefined;
  /** HTTP requests made so far (diagnostics, tests). */
  requests = 0;

  private readonly origin: string | undefined;
  private readonly timeoutMs: number;
  private readonly maxBytes: number;
  private readonly ttlMs: number;
  private readonly retryAfterMs: number;
  private readonly cacheFile: string | undefined;
  private readonly fetchImpl: typeof fetch | undefined;
  private readonly now: () => number;
  private cache: Map<string, CacheEntry> | undefined;
  private readonly inFlight = new Map<string, Promise<CatalogFact | undefined>>();
  private readonly failedUntil = new Map<string, number>();
  private saving: Promise<void> = Promise.resolve();
  private saveQueued = false;

  constructor(options: OnlineLookupOptions = {}) {
    this.baseUrl = options.baseUrl ?? DIGITAL_LIBRARY_URL;
    const checked = checkBaseUrl(this.baseUrl);
    this.origin = checked.ok ? checked.origin : undefined;
    this.disabledReason = checked.ok ? undefined : checked.reason;
    this.timeoutMs = positive(options.timeoutMs, 3000);
    this.maxBytes = positive(options.maxBytes, 2 * 1024 * 1024);
    this.ttlMs = positive(options.ttlMs, 30 * 24 * 3600 * 1000);
    this.retryAfterMs = options.retryAfterMs !== undefined && options.retryAfterMs >= 0 ? options.retryAfterMs : 60_000;
    this.cacheFile = options.cacheDir ? path.join(options.cacheDir, CACHE_FILE_NAME) : undefined;
    this.fetchImpl = options.fetch ?? (typeof fetch === 'function' ? fetch : undefined);
    this.now = options.now ?? Date.now;
  }

  /** What is known without asking: the cached fact, fresh or stale. */
  cached(symbol: string): CatalogFact | undefined {
    const key = canonicalResolutionSymbol(symbol)?.symbol;
    return key ? this.entries().get(key)?.fact : undefined;
  }

  /**
   * The Digital Library's fact for a resolution or decision symbol: from the cache while fresh,
   * else asked (one request per symbol at a time); a failed request falls back to a stale cached
   * fact. Resolves within about timeoutMs; never rejects.
   */
  lookup(symbol: string): Promise<CatalogFact | undefined> {
    try {
      const key = canonicalResolutionSymbol(symbol)?.symbol;
      if (!key) return Promise.resolve(undefined);
      const entry = this.entries().get(key);
      if (entry && this.now() - entry.fetchedAt < this.ttlMs) return Promise.resolve(entry.fact);
      const pending = this.inFlight.get(key);
      if (pending) return pending;
      if ((this.failedUntil.get(key) ?? 0) > this.now() || !this.origin || !this.fetchImpl)
        return Promise.resolve(entry?.fact);
      const request = this.fetchFact(key)
        .catch(() => undefined)
        .then((fact) => {
          this.inFlight.delete(key);
          if (!fact) {
            if (this.retryAfterMs > 0) this.failedUntil.set(key, this.now() + this.retryAfterMs);
            return entry?.fact;
          }
          this.failedUntil.delete(key);
          this.entries().set(key, { fact, fetchedAt: this.now() });
          this.scheduleSave();
          return fact;
        });
      this.inFlight.set(key, request);
      return request;
    } catch {
      return Promise.resolve(undefined);
    }
  }

  /** The cache as a catalogue layer (synchronous: what is known now). */
  asProvider(): CatalogProvider {
    return {
      name: 'online',
      lookup: (symbol) => this.cached(symbol),
      entries: () => [...this.entries().values()].map((entry) => entry.fact),
    };
  }

  /** Resolves when pending cache writes are done (shutdown, tests). */
  async flush(): Promise<void> {
    await Promise.allSettled([...this.inFlight.values()]);
    await this.saving;
  }

  private async fetchFact(symbol: string): Promise<CatalogFact | undefined> {
    let url = digitalLibrarySearchUrl(this.baseUrl, symbol);
    if (!url || !this.fetchImpl || !this.origin) return undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    timer.unref?.();
    try {
      for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        if (new URL(url).origin !== this.origin) return undefined;
        this.requests++;
        const response = await this.fetchImpl(url, {
          signal: controller.signal,
          redirect: 'manual',
          headers: { accept: 'application/marcxml+xml, application/xml;q=0.9, text/xml;q=0.8' },
        });
        if (response.status >= 300 && response.status < 400) {
          const location = response.headers.get('location');
          await response.body?.cancel().catch(() => undefined);
          if (!location) return undefined;
          url = new URL(location, url).toString();
          continue;
        }
        if (response.status !== 200) {
          // 202 with an empty body (scripted clients), 404, 429, 5xx: no fact.
          await response.body?.cancel().catch(() => undefined);
          return undefined;
        }
        const declared = Number(response.headers.get('content-length') ?? NaN);
        if (Number.isFinite(declared) && declared > this.maxBytes) {
          await response.body?.cancel().catch(() => undefined);
          return undefined;
        }
        const text = await readCapped(response, this.maxBytes);
        if (text === undefined || text.trim() === '') return undefined;
        return parseDigitalLibraryAnswer(text, symbol);
      }
      return undefined;
    } catch {
      return undefined;
    } finally {
      clearTimeout(timer);
      controller.abort();
    }
  }

  private entries(): Map<string, CacheEntry> {
    if (this.cache) return this.cache;
    this.cache = new Map();
    if (!this.cacheFile) return this.cache;
    let text: string;
    try {
      text = readFileSync(this.cacheFile, 'utf8');
    } catch {
      return this.cache; // no cache yet
    }
    if (!this.readCache(text)) {
      // Corrupt: ignored, and rewritten with what is known.
      this.cache.clear();
      this.scheduleSave();
    }
    return this.cache;
  }

  /** Fills the cache from the file's text; false when the file is not a cache. */
  private readCache(text: string): boolean {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return false;
    }
    if (typeof data !== 'object' || data === null) return false;
    const root = data as { unresOnlineCache?: unknown; entries?: unknown };
    if (
      root.unresOnlineCache !== CACHE_FORMAT ||
      typeof root.entries !== 'object' ||
      root.entries === null ||
      Array.isArray(root.entries)
    )
      return false;
    let bad = false;
    for (const [key, raw] of Object.entries(root.entries as Record<string, unknown>)) {
      const record = raw as { fact?: unknown; fetchedAt?: unknown } | null;
      const { fact } = validateEntry(record?.fact, ONLINE_SOURCE);
      const fetchedAt = record?.fetchedAt;
      if (
        !fact ||
        fact.symbol !== key ||
        typeof fetchedAt !== 'number' ||
        !Number.isFinite(fetchedAt) ||
        (!fact.date && !fact.title)
      ) {
        bad = true;
        continue;
      }
      this.cache!.set(key, { fact, fetchedAt });
    }
    if (bad) this.scheduleSave();
    return true;
  }

  private scheduleSave(): void {
    if (!this.cacheFile || this.saveQueued) return;
    this.saveQueued = true;
    this.saving = this.saving.then(async () => {
      this.saveQueued = false;
      await this.save().catch(() => undefined);
    });
  }

  /** Writes the cache atomically: a temporary file in the same directory, then a rename. */
  private async save(): Promise<void> {
    const file = this.cacheFile;
    if (!file) return;
    const all = [...this.entries().entries()];
    if (all.length > MAX_CACHE_ENTRIES) {
      all.sort((a, b) => b[1].fetchedAt - a[1].fetchedAt);
      all.length = MAX_CACHE_ENTRIES;
      this.cache = new Map(all);
    }
    const entries: Record<string, { fetchedAt: number; fact: Omit<CatalogFact, 'source' | 'uri'> }> = {};
    for (const [key, { fact, fetchedAt }] of all) {
      entries[key] = {
        fetchedAt,
        fact: { symbol: fact.symbol, organ: fact.organ, kind: fact.kind, date: fact.date, title: fact.title },
      };
    }
    const text = `${JSON.stringify({ unresOnlineCache: CACHE_FORMAT, entries })}\n`;
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await fs.writeFile(temporary, text, { encoding: 'utf8', mode: 0o600 });
      await fs.rename(temporary, file);
    } catch (error) {
      await fs.unlink(temporary).catch(() => undefined);
      throw error;
    }
  }
}

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The body as UTF-8 text, or undefined once it passes maxBytes (reading stops there). */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
