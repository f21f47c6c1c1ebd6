// member-state-name: Member States and observer States under their UN names (UNTERM short names:
// Türkiye, Viet Nam, Côte d'Ivoire, Eswatini, Iran (Islamic Republic of) …). A former or
// colloquial name (`variants` in the data) is reported with a fix to the UN name; informal forms
// the UN itself uses in running text (the United States, the Netherlands) are not. A name inside
// an official name (Iran in "the Islamic Republic of Iran", Britain in "United Kingdom of Great
// Britain …") is not a variant; nor is a former name in a text adopted before the change, in a
// quoted title or in a cited report title (`Istanbul, Turkey, 9–13 May 2011`). A place at an event
// before the change takes the new name too: the GA writes `held in Istanbul, Türkiye, on 23 and 24
// May 2016` in most of its texts.
// Names of cases (`Georgia v. Russia (II)`), of other organizations' missions (`Southern African
// Development Community Mission in the Democratic Republic of Congo (SAMIDRC)`), a person's nationality in a list (`O-Gon Kwon (South Korea)`), institutions
// (`Police Academy of Russia`), a word of a name in capitals (`PAE WON UK`) and the particulars of a sanctions-list entry are not the
// resolution's own naming of a Member State.
import type { Resolution } from '../model';
import { MEMBER_STATES, type MemberState } from '../data/member-states';
import { SC_RUNNING_TEXT_NAMES, STATE_NAME_CHANGES } from '../data/terms';
import { isBlankOrBreak, isBlankOrBreakCode, isLineBlank } from '../text/blanks';
import { foldCode, isDigitCode, isLetterCode } from '../text/characters';
import { inListEntry } from './list-entry';
import { nextWord, previousWord } from './sentence';
import { type Finding, MAX_FINDINGS, type Rule } from './types';
import { wordIndex } from './word-index';
import { MONTHS } from '../text/months';

interface Entry {
  state: MemberState;
  /** The form as written in the data. */
  form: string;
  variant: boolean;
}

/** A trie over folded character codes (`foldCode`); a space stands for any run of blanks. */
interface TrieNode {
  next: Map<number, TrieNode>;
  entry?: Entry;
  /** The entry's form ends with a period or a bracket (U.S.): it needs no word boundary after it. */
  entryEndsWithStop?: boolean;
}

let trie: TrieNode | undefined;
/** 1 for each character code a name starts with. */
let firstCodes: Uint8Array | undefined;

function firstCodesOf(root: TrieNode): Uint8Array {
  const codes = new Uint8Array(0x10000);
  for (const code of root.next.keys()) codes[code] = 1;
  return codes;
}

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Map() };
  const add = (form: string, entry: Entry): void => {
    let node = root;
    for (let index = 0; index < form.length; index++) {
      const code = foldCode(form.charCodeAt(index));
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map() };
        node.next.set(code, child);
      }
      node = child;
    }
    // An official form wins over a variant spelt the same.
    if (!node.entry || (node.entry.variant && !entry.variant)) {
      node.entry = entry;
      node.entryEndsWithStop = /[.)]$/.test(entry.form);
    }
  };
  for (const state of MEMBER_STATES) {
    add(state.name, { state, form: state.name, variant: false });
    if (state.formal) add(state.formal, { state, form: state.formal, variant: false });
    for (const informal of state.informal ?? []) add(informal, { state, form: informal, variant: false });
    for (const variant of state.variants) add(variant, { state, form: variant, variant: true });
  }
  return root;
}

/** Longest name at `start`: a space in a name matches any run of blanks with at most one line break. */
function longestMatch(text: string, start: number, root: TrieNode): { entry: Entry; end: number } | undefined {
  const length = text.length;
  let node = root;
  let at = start;
  let best: { entry: Entry; end: number } | undefined;
  while (at < length) {
    const code = text.charCodeAt(at);
    let child: TrieNode | undefined;
    let after = at + 1;
    if (isBlankOrBreakCode(code)) {
      child = node.next.get(0x20);
      let breaks = code === 0x0a ? 1 : 0;
      while (after < length) {
        const next = text.charCodeAt(after);
        if (!isBlankOrBreakCode(next)) break;
        if (next === 0x0a) breaks++;
        after++;
      }
      if (breaks > 1) child = undefined;
    } else {
      child = node.next.get(foldCode(code));
    }
    if (!child) break;
    node = child;
    at = after;
    if (node.entry) {
      const boundary = text.charCodeAt(at);
      const wordEnd = !isLetterCode(boundary) && !isDigitCode(boundary);
      // A name ending with a period (U.S.) needs no boundary.
      if (wordEnd || node.entryEndsWithStop) best = { entry: node.entry, end: at };
    }
  }
  return best;
}

