// The project's catalogue file format (user catalogue files, `unres catalog import` output, the
// online-lookup cache):
//
//   { "unresCatalog": 1,
//     "entries": [ { "symbol": "A/RES/55/25", "organ": "GA", "kind": "resolution",
//                    "date": "2000-11-15", "title": "United Nations Convention against …" } ] }
//
// Only `symbol` is required; organ and kind follow from the symbol (given values must agree).
// Unknown fields are ignored. The reader is pure and never throws: whatever the input, it returns
// the facts it could validate and one sentence per problem.
import type { CatalogFact } from './catalog';

export const CATALOG_FORMAT_VERSION = 1;
/** Longest title kept (the longest real GA title is under 600 characters). */
export const MAX_TITLE_LENGTH = 1000;
const MAX_SYMBOL_LENGTH = 60;
/** Problems listed one by one; past this, one summary line. */
const MAX_PROBLEMS = 200;

type Organ = NonNullable<CatalogFact['organ']>;
type Kind = NonNullable<CatalogFact['kind']>;

export interface CanonicalSymbol {
  /** Canonical undocs.org form without part: `A/RES/55/25`, `S/RES/1373(2001)`, `A/RES/217(III)`. */
  symbol: string;
  organ: Organ;
  kind: Kind;
  /** Part letters written with the symbol (`A`, `A-C`), dropped from `symbol`. */
  part?: string;
}

const ROMAN_SESSION = '(?:[IVXL]{1,7}|S-[IVX]{1,4}|ES-[IVX]{1,4})';
const NUMBER = '[1-9]\\d{0,3}';
const SESSION = '[1-9]\\d{0,2}';

/** Canonical forms, each with its organ and kind. */
const FORMS: ReadonlyArray<{ re: RegExp; organ: Organ; kind?: Kind }> = [
  { re: new RegExp(`^A/HRC/(RES|DEC)/(?:S-)?${SESSION}/${NUMBER}$`), organ: 'HRC' },
  { re: new RegExp(`^A/(RES|DEC)/(?:(?:S|ES)-)?${SESSION}/${NUMBER}$`), organ: 'GA' },
  { re: new RegExp(`^A/(RES)/${NUMBER}\\(${ROMAN_SESSION}\\)$`), organ: 'GA' },
  { re: new RegExp(`^S/(RES)/${NUMBER}\\((?:19[4-9]\\d|2\\d{3})\\)$`), organ: 'SC' },
  { re: new RegExp(`^E/(RES|DEC)/(?:19[7-9]\\d|2\\d{3})/${NUMBER}$`), organ: 'ECOSOC' },
  { re: new RegExp(`^E/(RES)/${NUMBER}\\(${ROMAN_SESSION}\\)$`), organ: 'ECOSOC' },
];

/** Part suffixes: `[A]`, `[A-C]`, ` A`, ` A-B`, ` A–C`, ` A and B`, ` A to D`, ` A B C`. */
const PART_BRACKETS = /\[([A-Z](?:\s*[-–,]\s*[A-Z])*)\]$/;
const PART_WORDS = /\s+([A-Z](?:(?:\s*[-–]\s*|\s+(?:AND|TO)\s+|\s+)[A-Z])*)$/;
/** A part letter before an old-style session: `217 A (III)`, `3419 A-D (XXX)`. */
const PART_BEFORE_SESSION = /^(A\/RES\/\d+)\s*([A-Z](?:\s*[-–]\s*[A-Z]|\s+(?:AND|TO)\s+[A-Z])?)\s*(\([^)]*\))$/;

/**
 * Reads any written form of a resolution or decision symbol — library form `S/RES/1411 (2002)`,
 * `A/RES/37/100[A]`, `A/RES/217(III)[A]`, data_extract `A/RES/75/101 A-B`, lower case, a trailing
 * period, an undocs.org link — and returns the canonical symbol without part, or undefined when it
 * is not a resolution or decision symbol of the GA, SC, HRC or ECOSOC.
 */
