// un-spelling: the UN spells as the first form of the Concise Oxford English Dictionary —
// -ize (organization, recognize) except where -ise is part of the root (advise, exercise),
// -yse (analyse), programme, centre, labour, defence, fulfil, judgement (judgment of a court).
// Quoted titles and proper names are left alone; Security Council texts keep their -ise forms.
//
// This file also exports the text scanning shared by the word-level rules (un-terms,
// member-state-name): which parts of the text are quoted titles or debris, word reading and
// phrase matching with any run of blanks standing for one space.
import type { Resolution, Span } from '../model';
import { buildSpellings, LEGAL_JUDGMENT_CUES, NAME_FIXES, NON_LEGAL_JUDGEMENT_MODIFIERS, type Spelling } from '../data/spellings';
import type { Finding, Rule } from './types';

// ---------- shared scanning ----------

/** A word-level rule stops reporting after this many findings (a pathological paste cannot flood the editor or stall the server). */
export const MAX_FINDINGS = 10000;

const isLetterCode = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);

export const isLetter = (char: string | undefined): boolean => char !== undefined && char.length > 0 && isLetterCode(char.charCodeAt(0));

export const isDigitChar = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';

/** Blanks inside a line: space, tab, no-break spaces, thin spaces. */
export const isBlank = (char: string | undefined): boolean =>
  char === ' ' || char === '\t' || char === '\u00a0' || char === '\u202f' || char === '\u2009' || char === '\u2007';

/** Blanks or line breaks (a name or phrase may be wrapped in hard-wrapped print). */
export const isSpace = (char: string | undefined): boolean => isBlank(char) || char === '\n' || char === '\r';

const APOSTROPHES = new Set(["'", '’', '‘']);
const HYPHENS = new Set(['-', '\u2010', '\u2011']);

/** The same character for matching: curly apostrophes as `'`, non-breaking hyphens as `-`. */
export function foldChar(char: string): string {
  if (APOSTROPHES.has(char)) return "'";
  if (HYPHENS.has(char)) return '-';
  return char;
}

/**
 * Matches `phrase` at `position`: a space in the phrase matches any run of blanks and at most one
 * line break, apostrophes and hyphens match their typographic forms. Returns the end, or -1.
 */
export function matchPhrase(text: string, position: number, phrase: string, ignoreCase = false): number {
  let at = position;
  for (let index = 0; index < phrase.length; index++) {
    const wanted = phrase[index];
    if (wanted === ' ') {
      if (!isSpace(text[at])) return -1;
      let breaks = 0;
      while (at < text.length && isSpace(text[at])) {
        if (text[at] === '\n') breaks++;
        at++;
      }
      if (breaks > 1) return -1;
      continue;
    }
    const char = text[at];
    if (char === undefined) return -1;
    const folded = foldChar(char);
    if (folded !== wanted && !(ignoreCase && folded.toLowerCase() === wanted.toLowerCase())) return -1;
    at++;
  }
  return at;
}

/** Sorted, non-overlapping spans; `contains` must be asked with non-decreasing positions. */
export class SpanCursor {
  private index = 0;
  constructor(private readonly spans: readonly Span[]) {}
  contains(position: number): boolean {
    while (this.index < this.spans.length && this.spans[this.index].end <= position) this.index++;
    const span = this.spans[this.index];
    return span !== undefined && span.start <= position;
  }
}

/**
 * Text between quotation marks (“…”, "…"): titles of documents and events, quoted words, which
 * are cited as written. A quotation never runs past the end of its line (past a blank line in
 * hard-wrapped print); an unclosed quotation mark quotes nothing.
 */
export function quotedSpans(model: Resolution): Span[] {
  const text = model.text;
  const spans: Span[] = [];
  let open = -1;
  let straight = false;
  let lineBlank = true;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\n') {
      if (!model.wrapped || lineBlank) open = -1;
      lineBlank = true;
      continue;
    }
    if (!isSpace(char)) lineBlank = false;
    if (char === '“' || char === '„') {
      open = index;
      straight = false;
    } else if (char === '”') {
      if (open >= 0 && !straight) spans.push({ start: open, end: index + 1 });
      open = -1;
    } else if (char === '"') {
      if (open >= 0 && straight) {
        spans.push({ start: open, end: index + 1 });
        open = -1;
      } else if (open < 0) {
        open = index;
        straight = true;
      }
    }
  }
  return spans;
}

