// The UN vocabulary for Code Spell Checker (`client/spelling/un-vocabulary.txt`), written by
// `npm run generate` from the core's data so that it cannot drift from what the rules know: the
// names of the Member States and observers (short, formal and informal forms — never the wrong
// variants member-state-name reports), the UN bodies and their abbreviations, the openers and
// operative verbs of the lexicon, and the drafting words of data/un-vocabulary.ts. One word a
// line, sorted; a word with an apostrophe in both its typographic and straight forms.
import { MEMBER_STATES } from '../server/src/core/data/member-states';
import { UN_BODIES } from '../server/src/core/data/un-bodies';
import { UN_DRAFTING_WORDS } from '../server/src/core/data/un-vocabulary';
import {
  OPERATIVE_LEADING_ADVERBS,
  OPERATIVE_VERBS,
  POSTPOSED_ADVERBS,
  PREAMBLE_LEADING_ADVERBS,
  PREAMBULAR_OPENERS,
} from '../server/src/core/lexicon/phrases';

/** The words of a name or phrase as a spell checker reads them: split at blanks, hyphens, slashes and brackets. */
function wordsOf(phrase: string): string[] {
  return phrase
    .split(/[\s\-\u2010\u2011/()[\],;:.]+/u)
    .map((word) => word.replace(/^['’]+|['’]+$/g, ''))
    .filter((word) => /\p{L}/u.test(word) && word.length > 1);
}

export function unVocabularyFile(): string {
  const phrases: string[] = [];
  for (const state of MEMBER_STATES) phrases.push(state.name, state.formal ?? '', ...(state.informal ?? []));
  for (const body of UN_BODIES) phrases.push(body.name, body.abbreviation ?? '');
  phrases.push(
    ...PREAMBULAR_OPENERS,
    ...OPERATIVE_VERBS,
    ...PREAMBLE_LEADING_ADVERBS,
    ...OPERATIVE_LEADING_ADVERBS,
    ...POSTPOSED_ADVERBS,
    ...UN_DRAFTING_WORDS,
  );
  const words = new Set<string>();
  for (const phrase of phrases) {
    for (const word of wordsOf(phrase)) {
      words.add(word);
      // Both apostrophes: UN texts print ’, a keyboard types '.
      if (/['’]/.test(word)) {
        words.add(word.replace(/'/g, '’'));
        words.add(word.replace(/’/g, "'"));
      }
    }
  }
  return [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n') + '\n';
}
