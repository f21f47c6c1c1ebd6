// The citation engine: every reference to a resolution, decision or document in a parsed
// resolution, with exact spans (UTF-16 offsets into model.text), the cited organ read from
// context, the canonical undocs.org symbol, the date clause and, like eyecite's short forms,
// the date and description of the first full citation carried to later short ones.
//
// Pure and linear: one pass of a few global regular expressions over a marker-free view of the
// text; look-behinds read at most LOOKBACK characters before a match.
import { memo } from '../memo';
import { UN_BODIES } from '../data/un-bodies';
import type { Organ, Resolution, SubParagraph } from '../model';
import { cleanView, originalSpan, toClean as cleanOffset, toOriginal, type CleanView } from './clean';
import { canonicalSymbol, kindOfSymbol, organOfSymbol, romanToNumber } from './symbols';
import type { Citation } from './types';
import { MONTHS } from '../text/months';
import { firstWord } from '../text/phrase';

export type { Citation, CitationDate, CitationKind } from './types';

const LOOKBACK = 220;
const SP = '[\\s\\u00A0]';

const TRIGGER = /\b(?:[Rr]esolutions?|[Dd]ecisions?|RESOLUTIONS?|DECISIONS?)\b/g;
const SELF = new RegExp(`\\b(?:[Tt]he${SP}+present|[Tt]his)${SP}+(resolution|decision)\\b(?!${SP}*\\d)`, 'g');
/** Document symbols: a capitalised series and at least one `/` component; checked for a digit afterwards. */
const SYMBOL = /(?<![\w/.\-\u2011])[A-Z][A-Z0-9]{0,7}(?:\.\d{1,4})?(?:\/[A-Za-z0-9][A-Za-z0-9.\-\u2011]*)+/g;

const PART_LETTERS = `[A-Z](?:(?:${SP}+(?:and|to)${SP}+|${SP}*[-–]${SP}*|,${SP}*)[A-Z](?![\\w/]))*`;
/** One cited number. Groups: 1 ES|S, 2 session, 3 number | 4 session/year, 5 number | 6 number, 7 parts, 8 (roman|year). */
const ITEM = new RegExp(
  `(?:(ES|S)[-\\u2011](\\d{1,2})\\/(\\d{1,4})(?![\\d/])|(\\d{1,4})\\/(\\d{1,4})(?![\\d/])|(\\d{1,4})((?:${SP}+${PART_LETTERS})?)${SP}*\\(((?:ES-|S-)?[IVXLC]{1,8}|\\d{4})\\))`,
  'y',
);
const PARTS_AFTER = new RegExp(`${SP}+(${PART_LETTERS})(?![\\w/])`, 'y');
const DATE = new RegExp(`${SP}+of${SP}+(\\d{1,2})${SP}+(${MONTHS.join('|')})${SP}*,?${SP}*(\\d{4})(?!\\d)`, 'y');
const SEPARATOR = new RegExp(
  `(?:${SP}*,${SP}*(?:(?:and|or)${SP}+)?|${SP}+(?:and|or|to|as${SP}+well${SP}+as)${SP}+)`,
  'y',
);
/** One line break: `\n`, `\r\n` or a lone `\r` (never the `\r` of a `\r\n` on its own). */
const LINE_END = '(?:\\r?\\n|\\r(?!\\n))';
/** A blank line: the end of a paragraph (or of a title), which a description never runs past. */
const PARAGRAPH_BREAK = `${LINE_END}[\\t \\u00A0]*${LINE_END}`;
const DESCRIPTION_CLAUSE = new RegExp(
  `${SP}*,${SP}*((?:by|in)${SP}+which|whereby)${SP}+((?:(?!${PARAGRAPH_BREAK})[^,;]){1,300})`,
  'y',
);
const DESCRIPTION_TITLE = new RegExp(`${SP}*,?${SP}*entitled${SP}+[“"‘]([^”"’]{1,400})[”"’]`, 'y');
const NEXT_ITEM = `,?${SP}*(?:(?:and|or)${SP}+)?(?:\\d{1,4}\\/\\d|\\d{1,4}${SP}*\\(|E?S[-\\u2011]\\d)`;
const DESCRIPTION_ON = new RegExp(
  `${SP}+on${SP}+((?:(?!${SP}+and${SP}+(?:its|all|the${SP}+relevant|other|subsequent|resolutions?|General|Security|Human)\\b|${SP}*${NEXT_ITEM}|${PARAGRAPH_BREAK})[^,;()])+)`,
  'y',
);
/** `70/116, para. 4,` `72/115, paras. 7–8` in footnote lists. */
const PARA_AFTER = new RegExp(
  `${SP}*,${SP}*(paras?\\.${SP}*\\d{1,3}(?:${SP}*\\([a-z]{1,4}\\))?(?:${SP}*[–-]${SP}*\\d{1,3})?)`,
  'y',
);
/**
 * A body's name as texts write it: capitalised words, or words joined by of/the/and/for/on/in/
 * against/to (`Conference of the States Parties to the United Nations Convention against Corruption`).
 */
const BODY_NAME = `[A-Z][\\w’'\\-\\u2011]*(?:${SP}+(?:(?:of|the|and|for|on|in|against|to)${SP}+)*[A-Z][\\w’'\\-\\u2011]*)*`;
/** Words that make a capitalised name a body's (`Environment Assembly`, `Conference of the Parties`, `Executive Board`), not a title or a people (`Member States`). */
const BODY_HEAD =
  /^(?:Assembly|Council|Commission|Conference|Committee|Board|Forum|Meeting|Group|Parties|Programme|Organization|Fund|Agency|Court|Tribunal|Bureau|Summit|Union|Authority|Congress|Secretariat)$/;
/**
 * The organ named after the number: `resolution 58/13 by the Human Rights Council`, `resolution
 * 10/12 of 15 December 2023, adopted by the Conference of the States Parties …`, `resolution 5/5
 * of the United Nations Environment Assembly`. Group 1 is `of` (read only after a bare number) or
 * a bare `by`, group 2 the name. A bare `by` names a principal organ only: `capacity-building in
 * line with resolution 2246 (2015) by the FGS`, `implementation of resolution 1325 (2000) by the
 * Peacebuilding Commission` name who acts on it, not who adopted it.
 */