/** Spans no word-level rule looks into: quotations and document-system debris, merged and sorted. */
export function excludedSpans(model: Resolution): Span[] {
  const all = [...quotedSpans(model), ...model.debris.map(({ start, end }) => ({ start, end }))].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of all) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

export interface Word {
  start: number;
  end: number;
  text: string;
}

/** Calls `visit` for every run of letters outside the excluded spans, in order. */
export function forEachWord(model: Resolution, visit: (word: Word) => void): void {
  const text = model.text;
  const cursor = new SpanCursor(excludedSpans(model));
  let index = 0;
  while (index < text.length) {
    if (!isLetterCode(text.charCodeAt(index))) {
      index++;
      continue;
    }
    const start = index;
    while (index < text.length && isLetterCode(text.charCodeAt(index))) index++;
    if (!cursor.contains(start)) visit({ start, end: index, text: text.slice(start, index) });
  }
}

/** The word before `position` (skipping blanks, stopping at other punctuation), or undefined. */
export function previousWord(text: string, position: number): Word | undefined {
  let at = position;
  const limit = Math.max(0, position - 60);
  while (at > limit && isSpace(text[at - 1])) at--;
  const end = at;
  while (at > limit && isLetter(text[at - 1])) at--;
  return end > at ? { start: at, end, text: text.slice(at, end) } : undefined;
}

/** The word after `position` (skipping blanks), or undefined when punctuation comes first. */
export function nextWord(text: string, position: number): Word | undefined {
  let at = position;
  const limit = Math.min(text.length, position + 60);
  while (at < limit && isSpace(text[at])) at++;
  const start = at;
  while (at < limit && isLetter(text[at])) at++;
  return at > start ? { start, end: at, text: text.slice(start, at) } : undefined;
}

const isCapital = (char: string | undefined): boolean => char !== undefined && char !== char.toLowerCase() && char === char.toUpperCase();

/** True when a word at `start` begins a sentence, a paragraph, a list item or a line. */
export function atSentenceStart(text: string, start: number): boolean {
  let at = start;
  const limit = Math.max(0, start - 40);
  while (at > limit && isBlank(text[at - 1])) at--;
  if (at === 0) return true;
  const previous = text[at - 1];
  return previous === '\n' || previous === '\r' || previous === '.' || previous === '!' || previous === '?' || previous === ':' || previous === ';' || previous === ')' || previous === '*';
}

const NAME_CONNECTIVES = new Set(['of', 'for', 'on', 'and', 'in', 'against', 'to', 'de']);

/** A capitalised word that opens a sentence is a name when a capitalised word follows it, directly or after `of`/`for`… (`Center for Disease Control`). */
export function startsName(text: string, end: number): boolean {
  const next = nextWord(text, end);
  if (!next || text.slice(end, next.start).includes('\n\n')) return false;
  if (isCapital(next.text[0])) return true;
  if (!NAME_CONNECTIVES.has(next.text)) return false;
  let after = nextWord(text, next.end);
  if (after?.text === 'the') after = nextWord(text, after.end);
  return after !== undefined && isCapital(after.text[0]);
}

/** `replacement` with the capitalisation of `original` (first letter, or all capitals). */
export function matchCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase()) return replacement.toUpperCase();
  if (isCapital(original[0])) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}

// ---------- the rule ----------

let spellings: Map<string, Spelling> | undefined;
const NON_LEGAL = new Set(NON_LEGAL_JUDGEMENT_MODIFIERS);
const LEGAL = new Set(LEGAL_JUDGMENT_CUES);
const COMPUTER = new Set(['computer', 'software', 'malicious', 'antivirus', 'executable']);
const NAME_FIRST_WORDS = new Set(NAME_FIXES.map((fix) => fix.wrong.split(' ')[0]));

function message(wrong: string, right: string, spelling: Spelling): string {
  switch (spelling.kind) {
    case 'ize':
      return `UN spelling is "${right}" (-ize), not "${wrong}".`;
    case 'ise-root':
      return `UN spelling is "${right}" (-ise is part of the root), not "${wrong}".`;
    case 'yse':
      return `UN spelling is "${right}" (-yse), not "${wrong}".`;
    default:
      return `UN spelling is "${right}", not "${wrong}".`;
  }
}

