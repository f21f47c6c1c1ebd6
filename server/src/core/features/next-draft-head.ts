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

/** Masthead lines kept from the adopted text: the agenda item's title (its number changes every session). */
function agendaTitleLines(model: Resolution): string[] {
  return (model.masthead?.other ?? [])
    .map((token) => token.text.trim())
    .filter((line) => line !== '' && !/^(?:United Nations|Original:|Distr\.)/.test(line) && !/^\d/.test(line));
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
  if (model.organ !== 'SC') lines.push(agendaItemLine(model), ...agendaTitleLines(model));
  lines.push(`${PLACEHOLDER.sponsors}: draft resolution`);
  const title = model.title?.title?.text.trim();
  return title ? [...lines, '', title] : lines;
}
