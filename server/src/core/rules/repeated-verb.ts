// repeated-verb: a repeated operative verb takes *Also* the second time and *Further* the third
// (*Requests* → *Also requests* → *Further requests*); a repeated preambular opener takes *also* or
// *further* after it (*Recalling also*, *Recalling further*). The Security Council writes
// *Further requests* and *Decides further* for any repetition: in SC texts any of the markers is
// accepted. Off by default: the UN's own texts leave about a third of their direct repetitions plain
// (it fired on 65 % of adopted texts), and drafters repeat a verb on purpose for different
// addressees. When turned on, a heading (a section, a part, a titled block) starts the count afresh.
import type { Resolution, Span, Token } from '../model';
import { OPERATIVE_LEADING_ADVERBS, POSTPOSED_ADVERBS, PREAMBLE_LEADING_ADVERBS } from '../lexicon/phrases';
import { detached } from '../text/detached';
import { firstWord } from '../text/phrase';
import type { Finding, Rule } from './types';

/** Words that mark a repetition (`Also requests`, `Recalling further`, `Calls once again upon`). */
const REPETITION_MARKERS: readonly string[] = [
  'also',
  'further',
  'furthermore',
  'again',
  'once again',
  'once more',
  'in addition',
  'additionally',
  'moreover',
  'likewise',
  'similarly',
];

/** Every adverb the lexicon knows, single words and phrases, without the `with …` complements that change the verb's meaning. */
const ADVERB_PHRASES: readonly string[] = [
  ...new Set(
    [...OPERATIVE_LEADING_ADVERBS, ...PREAMBLE_LEADING_ADVERBS, ...POSTPOSED_ADVERBS, ...REPETITION_MARKERS]
      .map((adverb) => adverb.toLowerCase())
      .filter((adverb) => !adverb.startsWith('with ')),
  ),
].sort((a, b) => b.split(' ').length - a.split(' ').length);

/** ADVERB_PHRASES split into words, grouped by their first word (order kept). */
const ADVERBS_BY_FIRST_WORD: ReadonlyMap<string, readonly { adverb: string; parts: readonly string[] }[]> = (() => {
  const byFirst = new Map<string, { adverb: string; parts: readonly string[] }[]>();
  for (const adverb of ADVERB_PHRASES) {
    const parts = adverb.split(' ');
    const first = firstWord(adverb);
    const list = byFirst.get(first);
    if (list) list.push({ adverb, parts });
    else byFirst.set(first, [{ adverb, parts }]);
  }
  return byFirst;
})();

interface Reading {
  /** The phrase without adverbs, lower case: `requests`, `notes with concern`, `recalling`. */
  key: string;
  /** The repetition marker written, if any (`also`, `further`). */
  marker?: string;
  /** The phrase as written without adverbs, for the message (`requests`, `Recalling`). */
  bare: string;
}

/** The readings of the phrases seen: a document repeats a few dozen openers and verbs thousands of times. */
const READINGS = new Map<string, Reading | undefined>();

/** `read`, remembered (the readings are never modified). */
function readOnce(phrase: string): Reading | undefined {
  if (READINGS.has(phrase)) return READINGS.get(phrase);
  if (READINGS.size > 5000) READINGS.clear();
  // Kept for good: read from a copy, not from a slice of the document's text.
  const own = detached(phrase);
  const reading = read(own);
  READINGS.set(own, reading);
  return reading;
}

