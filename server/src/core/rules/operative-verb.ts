// operative-verb: an operative paragraph opens with a verb in the present tense — third person
// singular in the resolution itself (*Decides*, *Also requests*, *Calls once again upon*), first
// person plural in an annexed declaration (*Reaffirm*, *We …*). A participle (*Recalling*) or a
// preambular adjective (*Deeply concerned*) belongs to the preamble.
import {
  MODEL_UN_OPERATIVE_PHRASES,
  isAdjectiveOrPastParticiple,
  isPresentParticiple,
  openingWords,
  participleOf,
  thirdPersonOf,
  type OpeningWord,
} from '../data/verb-forms';
import { matchPreambularOpener } from '../lexicon/match';
import { firstWord } from '../text/phrase';
import { DECLARATION_VERBS, OPERATIVE_LEADING_ADVERBS, OPERATIVE_VERBS } from '../lexicon/phrases';
import { memo } from '../memo';
import type { OperativeParagraph, PreambularParagraph, Resolution, Span } from '../model';
import { numberingGroups } from './numbering';
import { leadsIntoParagraphs } from './operative-punctuation';
import { carriedView, type Finding, type Rule } from './types';

/** `recalling` → `Recalls`, `taking` → `Takes`: the participle of every operative verb of the lexicon. */
const VERB_OF_PARTICIPLE: ReadonlyMap<string, string> = new Map(
  OPERATIVE_VERBS.map(firstWord)
    .filter((word) => word.endsWith('s') && word !== 'Is')
    .flatMap((word): [string, string][] => {
      const participle = participleOf(word);
      return participle ? [[participle.toLowerCase(), word]] : [];
    }),
);

const PLURAL_VERBS: ReadonlySet<string> = new Set(
  DECLARATION_VERBS.map((verb) => verb.toLowerCase()).filter((verb) => verb !== 'are' && verb !== 'will'),
);

const ADVERBS: ReadonlySet<string> = new Set(
  OPERATIVE_LEADING_ADVERBS.flatMap((adverb) => adverb.toLowerCase().split(' ')),
);

const MODEL_UN = MODEL_UN_OPERATIVE_PHRASES.map((entry) => ({
  ...entry,
  words: entry.phrase.toLowerCase().split(' '),
}));

/** The first person plural of a declaration (`we`, `our`) near the start of a paragraph. */
const DECLARATION_VOICE = /\b(?:[Ww]e|[Oo]urs?|us)\b/;

const VERBS_LOWER: ReadonlySet<string> = new Set(
  OPERATIVE_VERBS.map((verb) => firstWord(verb).toLowerCase()).filter((word) => word.endsWith('s') && word !== 'is'),
);
const AFTER_COMMA = /,[ \u00A0]+(?:also[ \u00A0]+|further[ \u00A0]+)?([a-z]+)/g;

function hasLaterVerb(lead: string): boolean {
  AFTER_COMMA.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = AFTER_COMMA.exec(lead)) !== null) if (VERBS_LOWER.has(match[1]!)) return true;
  return false;
}

interface Opening {
  /** At least one word. */
  words: OpeningWord[];
  /** Index of the verb after leading adverbs: one of the words. */
  head: number;
}

/** @param limit how many words to read: the group check needs only the adverbs and the verb. */
function opening(model: Resolution, paragraph: OperativeParagraph, limit = 8): Opening | undefined {
  const from = paragraph.number?.end ?? paragraph.start;
  const words = openingWords(model.text, from, paragraph.textEnd, limit);
  const first = words[0];
  if (first === undefined || !/^[A-Z\u00C0-\u00DE]/.test(first.text)) return undefined;
  let head = 0;
  for (let rounds = 0; rounds < 3 && head < words.length - 1; rounds++) {
    const lower = words[head]!.lower;
    if (!ADVERBS.has(lower) && !(lower.length > 4 && lower.endsWith('ly'))) break;
    head += 1;
  }
  return { words, head };
}

function sameWords(words: OpeningWord[], phrase: readonly string[]): boolean {
  return phrase.length <= words.length && phrase.every((word, index) => words[index]?.lower === word);
}

