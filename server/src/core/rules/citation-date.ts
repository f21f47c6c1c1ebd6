// citation-date: the date written after a cited resolution must be possible for it — inside the
// cited regular General Assembly session's years, in the Security Council resolution's year, in the
// ECOSOC resolution's year, the adoption date the UN's records (or the curated catalogue) give,
// never later than the citing text's own date — and one resolution is cited with one date
// throughout a document. A date other adopted texts cite is no record: a citation that differs from
// it is told so as information, never as an error.
import { rawCitations, type Citation } from '../citations/extract';
import { gaSessionYears } from '../citations/symbols';
import { BUNDLED_CATALOG } from '../data/catalog';
import { citedProvider, recordsProvider, type RecordFact } from '../catalog/records';
import type { Resolution } from '../model';
import type { Finding, Rule } from './types';
import { MONTHS } from '../text/months';

const CATALOG_DATES: ReadonlyMap<string, string> = new Map(BUNDLED_CATALOG.map((entry) => [entry.symbol, entry.date]));

function spoken(iso: string): string {
  // A month missing from the date reads as NaN, as undefined did: no month name, `?`.
  const [year, month = NaN, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[month - 1] ?? '?'} ${year}`;
}

/** How the citation is written, for messages: `resolution 55/25`, `resolution 1373 (2001)`. */
function label(citation: Citation): string {
  const kind = citation.kind === 'decision' ? 'decision' : 'resolution';
  const symbol = citation.symbol ?? '';
  const running = symbol.replace(/^(?:A\/HRC|A|S|E)\/(?:RES|DEC)\//, '').replace(/\(/, ' (');
  // Another body's resolution has no symbol: its number as written (`27/3` of `resolutions 27/3`).
  const written = citation.text
    .replace(/^[\s\S]*\b(?:resolutions?|decisions?)[\s\u00A0]+/i, '')
    .replace(/[\s\u00A0]+/g, ' ');
  return `${kind} ${running || written}`.trim();
}

/** Why a cited date cannot be right; the message is written only for the citations that get one. */
type Misfit =
  | { organ: 'GA'; session: number; from: number; to: number }
  | { organ: 'HRC'; session: number; held: number }
  | { organ: 'SC'; year: number }
  | { organ: 'ECOSOC'; year: number }
  | { organ: 'catalogue'; recorded: string }
  | { organ: 'record'; recorded: string; speaker: string };

/** What the UN's records hold for the cited resolution (a single cited part first). */
function recordOf(
  citation: Citation,
  provider: { lookup(symbol: string): RecordFact | undefined },
): RecordFact | undefined {
  // A cited part has its own date (`74/254 B of 6 August 2020`): only a record of that part holds it.
  if (citation.parts)
    return /^[A-Z]$/.test(citation.parts) ? provider.lookup(`${citation.symbol} ${citation.parts}`) : undefined;
  return provider.lookup(citation.symbol!);
}

function misfitOf(citation: Citation): Misfit | undefined {
  const date = citation.date;
  if (!date || date.inherited || !citation.symbol) return undefined;
  const year = Number(date.iso.slice(0, 4));
  if (
    citation.organ === 'GA' &&
    citation.session !== undefined &&
    citation.specialSession === undefined &&
    citation.kind !== 'self'
  ) {
    // Session N runs from September 1945+N to September 1946+N; the first session met in 1946 and 1947 opened the second.
    const [from, to] = gaSessionYears(citation.session);
    const opens = citation.session === 1 ? '1946-01-01' : `${from}-09-01`;
    const closes = citation.session === 1 ? '1947-08-31' : `${to}-09-30`;
    if (date.iso < opens || date.iso > closes) return { organ: 'GA', session: citation.session, from, to };
  }
  // The Human Rights Council has held three regular sessions a year since June 2006 (sessions 1–3
  // in 2006, 4–6 in 2007 …): session N meets in 2006 + ⌊(N − 1) / 3⌋; a resumed session may close
  // early the next year.
  if (
    citation.organ === 'HRC' &&
    citation.session !== undefined &&
    citation.specialSession === undefined &&
    citation.kind !== 'self'
  ) {
    const held = 2006 + Math.floor((citation.session - 1) / 3);
    // A number the Council had not reached by then, whose date fits the General Assembly's session
    // of that number, is a GA resolution cited without its organ (`and resolution 77/27 of
    // 1 December 2022` in a Council text): not a misdated one.
    const [gaFrom, gaTo] = gaSessionYears(citation.session);
    const isGa = held > year + 1 && date.iso >= `${gaFrom}-09-01` && date.iso <= `${gaTo}-09-30`;
    if (!isGa && (year < held || year > held + 1)) return { organ: 'HRC', session: citation.session, held };
  }
  if (citation.organ === 'SC' && citation.year !== undefined && year !== citation.year)
    return { organ: 'SC', year: citation.year };
  // ECOSOC's session named by a year has run from July of the year before since 2014.
  if (
    citation.organ === 'ECOSOC' &&
    citation.year !== undefined &&
    year !== citation.year &&
    !(year === citation.year - 1 && date.iso.slice(5) >= '07-01')
  ) {
    return { organ: 'ECOSOC', year: citation.year };
  }
  // The records first; a record adopted texts dispute is held against no text (see hover).
  const record = recordOf(citation, recordsProvider());
  if (record?.date) {
    if (record.date !== date.iso && !record.disputed)
      return { organ: 'record', recorded: record.date, speaker: record.recordSpeaker ?? 'the UN records' };
    return undefined;
  }
  const recorded = citation.parts ? undefined : CATALOG_DATES.get(citation.symbol);
  if (recorded && recorded !== date.iso) return { organ: 'catalogue', recorded };
  return undefined;
}

