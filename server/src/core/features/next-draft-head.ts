// The head of the next draft: the adopted text's masthead, adoption line and numbered title give way
// to a draft's (`A/C.3/81/L.__`, `Distr.: Limited`, `[Sponsors]: draft resolution`, the bare title).
// What the drafter alone can know — the L number, the issue date, the agenda item's number, the
// sponsors — is left as a placeholder to fill in, never guessed.
import { capitalize, ordinalWords } from '../data/ordinals';
import type { Resolution } from '../model';

/** The placeholders a drafter fills in; named once so tests and the README say the same. */
export const PLACEHOLDER = {
  number: '__',
  date: '[date]',
  sponsors: '[Sponsors]',
} as const;

/** GA Main Committees by the ordinal in their names: `Third Committee` → `C.3`. */
const MAIN_COMMITTEES: Record<string, number> = { First: 1, Second: 2, Third: 3, Fourth: 4, Fifth: 5, Sixth: 6 };

/** `[on the report of the Third Committee (A/79/457)]` → `Third Committee` and 3. */
export function mainCommittee(reportLine: string | undefined): { name: string; number: number } | undefined {
  const match = /^\[on the reports? of the (.*?(First|Second|Third|Fourth|Fifth|Sixth) Committee\)?)[ \u00A0]*\(/.exec(
    reportLine ?? '',
  );
  if (!match?.[1] || !match[2]) return undefined;
  return { name: match[1], number: MAIN_COMMITTEES[match[2]]! };
}

/** The session line of a masthead: `Eighty-first session`, `2026 session`. */
function sessionLine(model: Resolution, session: number): string {
  if (model.organ === 'ECOSOC') return `${session} session`;
  return `${capitalize(ordinalWords(session) ?? `${session}th`)} session`;
}

/** The draft's symbol: `A/81/L.__`, `A/C.3/81/L.__`, `A/HRC/60/L.__`, `E/2026/L.__`, `S/[year]/__`. */
export function draftSymbol(model: Resolution, session: number | undefined): string {
  const n = PLACEHOLDER.number;
  const at = session === undefined ? n : String(session);
  switch (model.organ) {
    case 'GA': {
      const committee = mainCommittee(model.reportLine?.text);
      return committee ? `A/C.${committee.number}/${at}/L.${n}` : `A/${at}/L.${n}`;
    }
    case 'HRC':
      return `A/HRC/${at}/L.${n}`;
    case 'ECOSOC':
      return `E/${at}/L.${n}`;
    case 'SC':
      // A Council draft's year is the year it is issued, which may not be the base's next.
      return `S/[year]/${n}`;
    default:
      return `L.${n}`;
  }
}

/** A draft's sponsors line: `[Sponsors]: draft resolution`, `Albania, Andorra …: revised draft resolution`. */
const SPONSORS_LINE = /:[ \u00A0]*(?:revised[ \u00A0]+)?draft[ \u00A0]+resolution$/i;
/** A document symbol on a line of its own (`A/C.3/80/L.__`, `L.__`): a draft's, which the masthead does not read as the symbol. */
const SYMBOL_LINE = /^(?:[A-Z]{1,6}(?:\.\d+)?\/\S+|L\.\S+)$/;

/**
 * The masthead's other lines, up to a sponsors line, and the lines after it: what a draft given as the
 * base has there (its title, which has no number to be read as one). An adopted text has no sponsors line.
 */
function otherLines(model: Resolution): { beforeSponsors: string[]; afterSponsors: string[] } {
  const lines = (model.masthead?.other ?? []).map((token) => token.text.trim()).filter((line) => line !== '');
  const sponsors = lines.findIndex((line) => SPONSORS_LINE.test(line));
  return sponsors < 0
    ? { beforeSponsors: lines, afterSponsors: [] }
    : { beforeSponsors: lines.slice(0, sponsors), afterSponsors: lines.slice(sponsors + 1) };
}

/**
 * Masthead lines kept from the base: the agenda item's title (its number changes every session) — not
 * the lines a draft's head has (its symbol, date placeholder, sponsors), which the new head writes anew.
 */
function agendaTitleLines(model: Resolution): string[] {
  return otherLines(model).beforeSponsors.filter(
    (line) =>
      !/^(?:United Nations|Original:|Distr\.)/.test(line) &&
      !/^\d/.test(line) &&
      line !== PLACEHOLDER.date &&
      !SYMBOL_LINE.test(line),
  );
}

/**
 * The agenda item: the Human Rights Council's items are the same at every session (its agenda of
 * resolution 5/1: item 2, item 4 …), so the base's line stands; a General Assembly or ECOSOC item
 * is numbered anew each session, which only the new agenda tells.
 */
function agendaItemLine(model: Resolution): string {
  const written = model.masthead?.agendaItem?.text.trim();
  if (model.organ === 'HRC' && written && /^Agenda items? \d/.test(written)) return written;
  return `Agenda item ${PLACEHOLDER.number}`;
}

/**
 * The lines of the draft's head, down to its title: the masthead of a limited-distribution draft,
 * the sponsors' line, and the title without the adopted number.
 */
export function draftHead(model: Resolution, session: number | undefined): string[] {
  // A Human Rights Council document is issued under the General Assembly's name, the Council's
  // own above its session: `General Assembly` … `Human Rights Council` / `Fifty-seventh session`.
  const council = model.organ === 'HRC';
  const organName = council
    ? 'General Assembly'
    : (model.masthead?.organName?.text.trim() ?? model.organLines[0]?.name.text ?? 'General Assembly');
  // A Council draft is issued for general distribution; the other organs' drafts are limited (`L.`) documents.
  const distribution = model.organ === 'SC' ? 'Distr.: General' : 'Distr.: Limited';
  const lines = ['United Nations', draftSymbol(model, session), organName, distribution, PLACEHOLDER.date];
  lines.push('Original: English');
  if (council) lines.push('Human Rights Council');
  if (session !== undefined && model.organ !== 'SC') lines.push(sessionLine(model, session));
  const committee = model.organ === 'GA' ? mainCommittee(model.reportLine?.text) : undefined;
  if (committee) lines.push(committee.name);
  if (model.organ !== 'SC')
    lines.push(agendaItemLine(model), ...agendaTitleLines(model).filter((line) => !lines.includes(line)));
  lines.push(`${PLACEHOLDER.sponsors}: draft resolution`);
  // A draft given as the base has its title, unnumbered, after its sponsors line, in the masthead's span.
  const title = model.title?.title?.text.trim() ?? (otherLines(model).afterSponsors.join(' ') || undefined);
  return title ? [...lines, '', title] : lines;
}