function checkParagraph(model: Resolution, paragraph: OperativeParagraph, found: Opening): Finding | undefined {
  const { words, head } = found;
  const first = words[0]!;
  const verb = words[head]!;
  for (const entry of MODEL_UN) {
    const last = words[entry.words.length - 1];
    if (last !== undefined && sameWords(words, entry.words)) {
      const end = last.end;
      return {
        start: first.start,
        end,
        message: `"${model.text.slice(first.start, end)}" is Model UN wording that UN resolutions do not use; write "${entry.instead}".`,
      };
    }
  }
  // `12. Acting under Chapter VII of the Charter …:` over `(a) Decides …`: the items carry the verbs.
  if (leadsIntoParagraphs(model, paragraph)) return undefined;
  // An unnumbered paragraph ending with a comma is a preambular paragraph that lost its place, or
  // was read as operative by mistake: the preamble rules speak for it.
  if (!paragraph.number && paragraph.terminator?.text === ',') return undefined;
  const replacement = VERB_OF_PARTICIPLE.get(verb.lower);
  // Only a participle or a preambular word can be reported: read the lead for nothing else.
  if (!replacement && !isPresentParticiple(verb.text) && !isAdjectiveOrPastParticiple(verb.text)) return undefined;
  // Annexed declarations and programmes of action are written in the first person plural.
  const lead = model.text.slice(verb.start, Math.min(paragraph.textEnd, verb.start + 300));
  if (DECLARATION_VOICE.test(lead)) return undefined;

  // `Bearing in mind …, decides`: the participle leads into the paragraph's own verb.
  if (hasLaterVerb(lead)) return undefined;

  if (replacement) {
    const newText = /^[A-Z]/.test(verb.text) ? replacement : replacement.toLowerCase();
    return {
      start: verb.start,
      end: verb.end,
      message: `Operative paragraph opens with the participle "${verb.text}"; write "${newText}".`,
      fix: { title: `Write "${newText}"`, edits: [{ start: verb.start, end: verb.end, newText }] },
    };
  }
  if (isPresentParticiple(verb.text) || isAdjectiveOrPastParticiple(verb.text)) {
    const opener = matchPreambularOpener(model.text, first.start);
    if (opener?.known) {
      return {
        start: opener.start,
        end: opener.end,
        message: `Operative paragraph opens with the preambular phrase "${opener.text}"; expected a verb in the present tense such as "Notes", "Expresses concern" or "Decides".`,
      };
    }
  }
  return undefined;
}

/** A verb in the plural (`Request`) among paragraphs in the third person singular (`Decides`, `Urges`). */
function checkGroup(
  model: Resolution,
  group: OperativeParagraph[],
  openings: ReadonlyMap<number, Opening | undefined>,
): Finding[] {
  let singular = 0;
  let plural = 0;
  const candidates: { paragraph: OperativeParagraph; verb: OpeningWord }[] = [];
  for (const paragraph of group) {
    const found = openings.get(paragraph.start);
    if (!found) continue;
    const verb = found.words[found.head]!;
    if (found.words[0]!.lower === 'we') plural += 1;
    else if (PLURAL_VERBS.has(verb.lower)) {
      plural += 1;
      if (paragraph.number) candidates.push({ paragraph, verb });
    } else if (paragraph.verbKnown && /s$/.test(verb.lower)) singular += 1;
  }
  // A declaration is plural throughout; a slip is one or two plural verbs among many singular ones.
  if (candidates.length === 0 || plural > 2 || singular < 3 * plural) return [];
  const findings: Finding[] = [];
  for (const { paragraph, verb } of candidates) {
    const lead = model.text.slice(verb.start, Math.min(paragraph.textEnd, verb.start + 300));
    if (DECLARATION_VOICE.test(lead)) continue;
    const newText = thirdPersonOf(verb.text);
    if (!newText) continue;
    findings.push({
      start: verb.start,
      end: verb.end,
      message: `Operative paragraph opens with "${verb.text}" among verbs in the third person singular; write "${newText}".`,
      fix: { title: `Write "${newText}"`, edits: [{ start: verb.start, end: verb.end, newText }] },
    });
  }
  return findings;
}

/** An operative paragraph's adverbs (three at most) and verb, placed at the paragraph's start. */
interface PlacedOpening extends Span {
  opening?: Opening;
}

/** The memo key of the openings the group check reads (carried over an edit: `carries` below). */
export const GROUP_OPENINGS = 'operative-verb.openings';

/** The opening of one operative paragraph, as the group check reads it. */
export function groupOpeningWithin(
  model: Resolution,
  paragraph: OperativeParagraph | PreambularParagraph,
): PlacedOpening[] {
  return paragraph.kind === 'operative'
    ? [{ start: paragraph.start, end: paragraph.start, opening: opening(model, paragraph, 4) }]
    : [];
}

/** Every operative paragraph's opening, in order: read once per model. */
function groupOpeningsOf(model: Resolution): readonly PlacedOpening[] {
  return memo(model, GROUP_OPENINGS, () =>
    model.parts
      .flatMap((part) => part.operative)
      .sort((a, b) => a.start - b.start)
      .flatMap((paragraph) => groupOpeningWithin(model, paragraph)),
  );
}

export const operativeVerb: Rule = {
  meta: {
    id: 'operative-verb',
    description:
      'An operative paragraph opens with a verb in the present tense (Decides, Also requests, Calls once again upon; Reaffirm in an annexed declaration), not with a participle.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  scope: 'paragraph',
  carries: [
    carriedView({
      key: GROUP_OPENINGS,
      shape: {
        start: 'start',
        end: 'end',
        opening: { words: [{ start: 'start', end: 'end', text: 'text', lower: 'none', next: 'none' }], head: 'none' },
      },
      within: groupOpeningWithin,
    }),
  ],
  check(model) {
    const findings: Finding[] = [];
    for (const part of model.parts) {
      for (const paragraph of part.operative) {
        const found = opening(model, paragraph);
        const finding = found && checkParagraph(model, paragraph, found);
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
  // A plural verb among singular ones: the paragraphs of a numbering group together decide.
  across(model) {
    const findings: Finding[] = [];
    const openings = new Map(groupOpeningsOf(model).map((placed) => [placed.start, placed.opening]));
    for (const group of numberingGroups(model)) findings.push(...checkGroup(model, group, openings));
    return findings.sort((a, b) => a.start - b.start);
  },
};
