// un-terms: fixed UN terms — Secretary-General (hyphen, capitals), Member States (capital M and
// S for the Members of the United Nations), United Nations (not U.N. or UN in running text),
// non-governmental organizations (not NGOs, nongovernmental), Economic and Social Council (not
// ECOSOC), inter alia (not inter-alia). Quoted titles and names that contain an abbreviation
// (UN-Women, UN News) are left alone.
// An organ's own house style (data/house-style.ts: `UN`, `Secretary General`, `member states` in
// Security Council texts) is not reported in its texts; `Secretary -General`, the hyphen split off
// by a space (debris of a pasted ODS document), is reported in every organ's texts.
import { houseStyle, type TermForm } from '../data/house-style';
import type { Resolution } from '../model';
import {
  ABBREVIATION_NAME_WORDS,
  FEDERAL_STATE_CUES,
  OTHER_ORGANIZATION_CUES,
  SECRETARY_GENERAL_OTHER_BODIES,
  SPELLED_OUT_TERMS,
} from '../data/terms';
import { isBlankOrBreak, isLineBlank } from '../text/blanks';
import { isCapital, isDigitChar, isLetter } from '../text/characters';
import { matchPhrase } from '../text/phrase';
import { matchCase, nextWord, previousWord, type Word } from './sentence';
import { type Finding, MAX_FINDINGS, type Rule, type TextEdit } from './types';
import { forEachWordOf, wordFilter } from './word-index';

const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const NAME_WORDS = new Set(ABBREVIATION_NAME_WORDS);
const OTHER_BODIES = SECRETARY_GENERAL_OTHER_BODIES;
const FEDERAL = new Set(FEDERAL_STATE_CUES);
const OTHER_ORGANIZATION = new Set(OTHER_ORGANIZATION_CUES);

/** The words the rule looks at (`check`'s switch), as `hashLower` hashes. */
const CANDIDATES = wordFilter([
  'secretary',
  'member',
  'u',
  'un',
  'ecosoc',
  'ngo',
  'ngos',
  'nongovernmental',
  'non',
  'inter',
]);

function replace(start: number, end: number, newText: string, message: string, edits?: TextEdit[]): Finding {
  return {
    start,
    end,
    message,
    fix: {
      title: newText ? `Change to "${newText}"` : 'Delete the abbreviation',
      edits: edits ?? [{ start, end, newText }],
    },
  };
}

/** `United Nations (UN)`, `Economic and Social Council (ECOSOC)`: the abbreviation in brackets after the full term. Returns the span to delete. */
function bracketedAfterFull(
  text: string,
  start: number,
  end: number,
  full: string,
): { start: number; end: number } | undefined {
  if (text[start - 1] !== '(' || text[end] !== ')') return undefined;
  let at = start - 1;
  while (at > 0 && isLineBlank(text[at - 1])) at--;
  const before = text.slice(Math.max(0, at - full.length - 1), at).toLowerCase();
  if (!before.endsWith(full.toLowerCase())) return undefined;
  return { start: at, end: end + 1 };
}

/** `Secretary -General`, `Secretary - General`: a hyphen with a space before it. Returns the end of `General`. */
function spacedHyphen(text: string, end: number): number {
  let at = end;
  while (text[at] === ' ' || text[at] === '\u00a0') at++;
  if (at === end || !HYPHENS.has(text.charAt(at))) return -1;
  at++;
  while (text[at] === ' ' || text[at] === '\u00a0') at++;
  const general = nextWord(text, at);
  if (!general || general.start !== at || general.text !== 'General') return -1;
  return general.end;
}