const ORGAN_AFTER = new RegExp(`^(?:${SP}*,?${SP}*adopted${SP}+by|${SP}+(by|of))${SP}+the${SP}+(${BODY_NAME})`);
/**
 * The organ named after a citation that opens its clause with a preposition: `through its
 * resolution 54/18 of 12 October 2023, the Human Rights Council submitted …` — `its` looks forward
 * to the body that is the clause's subject. The verb (a past tense) tells a subject from an apposition.
 */
const PAST_VERB = `(?:(?:has|had|also|further|then|thereby)${SP}+)?(?:[a-z]+ed|took|made|gave|set|sent|chose|began|held|met|sought|laid|put)\\b`;
const ORGAN_NAMED_AFTER = new RegExp(`^${SP}*,${SP}*(?:the${SP}+)?(${BODY_NAME})${SP}+${PAST_VERB}`);
/** A description that names the adopting body: `resolution 79/3 of 19 May 2023, in which the Economic and Social Commission for Asia and the Pacific decided …`. */
const RELATIVE_SUBJECT = new RegExp(`^(?:(?:by|in)${SP}+which|whereby)${SP}+the${SP}+(${BODY_NAME})${SP}+${PAST_VERB}`);
/** `in`, `through`, `by` (its) resolution: the clause's subject adopted it. After `under`, `pursuant to`, the subject acts on it (`under resolution 2368 (2017), the Committee maintained the list`). */
const PREPOSITION_BEFORE = new RegExp(`(?:^|[^\\w])(?:[Ii]n|[Tt]hrough|[Bb]y)${SP}+(?:its${SP}+)?$`);
/**
 * `the adoption, by the Economic and Social Commission for Asia and the Pacific at its seventy-second
 * session, of resolution 72/7`: the body that adopted the cited text is named before it, with words
 * between (never another citation).
 */
const ADOPTION_BY = new RegExp(
  `\\b(?:adoption|endorsement|approval)${SP}*,?${SP}+by${SP}+the${SP}+(${BODY_NAME})(?:(?![Rr]esolution|[Dd]ecision)[^;]){0,120},?${SP}+of${SP}+(?:its${SP}+)?$`,
);
const ENDS_WITH_OF = new RegExp(`(?:^|[^\\w])of${SP}+(?:its${SP}+)?$`);
/**
 * `the Economic and Social Commission for Asia and the Pacific, at its seventy-ninth session, adopted
 * resolution 79/3`: the body is the subject of `adopted`, the last body named before it in the
 * clause, with no relative or other subject between (`that`, `which`, `States`).
 */
const ADOPTED_BEFORE = new RegExp(`(?:^|[^\\w])(?:has${SP}+|had${SP}+)?adopted${SP}+$`);
const BODY_MENTION = new RegExp(`(?:^|[^\\w])the${SP}+(${BODY_NAME})`, 'g');
const NOT_THE_SUBJECT = /\b(?:that|which|who|whom|States|Governments)\b|[;:]/;

