// preamble-opener: a preambular paragraph opens with a participle or an adjective phrase
// (*Recalling*, *Having considered*, *Deeply concerned*, *Mindful*), never with an operative verb
// (*Recalls* → *Recalling*) and never with Model UN inventions (*Fully alarmed*).
import {
  MODEL_UN_PREAMBLE_PHRASES,
  isAdjectiveOrPastParticiple,
  isPresentParticiple,
  openingWords,
  participleOf,
  type OpeningWord,
} from '../data/verb-forms';
import { OPERATIVE_VERBS, PREAMBLE_LEADING_ADVERBS } from '../lexicon/phrases';
import { firstWord } from '../text/phrase';
import { type PreambularParagraph, type Resolution } from '../model';
import type { Finding, Rule } from './types';

/** First words of the operative verbs in the third person singular (`recalls`, `takes`, `calls`). */
const OPERATIVE_FIRST_WORDS: ReadonlySet<string> = new Set(
  OPERATIVE_VERBS.map((verb) => firstWord(verb).toLowerCase()).filter((word) => word.endsWith('s')),
);

const ADVERBS: ReadonlySet<string> = new Set(
  PREAMBLE_LEADING_ADVERBS.flatMap((adverb) => adverb.toLowerCase().split(' ')),
);

/** Phrases that may stand before the opener when a comma follows them (`In this regard, expressing concern`). */
const CONNECTIVES: readonly string[][] = [
  ['in', 'this', 'regard'],
  ['in', 'that', 'regard'],
  ['in', 'this', 'context'],
  ['in', 'that', 'context'],
  ['in', 'this', 'respect'],
  ['in', 'that', 'respect'],
  ['at', 'the', 'same', 'time'],
  ['in', 'addition'],
  ['in', 'particular'],
  ['moreover'],
  ['furthermore'],
  ['further'],
  ['likewise'],
];

const MODEL_UN = MODEL_UN_PREAMBLE_PHRASES.map((entry) => ({ ...entry, words: entry.phrase.toLowerCase().split(' ') }));

function startsWith(words: OpeningWord[], from: number, phrase: readonly string[]): boolean {
  if (from + phrase.length > words.length) return false;
  return phrase.every((word, index) => words[from + index]?.lower === word);
}

/** Index of the first word after connectives and adverbs (`Deeply`, `Once again`, `Solemnly`). */
function headIndex(words: OpeningWord[]): number {
  let index = 0;
  for (const connective of CONNECTIVES) {
    if (startsWith(words, 0, connective) && words[connective.length - 1]?.next === ',') {
      index = connective.length;
      break;
    }
  }
  // `While noting …, expressing concern …,`: a concessive `While` before the participle (Security Council).
  const afterWhile = words[index + 1];
  if (words[index]?.lower === 'while' && afterWhile !== undefined && isPresentParticiple(afterWhile.text)) index += 1;
  for (let rounds = 0; rounds < 3 && index < words.length - 1; rounds++) {
    const lower = words[index]!.lower;
    const adverb = ADVERBS.has(lower) || (lower.length > 4 && lower.endsWith('ly'));
    if (!adverb) break;
    index += 1;
  }
  return index;
}

function checkParagraph(
  model: Resolution,
  paragraph: PreambularParagraph,
  previous: PreambularParagraph | undefined,
): Finding | undefined {
  // A paragraph that does not end with a comma is either not preambular (an unnumbered operative
  // paragraph, a line of a table) or has a punctuation problem of its own: leave it alone.
  if (paragraph.terminator?.text !== ',') return undefined;
  const words = openingWords(model.text, paragraph.start, paragraph.end);
  const first = words[0];
  if (first === undefined || !/^[A-Z\u00C0-\u00DE]/.test(first.text)) return undefined;

  for (const entry of MODEL_UN) {
    const last = words[entry.words.length - 1];
    if (last !== undefined && startsWith(words, 0, entry.words)) {
      const phrase = model.text.slice(first.start, last.end);
      return {
        start: first.start,
        end: last.end,
        message: `"${phrase}" is Model UN wording that UN resolutions do not use; write "${entry.instead}".`,
      };
    }
  }

  const index = headIndex(words);
  const head = words[index];
  if (!head) return undefined;

  if (OPERATIVE_FIRST_WORDS.has(head.lower)) {
    const participle = participleOf(head.text);
    if (participle) {
      return {
        start: head.start,
        end: head.end,
        message: `Preambular paragraph opens with the operative verb "${head.text}"; write "${participle}".`,
        fix: { title: `Write "${participle}"`, edits: [{ start: head.start, end: head.end, newText: participle }] },
      };
    }
  }

  if (paragraph.openerKnown) return undefined;
  if (isPresentParticiple(head.text) || isAdjectiveOrPastParticiple(head.text)) return undefined;
  // The first person plural opens an annexed declaration (`We, the Heads of State and Government,`).
  if (first.lower === 'we') return undefined;
  // Hard-wrapped print joins lines by guesswork: a capitalised line may be the middle of a sentence.
  if (model.wrapped) return undefined;
  // After a paragraph that does not end with punctuation, this one is likely its continuation.
  if (previous && !previous.terminator) return undefined;
  return {
    start: head.start,
    end: head.end,
    message: `Preambular paragraph opens with "${head.text}"; expected a participle or an adjective such as "Recalling", "Noting" or "Concerned".`,
  };
}

export const preambleOpener: Rule = {
  meta: {
    id: 'preamble-opener',
    description:
      'A preambular paragraph opens with a participle or an adjective phrase (Recalling, Having considered, Deeply concerned, Mindful), not with an operative verb.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check(model) {
    const findings: Finding[] = [];
    for (const part of model.parts) {
      part.preamble.forEach((paragraph, index) => {
        const finding = checkParagraph(model, paragraph, part.preamble[index - 1]);
        if (finding) findings.push(finding);
      });
    }
    // A preambular paragraph among the operative paragraphs: a draft's slip, but the Council's
    // early texts set preambles between their paragraphs, so it is information, not a warning.
    for (const node of model.unrecognised) {
      if (node.misplaced !== 'preambular') continue;
      const opener = /^\S+(?:[ \u00A0]+\S+)?/.exec(node.text)?.[0] ?? node.text;
      findings.push({
        start: node.start,
        end: node.start + opener.length,
        message: `A preambular paragraph ("${opener} …") stands among the operative paragraphs; move it into the preamble, before paragraph 1.`,
        severity: 'information',
      });
    }
    return findings;
  },
};