function secretaryGeneral(text: string, word: Word, accepts: readonly TermForm[]): Finding | undefined {
  const after = text[word.end];
  // Secretary-General with the hyphen: only the capitals can be wrong (Secretary-general, secretary-general).
  if (after !== undefined && HYPHENS.has(after)) {
    const general = nextWord(text, word.end + 1);
    if (!general || general.start !== word.end + 1 || general.text.toLowerCase() !== 'general') return undefined;
    if (word.text === 'Secretary' && general.text === 'General') return undefined;
    if (HYPHENS.has(text.charAt(general.end))) return undefined;
    const right = `Secretary${after}General`;
    return replace(
      word.start,
      general.end,
      right,
      `Write "Secretary-General" with capital S and G, not "${text.slice(word.start, general.end)}".`,
    );
  }
  if (word.text !== 'Secretary') return undefined;
  const spaced = spacedHyphen(text, word.end);
  if (spaced >= 0)
    return replace(
      word.start,
      spaced,
      'Secretary-General',
      `Write "Secretary-General" without spaces around the hyphen, not "${text.slice(word.start, spaced)}".`,
    );
  if (accepts.includes('Secretary General')) return undefined;
  const end = matchPhrase(text, word.end, ' General');
  if (end < 0 || isLetter(text[end])) return undefined;
  // Another organization's Secretary General, as it writes the title itself.
  const previous = previousWord(text, word.start);
  if (previous && OTHER_BODIES.includes(previous.text)) return undefined;
  const of = matchPhrase(text, end, ' of the ');
  if (of >= 0 && OTHER_BODIES.some((body) => matchPhrase(text, of, body) >= 0)) return undefined;
  return replace(
    word.start,
    end,
    'Secretary-General',
    `Write "Secretary-General" with a hyphen, not "${text.slice(word.start, end).replace(/\s+/g, ' ')}".`,
  );
}

function memberStates(text: string, word: Word, accepts: readonly TermForm[]): Finding | undefined {
  const states = nextWord(text, word.end);
  if (!states || !/^(?:states?|States?)$/.test(states.text)) return undefined;
  if (text.slice(word.end, states.start).split('\n').length > 2 || !isBlankOrBreak(text[word.end])) return undefined;
  const plural = states.text.endsWith('s');
  const written = text.slice(word.start, states.end).replace(/\s+/g, ' ');
  const isCapitalM = word.text === 'Member';
  const isCapitalS = isCapital(states.text[0]);
  if (isCapitalS) return undefined; // Member States; member States of another organization
  if (!isCapitalM && accepts.includes('member states')) return undefined;
  const previous = previousWord(text, word.start);
  if (previous && FEDERAL.has(previous.text)) return undefined; // federal member states (Somalia)
  const right = plural ? 'Member States' : 'Member State';
  if (!isCapitalM) {
    const otherOrganization =
      (previous !== undefined && OTHER_ORGANIZATION.has(previous.text)) || matchPhrase(text, states.end, ' of ') >= 0;
    if (otherOrganization) {
      const other = plural ? 'member States' : 'member State';
      return replace(
        word.start,
        states.end,
        other,
        `Write "${other}" (capital S) for the members of an organization, not "${written}".`,
      );
    }
  }
  return replace(
    word.start,
    states.end,
    right,
    `Write "${right}" (capital M and S) for the Members of the United Nations, not "${written}".`,
  );
}

const NO_LINE_BREAK = /^[^\r\n]*$/;
const ONE_LINE_BREAK_AT_MOST = /^[^\r\n]*(?:\r?\n|\r)?[^\r\n]*$/;

function abbreviation(text: string, word: Word, wrapped: boolean, accepts: readonly TermForm[]): Finding | undefined {
  let key = word.text;
  let end = word.end;
  if (word.text === 'U') {
    if (!text.startsWith('U.N.', word.start) || isLetter(text[word.start + 4])) return undefined;
    key = 'U.N.';
    end = word.start + 4;
  }
  if (key === 'UN' && accepts.includes('UN')) return undefined;
  const plural = key === 'NGOs';
  if (plural) key = 'NGO';
  const term = SPELLED_OUT_TERMS[key];
  if (!term) return undefined;
  const full = plural ? (term.plural ?? term.full) : term.full;
  const before = text[word.start - 1];
  const after = text[end];
  // Part of a name: UN-Women, AU-UN, UN/…, Model UN, UN News, NGO Committee, ECOSOC Chamber.
  if (
    isDigitChar(after) ||
    (after !== undefined && (HYPHENS.has(after) || after === '/')) ||
    (before !== undefined && (HYPHENS.has(before) || before === '/'))
  )
    return undefined;
  const next = nextWord(text, end);
  // The next word on the same line, or on the next one in hard-wrapped print (`UN` / `Chronicle`).
  const adjacentNext =
    next !== undefined &&
    (isLineBlank(text[end]) || (wrapped && /[\r\n]/.test(text[end] ?? ''))) &&
    (wrapped ? ONE_LINE_BREAK_AT_MOST : NO_LINE_BREAK).test(text.slice(end, next.start));
  if (key !== 'U.N.' && adjacentNext && (isCapital(next.text[0]) || NAME_WORDS.has(next.text))) return undefined;
  const previous = previousWord(text, word.start);
  if (
    key === 'UN' &&
    previous !== undefined &&
    isCapital(previous.text[0]) &&
    previous.text !== 'The' &&
    isLineBlank(before)
  )
    return undefined;
  const bracket = bracketedAfterFull(text, word.start, end, full);
  if (bracket) {
    return replace(
      word.start,
      end,
      '',
      `Write the term in full without the abbreviation "${text.slice(word.start, end)}".`,
      [{ start: bracket.start, end: bracket.end, newText: '' }],
    );
  }
  const message = `Write "${full}" in full, not "${text.slice(word.start, end)}".`;
  // an NGO → a non-governmental organization
  if (key === 'NGO' && previous && (previous.text === 'an' || previous.text === 'An') && isBlankOrBreak(before)) {
    const article = previous.text === 'an' ? 'a' : 'A';
    return {
      start: word.start,
      end,
      message,
      fix: { title: `Change to "${full}"`, edits: [{ start: previous.start, end, newText: `${article} ${full}` }] },
    };
  }
  return replace(word.start, end, full, message);
}