const ORGAN_BEFORE = new RegExp(
  `(?:^|[^\\w])(General${SP}+Assembly|Security${SP}+Council|Economic${SP}+and${SP}+Social${SP}+Council|Human${SP}+Rights${SP}+Council|Assembly|Council)(?:['’]s)?${SP}+$`,
);
export const ITS_BEFORE = new RegExp(`(?:^|[^\\w])its${SP}+$`);
export const WORD_BEFORE = new RegExp(`([A-Za-z][\\w\\-\\u2011’']*)${SP}+$`);
const BLANK_CHAR = /[\s\u00A0]/;
const WORD_CHAR = /[\w\-\u2011’']/;

/** Where the blanks that end `text` begin (`text.length` when it does not end with a blank). */
function finalBlanksStart(text: string): number {
  let end = text.length;
  while (end > 0 && BLANK_CHAR.test(text.charAt(end - 1))) end--;
  return end;
}

/*
 * The expressions anchored at the end of the text before a citation, read from the end: alone, they
 * try each of its 220 positions (a fifth of the time spent reading citations); the same matches.
 */

/** `WORD_BEFORE.exec(text)`: the match can only begin in the run of word characters before the final blanks. */
export function wordBefore(text: string): RegExpExecArray | null {
  const end = finalBlanksStart(text);
  if (end === text.length) return null;
  let start = end;
  while (start > 0 && WORD_CHAR.test(text.charAt(start - 1))) start--;
  return WORD_BEFORE.exec(start === 0 ? text : text.slice(start));
}

/** `ITS_BEFORE.exec(text)`: `its` ends where the final blanks begin, after one character that is not part of a word. */
export function itsBefore(text: string): RegExpExecArray | null {
  const end = finalBlanksStart(text);
  if (end === text.length || end < 3) return null;
  // Four characters and the blanks: `^` cannot match inside the text (its fourth character is no blank).
  return ITS_BEFORE.exec(end <= 4 ? text : text.slice(end - 4));
}
const PARAGRAPH_BEFORE = new RegExp(
  `\\b[Pp]aragraphs?${SP}+([0-9][0-9a-z()\\s\\u00A0,–-]{0,60}?)${SP}+of${SP}+(?:the${SP}+)?$`,
);
const SESSION_ASIDE = new RegExp(
  `${SP}*,${SP}*(?:at|during)${SP}+its${SP}+[^,;]{1,60}?\\bsessions?${SP}*,${SP}*(in|by|through)${SP}+$`,
);
const CONNECTOR_BEFORE = new RegExp(
  `([A-Za-z][\\w\\-\\u2011’']*)(${SP}*,${SP}*|${SP}+)(?:(in|by|through|under|at|of|with|whereby)${SP}+)?$`,
);
/** Capitalised words that may stand before `resolution` without naming a body. */
const NOT_A_BODY = new Set([
  'See',
  'Also',
  'Further',
  'And',
  'In',
  'By',
  'Under',
  'Pursuant',
  'Its',
  'The',
  'Of',
  'On',
  'To',
  'As',
  'With',
  'Cf',
  'For',
  'That',
  'This',
  'All',
  'Both',
  'Draft',
  'Resolution',
  'Resolutions',
  'Decision',
  'Decisions',
  'Annex',
  'Ibid',
  'Following',
  'Recalling',
  'Reaffirming',
]);

/** Bodies other than the four principal organs with numbered resolutions, as texts name them (`the Economic Commission for Latin America and the Caribbean of its resolution 574 (XXVII)`). */
const OTHER_BODY_NAMES: readonly string[] = UN_BODIES.map((body) => body.name.replace(/'/g, '’'))
  .concat(UN_BODIES.map((body) => body.name))
  .filter(
    (name) =>
      !['General Assembly', 'Security Council', 'Economic and Social Council', 'Human Rights Council'].includes(name),
  );

/** `council`: an unnamed Council in a text of another organ — the number's form tells which. */
type Context = { organ: Organ | 'none' | 'council'; source: Citation['organSource'] };

const PRINCIPAL: Record<string, Organ> = {
  'General Assembly': 'GA',
  'Security Council': 'SC',
  'Economic and Social Council': 'ECOSOC',
  'Human Rights Council': 'HRC',
};

/**
 * The organ adopting the text at a position: the nearest organ line before it (an annexed draft
 * `The General Assembly,` inside an ECOSOC resolution speaks for the Assembly), else the document's.
 */
function adoptingOrgan(model: Resolution, position: number): Organ {
  let organ: Organ | undefined;
  for (const line of model.organLines) {
    if (line.start <= position) organ = line.organ;
    else break;
  }
  return organ && organ !== 'other' ? organ : model.organ;
}

/** The model as seen at one position: `organ` is the adopting organ there. */
function atPosition(model: Resolution, position: number): Resolution {
  const organ = adoptingOrgan(model, position);
  return organ === model.organ ? model : { ...model, organ };
}

function organByName(name: string, model: Resolution): Organ | 'none' | 'council' {
  const flat = name.replace(/[\s\u00A0]+/g, ' ');
  if (PRINCIPAL[flat]) return PRINCIPAL[flat];
  // `Assembly resolutions 70/169 …` in a Council text is the General Assembly (`World Health Assembly` is caught before).
  if (flat === 'Assembly') return 'GA';
  if (flat === 'Council')
    return model.organ === 'SC' || model.organ === 'HRC' || model.organ === 'ECOSOC' ? model.organ : 'council';
  return 'none';
}

/**
 * The organ a body's name (as BODY_NAME reads it) names: a principal organ by its name (`General
 * Assembly and the Security Council` is the Assembly), a bare `Assembly` or `Council` as the text's
 * context tells, another body when the name has a body's head word or is an acronym (`ESCAP`);
 * undefined when the name may be no body at all (`Member States`, `the 2030 Agenda`).
 */
function bodyNamed(name: string, model: Resolution): Context['organ'] | undefined {
  const flat = name.replace(/[\s\u00A0]+/g, ' ');
  for (const [principal, organ] of Object.entries(PRINCIPAL))
    if (flat === principal || flat.startsWith(`${principal} `)) return organ;
  if (flat === 'Assembly' || flat === 'Council') return organByName(flat, model);
  const words = flat.split(' ');
  if (words.some((word) => BODY_HEAD.test(word)) || /^[A-Z][A-Z-]+$/.test(firstWord(flat))) return 'other';
  return undefined;
}

const PRINCIPAL_AT_END: readonly [RegExp, Organ][] = Object.entries(PRINCIPAL).map(([name, organ]) => [
  new RegExp(`${name.replace(/ /g, `${SP}+`)}$`),
  organ,
]);

/**
 * True when the word at `wordStart` of `before` (the text before a citation, or the start of it) is
 * the paragraph's first word (after any number or label). A paragraph starts at a line start; in
 * hard-wrapped print `before` already starts where the paragraph does (scanTriggers), so a line
 * start inside it is no paragraph's (`… adoption of Commission on Narcotic` / `Drugs decision
 * 63/15`: `Drugs` is not a first word).
 */
function isFirstWord(before: string, wordStart: number, wrapped: boolean): boolean {
  let paragraphStart = 0;
  if (wrapped) {
    // `before` stops LOOKBACK characters back: a paragraph that starts further back has other words first.
    if (before.length >= LOOKBACK) return false;
  } else {
    paragraphStart = Math.max(before.lastIndexOf('\n', wordStart - 1), before.lastIndexOf('\r', wordStart - 1)) + 1;
  }
  return /^[\s\u00A0\d.()[\]a-z*]*$/.test(before.slice(paragraphStart, wordStart));
}

/** The body that `adopted` the citation after `before` (ADOPTED_BEFORE): the last one named, when nothing between says another subject. */
function subjectOfAdopted(before: string, model: Resolution): Context['organ'] | undefined {
  let found: Context['organ'] | undefined;
  let end = 0;
  BODY_MENTION.lastIndex = 0;
  for (let match = BODY_MENTION.exec(before); match; match = BODY_MENTION.exec(before)) {
    const organ = bodyNamed(match[1]!, model);
    if (organ) {
      found = organ;
      end = BODY_MENTION.lastIndex;
    }
  }
  return found && !NOT_THE_SUBJECT.test(before.slice(end)) ? found : undefined;
}

/** Reads the organ named (or implied) in the text just before `resolution`/`decision`. */
function readContext(before: string, model: Resolution): { context: Context; rest: string } {
  if (ENDS_WITH_OF.test(before)) {
    const adoption = ADOPTION_BY.exec(before);
    const organ = adoption ? bodyNamed(adoption[1]!, model) : undefined;
    if (organ) return { context: { organ, source: 'explicit' }, rest: before };
  }
  if (ADOPTED_BEFORE.test(before)) {
    const organ = subjectOfAdopted(before, model);
    if (organ) return { context: { organ, source: 'explicit' }, rest: before };
  }
  const organ = ORGAN_BEFORE.exec(before);
  if (organ) {
    const name = organ[1]!;
    const nameStart = before.length - organ[0].length + (organ[0].length - organ[0].trimStart().length);
    const rest = before.slice(0, before.length - organ[0].length + (organ[0].startsWith(name) ? 0 : 1));
    // `World Health Assembly`, `Governing Council`: a capitalised word before a bare Assembly/Council is another body.
    if (name === 'Assembly' || name === 'Council') {
      const prior = wordBefore(before.slice(0, nameStart));
      if (
        prior &&
        /^[A-Z]/.test(prior[1]!) &&
        !NOT_A_BODY.has(prior[1]!) &&
        !isFirstWord(before, nameStart - prior[0].length, model.wrapped)
      ) {
        return { context: { organ: 'other', source: 'explicit' }, rest };
      }
    }
    return { context: { organ: organByName(name, model), source: 'explicit' }, rest };
  }
  const its = itsBefore(before);
  if (its) {
    const rest = before.slice(0, before.length - its[0].length + (its[0].startsWith('its') ? 0 : 1));
    return { context: referentOfIts(rest, model), rest };
  }
  const word = wordBefore(before);
  if (
    word &&
    /^[A-Z]/.test(word[1]!) &&
    !NOT_A_BODY.has(word[1]!) &&
    !/(?:ing|ed)$/.test(word[1]!) &&
    !MONTHS.includes(word[1]!)
  ) {
    const wordStart = before.length - word[0].length;
    if (!isFirstWord(before, wordStart, model.wrapped))
      return { context: { organ: 'other', source: 'explicit' }, rest: before };
  }
  return { context: { organ: 'none', source: 'default' }, rest: before };
}

/** `the Economic and Social Commission for Asia and the Pacific in its resolution` names another body; `Recalling its resolution` is the adopting organ. */
function referentOfIts(written: string, model: Resolution): Context {
  const adopting: Context = { organ: model.organ === 'other' ? 'none' : model.organ, source: 'its' };
  // `the Economic and Social Commission for Asia and the Pacific, at its seventy-ninth session, in its
  // resolution`: the session aside is the same body's; `its` refers past it.
  const aside = SESSION_ASIDE.exec(written);
  const before = aside ? `${written.slice(0, aside.index)}, ${aside[1]} ` : written;
  const connector = CONNECTOR_BEFORE.exec(before);
  if (!connector) return adopting;
  const word = connector[1]!;
  const hasConnector = connector[2]!.includes(',') || connector[3] !== undefined;
  if (!/^[A-Z]/.test(word) || !hasConnector) return adopting;
  const head = before.slice(0, before.length - connector[0].length + word.length);
  const wordStart = head.length - word.length;
  if (isFirstWord(before, wordStart, model.wrapped) || NOT_A_BODY.has(word) || /(?:ing|ed)$/.test(word))
    return adopting;
  for (const [pattern, organ] of PRINCIPAL_AT_END) if (pattern.test(head)) return { organ, source: 'its' };
  if (word === 'Assembly' || word === 'Council') {
    const prior = wordBefore(head.slice(0, wordStart));
    if (prior && /^[A-Z]/.test(prior[1]!) && !NOT_A_BODY.has(prior[1]!)) return { organ: 'other', source: 'its' };
    const organ = organByName(word, model);
    return { organ, source: 'its' };
  }
  const flatHead = head.replace(/[\s\u00A0]+/g, ' ');
  for (const name of OTHER_BODY_NAMES) if (flatHead.endsWith(name)) return { organ: 'other', source: 'its' };
  // `of its resolution` only after a named body (`the implementation of its resolution` is the adopting organ).
  if (connector[3] === 'of' || connector[3] === 'with') return adopting;
  return { organ: 'other', source: 'its' };
}

interface Item {
  start: number;
  end: number;
  form: 'slash' | 'year' | 'special' | 'roman' | 'scyear';
  first: number;
  number: string;
  parts?: string;
  special?: string;
  roman?: string;
}

function readItem(text: string, at: number): Item | undefined {
  ITEM.lastIndex = at;
  const match = ITEM.exec(text);
  if (!match) return undefined;
  let end = at + match[0].length;
  let parts: string | undefined;
  const readParts = (): void => {
    PARTS_AFTER.lastIndex = end;
    const partMatch = PARTS_AFTER.exec(text);
    if (partMatch) {
      parts = normaliseParts(partMatch[1]!);
      end = PARTS_AFTER.lastIndex;
    }
  };
  if (match[1]) {
    const item: Item = {
      start: at,
      end,
      form: 'special',
      first: Number(match[2]),
      number: match[3]!,
      special: `${match[1]}-${match[2]}`,
    };
    readParts();
    return { ...item, end, parts };
  }
  if (match[4]) {
    const first = Number(match[4]);
    const item: Item = { start: at, end, form: first >= 1946 ? 'year' : 'slash', first, number: match[5]! };
    readParts();
    return { ...item, end, parts };
  }
  const paren = match[8]!;
  parts = match[7] ? normaliseParts(match[7].trim()) : undefined;
  if (/^\d{4}$/.test(paren)) return { start: at, end, form: 'scyear', first: Number(paren), number: match[6]!, parts };
  if (/^E?S-/.test(paren))
    return { start: at, end, form: 'roman', first: 0, number: match[6]!, parts, special: paren, roman: paren };
  return { start: at, end, form: 'roman', first: romanToNumber(paren) ?? 0, number: match[6]!, parts, roman: paren };
}

function normaliseParts(parts: string): string {
  return parts
    .replace(/[\s\u00A0]+/g, ' ')
    .replace(/\s*[-–]\s*/g, '-')
    .trim();
}

/** The organ an item cites, from the context and the number's form. */
function organOf(
  item: Item,
  context: Context,
  kind: 'resolution' | 'decision',
  model: Resolution,
): { organ: Organ; source: Citation['organSource'] } {
  const ctx = context.organ;
  const source = context.source;
  if (ctx === 'other') return { organ: 'other', source };
  if (ctx === 'council') {
    if (item.form === 'scyear') return { organ: kind === 'resolution' ? 'SC' : 'other', source: 'form' };
    if (item.form === 'slash' || item.form === 'special') return { organ: 'HRC', source: 'form' };
    return { organ: 'ECOSOC', source: 'form' };
  }
  switch (item.form) {
    case 'scyear':
      return kind === 'resolution'
        ? { organ: 'SC', source: ctx === 'SC' ? source : 'form' }
        : { organ: 'other', source: 'form' };
    case 'roman':
      if (item.special) return { organ: 'GA', source: ctx === 'GA' ? source : 'form' };
      if (ctx === 'ECOSOC') return { organ: 'ECOSOC', source };
      if (item.first > 30) return { organ: 'ECOSOC', source: 'form' };
      return { organ: 'GA', source: ctx === 'GA' ? source : 'form' };
    case 'year':
      return { organ: 'ECOSOC', source: ctx === 'ECOSOC' ? source : 'form' };
    case 'special':
      if (ctx === 'HRC' || (ctx === 'none' && model.organ === 'HRC'))
        return { organ: 'HRC', source: ctx === 'HRC' ? source : 'default' };
      return { organ: 'GA', source: ctx === 'GA' ? source : 'form' };
    case 'slash': {
      if (ctx === 'HRC') return { organ: 'HRC', source };
      if (ctx === 'none' && model.organ === 'HRC') return { organ: 'HRC', source: 'default' };
      if (ctx === 'ECOSOC' || ctx === 'SC') return { organ: 'other', source };
      // New-style GA numbers began with the thirty-first session (1976).
      if (item.first >= 31) return { organ: 'GA', source: ctx === 'GA' ? source : 'default' };
      return { organ: 'other', source: 'form' };
    }
  }
}

/**
 * The body a citation list names after it, for a list that `its` (the adopting organ) or nothing
 * named before: the subject of a clause the citation opens with a preposition (`through its
 * resolution 54/18 …, the Human Rights Council submitted`), the body written after the number
 * (`adopted by the …`; `of the …` and a relative clause `in which the … decided` only after a bare
 * number, since `its` already names the adopter), or undefined.
 */
function bodyNamedAfter(
  text: string,
  citationStart: number,
  position: number,
  description: string | undefined,
  context: Context,
  model: Resolution,
): Context['organ'] | undefined {
  const following = text.slice(position, position + 160);
  if (PREPOSITION_BEFORE.test(text.slice(Math.max(0, citationStart - 40), citationStart))) {
    const subject = ORGAN_NAMED_AFTER.exec(following);
    const organ = subject ? bodyNamed(subject[1]!, model) : undefined;
    if (organ) return organ;
  }
  const bare = context.organ === 'none';
  const after = ORGAN_AFTER.exec(following);
  if (after && (bare || after[1] !== 'of')) {
    const organ = bodyNamed(after[2]!, model);
    // Who acts on a resolution is not who adopted it (a bare `by`): only a principal organ is read so.
    if (organ && !(after[1] === 'by' && organ === 'other')) return organ;
  }
  const relative = bare && description ? RELATIVE_SUBJECT.exec(description) : null;
  return relative ? bodyNamed(relative[1]!, model) : undefined;
}

function toIso(day: string, month: string, year: string): string | undefined {
  const monthIndex = MONTHS.indexOf(month) + 1;
  const dayValue = Number(day);
  if (monthIndex < 1 || dayValue < 1 || dayValue > 31) return undefined;
  return `${year}-${String(monthIndex).padStart(2, '0')}-${String(dayValue).padStart(2, '0')}`;
}

interface Scanner {
  model: Resolution;
  view: CleanView;
  /** Clean-text ranges where only document symbols are read (masthead, adoption line). */
  symbolsOnly: { start: number; end: number }[];
  citations: Citation[];
  /** Original offsets where the model's elements start, built when a description first needs them. */
  elementStarts?: Set<number>;
  /** The same, in order (wrapped text: where the paragraph before a citation starts). */
  sortedStarts?: Int32Array;
}

function inRanges(ranges: { start: number; end: number }[], position: number): boolean {
  for (const range of ranges) if (position >= range.start && position < range.end) return true;
  return false;
}

function makeCitation(
  scanner: Scanner,
  cleanStart: number,
  cleanEnd: number,
  fields: Omit<Citation, 'start' | 'end' | 'text'>,
): Citation {
  const span = originalSpan(scanner.view, cleanStart, cleanEnd);
  const citation: Citation = {
    start: span.start,
    end: span.end,
    text: scanner.model.text.slice(span.start, span.end),
    ...fields,
  };
  for (const key of DETACHED_FIELDS) {
    const value = citation[key];
    if (value !== undefined) citation[key] = detached(value);
  }
  return citation;
}

/** Fields read out of the clean view's text (the rest are built, or slices of the model's own text). */
const DETACHED_FIELDS = ['symbol', 'parts', 'number', 'paragraphs', 'description', 'specialSession'] as const;

/**
 * A copy of a string that holds nothing else: V8 keeps a substring as a pointer into its parent,
 * and one kept citation title would keep the whole clean copy of the text (as large as the
 * document) alive for as long as the model — in the language server, as long as the document is open.
 */
const detached = (value: string): string => (value.length < 13 ? value : (' ' + value).slice(1));

interface ListEntry {
  item: Item;
  date?: { cleanStart: number; cleanEnd: number; iso: string; year: number };
  description?: string;
  paragraphs?: string;
}

/** HRC sessions: three a year since 2006 (session 58 met in 2025). */
function fitsHrc(session: number, year: number): boolean {
  const base = 3 * (year - 2006);
  return year >= 2006 && session >= base - 2 && session <= base + 4;
}

function fitsGa(session: number, year: number): boolean {
  return year >= 1945 + session && year <= 1947 + session;
}

/**
 * A bare `N/M` in a General Assembly text is a GA resolution unless its dates say otherwise:
 * `resolutions 56/1 of 10 July 2024, 55/20 of 4 April 2024` cannot be GA sessions 56 and 55, and
 * fit the Human Rights Council's sessions of those years.
 */
function datesSayHrc(entries: ListEntry[]): boolean {
  let hrc = false;
  for (const entry of entries) {
    if (!entry.date || entry.item.form !== 'slash') continue;
    if (fitsGa(entry.item.first, entry.date.year)) return false;
    if (fitsHrc(entry.item.first, entry.date.year)) hrc = true;
  }
  return hrc;
}

/**
 * Where the line (the paragraph in hard-wrapped print) holding `position` starts, as far as it
 * matters within LOOKBACK: the search never goes further back (a 5 MB text on one line stays linear),
 * and a start further back is given as any offset at or before `position - LOOKBACK`.
 */
function lineStartWithin(text: string, position: number, wrapped: boolean): number {
  const windowStart = Math.max(0, position - LOOKBACK - 4);
  const window = text.slice(windowStart, position);
  // Lines break at \n, \r\n or a lone \r; in print a paragraph ends at a blank line.
  const pattern = wrapped ? BLANK_LINE : LINE_BREAK;
  pattern.lastIndex = 0;
  let found = -1;
  for (let match = pattern.exec(window); match; match = pattern.exec(window)) found = match.index + match[0].length;
  if (found >= 0) return windowStart + found;
  // Not in the window: before it (any offset up to the window's start reads the same), or nowhere.
  if (windowStart > 0) return windowStart;
  return wrapped ? 1 : 0;
}

const LINE_BREAK = new RegExp(LINE_END, 'g');
const BLANK_LINE = new RegExp(`${LINE_END}${LINE_END}`, 'g');

function scanTriggers(scanner: Scanner): void {
  const { view, model } = scanner;
  const text = view.text;
  TRIGGER.lastIndex = 0;
  for (let match = TRIGGER.exec(text); match; match = TRIGGER.exec(text)) {
    if (inRanges(scanner.symbolsOnly, match.index)) continue;
    const word = match[0].toLowerCase();
    const kind: 'resolution' | 'decision' = word.startsWith('decision') ? 'decision' : 'resolution';
    const gap = /^[\s\u00A0]+(?:No\.[\s\u00A0]*)?/.exec(
      text.slice(match.index + match[0].length, match.index + match[0].length + 12),
    );
    if (!gap) continue;
    const first = readItem(text, match.index + match[0].length + gap[0].length);
    if (!first) continue;
    // In print a paragraph starts after a blank line, or where the parser starts one (text pasted
    // with no blank lines between paragraphs).
    const paragraphStart = model.wrapped
      ? Math.max(lineStartWithin(text, match.index, true), elementStartBefore(scanner, match.index))
      : lineStartWithin(text, match.index, false);
    const before = text.slice(Math.max(paragraphStart, match.index - LOOKBACK), match.index);
    const local = atPosition(model, toOriginal(view, match.index));
    const read = readContext(before, local);
    let context = read.context;
    let citationStart = match.index;
    let paragraphs: string | undefined;
    const paragraph = PARAGRAPH_BEFORE.exec(read.rest);
    if (paragraph) {
      paragraphs = paragraph[1]!.replace(/[\s\u00A0]+/g, ' ').trim();
      citationStart = match.index - before.length + paragraph.index;
    }
    // Read the whole list first: the organ may depend on its dates or on words after it.
    const entries: ListEntry[] = [];
    let item: Item | undefined = first;
    let position = first.end;
    while (item) {
      const entry: ListEntry = { item };
      position = item.end;
      PARA_AFTER.lastIndex = position;
      const para = PARA_AFTER.exec(text);
      if (para) {
        entry.paragraphs = para[1];
        position = PARA_AFTER.lastIndex;
      }
      DATE.lastIndex = position;
      // A date is read within the citation's paragraph: `of 30 June` does not take the `2002,` that the
      // parser reads as the next paragraph.
      const found = DATE.exec(text);
      const date = found && nextElementWithin(scanner, position, DATE.lastIndex) === DATE.lastIndex ? found : null;
      if (date) {
        const iso = toIso(date[1]!, date[2]!, date[3]!);
        const dayStart = position + date[0].indexOf(date[1]!, date[0].indexOf('of') + 2);
        if (iso) entry.date = { cleanStart: dayStart, cleanEnd: DATE.lastIndex, iso, year: Number(date[3]) };
        position = DATE.lastIndex;
      }
      const description = readDescription(scanner, position);
      if (description) {
        entry.description = description.text;
        position = description.end;
      }
      entries.push(entry);
      SEPARATOR.lastIndex = position;
      const separator = SEPARATOR.exec(text);
      if (!separator) break;
      item = readItem(text, SEPARATOR.lastIndex);
    }
    if (context.organ === 'none' || (context.source === 'its' && context.organ === local.organ)) {
      const named = bodyNamedAfter(
        text,
        citationStart,
        position,
        entries[entries.length - 1]!.description, // the list has its first item
        context,
        local,
      );
      if (named) context = { organ: named, source: 'explicit' };
      // A number is read as HRC from its dates only when bare, or when `its` may mean the Human Rights
      // Council named just before (`the request of the Human Rights Council … through its resolution
      // 42/22 of 26 September 2019`); otherwise `its` is the adopting organ, and a date that does not
      // fit is the citation-date rule's to report.
      else if (
        local.organ !== 'HRC' &&
        datesSayHrc(entries) &&
        (context.organ === 'none' ||
          /Human Rights Council/.test(text.slice(Math.max(0, citationStart - 300), citationStart)))
      ) {
        context = { organ: 'HRC', source: 'form' };
      }
    }
    entries.forEach((entry, index) => {
      const isFirst = index === 0;
      const { organ, source } = organOf(entry.item, context, kind, local);
      const citation = makeCitation(scanner, isFirst ? citationStart : entry.item.start, entry.item.end, {
        kind,
        organ,
        organSource: isFirst ? source : source === 'default' || source === 'form' ? source : 'list',
        ...describeItem(entry.item, organ, kind),
      });
      if (isFirst && paragraphs) citation.paragraphs = paragraphs;
      else if (entry.paragraphs) citation.paragraphs = entry.paragraphs.replace(/^paras?\.[\s\u00A0]*/, '');
      if (entry.date) {
        const span = originalSpan(view, entry.date.cleanStart, entry.date.cleanEnd);
        citation.date = { start: span.start, end: span.end, iso: entry.date.iso };
      }
      if (entry.description) citation.description = entry.description;
      scanner.citations.push(citation);
    });
  }
}

function readDescription(scanner: Scanner, position: number): { text: string; end: number } | undefined {
  const text = scanner.view.text;
  DESCRIPTION_TITLE.lastIndex = position;
  const title = DESCRIPTION_TITLE.exec(text);
  if (title) return { text: title[1]!.trim(), end: DESCRIPTION_TITLE.lastIndex };
  // A clause or an `on …` description ends with the last capture group, cut where the next
  // paragraph begins. Blanks are folded before trimming: the other order measured twice as slow
  // on long multi-line descriptions.
  DESCRIPTION_CLAUSE.lastIndex = position;
  const clause = DESCRIPTION_CLAUSE.exec(text);
  if (clause) {
    const { what, end } = withinParagraph(scanner, clause[2]!, DESCRIPTION_CLAUSE.lastIndex);
    if (what.length > 0) return { text: `${clause[1]!.replace(/[\s\u00A0]+/g, ' ')} ${what}`, end };
  }
  DESCRIPTION_ON.lastIndex = position;
  const on = DESCRIPTION_ON.exec(text);
  if (on) {
    const { what, end } = withinParagraph(scanner, on[1]!, DESCRIPTION_ON.lastIndex);
    if (what.length > 2) return { text: `on ${what}`, end };
  }
  return undefined;
}

/** A description's words that end at clean offset `end`, up to the next paragraph, blanks folded; where they stop. */
function withinParagraph(scanner: Scanner, words: string, end: number): { what: string; end: number } {
  const stop = nextElementWithin(scanner, end - words.length, end);
  return {
    what: words
      .slice(0, words.length - (end - stop))
      .replace(/[\s\u00A0]+/g, ' ')
      .trim(),
    end: stop,
  };
}

/**
 * Where the first line inside clean [from, to) that the parser reads as the start of something
 * else (a paragraph, an item, a heading, a footnote, a closing line) begins: the line end before
 * it, or `to` when there is none. In text with one paragraph per line most line ends are such a
 * start; in hard-wrapped print none is, save after a blank line.
 */
function nextElementWithin(scanner: Scanner, from: number, to: number): number {
  const text = scanner.view.text;
  LINE_BREAK.lastIndex = from;
  for (let match = LINE_BREAK.exec(text); match && match.index < to; match = LINE_BREAK.exec(text)) {
    let next = LINE_BREAK.lastIndex;
    while (next < to && (text[next] === ' ' || text[next] === '\t' || text[next] === '\u00A0')) next++;
    if (next >= to) break;
    scanner.elementStarts ??= elementStarts(scanner.model);
    if (scanner.elementStarts.has(toOriginal(scanner.view, next))) return match.index;
  }
  return to;
}

/** The clean offset where the last element of the model at or before a clean position starts (0 when none does). */
function elementStartBefore(scanner: Scanner, position: number): number {
  scanner.sortedStarts ??= Int32Array.from((scanner.elementStarts ??= elementStarts(scanner.model))).sort();
  const starts = scanner.sortedStarts;
  const original = toOriginal(scanner.view, position);
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! <= original) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? 0 : cleanOffset(scanner.view, starts[low - 1]!);
}

/** Where each thing the parser found in the text starts: the lines a description cannot run into. */
function elementStarts(model: Resolution): Set<number> {
  const starts = new Set<number>();
  const add = (span: { start: number } | undefined): void => {
    if (span) starts.add(span.start);
  };
  const addItems = (items: readonly SubParagraph[]): void => {
    for (const item of items) {
      add(item);
      addItems(item.children);
    }
  };
  add(model.title);
  add(model.reportLine);
  add(model.footnoteSeparator);
  for (const line of model.organLines) add(line);
  for (const part of model.parts) {
    for (const paragraph of part.preamble) add(paragraph);
    for (const paragraph of part.operative) {
      add(paragraph);
      addItems(paragraph.items);
    }
  }
  for (const heading of model.headings) add(heading);
  for (const closing of model.closings) {
    add(closing);
    add(closing.meeting);
    add(closing.date);
    add(closing.vote);
  }
  for (const annex of model.annexes) {
    add(annex.heading);
    for (const paragraph of annex.paragraphs) add(paragraph);
  }
  for (const footnote of model.footnotes) add(footnote);
  for (const line of model.unrecognised) add(line);
  return starts;
}

function describeItem(item: Item, organ: Organ, kind: 'resolution' | 'decision'): Partial<Citation> {
  const fields: Partial<Citation> = { number: item.number };
  if (item.parts) fields.parts = item.parts;
  let symbolInput: Parameters<typeof canonicalSymbol>[0] = { kind, organ, number: item.number };
  switch (item.form) {
    case 'scyear':
      fields.year = item.first;
      symbolInput.year = item.first;
      break;
    case 'year':
      fields.year = item.first;
      symbolInput.year = item.first;
      break;
    case 'special':
      fields.specialSession = item.special;
      symbolInput.specialSession = item.special;
      break;
    case 'slash':
      fields.session = item.first;
      symbolInput.session = item.first;
      break;
    case 'roman':
      if (item.special) fields.specialSession = item.special;
      else fields.session = item.first;
      symbolInput = { ...symbolInput, roman: item.roman };
      break;
  }
  const symbol = organ === 'other' ? undefined : canonicalSymbol(symbolInput);
  if (symbol) fields.symbol = symbol;
  return fields;
}

/** The document's own symbol, from the masthead or the title number. */
export function ownSymbol(model: Resolution): string | undefined {
  const written = model.masthead?.symbol?.text;
  if (written) return written.replace(/[\s\u00A0]+(?=\()/g, '').trim();
  const number = model.title?.number?.text.replace(/[\s\u00A0]+/g, ' ').trim();
  if (!number) return undefined;
  const slash = /^((?:E?S-)?\d{1,4})\/(\d{1,4})$/.exec(number);
  const sc = /^(\d{1,4}) ?\((\d{4})\)$/.exec(number);
  if (sc) return `S/RES/${sc[1]}(${sc[2]})`;
  if (!slash) return undefined;
  switch (model.organ) {
    case 'GA':
      return `A/RES/${slash[1]}/${slash[2]}`;
    case 'HRC':
      return `A/HRC/RES/${slash[1]}/${slash[2]}`;
    case 'ECOSOC':
      return `E/RES/${slash[1]}/${slash[2]}`;
    default:
      return undefined;
  }
}

function scanSelf(scanner: Scanner): void {
  const text = scanner.view.text;
  const own = ownSymbol(scanner.model);
  SELF.lastIndex = 0;
  for (let match = SELF.exec(text); match; match = SELF.exec(text)) {
    if (inRanges(scanner.symbolsOnly, match.index)) continue;
    const fields: Omit<Citation, 'start' | 'end' | 'text'> = { kind: 'self', organ: scanner.model.organ };
    if (own && match[1] === 'resolution') fields.symbol = own;
    scanner.citations.push(makeCitation(scanner, match.index, match.index + match[0].length, fields));
  }
}

const SC_YEAR_SUFFIX = /^[\s\u00A0]?\((\d{4})\)/;
const ROMAN_SUFFIX = /^[\s\u00A0]?\(((?:ES-|S-)?[IVXLC]{1,8})\)/;
const DOC_SUFFIX = /^[\s\u00A0]?\((?:Sect\.|Part|Parts|Vol\.)[^()\n]{0,30}\)(?:\/(?:Corr|Add|Rev|Amend)\.\d{1,3})*/;

/** `https://undocs.org/en/S/RES/2442 (2018)` pasted into a text: the symbol it links. */
const URL =
  /https?:\/\/(?:www\.)?(?:undocs\.org|docs\.un\.org)\/(?:(?:en|fr|es|ar|ru|zh)\/)?([A-Za-z][A-Za-z0-9./-]*[A-Za-z0-9](?:[\s\u00A0]?\((?:\d{4}|(?:ES-|S-)?[IVXLC]{1,8})\))?)/g;

function scanUrls(scanner: Scanner, taken: { start: number; end: number }[]): void {
  const text = scanner.view.text;
  URL.lastIndex = 0;
  for (let match = URL.exec(text); match; match = URL.exec(text)) {
    const symbol = match[1]!.replace(/[\s\u00A0]+(?=\()/g, '');
    const kind = kindOfSymbol(symbol);
    const citation = makeCitation(scanner, match.index, match.index + match[0].length, {
      kind,
      organ: organOfSymbol(symbol),
      symbol,
      organSource: 'symbol',
    });
    if (kind !== 'document') Object.assign(citation, symbolFields(symbol));
    scanner.citations.push(citation);
    taken.push({ start: match.index, end: match.index + match[0].length });
  }
}

/** True when [start, end) overlaps a span of `taken` (sorted by start, non-overlapping in practice). */
function overlapsTaken(taken: { start: number; end: number }[], start: number, end: number): boolean {
  let low = 0;
  let high = taken.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (taken[middle]!.start < end) low = middle + 1;
    else high = middle;
  }
  // taken[low - 1] is the last span starting before `end`; look back over a few in case spans nest.
  for (let index = low - 1; index >= 0 && index >= low - 4; index--) if (taken[index]!.end > start) return true;
  return false;
}

function scanSymbols(scanner: Scanner, taken: { start: number; end: number }[]): void {
  const text = scanner.view.text;
  taken.sort((a, b) => a.start - b.start);
  const masthead = scanner.model.masthead;
  SYMBOL.lastIndex = 0;
  for (let match = SYMBOL.exec(text); match; match = SYMBOL.exec(text)) {
    let raw = match[0].replace(/[.\-\u2011]+$/, '');
    if (!/\d/.test(raw) || !raw.includes('/')) continue;
    let end = match.index + raw.length;
    const after = text.slice(end, end + 40);
    let suffix: RegExpExecArray | null = null;
    if (/^S\/RES\/\d{1,4}$/.test(raw)) suffix = SC_YEAR_SUFFIX.exec(after);
    else if (/^[AE]\/RES\/\d{1,4}$/.test(raw)) suffix = ROMAN_SUFFIX.exec(after);
    else suffix = DOC_SUFFIX.exec(after);
    if (suffix) {
      raw += suffix[0];
      end += suffix[0].length;
    }
    // Joint symbols `A/48/486-S/26560` name two documents.
    let offset = 0;
    for (const piece of raw.split(/[-\u2011](?=[A-Z]{1,5}\/)/)) {
      const pieceStart = match.index + offset;
      const pieceEnd = pieceStart + piece.length;
      offset += piece.length + 1;
      if (!/\d/.test(piece)) continue;
      if (overlapsTaken(taken, pieceStart, pieceEnd)) continue;
      const symbol = piece.replace(/[\s\u00A0]+(?=\()/g, '');
      const kind = kindOfSymbol(symbol);
      const organ = organOfSymbol(symbol);
      const citation = makeCitation(scanner, pieceStart, pieceEnd, { kind, organ, symbol, organSource: 'symbol' });
      if (
        masthead &&
        citation.start >= masthead.start &&
        citation.end <= masthead.end &&
        masthead.symbol &&
        citation.start >= masthead.symbol.start &&
        citation.end <= masthead.symbol.end
      )
        citation.kind = 'self';
      if (kind !== 'document') Object.assign(citation, symbolFields(symbol));
      scanner.citations.push(citation);
    }
    void end;
  }
}

/** Session, number and year read back from a RES/DEC symbol. */
function symbolFields(symbol: string): Partial<Citation> {
  const slash = /\/(?:RES|DEC)\/((?:E?S-)?)(\d{1,4})\/(\d{1,4})$/.exec(symbol);
  if (slash) {
    if (slash[1]) return { specialSession: `${slash[1]}${slash[2]}`, number: slash[3] };
    const first = Number(slash[2]);
    return first >= 1946 ? { year: first, number: slash[3] } : { session: first, number: slash[3] };
  }
  const paren = /\/RES\/(\d{1,4})\(([^)]+)\)$/.exec(symbol);
  if (paren) {
    if (/^\d{4}$/.test(paren[2]!)) return { year: Number(paren[2]), number: paren[1] };
    if (/^E?S-/.test(paren[2]!)) return { specialSession: paren[2], number: paren[1] };
    return { session: romanToNumber(paren[2]!), number: paren[1] };
  }
  return {};
}

/** Short forms: the first dated citation of a resolution gives its date and description to later ones. */
function carryShortForms(citations: Citation[]): void {
  const full = new Map<string, Citation>();
  for (const citation of citations) {
    if (!citation.symbol || citation.kind === 'self' || citation.kind === 'document') continue;
    const first = full.get(citation.symbol);
    if (!first) {
      if (citation.date || citation.description) full.set(citation.symbol, citation);
      continue;
    }
    if (!first.date && citation.date) {
      full.set(citation.symbol, citation);
      continue;
    }
    if (!citation.date && first.date) citation.date = { ...first.date, inherited: true };
    if (!citation.description && first.description) citation.description = first.description;
  }
}

/** Every citation of the document, in text order, computed once per parsed model (rules, hover, tokens share it). */
export function extractCitations(model: Resolution): Citation[] {
  return memo(model, 'citations', (of) => {
    // Copies: the short forms take their date and description from the first full citation, and
    // the citations as read stay as they were for an incremental update (incremental/relint.ts).
    const citations = rawCitations(of).map((citation) => ({ ...citation }));
    carryShortForms(citations);
    return citations;
  });
}

/** The citations as read at each place, before short forms take anything from earlier ones. */
export function rawCitations(model: Resolution): readonly Citation[] {
  return memo(model, RAW_CITATIONS, computeCitations);
}

export const RAW_CITATIONS = 'citations.raw';

function computeCitations(model: Resolution): Citation[] {
  const view = cleanView(model);
  const toClean = (position: number): number => cleanOffset(view, position);
  const symbolsOnly: { start: number; end: number }[] = [];
  if (model.masthead) symbolsOnly.push({ start: toClean(model.masthead.start), end: toClean(model.masthead.end) });
  if (model.adoption) symbolsOnly.push({ start: toClean(model.adoption.start), end: toClean(model.adoption.end) });
  const scanner: Scanner = { model, view, symbolsOnly, citations: [] };
  scanTriggers(scanner);
  scanSelf(scanner);
  const taken = scanner.citations.map((citation) => ({ start: toClean(citation.start), end: toClean(citation.end) }));
  scanUrls(scanner, taken);
  scanSymbols(scanner, taken);
  scanner.citations.sort((a, b) => a.start - b.start || a.end - b.end);
  // The document's own number (`Resolution 2645 (2022)` heading, a running head `S/RES/1454 (2002)`) is a self-reference.
  const own = ownSymbol(model);
  for (const citation of scanner.citations) {
    const inTitle = model.title !== undefined && citation.start >= model.title.start && citation.end <= model.title.end;
    if (
      (citation.kind === 'resolution' && own !== undefined && citation.symbol === own) ||
      (inTitle && citation.kind !== 'document')
    )
      citation.kind = 'self';
  }
  return scanner.citations;
}
