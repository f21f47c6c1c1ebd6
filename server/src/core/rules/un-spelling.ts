// un-spelling: the UN spells as the first form of the Concise Oxford English Dictionary —
// -ize (organization, recognize) except where -ise is part of the root (advise, exercise),
// -yse (analyse), programme, centre, labour, defence, fulfil, judgement (judgment of a court).
// Quoted titles and proper names are left alone. An organ's house style (data/house-style.ts) is
// not reported in its texts: the Security Council publishes its drafters' -ise and US spellings.
import { houseStyle } from '../data/house-style';
import type { Resolution } from '../model';
import {
  forEachWrongForm,
  LEGAL_JUDGMENT_CUES,
  NAME_FIXES,
  NON_LEGAL_JUDGEMENT_MODIFIERS,
  spellingOf,
  type Spelling,
} from '../data/spellings';
import { isCapital, isLetter } from '../text/characters';
import { firstWord, matchPhrase } from '../text/phrase';
import { atSentenceStart, matchCase, nextWord, previousWord, startsName, type Word } from './sentence';
import { type Finding, MAX_FINDINGS, type Rule } from './types';
import { forEachWordOf, hashLower, hashLowerPair, type WordFilter, wordFilterOfHashes } from './word-index';

// ---------- the rule ----------

/** Hashes (`hashLower`) of every word the rule can report or must look at: the wrong forms, judg(e)ment, the first words of the names. */
let candidates: WordFilter | undefined;

function candidateWords(): WordFilter {
  const hashes: number[] = [];
  forEachWrongForm((head, ending) => hashes.push(hashLowerPair(head, ending)));
  for (const word of [...JUDGEMENT_WORDS, ...NAME_FIRST_WORDS]) hashes.push(hashLower(word.toLowerCase()));
  return wordFilterOfHashes(hashes);
}
const JUDGEMENT_WORDS = ['judgment', 'judgments', 'judgement', 'judgements'];
const NON_LEGAL = new Set(NON_LEGAL_JUDGEMENT_MODIFIERS);
const LEGAL = new Set(LEGAL_JUDGMENT_CUES);
const COMPUTER = new Set(['computer', 'software', 'malicious', 'antivirus', 'executable']);
const NAME_FIRST_WORDS = new Set(NAME_FIXES.map((fix) => firstWord(fix.wrong)));

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
  return {
    start: word.start,
    end: word.end,
    message: text,
    fix: { title: `Change to "${right}"`, edits: [{ start: word.start, end: word.end, newText: right }] },
  };
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
    description:
      'UN spelling (Concise Oxford first forms): -ize, -yse, programme, centre, labour, defence, fulfil, judgement.',
    defaultSeverity: 'warning',
    fixable: true,
    repeatsAsInformation: true,
  },
  scope: 'paragraph',
  // Stops at MAX_FINDINGS: a text full of one mistake cannot flood the editor.
  capped: true,
  check(model) {
    candidates ??= candidateWords();
    const text = model.text;
    const habits = houseStyle(model.organ).spellings;
    /** The organ publishes this kind of spelling as its own (`ize`: -ise written; `british`: a US form written). */
    const ownStyle = (kind: string): boolean =>
      (kind === 'ize' && habits.includes('ise')) || (kind === 'british' && habits.includes('us'));
    const findings: Finding[] = [];
    let skipUntil = 0;
    // Only the candidate words: no other word can be reported or start a name.
    forEachWordOf(model, candidates, (word) => {
      if (word.start < skipUntil || findings.length >= MAX_FINDINGS) return;
      // Official names of UN bodies, even capitalised: International Labor Organization → Labour.
      if (NAME_FIRST_WORDS.has(word.text)) {
        for (const fix of NAME_FIXES) {
          // A US form in a name stays wrong (World Food Program): the name is the organization's own.
          if (fix.kind === 'ize' && habits.includes('ise')) continue;
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
      const spelling = spellingOf(lower);
      if (!spelling) return;
      if (ownStyle(spelling.kind)) return;
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