function finding(word: Word, right: string, text: string): Finding {
  return { start: word.start, end: word.end, message: text, fix: { title: `Change to "${right}"`, edits: [{ start: word.start, end: word.end, newText: right }] } };
}

/** judgment/judgement: the legal sense is `judgment`, every other sense `judgement`. */
function judgement(model: Resolution, word: Word, lower: string): Finding | undefined {
  const text = model.text;
  const plural = lower.endsWith('s');
  const previous = previousWord(text, word.start)?.text.toLowerCase();
  if (lower === 'judgment' || lower === 'judgments') {
    let nonLegal = previous !== undefined && NON_LEGAL.has(previous);
    if (!nonLegal && previous === 'of') {
      const before = previousWord(text, previousWord(text, word.start)!.start)?.text.toLowerCase();
      nonLegal = before === 'error' || before === 'errors' || before === 'exercise' || before === 'lapse';
    }
    if (!nonLegal) return undefined;
    const right = matchCase(word.text, plural ? 'judgements' : 'judgement');
    return finding(word, right, `UN spelling is "${right}" outside the legal sense, not "${word.text}".`);
  }
  let legal = previous !== undefined && LEGAL.has(previous);
  if (!legal) {
    const after = text.slice(word.end, word.end + 60).replace(/[\s\u00a0]+/g, ' ');
    legal = /^ (?:of|by) the (?:[A-Z][a-z]+ )*(?:Court|Tribunal|Chamber)\b/.test(after);
  }
  if (!legal) return undefined;
  const right = matchCase(word.text, plural ? 'judgments' : 'judgment');
  return finding(word, right, `A judgment of a court is spelt "${right}", not "${word.text}".`);
}

export const unSpelling: Rule = {
  meta: {
    id: 'un-spelling',
    description: 'UN spelling (Concise Oxford first forms): -ize, -yse, programme, centre, labour, defence, fulfil, judgement.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check(model) {
    spellings ??= buildSpellings();
    const table = spellings;
    const text = model.text;
    const findings: Finding[] = [];
    let skipUntil = 0;
    forEachWord(model, (word) => {
      if (word.start < skipUntil || findings.length >= MAX_FINDINGS) return;
      // Official names of UN bodies, even capitalised: International Labor Organization → Labour.
      if (NAME_FIRST_WORDS.has(word.text)) {
        for (const fix of NAME_FIXES) {
          if (fix.kind === 'ize' && model.organ === 'SC') continue;
          const end = matchPhrase(text, word.start, fix.wrong);
          if (end < 0 || isLetter(text[end])) continue;
          findings.push({
            start: word.start,
            end,
            message: `The official name is "${fix.right}", not "${fix.wrong}".`,
            fix: { title: `Change to "${fix.right}"`, edits: [{ start: word.start, end, newText: fix.right }] },
          });
          skipUntil = end;
          return;
        }
      }
      const lower = word.text.toLowerCase();
      if (word.text.length > 1 && word.text === word.text.toUpperCase()) return;
      // A capitalised word is part of a name or a title unless it opens a sentence and no name follows.
      if (isCapital(word.text[0]) && (!atSentenceStart(text, word.start) || startsName(text, word.end))) return;
      if (lower === 'judgment' || lower === 'judgments' || lower === 'judgement' || lower === 'judgements') {
        const found = judgement(model, word, lower);
        if (found) findings.push(found);
        return;
      }
      const spelling = table.get(lower);
      if (!spelling) return;
      if (spelling.kind === 'ize' && model.organ === 'SC') return;
      // `program` stays in the computer sense.
      if (lower === 'program' || lower === 'programs') {
        const previous = previousWord(text, word.start)?.text.toLowerCase();
        const next = nextWord(text, word.end)?.text.toLowerCase();
        if ((previous !== undefined && COMPUTER.has(previous)) || next === 'code') return;
      }
      const right = matchCase(word.text, spelling.right);
      findings.push(finding(word, right, message(word.text, right, spelling)));
    });
    return findings;
  },
};