function misfitMessage(citation: Citation, iso: string, misfit: Misfit): string {
  switch (misfit.organ) {
    case 'GA': {
      const period = misfit.session === 1 ? '1946–1947' : `September ${misfit.from} – September ${misfit.to}`;
      return `The date ${spoken(iso)} is outside the ${ordinal(misfit.session)} session of the General Assembly (${period}), to which ${label(citation)} belongs.`;
    }
    case 'HRC':
      return `The date ${spoken(iso)} does not fit the ${ordinal(misfit.session)} session of the Human Rights Council (${misfit.held}), to which ${label(citation)} belongs.`;
    case 'SC':
      return `The date ${spoken(iso)} is not in ${misfit.year}, the year ${label(citation)} carries.`;
    case 'ECOSOC':
      return `The date ${spoken(iso)} is outside the ${misfit.year} session of the Economic and Social Council, to which ${label(citation)} belongs.`;
    case 'catalogue':
      return `The bundled catalogue records ${citation.symbol} as adopted on ${spoken(misfit.recorded)}, not ${spoken(iso)}.`;
    case 'record':
      return `${capitalise(misfit.speaker)} records ${citation.symbol} as adopted on ${spoken(misfit.recorded)}, not ${spoken(iso)}.`;
  }
}

/** yyyy-mm-dd of a written date (`7 June 2021`, `28 September 2001`), or undefined. */
function isoOf(written: string | undefined): string | undefined {
  const match = written ? /(\d{1,2})[\s\u00A0]+([A-Z][a-z]+)[\s\u00A0]*,?[\s\u00A0]*(\d{4})/.exec(written) : null;
  // The pattern captures the day, the month and the year, always.
  const month = match ? MONTHS.indexOf(match[2]!) + 1 : 0;
  if (!match || month === 0) return undefined;
  return `${match[3]}-${String(month).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
}

/**
 * The latest date the text itself carries — the adoption line, the closing dates of its parts, the
 * masthead's — after which nothing it cites can have been adopted; undefined for a draft without one.
 */
function ownDate(model: Resolution): string | undefined {
  const written = [
    model.adoption?.date?.text,
    model.masthead?.date?.text,
    ...model.closings.map((closing) => closing.date?.text),
  ];
  let latest: string | undefined;
  for (const iso of written.map(isoOf)) if (iso && (!latest || iso > latest)) latest = iso;
  return latest;
}

/** The citations with a date of their own, of a resolution or decision with a known symbol (as read: short forms need no copy of an earlier date here). */
function datedCitations(model: Resolution): Citation[] {
  return rawCitations(model).filter(
    (citation) =>
      (citation.kind === 'resolution' || citation.kind === 'decision') &&
      citation.symbol !== undefined &&
      citation.date !== undefined &&
      !citation.date.inherited,
  );
}

/**
 * A date that differs from the one other adopted texts cite (and no record gives): information
 * only, since the texts are not a record; a date outside the cited session is already an error.
 */
function citedNote(citation: Citation): Finding | undefined {
  const date = citation.date!;
  if (recordOf(citation, recordsProvider())?.date || CATALOG_DATES.has(citation.symbol!)) return undefined;
  const cited = recordOf(citation, citedProvider());
  if (!cited?.date || cited.date === date.iso) return undefined;
  return {
    start: date.start,
    end: date.end,
    severity: 'information',
    message: `Other adopted texts cite ${label(citation)} as of ${spoken(cited.date)} (${cited.citedBy} of them), not ${spoken(date.iso)}; no UN record is bundled for it.`,
    fix: {
      title: `Write "${spoken(cited.date)}"`,
      edits: [{ start: date.start, end: date.end, newText: spoken(cited.date) }],
    },
  };
}

function ordinal(value: number): string {
  const suffix = value % 100 >= 11 && value % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th');
  return `${value}${suffix}`;
}

export const citationDate: Rule = {
  meta: {
    id: 'citation-date',
    description:
      "The date of a cited resolution must fit its session or year, agree with the UN's records and be the same each time it is cited.",
    defaultSeverity: 'error',
    fixable: true,
  },
  scope: 'paragraph',
  // Each date against its citation's session or year: the citation alone decides.
  check(model: Resolution): Finding[] {
    const findings: Finding[] = [];
    for (const citation of datedCitations(model)) {
      const misfit = misfitOf(citation);
      const date = citation.date!;
      if (misfit) {
        const finding: Finding = {
          start: date.start,
          end: date.end,
          severity: 'error',
          message: misfitMessage(citation, date.iso, misfit),
        };
        // Where a record or the catalogue gives the date, the fix writes it.
        if (misfit.organ === 'record' || misfit.organ === 'catalogue')
          finding.fix = {
            title: `Write "${spoken(misfit.recorded)}"`,
            edits: [{ start: date.start, end: date.end, newText: spoken(misfit.recorded) }],
          };
        findings.push(finding);
        continue;
      }
      const note = citedNote(citation);
      if (note) findings.push(note);
    }
    return findings;
  },
  // One resolution, one date: each date against the first of the same resolution. And no date after
  // the text's own (read from its end, so compared here): `72/256 of 24 December 2107` in a text of
  // 2019 is wrong whichever body adopted it, so every dated citation is held to it, other bodies' too.
  across(model: Resolution): Finding[] {
    const findings: Finding[] = [];
    const own = ownDate(model);
    if (own) {
      for (const citation of rawCitations(model)) {
        if (
          (citation.kind !== 'resolution' && citation.kind !== 'decision') ||
          !citation.date ||
          citation.date.inherited ||
          citation.date.iso <= own
        )
          continue;
        if (citation.symbol && misfitOf(citation)) continue;
        findings.push({
          start: citation.date.start,
          end: citation.date.end,
          severity: 'error',
          message: `The date ${spoken(citation.date.iso)} of ${label(citation)} is later than the present text (${spoken(own)}): nothing it cites can have been adopted after it.`,
        });
      }
    }
    const seen = new Map<string, Citation>();
    for (const citation of datedCitations(model)) {
      if (misfitOf(citation) || (own && citation.date!.iso > own)) continue;
      const key = `${citation.symbol}|${citation.parts ?? ''}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, citation);
        continue;
      }
      if (first.date && first.date.iso !== citation.date!.iso) {
        findings.push({
          start: citation.date!.start,
          end: citation.date!.end,
          severity: 'warning',
          message: `${capitalise(label(citation))} is cited here as of ${spoken(citation.date!.iso)} but earlier as of ${spoken(first.date.iso)}; one resolution has one adoption date.`,
        });
      }
    }
    return findings;
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
