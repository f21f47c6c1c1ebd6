// The UN Digital Library as a catalogue source, pure part: which URL to ask, which hosts may be
// asked, and how a MARCXML answer becomes a fact. The network side is server/src/lsp/online-lookup.ts.
import type { CatalogFact } from './catalog';
import { canonicalResolutionSymbol, validateEntry } from './file-format';
import { marcFact, MARCXML_SOURCE, readMarcXml } from './import';

export const DIGITAL_LIBRARY_URL = 'https://digitallibrary.un.org';
export const ONLINE_SOURCE = MARCXML_SOURCE;

export type BaseUrlCheck = { ok: true; base: string; origin: string } | { ok: false; reason: string };

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Whether a base URL may be asked: https to the UN Digital Library (or another un.org host), or a
 * loopback address over http or https (tests, a local mirror). Anything else is refused.
 */
export function checkBaseUrl(baseUrl: string): BaseUrlCheck {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return { ok: false, reason: `"${String(baseUrl).slice(0, 100)}" is not a URL` };
  }
  if (url.username || url.password) return { ok: false, reason: 'a base URL must not carry credentials' };
  const host = url.hostname.toLowerCase();
  const loopback = LOOPBACK_HOSTS.has(host);
  if (url.protocol === 'https:' && (loopback || host === 'un.org' || host.endsWith('.un.org')))
    return { ok: true, base: trimBase(url), origin: url.origin };
  if (url.protocol === 'http:' && loopback) return { ok: true, base: trimBase(url), origin: url.origin };
  if (url.protocol !== 'https:') return { ok: false, reason: `only https is used (${url.protocol} refused)` };
  return { ok: false, reason: `only the UN Digital Library (un.org) is asked, not ${host}` };
}

function trimBase(url: URL): string {
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * The search-by-symbol request for a canonical symbol, MARCXML output:
 * `https://digitallibrary.un.org/search?ln=en&p=191__a%3A%22A%2FRES%2F45%2F110%22&of=xm`.
 * Undefined when the symbol is not a resolution or decision symbol or the base URL is refused.
 */
export function digitalLibrarySearchUrl(baseUrl: string, symbol: string): string | undefined {
  const checked = checkBaseUrl(baseUrl);
  const canonical = canonicalResolutionSymbol(symbol);
  if (!checked.ok || !canonical) return undefined;
  return `${checked.base}/search?ln=en&p=${encodeURIComponent(`191__a:"${canonical.symbol}"`)}&of=xm`;
}

/**
 * The fact a MARCXML answer gives for `symbol`: the record whose 191$a is that symbol (part
 * suffixes such as `[A]` aside), with its 245$a title and 992$a (else 269$a) adoption date.
 * Another record — a wrong answer, a draft, a voting record — yields nothing; so does broken XML.
 */
export function parseDigitalLibraryAnswer(xml: string, symbol: string): CatalogFact | undefined {
  const canonical = canonicalResolutionSymbol(symbol);
  if (!canonical || typeof xml !== 'string') return undefined;
  for (const record of readMarcXml(xml)) {
    const found = marcFact(record, canonical.symbol);
    if (!found || found.vote) continue;
    // Through the catalogue's own validation: a date outside the year an SC symbol names is dropped.
    const { fact } = validateEntry({ symbol: canonical.symbol, date: found.date, title: found.title }, ONLINE_SOURCE);
    if (fact && (fact.date || fact.title)) return fact;
  }
  return undefined;
}
