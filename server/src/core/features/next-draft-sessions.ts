// Moving an adopted text's session references on to the next draft's (`at its eightieth session` →
// `eighty-first`). Only the organ's own sessions move: a phrase after `its` or followed by `of the
// <organ>` — other bodies number their sessions too (the International Labour Conference's one hundred
// and thirteenth, the Commission on the Status of Women's sixty-ninth), and a past session the text
// recalls (`at its seventy-fifth session`, before the adopting session) stays as it was.
import { capitalize, ordinalWords, parseOrdinalWords } from '../data/ordinals';
import type { TextEdit } from '../rules/types';

/** One ordinal word, with any of the hyphens the UN's files use (`eighty-first`, `eighty‑first`). */
const ORDINAL = String.raw`[A-Za-z]+(?:[-\u2010\u2011][A-Za-z]+)?(?:[ \u00A0]hundred[ \u00A0]and[ \u00A0][A-Za-z]+(?:[-\u2010\u2011][A-Za-z]+)?)?`;
const SEP = String.raw`[ \u00A0]+`;

/**
 * `eightieth session`, `eightieth and eighty-first sessions`, `seventy-ninth to eighty-first sessions`.
 * A few ordinals at most: unbounded, a long run of ordinals not followed by `session` was read again
 * from each of its words (quadratic: 20 s on 280 KB of `eighty-first, eighty-first, …`).
 */
const MAX_LISTED = 12;
const SESSION_PHRASE = new RegExp(
  String.raw`\b(${ORDINAL})((?:,${SEP}${ORDINAL}|${SEP}(?:and|to|or)${SEP}${ORDINAL}){0,${MAX_LISTED}})${SEP}sessions?\b`,
  'g',
);
const ONE_ORDINAL = new RegExp(ORDINAL, 'g');

/** The organ's own sessions: `its eightieth session`, `the eightieth session of the General Assembly`. */
function isOwnReference(text: string, start: number, end: number, organName: string): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  if (/\bits[ \u00A0]+$/.test(before)) {
    // `the International Labour Conference at its …`: `its` is the body just named, not the organ.
    const body = /([A-Z][\w\u2011-]*)\)?[ \u00A0]+(?:at|to|of|for|during|until|before|by)[ \u00A0]+its[ \u00A0]+$/.exec(
      before,
    );
    return !body || organName.endsWith(body[1]!);
  }
  const after = text.slice(end, end + organName.length + 12);
  return new RegExp(`^${SEP}of${SEP}the${SEP}${organName.replace(/ /g, SEP)}`).test(after);
}

/** The ordinal written as `written` was: capitalized or not, with the same hyphen. */
function writeLike(written: string, value: number): string | undefined {
  const words = ordinalWords(value);
  if (!words) return undefined;
  const hyphen = /[\u2010\u2011]/.exec(written)?.[0] ?? '-';
  const cased = /^[A-Z]/.test(written) ? capitalize(words) : words;
  return cased.replace(/-/g, hyphen);
}

export interface SessionShift {
  /** The adopting session: references to it and later ones move; earlier ones are history. */
  own: number;
  /** How many sessions on (the next draft's session minus `own`). */
  step: number;
  /** `General Assembly`, `Human Rights Council`: who `the eightieth session of …` must name to move. */
  organName: string;
}

/** Edits that move every own-session reference from `shift.own` on by `shift.step`, within [from, to). */
export function sessionEdits(text: string, shift: SessionShift, from = 0, to = text.length): TextEdit[] {
  const edits: TextEdit[] = [];
  SESSION_PHRASE.lastIndex = from;
  for (let match = SESSION_PHRASE.exec(text); match && match.index < to; match = SESSION_PHRASE.exec(text)) {
    if (!isOwnReference(text, match.index, match.index + match[0].length, shift.organName)) continue;
    const ordinals = match[0].slice(0, match[0].length - /sessions?$/.exec(match[0])![0].length);
    ONE_ORDINAL.lastIndex = 0;
    for (let word = ONE_ORDINAL.exec(ordinals); word; word = ONE_ORDINAL.exec(ordinals)) {
      const value = parseOrdinalWords(word[0]);
      if (value === undefined || value < shift.own) continue;
      const newText = writeLike(word[0], value + shift.step);
      const start = match.index + word.index;
      if (newText) edits.push({ start, end: start + word[0].length, newText });
    }
  }
  return edits;
}

export { ORDINAL as ORDINAL_PATTERN };