function nonGovernmental(text: string, word: Word): Finding | undefined {
  if (word.text === 'nongovernmental' || word.text === 'Nongovernmental') {
    const right = matchCase(word.text, 'non-governmental');
    return replace(word.start, word.end, right, `Write "${right}" with a hyphen, not "${word.text}".`);
  }
  if (word.text === 'non' || word.text === 'Non') {
    const next = nextWord(text, word.end);
    if (
      !next ||
      next.text !== 'governmental' ||
      !isLineBlank(text[word.end]) ||
      /[\r\n]/.test(text.slice(word.end, next.start))
    )
      return undefined;
    const right = matchCase(word.text, 'non-governmental');
    return replace(
      word.start,
      next.end,
      right,
      `Write "${right}" with a hyphen, not "${text.slice(word.start, next.end)}".`,
    );
  }
  return undefined;
}

/** `inter-alia`: the Latin phrase is two words, without a hyphen (UN Editorial Manual), as in every adopted text but two. */
function interAlia(text: string, word: Word): Finding | undefined {
  if (!HYPHENS.has(text[word.end] ?? '')) return undefined;
  const alia = nextWord(text, word.end + 1);
  if (!alia || alia.start !== word.end + 1 || alia.text.toLowerCase() !== 'alia' || isLetter(text[alia.end]))
    return undefined;
  const right = `${word.text} ${alia.text}`;
  return replace(
    word.start,
    alia.end,
    right,
    `Write "${right}" as two words, without a hyphen, not "${text.slice(word.start, alia.end)}".`,
  );
}

export const unTerms: Rule = {
  meta: {
    id: 'un-terms',
    description:
      'Fixed UN terms: Secretary-General, Member States, United Nations (not U.N.), non-governmental organizations, Economic and Social Council, inter alia.',
    defaultSeverity: 'warning',
    fixable: true,
    repeatsAsInformation: true,
  },
  scope: 'paragraph',
  // Stops at MAX_FINDINGS: a text full of one mistake cannot flood the editor.
  capped: true,
  check(model: Resolution) {
    const text = model.text;
    const findings: Finding[] = [];
    const accepts = houseStyle(model.organ).terms;
    let skipUntil = 0;
    forEachWordOf(model, CANDIDATES, (word) => {
      if (word.start < skipUntil || findings.length >= MAX_FINDINGS) return;
      let found: Finding | undefined;
      switch (word.text) {
        case 'Secretary':
        case 'secretary':
          found = secretaryGeneral(text, word, accepts);
          break;
        case 'Member':
        case 'member':
          found = memberStates(text, word, accepts);
          break;
        case 'U':
        case 'UN':
        case 'ECOSOC':
        case 'NGO':
        case 'NGOs':
          found = abbreviation(text, word, model.wrapped, accepts);
          break;
        case 'nongovernmental':
        case 'Nongovernmental':
        case 'non':
        case 'Non':
          found = nonGovernmental(text, word);
          break;
        case 'inter':
        case 'Inter':
          found = interAlia(text, word);
          break;
        default:
          return;
      }
      if (found) {
        findings.push(found);
        skipUntil = found.end;
      }
    });
    return findings;
  },
};
