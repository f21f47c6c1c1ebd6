// member-state-name: Member States and observer States under their UN names (UNTERM short names:
// Türkiye, Viet Nam, Côte d'Ivoire, Eswatini, Iran (Islamic Republic of) …). A former or
// colloquial name (`variants` in the data) is reported with a fix to the UN name; informal forms
// the UN itself uses in running text (the United States, the Netherlands) are not. A name inside
// an official name (Iran in "the Islamic Republic of Iran", Britain in "United Kingdom of Great
// Britain …") is not a variant; nor is a former name in a text adopted before the change, in a
// quoted title or in a cited report title (`Istanbul, Turkey, 9–13 May 2011`).
import type { Resolution } from '../model';
import { MEMBER_STATES, type MemberState } from '../data/member-states';
import { SC_RUNNING_TEXT_NAMES, STATE_NAME_CHANGES } from '../data/terms';
import type { Finding, Rule } from './types';
import { excludedSpans, foldChar, isBlank, isDigitChar, isLetter, isSpace, MAX_FINDINGS, nextWord, previousWord, SpanCursor } from './un-spelling';

interface Entry {
  state: MemberState;
  /** The form as written in the data. */
  form: string;
  variant: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: Entry;
}

let trie: TrieNode | undefined;

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Map() };
  const add = (form: string, entry: Entry): void => {
    let node = root;
    for (const raw of form) {
      const char = foldChar(raw);
      let child = node.next.get(char);
      if (!child) {
        child = { next: new Map() };
        node.next.set(char, child);
      }
      node = child;
    }
    // An official form wins over a variant spelt the same.
    if (!node.entry || (node.entry.variant && !entry.variant)) node.entry = entry;
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
  let node = root;
  let at = start;
  let best: { entry: Entry; end: number } | undefined;
  while (at < text.length) {
    const char = text[at];
    let child: TrieNode | undefined;
    let after = at + 1;
    if (isSpace(char)) {
      child = node.next.get(' ');
      let breaks = char === '\n' ? 1 : 0;
      while (after < text.length && isSpace(text[after])) {
        if (text[after] === '\n') breaks++;
        after++;
      }
      if (breaks > 1) child = undefined;
    } else {
      child = node.next.get(foldChar(char));
    }
    if (!child) break;
    node = child;
    at = after;
    if (node.entry) {
      const boundary = text[at];
      const wordEnd = !isLetter(boundary) && !isDigitChar(boundary);
      // A name ending with a period (U.S.) needs no boundary.
      if (wordEnd || /[.)]$/.test(node.entry.form)) best = { entry: node.entry, end: at };
    }
  }
  return best;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DATE = /(\d{1,2})[\s\u00a0]+(January|February|March|April|May|June|July|August|September|October|November|December)[\s\u00a0]+(\d{4})/;

function isoDate(text: string | undefined): string | undefined {
  const match = text ? DATE.exec(text) : null;
  if (!match) return undefined;
  const month = MONTHS.indexOf(match[2]) + 1;
  return `${match[3]}-${String(month).padStart(2, '0')}-${match[1].padStart(2, '0')}`;
}

/**
 * The earliest date the text can have been adopted: the adoption line, the closing, the masthead
 * date, the year of an SC resolution number, the session of a GA resolution number. Undefined for
 * a draft without dates (every name is then checked).
 */
export function adoptionDate(model: Resolution): string | undefined {
  const candidates = [model.adoption?.date?.text, ...model.closings.map((closing) => closing.date?.text), model.masthead?.date?.text];
  for (const candidate of candidates) {
    const date = isoDate(candidate);
    if (date) return date;
  }
  const head = model.text.slice(0, 400);
  const year = /\((19[4-9]\d|20\d\d)\)/.exec(head);
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
  return /^,[\s\u00a0]+\d{1,2}(?:[\s\u00a0]*[–-][\s\u00a0]*\d{1,2})?[\s\u00a0]+(?:[A-Z][a-z]+[\s\u00a0]*[–-][\s\u00a0]*\d{1,2}[\s\u00a0]+)?[A-Z][a-z]+[\s\u00a0]+\d{4}/.test(after);
}

/** Variants that stand for the informal name in running text: U.S. dollars → United States dollars. */
const INFORMAL_FOR = new Set(['U.S.', 'UK', 'U.K.', 'Britain', 'Great Britain']);

function replacement(text: string, start: number, entry: Entry): { name: string; editStart: number } {
  const { state, form } = entry;
  const previous = previousWord(text, start);
  const afterThe = previous !== undefined && (previous.text === 'the' || previous.text === 'The') && isSpace(text[previous.end]);
  const lineStart = start === 0 || text[start - 1] === '\n';
  const tableCell = lineStart && text[start + form.length] === '\t';
  let name: string;
  let article: boolean;
  if (state.informal && INFORMAL_FOR.has(form)) {
    name = state.informal[0];
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
    description: "Member States under their UN names (Türkiye, Viet Nam, Côte d'Ivoire, Iran (Islamic Republic of) …), not former or colloquial names.",
    defaultSeverity: 'warning',
    fixable: true,
  },
  check(model) {
    trie ??= buildTrie();
    const root = trie;
    const text = model.text;
    const findings: Finding[] = [];
    const cursor = new SpanCursor(excludedSpans(model));
    const date = adoptionDate(model);
    let index = 0;
    while (index < text.length && findings.length < MAX_FINDINGS) {
      const char = text[index];
      if (!isLetter(char) || isLetter(text[index - 1]) || isDigitChar(text[index - 1]) || !root.next.has(foldChar(char))) {
        index++;
        continue;
      }
      if (cursor.contains(index)) {
        index++;
        continue;
      }
      const match = longestMatch(text, index, root);
      if (!match) {
        index++;
        continue;
      }
      const start = index;
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
      if ((before !== undefined && /[-\u2010\u2011/]/.test(before)) || (after !== undefined && /[-\u2010\u2011/]/.test(after))) continue;
      const next = nextWord(text, end);
      if (next && isBlank(text[end]) && !text.slice(end, next.start).includes('\n') && /^[A-Z]/.test(next.text) && next.text !== 'and') continue;
      if (inCitedTitle(text, start, end)) continue;
      const written = text.slice(start, end).replace(/\s+/g, ' ');
      const { name, editStart } = replacement(text, start, entry);
      const official = entry.state.name;
      const message =
        name.replace(/^[Tt]he /, '') === official
          ? `The UN name is "${official}", not "${written}".`
          : `Write "${name.replace(/^The /, 'the ')}" (UN short name "${official}"), not "${written}".`;
      findings.push({ start, end, message, fix: { title: `Change to "${name}"`, edits: [{ start: editStart, end, newText: name }] } });
    }
    return findings;
  },
};