/** Splits a verb phrase or opener into its adverbs and the rest. Works on at most a dozen words. */
function read(phrase: string): Reading | undefined {
  const words = phrase.split(/[\s\u00A0*_]+/).filter((word) => word !== '');
  if (words.length === 0 || words.length > 12) return undefined;
  const lower = words.map((word) => word.toLowerCase().replace(/[’']/g, "'"));
  const kept: string[] = [];
  let marker: string | undefined;
  let index = 0;
  while (index < words.length) {
    let matched = 0;
    // The adverbs starting with this word, in ADVERB_PHRASES order: the first that matches wins.
    for (const { adverb, parts } of ADVERBS_BY_FIRST_WORD.get(lower[index]!) ?? []) {
      if (parts.every((part, offset) => lower[index + offset] === part)) {
        matched = parts.length;
        if (marker === undefined && REPETITION_MARKERS.includes(adverb)) marker = adverb;
        break;
      }
    }
    if (matched > 0) {
      index += matched;
      continue;
    }
    kept.push(words[index]!);
    index++;
  }
  if (kept.length === 0) return undefined;
  let key = kept.map((word) => word.toLowerCase()).join(' ');
  // `Calls on` and `Calls upon` are one verb.
  key = key.replace(/^calls on\b/, 'calls upon');
  return { key, marker, bare: kept.join(' ') };
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

interface Occurrence {
  token: Token;
  reading: Reading;
}

/**
 * Walks a run of paragraphs. The UN marks a repetition that follows on from the paragraph before
 * (`Recalling …`, `Recalling also …`, `Recalling further …`); a verb taken up again after other
 * paragraphs is written plain (an omnibus preamble recalls many times), and after *further* the
 * plain verb opens a new series. So a paragraph is checked against the one right before it: the
 * same verb again takes *Also* (the second in a row), then *Further* (the third).
 */
function checkRun(
  occurrences: (Occurrence | undefined)[],
  kind: 'operative' | 'preambular',
  securityCouncil: boolean,
  findings: Finding[],
): void {
  let streak = 0;
  let previous: Occurrence | undefined;
  let previousMarker: string | undefined;
  for (const occurrence of occurrences) {
    if (!occurrence) {
      previous = undefined;
      streak = 0;
      continue;
    }
    const { token, reading } = occurrence;
    const marker = reading.marker;
    // After *Further* the series is complete: the plain verb again opens a new one (`Recalling`, `Recalling also`, `Recalling further`, `Recalling` …).
    const roundDone = previousMarker === 'further' || previousMarker === 'furthermore';
    streak =
      previous !== undefined && previous.reading.key === reading.key && !(roundDone && marker === undefined)
        ? streak + 1
        : 1;
    const before = previousMarker;
    previous = occurrence;
    previousMarker = marker;
    if (streak < 2) continue;
    // The Security Council writes *Further requests* for any repetition in the operative part.
    const wanted = streak === 2 && !(securityCouncil && kind === 'operative') ? 'also' : 'further';
    const form =
      kind === 'operative'
        ? `${capitalise(wanted)} ${lowerFirst(reading.bare)}`
        : `${capitalise(reading.bare)} ${wanted}`;
    const what = kind === 'operative' ? 'Operative verb' : 'Preambular opener';
    if (marker === undefined) {
      findings.push({
        start: token.start,
        end: token.end,
        message: `${what} "${reading.bare}" repeats the one of the paragraph before; write "${form}".`,
      });
      continue;
    }
    // The third in a row takes *Further* after an *Also* (GA); the Security Council accepts any marker.
    if (!securityCouncil && streak >= 3 && marker === 'also' && before === 'also') {
      findings.push({
        start: token.start,
        end: token.end,
        message: `${what} "${reading.bare}" takes "also" twice in a row; write "${form}".`,
      });
    }
  }
}

/** True when a heading starts between the end of `previous` and `next`: the count starts afresh under it. */
function headingBetween(headings: readonly Span[], previous: Span | undefined, next: Span): boolean {
  if (!previous) return false;
  for (const heading of headings) if (heading.start >= previous.end && heading.start < next.start) return true;
  return false;
}

function check(model: Resolution): Finding[] {
  const findings: Finding[] = [];
  const securityCouncil = model.organ === 'SC';
  const headings = model.headings;
  for (const part of model.parts) {
    const preamble: (Occurrence | undefined)[] = [];
    let last: Span | undefined;
    for (const paragraph of part.preamble) {
      if (headingBetween(headings, last, paragraph)) preamble.push(undefined);
      last = paragraph;
      const reading = paragraph.opener && paragraph.openerKnown ? readOnce(paragraph.opener.text) : undefined;
      preamble.push(reading && paragraph.opener ? { token: paragraph.opener, reading } : undefined);
    }
    checkRun(preamble, 'preambular', securityCouncil, findings);
    const operative: (Occurrence | undefined)[] = [];
    let section: number | undefined;
    last = undefined;
    for (const paragraph of part.operative) {
      // A section heading (`I`, `II`) or any other heading breaks the run.
      if (paragraph.section !== section || headingBetween(headings, last, paragraph)) operative.push(undefined);
      section = paragraph.section;
      last = paragraph;
      const reading = paragraph.verb && paragraph.verbKnown ? readOnce(paragraph.verb.text) : undefined;
      operative.push(reading && paragraph.verb ? { token: paragraph.verb, reading } : undefined);
    }
    checkRun(operative, 'operative', securityCouncil, findings);
  }
  return findings.sort((a, b) => a.start - b.start);
}

export const repeatedVerb: Rule = {
  meta: {
    id: 'repeated-verb',
    description:
      'A repeated operative verb takes Also, then Further (Also requests, Further requests); a repeated preambular opener takes also or further (Recalling also).',
    defaultSeverity: 'off',
    fixable: false,
  },
  check(model) {
    return check(model);
  },
};
