// session-reference: sessions are written in words (`at its sixtieth session`, `Fifty-ninth session`);
// an operative `Decides to include in the provisional agenda of its … session` names a later session
// than the resolution's own; the masthead session line matches the document symbol.
import { capitalize, ordinalWords, parseOrdinalWords } from '../data/ordinals';
import type { Resolution, Span } from '../model';
import type { Finding, Rule } from './types';

type SessionKind = 'regular' | 'special' | 'emergency special' | 'year';

/** The session a resolution was adopted at, read from its symbol or its title number. */
export interface OwnSession {
  kind: SessionKind;
  /** The session number (regular, special, emergency special) or the year (ECOSOC). */
  value: number;
  /** What it was read from (`A/RES/59/157`, `59/157`). */
  source: string;
}

/** `A/RES/59/157`, `A/HRC/RES/57/12`, `A/RES/ES-10/24`, `A/RES/S-32/1`, `E/RES/2023/5`. */
const SYMBOL = /^(A\/(?:HRC\/)?RES|E\/RES)\/(?:(ES|S)-)?(\d{1,4})\//;
/** `59/157`, `ES-10/24`, `2023/5` at the start of the title line. */
const TITLE_NUMBER = /^(?:(ES|S)-)?(\d{1,4})\/\d/;

export function ownSession(model: Resolution): OwnSession | undefined {
  const kindOf = (prefix: string | undefined, value: number, ecosoc: boolean): SessionKind =>
    prefix === 'ES' ? 'emergency special' : prefix === 'S' ? 'special' : ecosoc || value >= 1946 ? 'year' : 'regular';
  const symbol = model.masthead?.symbol?.text.trim();
  if (symbol) {
    const match = SYMBOL.exec(symbol);
    if (match)
      return {
        kind: kindOf(match[2], Number(match[3]), match[1] === 'E/RES'),
        value: Number(match[3]),
        source: symbol,
      };
    return undefined;
  }
  const number = model.title?.number?.text.trim();
  if (number && (model.organ === 'GA' || model.organ === 'HRC' || model.organ === 'ECOSOC')) {
    const match = TITLE_NUMBER.exec(number);
    if (match)
      return {
        kind: kindOf(match[1], Number(match[2]), model.organ === 'ECOSOC'),
        value: Number(match[2]),
        source: number,
      };
  }
  return undefined;
}

function sessionName(kind: SessionKind, value: number): string {
  if (kind === 'year') return `${value} session`;
  const words = ordinalWords(value) ?? `${value}th`;
  return kind === 'regular' ? `${words} session` : `${words} ${kind} session`;
}

/** An ordinal written as a figure (`60th`) or in words (`sixtieth`, `fifty‑ninth`), or a year. */
function readOrdinal(text: string): { value: number; figures: boolean } | undefined {
  const figures = /^(\d{1,4})(st|nd|rd|th)?$/.exec(text);
  if (figures) return { value: Number(figures[1]), figures: true };
  const value = parseOrdinalWords(text);
  return value === undefined ? undefined : { value, figures: false };
}

/** The masthead line `Fifty-ninth session`, `Tenth emergency special session`, `2023 session`. */
const MASTHEAD_SESSION =
  /^([A-Za-z]+(?:[-\u2010\u2011][A-Za-z]+)?|\d{1,4}(?:st|nd|rd|th)?)[ \u00A0]+((?:emergency[ \u00A0]+)?special[ \u00A0]+)?session\b/i;

function checkMasthead(model: Resolution, own: OwnSession | undefined): Finding[] {
  // A session line in figures (`59th session`) is not taken as the session by the parser: it is among the other lines.
  const line =
    model.masthead?.session ??
    model.masthead?.other.find((token) =>
      /^\d{1,3}(?:st|nd|rd|th)[ \u00A0]+(?:(?:emergency[ \u00A0]+)?special[ \u00A0]+)?session$/i.test(
        token.text.trim(),
      ),
    );
  if (!line) return [];
  const match = MASTHEAD_SESSION.exec(line.text);
  if (!match) return [];
  const written = match[1]!;
  const read = readOrdinal(written);
  if (!read) return [];
  const findings: Finding[] = [];
  const numberSpan = { start: line.start, end: line.start + written.length };
  const isYear = /^\d{4}$/.test(written);
  if (read.figures && !isYear && read.value < 100) {
    const words = capitalize(ordinalWords(read.value)!);
    findings.push({
      ...numberSpan,
      message: `Write the session in words: "${words} session", not "${match[1]} session".`,
      fix: { title: `Write "${words}"`, edits: [{ ...numberSpan, newText: words }] },
    });
  }
  if (own && model.masthead?.symbol) {
    const kind: SessionKind = isYear
      ? 'year'
      : match[2]
        ? /emergency/i.test(match[2])
          ? 'emergency special'
          : 'special'
        : 'regular';
    if (kind !== own.kind || read.value !== own.value) {
      findings.push({
        start: line.start,
        end: line.end,
        severity: 'error',
        message: `The masthead names the ${sessionName(kind, read.value)} but the symbol ${own.source} is of the ${sessionName(own.kind, own.value)}.`,
      });
    }
  }
  return findings;
}

/** The texts to scan for sessions written in figures. */
function regionsOf(model: Resolution): Span[] {
  const regions: Span[] = [];
  if (model.title?.title) regions.push(model.title.title);
  for (const part of model.parts) {
    if (part.title) regions.push(part.title);
    regions.push(...part.preamble, ...part.operative);
  }
  regions.push(...model.headings, ...model.footnotes);
  for (const annex of model.annexes) regions.push(...annex.paragraphs);
  return regions.sort((a, b) => a.start - b.start);
}

