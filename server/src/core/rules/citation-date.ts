// citation-date: the date written after a cited resolution must be possible for it — inside the
// cited regular General Assembly session's years, in the Security Council resolution's year, in the
// ECOSOC resolution's year, the adoption date the bundled catalogue records — and one resolution is
// cited with one date throughout a document.
import { extractCitations, type Citation } from '../citations/extract';
import { gaSessionYears } from '../citations/symbols';
import { BUNDLED_CATALOG } from '../data/catalog';
import type { Resolution } from '../model';
import type { Finding, Rule } from './types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const CATALOG_DATES: ReadonlyMap<string, string> = new Map(BUNDLED_CATALOG.map((entry) => [entry.symbol, entry.date]));

function spoken(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[month - 1] ?? '?'} ${year}`;
}

/** How the citation is written, for messages: `resolution 55/25`, `resolution 1373 (2001)`. */
function label(citation: Citation): string {
  const kind = citation.kind === 'decision' ? 'decision' : 'resolution';
  const symbol = citation.symbol ?? '';
  const running = symbol
    .replace(/^(?:A\/HRC|A|S|E)\/(?:RES|DEC)\//, '')
    .replace(/\(/, ' (');
  return `${kind} ${running || citation.number || ''}`.trim();
}

function checkOne(citation: Citation): Finding | undefined {
  const date = citation.date;
  if (!date || date.inherited || !citation.symbol) return undefined;
  const year = Number(date.iso.slice(0, 4));
  const span = { start: date.start, end: date.end };
  if (citation.organ === 'GA' && citation.session !== undefined && citation.specialSession === undefined && citation.kind !== 'self') {
    // Session N runs from September 1945+N to September 1946+N; the first session met in 1946 and 1947 opened the second.
    const [from, to] = gaSessionYears(citation.session);
    const opens = citation.session === 1 ? '1946-01-01' : `${from}-09-01`;
    const closes = citation.session === 1 ? '1947-08-31' : `${to}-09-30`;
    if (date.iso < opens || date.iso > closes) {
      const period = citation.session === 1 ? '1946–1947' : `September ${from} – September ${to}`;
      return {
        ...span,
        severity: 'error',
        message: `The date ${spoken(date.iso)} is outside the ${ordinal(citation.session)} session of the General Assembly (${period}), to which ${label(citation)} belongs.`,
      };
    }
  }
  // The Human Rights Council has held three regular sessions a year since June 2006 (sessions 1–3
  // in 2006, 4–6 in 2007 …): session N meets in 2006 + ⌊(N − 1) / 3⌋; a resumed session may close
  // early the next year.
  if (citation.organ === 'HRC' && citation.session !== undefined && citation.specialSession === undefined && citation.kind !== 'self') {
    const held = 2006 + Math.floor((citation.session - 1) / 3);
    // A number the Council had not reached by then, whose date fits the General Assembly's session
    // of that number, is a GA resolution cited without its organ (`and resolution 77/27 of
    // 1 December 2022` in a Council text): not a misdated one.
    const [gaFrom, gaTo] = gaSessionYears(citation.session);
    const isGa = held > year + 1 && date.iso >= `${gaFrom}-09-01` && date.iso <= `${gaTo}-09-30`;
    if (!isGa && (year < held || year > held + 1)) {
      return { ...span, severity: 'error', message: `The date ${spoken(date.iso)} does not fit the ${ordinal(citation.session)} session of the Human Rights Council (${held}), to which ${label(citation)} belongs.` };
    }
  }
  if (citation.organ === 'SC' && citation.year !== undefined && year !== citation.year) {
    return { ...span, severity: 'error', message: `The date ${spoken(date.iso)} is not in ${citation.year}, the year ${label(citation)} carries.` };
  }
  // ECOSOC's session named by a year has run from July of the year before since 2014.
  if (citation.organ === 'ECOSOC' && citation.year !== undefined && year !== citation.year && !(year === citation.year - 1 && date.iso.slice(5) >= '07-01')) {
    return { ...span, severity: 'error', message: `The date ${spoken(date.iso)} is outside the ${citation.year} session of the Economic and Social Council, to which ${label(citation)} belongs.` };
  }
  const recorded = CATALOG_DATES.get(citation.symbol);
  if (recorded && recorded !== date.iso) {
    return { ...span, severity: 'error', message: `The bundled catalogue records ${citation.symbol} as adopted on ${spoken(recorded)}, not ${spoken(date.iso)}.` };
  }
  return undefined;
}

function ordinal(value: number): string {
  const suffix = value % 100 >= 11 && value % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th');
  return `${value}${suffix}`;
}

export const citationDate: Rule = {
  meta: {
    id: 'citation-date',
    description: 'The date of a cited resolution must fit its session or year, agree with the bundled catalogue and be the same each time it is cited.',
    defaultSeverity: 'error',
    fixable: false,
  },
  check(model: Resolution): Finding[] {
    const findings: Finding[] = [];
    const seen = new Map<string, Citation>();
    for (const citation of extractCitations(model)) {
      if ((citation.kind !== 'resolution' && citation.kind !== 'decision') || !citation.symbol || !citation.date || citation.date.inherited) continue;
      const finding = checkOne(citation);
      if (finding) {
        findings.push(finding);
        continue;
      }
      const key = `${citation.symbol}|${citation.parts ?? ''}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, citation);
        continue;
      }
      if (first.date && first.date.iso !== citation.date.iso) {
        findings.push({
          start: citation.date.start,
          end: citation.date.end,
          severity: 'warning',
          message: `${capitalise(label(citation))} is cited here as of ${spoken(citation.date.iso)} but earlier as of ${spoken(first.date.iso)}; one resolution has one adoption date.`,
        });
      }
    }
    return findings;
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
