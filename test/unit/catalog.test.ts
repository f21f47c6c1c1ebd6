import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUNDLED_CATALOG, CatalogEntry } from '../../server/src/core/data/catalog';
import { MONTHS } from '../../server/src/core/text/months';
import { firstItems } from '../support/must';

// The corpus lives next to the repository (../shared/corpus); a user's clone has none.
const CORPUS = path.resolve(__dirname, '../../../shared/corpus');
const REFERENCE = path.join(CORPUS, 'reference');

/**
 * Rows of the reference files known to be wrong, each checked to still say exactly this
 * (drop the erratum when the reference is corrected). Nothing else may disagree.
 */
const KNOWN_REFERENCE_ERRORS: Record<string, { file: string; date: string; why: string }> = {
  'S/RES/687(1991)': {
    file: 'meta.csv',
    date: '1990-08-02',
    why: 'date parsed from the OCR header "of 3 Apri] 1991"; the text itself and its dated citations give 3 April 1991',
  },
  'A/RES/50/245': {
    file: 'meta.csv',
    date: '1996-09-03',
    why: 'unvotes roll-call date (documented as imprecise); the treaty resolution is cited as of 10 September 1996',
  },
};

function isoDate(raw: string): string | undefined {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(s);
  if (m && MONTHS.includes(m[2]!)) {
    return `${m[3]}-${String(MONTHS.indexOf(m[2]!) + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  }
  return undefined;
}

function validIso(d: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) return false;
  const t = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return t.getUTCFullYear() === +m[1]! && t.getUTCMonth() === +m[2]! - 1 && t.getUTCDate() === +m[3]!;
}

/** Typographic variants (no-break hyphen and space) are the same title. */
function sameTitle(a: string, b: string): boolean {
  const n = (s: string) =>
    s
      .replace(/\u2011/g, '-')
      .replace(/\u00a0/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  return n(a) === n(b);
}

/** 'S/RES/13 (1946)' -> 'S/RES/13(1946)'; parts stay as a suffix: 'A/RES/75/101 A-B'. */
function normSymbol(s: string): string {
  return s.trim().replace(/ \(/, '(');
}

/** Reference rows that describe the entry: the symbol itself, or one of its parts. */
function matches(entry: CatalogEntry, refSymbol: string): boolean {
  const r = normSymbol(refSymbol);
  if (r === entry.symbol) return true;
  if (entry.parts) return r === `${entry.symbol} ${entry.parts}`;
  return r.startsWith(`${entry.symbol} `); // a part of a whole-symbol entry must agree too
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
function roman(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!]!;
    total += i + 1 < s.length && ROMAN[s[i + 1]!]! > v ? -v : v;
  }
  return total;
}

function organOf(symbol: string): CatalogEntry['organ'] | undefined {
  if (symbol.startsWith('A/HRC/')) return 'HRC';
  if (symbol.startsWith('A/')) return 'GA';
  if (symbol.startsWith('S/')) return 'SC';
  if (symbol.startsWith('E/')) return 'ECOSOC';
  return undefined;
}

/** The regular GA session of a symbol, or undefined (special and emergency sessions, other organs). */
function gaRegularSession(symbol: string): number | undefined {
  let m = /^A\/(?:RES|DEC)\/(\d+)\/\d+$/.exec(symbol);
  if (m) return +m[1]!;
  m = /^A\/RES\/\d+\(([IVXLC]+)\)$/.exec(symbol);
  if (m) return roman(m[1]!);
  return undefined;
}

const SYMBOL_FORMS = [
  /^A\/RES\/\d{2}\/\d{1,3}$/, // GA from session 31
  /^A\/DEC\/\d{2}\/\d{3}$/, // GA decision
  /^A\/RES\/\d{1,4}\((?:[IVXL]+|S-[IVX]+|ES-[IVX]+)\)$/, // GA sessions 1-30, old special sessions
  /^A\/RES\/(?:S|ES)-\d{1,2}\/\d{1,3}$/, // GA special and emergency special sessions
  /^S\/RES\/\d{1,4}\(\d{4}\)$/, // Security Council
  /^A\/HRC\/RES\/(?:S-)?\d{1,2}\/\d{1,3}$/, // Human Rights Council
  /^A\/HRC\/DEC\/(?:S-)?\d{1,2}\/\d{1,3}$/,
  /^E\/(?:RES|DEC)\/\d{4}\/\d{1,3}$/, // ECOSOC from 1978
  /^E\/RES\/\d{1,4}\([IVXL]+\)$/, // ECOSOC before 1978
];

describe('bundled catalogue', () => {
  it('has at least 150 entries with unique canonical symbols', () => {
    assert.ok(BUNDLED_CATALOG.length >= 150, `only ${BUNDLED_CATALOG.length} entries`);
    const seen = new Set<string>();
    for (const e of BUNDLED_CATALOG) {
      assert.ok(!seen.has(e.symbol), `duplicate ${e.symbol}`);
      seen.add(e.symbol);
      assert.ok(
        SYMBOL_FORMS.some((re) => re.test(e.symbol)),
        `non-canonical symbol ${e.symbol}`,
      );
      if (e.parts !== undefined) assert.match(e.parts, /^[A-Z]$/, `${e.symbol}: parts`);
      if (e.title !== undefined) assert.ok(e.title.trim() !== '' && e.title === e.title.trim(), `${e.symbol}: title`);
    }
  });

  it('has valid ISO dates, organs and kinds consistent with the symbol', () => {
    for (const e of BUNDLED_CATALOG) {
      assert.ok(validIso(e.date), `${e.symbol}: invalid date ${e.date}`);
      assert.ok(
        e.date >= '1946-01-01' && e.date <= new Date().toISOString().slice(0, 10),
        `${e.symbol}: date ${e.date}`,
      );
      assert.equal(e.organ, organOf(e.symbol), `${e.symbol}: organ`);
      assert.equal(e.kind, /\/DEC\//.test(e.symbol) ? 'decision' : 'resolution', `${e.symbol}: kind`);
      if (e.organ === 'SC') assert.equal(e.title, undefined, `${e.symbol}: SC resolutions have no title`);
    }
  });

  it('dates fall within the session or year the symbol names', () => {
    for (const e of BUNDLED_CATALOG) {
      const n = gaRegularSession(e.symbol);
      if (n !== undefined) {
        // Session N opens in September 1945+N and runs to September 1946+N; session 1 met in 1946.
        const from = n === 1 ? '1946-01-01' : `${1945 + n}-09-01`;
        const to = `${1946 + n}-09-30`;
        assert.ok(e.date >= from && e.date <= to, `${e.symbol}: ${e.date} outside session ${n} (${from}..${to})`);
      }
      const sc = /^S\/RES\/\d+\((\d{4})\)$/.exec(e.symbol);
      if (sc) assert.equal(e.date.slice(0, 4), sc[1], `${e.symbol}: year`);
      const ecosoc = /^E\/(?:RES|DEC)\/(\d{4})\//.exec(e.symbol);
      if (ecosoc) assert.equal(e.date.slice(0, 4), ecosoc[1], `${e.symbol}: year`);
    }
  });

  describe('agrees with the reference files in ../shared/corpus', function () {
    const present = fs.existsSync(path.join(CORPUS, 'meta.csv')) && fs.existsSync(REFERENCE);
    before(function () {
      if (!present) {
        console.log(`    (skipped: no reference corpus at ${CORPUS})`);
        this.skip();
      }
    });

    it('matches ga-data-extract-*.jsonl (date and official title)', () => {
      const files = fs
        .readdirSync(REFERENCE)
        .filter((f) => /^ga-data-extract-.*\.jsonl$/.test(f))
        .sort();
      assert.ok(files.length > 0, 'no ga-data-extract files');
      const problems: string[] = [];
      const covered = new Set<string>();
      const perFile: string[] = [];
      for (const f of files) {
        let n = 0;
        for (const line of fs.readFileSync(path.join(REFERENCE, f), 'utf8').split('\n')) {
          if (!line.trim()) continue;
          const row = JSON.parse(line) as { symbol: string; title?: string; adoption_date?: string };
          for (const e of BUNDLED_CATALOG) {
            if (!matches(e, row.symbol)) continue;
            n++;
            covered.add(e.symbol);
            const date = isoDate(row.adoption_date ?? '');
            if (date !== e.date) problems.push(`${e.symbol}: date ${e.date}, ${f} says ${row.adoption_date}`);
            if (e.title !== undefined && row.title && !sameTitle(e.title, row.title)) {
              problems.push(`${e.symbol}: title "${e.title}", ${f} says "${row.title}"`);
            }
          }
        }
        if (n) perFile.push(`${f}: ${n}`);
      }
      console.log(`    ga-data-extract covers ${covered.size} entries (${perFile.join(', ')})`);
      assert.deepEqual(problems, []);
    });

    it('matches meta.csv (date; title where title_kind is an official title)', () => {
      const [header, ...rows] = parseCsv(fs.readFileSync(path.join(CORPUS, 'meta.csv'), 'utf8'));
      assert.ok(header, 'meta.csv has a header');
      const col = (name: string) => {
        const i = header.indexOf(name);
        assert.ok(i >= 0, `meta.csv has no ${name} column`);
        return i;
      };
      const [iSym, iDate, iTitle, iKind, iSource] = firstItems(
        ['symbol', 'date', 'title', 'title_kind', 'source'].map(col),
        5,
      );
      const problems: string[] = [];
      const covered = new Set<string>();
      const errataSeen = new Set<string>();
      const byKind = new Map<string, number>();
      for (const row of rows) {
        for (const e of BUNDLED_CATALOG) {
          if (!matches(e, row[iSym]!)) continue;
          covered.add(e.symbol);
          const kind = row[iKind] || '(no title)';
          byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
          const erratum = KNOWN_REFERENCE_ERRORS[e.symbol];
          if (row[iDate] === '') {
            // three SC rows have no date (OCR-garbled header): nothing to compare
          } else if (erratum && erratum.file === 'meta.csv') {
            assert.equal(
              row[iDate],
              erratum.date,
              `${e.symbol}: meta.csv no longer says ${erratum.date}; drop the erratum`,
            );
            errataSeen.add(e.symbol);
          } else if (row[iDate] !== e.date) {
            problems.push(`${e.symbol}: date ${e.date}, meta.csv says ${row[iDate]} (${row[iSource]})`);
          }
          // Only official titles count: GA 1976–2018 rows carry roll-call descriptions and
          // SC rows catalogue titles, neither of which is a resolution's title.
          if (
            row[iKind] === 'official title' &&
            e.title !== undefined &&
            row[iTitle] &&
            !sameTitle(e.title, row[iTitle])
          ) {
            problems.push(`${e.symbol}: title "${e.title}", meta.csv says "${row[iTitle]}"`);
          }
        }
      }
      const kinds = Array.from(byKind.entries())
        .map(([k, n]) => `${k}: ${n}`)
        .join('; ');
      console.log(`    meta.csv covers ${covered.size} entries (${kinds})`);
      for (const [symbol, erratum] of Object.entries(KNOWN_REFERENCE_ERRORS)) {
        if (erratum.file !== 'meta.csv') continue;
        assert.ok(errataSeen.has(symbol), `erratum ${symbol} not found in meta.csv`);
        console.log(`    known meta.csv error, ${symbol}: ${erratum.date} (${erratum.why})`);
      }
      assert.deepEqual(problems, []);
    });
  });
});