export function canonicalResolutionSymbol(raw: unknown): CanonicalSymbol | undefined {
  if (typeof raw !== 'string' || raw.length > 200) return undefined;
  let text = raw
    .replace(/[\u00A0\u2007\u202F\u2009]/g, ' ')
    .trim()
    .replace(/^https?:\/\/(?:www\.)?(?:undocs\.org|docs\.un\.org)\/+(?:(?:en|fr|es|ar|ru|zh)\/+)?/i, '')
    .toUpperCase()
    .replace(/\.$/, '')
    .trim();
  let part: string | undefined;
  const bracket = PART_BRACKETS.exec(text);
  if (bracket) {
    part = bracket[1]!.replace(/\s+/g, '');
    text = text.slice(0, bracket.index).trim();
  }
  const before = PART_BEFORE_SESSION.exec(text);
  if (before) {
    part ??= normalisePart(before[2]!);
    text = `${before[1]}${before[3]}`;
  } else if (!/\)$/.test(text) || /\)\s+[A-Z]/.test(text)) {
    const words = PART_WORDS.exec(text);
    if (words && /[\d)]$/.test(text.slice(0, words.index))) {
      part ??= normalisePart(words[1]!);
      text = text.slice(0, words.index);
    }
  }
  text = text.replace(/\s+/g, '');
  if (text.length > MAX_SYMBOL_LENGTH) return undefined;
  for (const form of FORMS) {
    const match = form.re.exec(text);
    if (match)
      return {
        symbol: text,
        organ: form.organ,
        kind: match[1] === 'DEC' ? 'decision' : 'resolution',
        ...(part ? { part } : {}),
      };
  }
  return undefined;
}

function normalisePart(text: string): string {
  return text
    .replace(/\s+(?:AND|TO)\s+/g, '-')
    .replace(/\s*[-–]\s*/g, '-')
    .replace(/\s+/g, '-');
}

/** True for an ISO date `yyyy-mm-dd` that exists in the calendar, from 1945 to 2199. */
export function isValidIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1945 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * A title as stored: control characters removed, white space (no-break spaces included) collapsed,
 * trimmed, capped at MAX_TITLE_LENGTH characters; undefined when nothing is left.
 */
export function cleanTitle(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  let text = value.slice(0, MAX_TITLE_LENGTH * 4).replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' ');
  text = text.replace(/[\s\u00A0]+/g, ' ').trim();
  if (text.length > MAX_TITLE_LENGTH) text = `${text.slice(0, MAX_TITLE_LENGTH - 1).trimEnd()}…`;
  return text === '' ? undefined : text;
}

/**
 * Years a symbol pins its adoption to, when it names one (SC `(2001)`; ECOSOC `E/RES/2004/…`,
 * whose session has opened in July of the year before since 2014), else undefined.
 */
function yearWindow(symbol: string): { from: string; to: string } | undefined {
  let match = /^S\/RES\/\d+\((\d{4})\)$/.exec(symbol);
  if (match) return { from: `${match[1]}-01-01`, to: `${match[1]}-12-31` };
  match = /^E\/(?:RES|DEC)\/(\d{4})\//.exec(symbol);
  if (match) return { from: `${Number(match[1]) - 1}-07-01`, to: `${match[1]}-12-31` };
  return undefined;
}

export interface EntryResult {
  fact?: CatalogFact;
  problems: string[];
}

/**
 * Validates one entry object (from a catalogue file or a cache) into a fact with `source`. Fields
 * that fail are dropped with a problem; an entry without a valid symbol is dropped whole.
 */
export function validateEntry(raw: unknown, source: string, where = 'entry'): EntryResult {
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { problems: [`${where}: not an object; skipped.`] };
  const entry = raw as Record<string, unknown>;
  const canonical = canonicalResolutionSymbol(entry.symbol);
  if (!canonical) {
    const shown = typeof entry.symbol === 'string' ? `"${entry.symbol.slice(0, 80)}"` : 'missing';
    return {
      problems: [
        `${where}: symbol ${shown} is not a resolution or decision symbol (such as A/RES/55/25 or S/RES/1373(2001)); skipped.`,
      ],
    };
  }
  const symbol = canonical.symbol;
  if (typeof entry.symbol === 'string' && entry.symbol !== symbol) {
    problems.push(`${where}: symbol "${entry.symbol.slice(0, 80)}" read as ${symbol}.`);
  }
  const fact: CatalogFact = { symbol, organ: canonical.organ, kind: canonical.kind, source };
  if (entry.organ !== undefined && entry.organ !== canonical.organ) {
    problems.push(
      `${where} ${symbol}: organ ${JSON.stringify(entry.organ)?.slice(0, 40)} does not match the symbol; ${canonical.organ} used.`,
    );
  }
  if (entry.kind !== undefined && entry.kind !== canonical.kind) {
    problems.push(
      `${where} ${symbol}: kind ${JSON.stringify(entry.kind)?.slice(0, 40)} does not match the symbol; ${canonical.kind} used.`,
    );
  }
  if (entry.date !== undefined) {
    if (!isValidIsoDate(entry.date)) {
      problems.push(
        `${where} ${symbol}: date ${JSON.stringify(entry.date)?.slice(0, 40)} is not a real date in the form yyyy-mm-dd; ignored.`,
      );
    } else {
      const window = yearWindow(symbol);
      if (window && (entry.date < window.from || entry.date > window.to)) {
        problems.push(`${where} ${symbol}: date ${entry.date} is outside the year the symbol names; ignored.`);
      } else fact.date = entry.date;
    }
  }
  if (entry.title !== undefined) {
    const title = cleanTitle(entry.title);
    if (title === undefined) problems.push(`${where} ${symbol}: title is not a non-empty string; ignored.`);
    else {
      if (typeof entry.title === 'string' && entry.title.trim().length > MAX_TITLE_LENGTH) {
        problems.push(`${where} ${symbol}: title longer than ${MAX_TITLE_LENGTH} characters; shortened.`);
      }
      fact.title = title;
    }
  }
  return { fact, problems };
}