/** `60th session`, `10th emergency special session`, `61st Session` (within a paragraph, a line may break between the words). */
const FIGURE_SESSION =
  /\b(\d{1,3})(st|nd|rd|th)[\s\u00A0]+((?:(?:regular|special|emergency|resumed|substantive|organizational|annual)[\s\u00A0]+){0,2})(session|Session)s?\b/g;

function checkFigures(model: Resolution): Finding[] {
  const findings: Finding[] = [];
  const { text } = model;
  let lastEnd = -1;
  for (const region of regionsOf(model)) {
    if (region.start < lastEnd) continue;
    lastEnd = region.end;
    // Read the region's own text: a search never runs past its end.
    const within = text.slice(region.start, region.end);
    FIGURE_SESSION.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = FIGURE_SESSION.exec(within)) !== null) {
      match.index += region.start;
      const value = Number(match[1]);
      // Sessions past the hundredth are written in figures (`the 344th session of the Governing Body`).
      if (value < 1 || value >= 100 || match.index + match[0].length > region.end) continue;
      const start = match.index;
      const end = start + match[1]!.length + match[2]!.length;
      const opensSentence =
        (/^\s*$/.test(text.slice(region.start, Math.min(start, region.start + 8))) && start - region.start < 8) ||
        /[.:]\s*$/.test(text.slice(Math.max(region.start, start - 3), start));
      const words = match[4] === 'Session' || opensSentence ? capitalize(ordinalWords(value)!) : ordinalWords(value)!;
      findings.push({
        start,
        end,
        message: `Write the session in words: "${words}", not "${match[1]}${match[2]}".`,
        fix: { title: `Write "${words}"`, edits: [{ start, end, newText: words }] },
      });
    }
  }
  return findings;
}

/**
 * How far ahead the General Assembly puts an item on a provisional agenda. Of 419 decisions to
 * include an item in 2,235 adopted texts, 312 name the next session, 86 the second, 18 the third,
 * 1 the fourth and 2 the fifth: quadrennial and five-yearly items (a review of a decade, of a
 * compact) are deliberate. Beyond five sessions a drafter has most likely miscounted.
 */
const MAX_SESSIONS_AHEAD = 5;

/** `provisional agenda of its sixtieth session`, `… of its 2024 session` (a line may break anywhere in it). */
const AGENDA_SESSION =
  /provisional[\s\u00A0]+agenda[\s\u00A0]+of[\s\u00A0]+its[\s\u00A0]+([A-Za-z]+(?:[-\u2010\u2011][A-Za-z]+)?|\d{1,4}(?:st|nd|rd|th)?)[\s\u00A0]+((?:emergency[\s\u00A0]+)?special[\s\u00A0]+|resumed[\s\u00A0]+)?session\b/g;

function checkAgenda(model: Resolution, own: OwnSession | undefined): Finding[] {
  if (!own || (own.kind !== 'regular' && own.kind !== 'year')) return [];
  const findings: Finding[] = [];
  const { text } = model;
  for (const part of model.parts) {
    for (const paragraph of part.operative) {
      // Only where the organ decides: `Recalls its decision to include …` names a past session.
      if (!paragraph.verb || !/\bdecides\b/i.test(paragraph.verb.text)) continue;
      // Read the region's own text: a search never runs past its end.
      const within = text.slice(paragraph.start, paragraph.end);
      AGENDA_SESSION.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = AGENDA_SESSION.exec(within)) !== null) {
        match.index += paragraph.start;
        if (match[2] && /special/i.test(match[2])) continue;
        const written = match[1]!;
        const read = readOrdinal(written);
        if (!read) continue;
        const isYear = /^\d{4}$/.test(written);
        if (isYear !== (own.kind === 'year')) continue;
        const start =
          match.index +
          match[0].length -
          match[0].replace(/^provisional[\s\u00A0]+agenda[\s\u00A0]+of[\s\u00A0]+its[\s\u00A0]+/, '').length;
        const end = match.index + match[0].length;
        const named = sessionName(own.kind, read.value);
        const ownName = sessionName(own.kind, own.value);
        const difference = read.value - own.value;
        if (difference <= 0) {
          findings.push({
            start,
            end,
            severity: 'error',
            message: `The provisional agenda named is that of the ${named}, ${difference === 0 ? 'the resolution’s own' : 'an earlier one than the resolution’s own'} (${ownName}); name a later session.`,
          });
        } else if (difference > MAX_SESSIONS_AHEAD && own.kind === 'regular' && model.organ !== 'HRC') {
          findings.push({
            start,
            end,
            message: `The ${named} is ${difference} sessions after the resolution’s own (${ownName}); items are included for the next session, or up to five later for biennial, triennial, quadrennial and five-yearly items.`,
          });
        }
      }
    }
  }
  return findings;
}

export const sessionReference: Rule = {
  meta: {
    id: 'session-reference',
    description:
      'Sessions are written in words, a provisional agenda named in an operative decision is that of a later session, and the masthead session matches the symbol.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  scope: 'paragraph',
  check(model) {
    const own = ownSession(model);
    return [...checkMasthead(model, own), ...checkFigures(model), ...checkAgenda(model, own)].sort(
      (a, b) => a.start - b.start,
    );
  },
};