const DATE =
  /(\d{1,2})[\s\u00a0]+(January|February|March|April|May|June|July|August|September|October|November|December)[\s\u00a0]+(\d{4})/;

function isoDate(text: string | undefined): string | undefined {
  const match = text ? DATE.exec(text) : null;
  if (!match) return undefined;
  // The pattern captures the day, the month and the year, always.
  const month = MONTHS.indexOf(match[2]!) + 1;
  return `${match[3]}-${String(month).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
}

/**
 * The earliest date the text can have been adopted: the adoption line, the closing, the masthead
 * date, the year of an SC resolution number, the session of a GA resolution number. Undefined for
 * a draft without dates (every name is then checked).
 */
export function adoptionDate(model: Resolution): string | undefined {
  const candidates = [
    model.adoption?.date?.text,
    ...model.closings.map((closing) => closing.date?.text),
    model.masthead?.date?.text,
  ];
  for (const candidate of candidates) {
    const date = isoDate(candidate);
    if (date) return date;
  }
  // The year in the heading (`S/RES/2645 (2022)`, `Resolution 2645 (2022)`), before the organ line: never one cited in the text.
  const headEnd = Math.min(model.organLines[0]?.start ?? 0, 400);
  const heading = [model.masthead?.symbol?.text, model.title?.number?.text, model.text.slice(0, headEnd)].join(' ');
  const year = /\((19[4-9]\d|20\d\d)\)/.exec(heading);
  if (year) return `${year[1]}-01-01`;
  const session = model.title?.number?.text.match(/^(\d{1,2})\/\d+$/);
  if (session && model.organ === 'GA') return `${1945 + Number(session[1])}-09-01`;
  return undefined;
}

/** `Istanbul, Turkey, 9–13 May 2011`: the place line of a cited conference report's title. */
function inCitedTitle(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (!/[A-Z][\p{L}'’.-]*,[\s\u00a0]+$/u.test(before)) return false;
  const after = text.slice(end, end + 50);
  return /^,[\s\u00a0]+\d{1,2}(?:[\s\u00a0]*[–-][\s\u00a0]*\d{1,2})?[\s\u00a0]+(?:[A-Z][a-z]+[\s\u00a0]*[–-][\s\u00a0]*\d{1,2}[\s\u00a0]+)?[A-Z][a-z]+[\s\u00a0]+\d{4}/.test(
    after,
  );
}

/**
 * A name that is part of another name: a case (`Georgia v. Russia (II)`), another organization's
 * mission named after the country with its acronym (`… Mission in the Democratic Republic of Congo
 * (SAMIDRC)`), a person's
 * nationality in a list (`O-Gon Kwon (South Korea)`), an institution (`Police Academy of Russia`),
 * a name in capitals (`PAE WON UK`).
 */
function partOfOtherName(text: string, start: number, end: number, wrapped: boolean): boolean {
  // Read within the name's own paragraph (its line; in hard-wrapped print, up to a blank line): what
  // another paragraph says changes nothing here (scope `paragraph`).
  const window =
    text
      .slice(Math.max(0, start - 120), start)
      .split(wrapped ? /\n[ \t\r\u00a0]*\n/ : /\n/)
      .pop() ?? '';
  const before = window.slice(-60);
  const after = text.slice(end, end + 30);
  if (/\bv\.[\s\u00a0]+$/.test(before) || /^[\s\u00a0]+v\.[\s\u00a0]/.test(after)) return true;
  // Another organization's mission (`Southern African Development Community Mission in the Democratic
  // Republic of Congo (SAMIDRC)`), named by that organization; a United Nations mission's name is the
  // UN's own and takes the UN name of the country (`United Nations Operation in Côte d'Ivoire`).
  const mission = /\b[A-Z][a-z]+[\s\u00a0]+in(?:[\s\u00a0]+the)?[\s\u00a0]+$/.test(before);
  if (mission && /^[\s\u00a0]*\([A-Z]{4,}\)/.test(after) && !/United[\s\u00a0]+Nations\b[^,;.()]*$/.test(window))
    return true;
  if (/[A-Z][\p{L}'’-]*[\s\u00a0]*\($/u.test(before) && after.startsWith(')')) return true;
  // An institution's name: `Domodedovo Police Academy of Russia`.
  if (
    /\b(?:Academy|University|Institute|College|School|Museum|Library|Foundation)[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?$/.test(
      before,
    )
  )
    return true;
  // A name in capitals: the variant in capitals right after another word in capitals.
  const previous = previousWord(text, start);
  const written = text.slice(start, end);
  return (
    previous !== undefined &&
    previous.text.length > 1 &&
    /^[A-Z]+$/.test(previous.text) &&
    written === written.toUpperCase() &&
    /^[ \u00a0]+$/.test(text.slice(previous.end, start))
  );
}

/** Variants that stand for the informal name in running text: U.S. dollars → United States dollars. */
const INFORMAL_FOR = new Set(['U.S.', 'UK', 'U.K.', 'Britain', 'Great Britain']);

function replacement(text: string, start: number, entry: Entry): { name: string; editStart: number } {
  const { state, form } = entry;
  const previous = previousWord(text, start);
  const afterThe =
    previous !== undefined &&
    (previous.text === 'the' || previous.text === 'The') &&
    isBlankOrBreak(text[previous.end]);
  const lineStart = start === 0 || text[start - 1] === '\n';
  const tableCell = lineStart && text[start + form.length] === '\t';
  let name: string;
  let article: boolean;
  const informal = state.informal?.[0];
  if (informal !== undefined && INFORMAL_FOR.has(form)) {
    name = informal;
    article = state.article === true;
  } else if (state.name.includes('(') && state.formal && !tableCell) {
    name = state.formal;
    article = true;
  } else {
    name = state.name;
    article = state.article === true && !tableCell;
  }
  if (article && !afterThe) {
    const capital = lineStart || /[.!?]\s*$/.test(text.slice(Math.max(0, start - 3), start));
    return { name: `${capital ? 'The' : 'the'} ${name}`, editStart: start };
  }
  // "the Ivory Coast" → "Côte d'Ivoire": the article goes with the old name.
  if (!article && afterThe && previous) return { name, editStart: previous.start };
  return { name, editStart: start };
}

export const memberStateName: Rule = {
  meta: {
    id: 'member-state-name',
    description:
      "Member States under their UN names (Türkiye, Viet Nam, Côte d'Ivoire, Iran (Islamic Republic of) …), not former or colloquial names.",
    defaultSeverity: 'warning',
    fixable: true,
    repeatsAsInformation: true,
  },
  scope: 'paragraph',
  // Stops at MAX_FINDINGS: a text full of one mistake cannot flood the editor.
  capped: true,
  check(model) {
    trie ??= buildTrie();
    const root = trie;
    const text = model.text;
    const findings: Finding[] = [];
    const date = adoptionDate(model);
    const { count, starts } = wordIndex(model);
    firstCodes ??= firstCodesOf(root);
    const firsts = firstCodes;
    // Names start at a word (outside quotations and debris) not glued to a digit, with a letter a name starts with.
    let index = 0;
    for (let word = 0; word < count && findings.length < MAX_FINDINGS; word++) {
      const start = starts[word]!; // word < count: within the index
      if (start < index) continue;
      if ((start > 0 && isDigitCode(text.charCodeAt(start - 1))) || firsts[text.charCodeAt(start)] === 0) continue;
      const match = longestMatch(text, start, root);
      if (!match) continue;
      index = match.end;
      const { entry, end } = match;
      if (!entry.variant) continue;
      const form = entry.form;
      const changed = STATE_NAME_CHANGES[form];
      if (changed !== undefined && date !== undefined && date < changed) continue;
      if (model.organ === 'SC' && SC_RUNNING_TEXT_NAMES.includes(form)) continue;
      // Part of a compound or a longer name: Iran-Iraq, Vietnam War, UAE Consensus.
      const before = text[start - 1];
      const after = text[end];
      if (
        (before !== undefined && /[-\u2010\u2011/]/.test(before)) ||
        (after !== undefined && /[-\u2010\u2011/]/.test(after))
      )
        continue;
      const next = nextWord(text, end);
      if (
        next &&
        isLineBlank(text[end]) &&
        !/[\r\n]/.test(text.slice(end, next.start)) &&
        /^[A-Z]/.test(next.text) &&
        next.text !== 'and'
      )
        continue;
      if (inCitedTitle(text, start, end)) continue;
      if (partOfOtherName(text, start, end, model.wrapped) || inListEntry(text, start)) continue;
      const written = text.slice(start, end).replace(/\s+/g, ' ');
      const { name, editStart } = replacement(text, start, entry);
      const official = entry.state.name;
      const message =
        name.replace(/^[Tt]he /, '') === official
          ? `The UN name is "${official}", not "${written}".`
          : `Write "${name.replace(/^The /, 'the ')}" (UN short name "${official}"), not "${written}".`;
      findings.push({
        start,
        end,
        message,
        fix: { title: `Change to "${name}"`, edits: [{ start: editStart, end, newText: name }] },
      });
    }
    return findings;
  },
};