export interface ParsedCatalog {
  facts: CatalogFact[];
  problems: string[];
}

/**
 * Reads a catalogue file. `sourceName` becomes every fact's `source` (for people: `catalogue file
 * catalog.json`). A symbol listed twice keeps its first entry.
 */
export function parseCatalogFile(text: string, sourceName: string): ParsedCatalog {
  const problems: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(typeof text === 'string' ? text.replace(/^\uFEFF/, '') : '');
  } catch (error) {
    return { facts: [], problems: [`not valid JSON (${error instanceof Error ? error.message : 'parse error'}).`] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { facts: [], problems: ['not a catalogue: expected an object { "unresCatalog": 1, "entries": [ … ] }.'] };
  }
  const root = data as Record<string, unknown>;
  if (root.unresCatalog !== CATALOG_FORMAT_VERSION) {
    const version = root.unresCatalog === undefined ? 'missing' : JSON.stringify(root.unresCatalog)?.slice(0, 20);
    return {
      facts: [],
      problems: [
        `not a catalogue of a known version: "unresCatalog" is ${version}, expected ${CATALOG_FORMAT_VERSION}.`,
      ],
    };
  }
  if (!Array.isArray(root.entries)) return { facts: [], problems: ['"entries" must be a list.'] };
  const facts: CatalogFact[] = [];
  const seen = new Set<string>();
  let hidden = 0;
  const note = (problem: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
    else hidden++;
  };
  root.entries.forEach((raw, index) => {
    const { fact, problems: entryProblems } = validateEntry(raw, sourceName, `entry ${index + 1}`);
    entryProblems.forEach(note);
    if (!fact) return;
    if (seen.has(fact.symbol)) {
      note(`entry ${index + 1}: ${fact.symbol} is listed twice; the first entry is kept.`);
      return;
    }
    seen.add(fact.symbol);
    facts.push(fact);
  });
  if (hidden > 0) problems.push(`… and ${hidden} more problems.`);
  return { facts, problems };
}

/** Sort key: organ series, then session or year, then number (numerically). */
function sortKey(symbol: string): string {
  return symbol.replace(/\d+/g, (digits) => digits.padStart(6, '0'));
}

/**
 * Writes facts in the catalogue format, one entry per line, sorted by symbol (stable diffs).
 * `source` and `uri` are not stored: a catalogue file is itself the source of its facts.
 */
export function serializeCatalog(facts: Iterable<CatalogFact>): string {
  const bySymbol = new Map<string, CatalogFact>();
  for (const fact of facts) if (!bySymbol.has(fact.symbol)) bySymbol.set(fact.symbol, fact);
  const lines = [...bySymbol.values()]
    .sort((a, b) => (sortKey(a.symbol) < sortKey(b.symbol) ? -1 : sortKey(a.symbol) > sortKey(b.symbol) ? 1 : 0))
    .map((fact) => {
      const entry: Record<string, string> = { symbol: fact.symbol };
      if (fact.organ) entry.organ = fact.organ;
      if (fact.kind) entry.kind = fact.kind;
      if (fact.date) entry.date = fact.date;
      if (fact.title) entry.title = fact.title;
      return `    ${JSON.stringify(entry)}`;
    });
  return `{\n  "unresCatalog": ${CATALOG_FORMAT_VERSION},\n  "entries": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}
