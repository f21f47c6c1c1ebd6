// self-reference: a resolution refers to itself as "the present resolution" in the General
// Assembly (and the Human Rights Council and the Economic and Social Council, which follow its
// style), and as "this resolution" in the Security Council (since the mid-1990s; older Council
// texts used both, and later ones still write "the present resolution" in set formulae, so the
// Council is held only to the form the text itself uses elsewhere).
import type { Resolution, Span } from '../model';
import type { Rule } from './types';

const SELF = /\b(the[ \u00A0\r\n]+present|this)[ \u00A0\r\n]+(resolution)\b/gi;

/** The year the Security Council settled on "this resolution"; older texts are left alone. */
const SC_THIS_SINCE = 1994;

/** The resolution's year: `S/RES/1373 (2001)`, `1373 (2001)`, or the adoption date. */
function yearOf(model: Resolution): number | undefined {
  for (const text of [model.masthead?.symbol?.text, model.title?.number?.text]) {
    const match = text ? /\((\d{4})\)/.exec(text) : null;
    if (match) return Number(match[1]);
  }
  const adopted = model.adoption?.date ? /(\d{4})\s*$/.exec(model.adoption.date.text) : null;
  if (adopted) return Number(adopted[1]);
  // Old prints head the text with `182 (1963). Resolution of 4 December 1963`.
  const headEnd = Math.min(model.organLines[0]?.start ?? 0, 500);
  const heading = /\((1[89]\d\d|20\d\d)\)/.exec(model.text.slice(0, headEnd));
  return heading ? Number(heading[1]) : undefined;
}

/** Spans of quoted text (“…”) inside a paragraph, where another text's wording is cited. */
function quotedRanges(text: string, from: number, to: number): Span[] {
  const ranges: Span[] = [];
  let open = -1;
  for (let index = from; index < to; index++) {
    const char = text.charCodeAt(index);
    if (char === 0x201c && open < 0) open = index;
    else if (char === 0x201d && open >= 0) {
      ranges.push({ start: open, end: index + 1 });
      open = -1;
    }
  }
  return ranges;
}

/**
 * A resolution named in words earlier in the paragraph (`the annual General Assembly resolution on
 * sustainable fisheries, decides that the informal consultations on this resolution …`): `this
 * resolution` after it points back at that one. A number after the word (`its resolution 70/1`)
 * or `present`/`this` before it is no such antecedent.
 */
const NAMED_IN_WORDS = /(?<!(?:present|this)[ \u00A0\r\n]+)\bresolution\b(?![ \u00A0\r\n]*(?:No\.|\d|[A-Z]{1,5}[-/]))/i;

interface SelfMention {
  start: number;
  end: number;
  present: boolean;
}

/** Each `the present resolution` / `this resolution` in the body's paragraphs, outside quotations and pointing at the text itself. */
function mentions(model: Resolution): SelfMention[] {
  const found: SelfMention[] = [];
  const spans: Span[] = model.parts.flatMap((part): Span[] => [...part.preamble, ...part.operative]);
  for (const span of spans) {
    const end = Math.min(span.end, model.text.length);
    const slice = model.text.slice(span.start, end);
    SELF.lastIndex = 0;
    let match: RegExpExecArray | null;
    let quotes: Span[] | undefined;
    while ((match = SELF.exec(slice)) !== null) {
      const present = match[1]!.toLowerCase() !== 'this';
      const start = span.start + match.index;
      const stop = start + match[0].length;
      quotes ??= quotedRanges(model.text, span.start, end);
      if (quotes.some((range) => range.start <= start && stop <= range.end)) continue;
      if (!present && NAMED_IN_WORDS.test(slice.slice(0, match.index))) continue;
      found.push({ start, end: stop, present });
    }
  }
  return found;
}

/** True for a Security Council text old enough to use both forms (before 1994). */
function olderCouncilText(model: Resolution): boolean {
  const year = yearOf(model);
  return year !== undefined && year < SC_THIS_SINCE;
}

export const selfReference: Rule = {
  meta: {
    id: 'self-reference',
    description:
      'A General Assembly text refers to itself as "the present resolution", a Security Council text as "this resolution".',
    defaultSeverity: 'hint',
    fixable: false,
  },
  scope: 'paragraph',
  // The Assembly, the Human Rights Council and ECOSOC: each `this resolution` on its own.
  check(model) {
    const organ = model.organ;
    if (organ === 'other' || organ === 'SC') return [];
    const organName =
      organ === 'GA' ? 'General Assembly' : organ === 'HRC' ? 'Human Rights Council' : 'Economic and Social Council';
    return mentions(model)
      .filter((mention) => !mention.present)
      .map((mention) => ({
        start: mention.start,
        end: mention.end,
        message: `A ${organName} resolution refers to itself as "the present resolution".`,
      }));
  },
  // The Security Council publishes both forms (the sanctions formula `prior to the date of the present
  // resolution` runs through texts that otherwise say `this resolution`, and some texts use the
  // Assembly's form throughout): `the present resolution` is reported only in a text that also
  // writes `this resolution`, which makes the text its own style guide.
  across(model) {
    if (model.organ !== 'SC' || olderCouncilText(model)) return [];
    const found = mentions(model);
    if (!found.some((mention) => !mention.present)) return [];
    return found
      .filter((mention) => mention.present)
      .map((mention) => ({
        start: mention.start,
        end: mention.end,
        message: 'A Security Council resolution refers to itself as "this resolution", as this text does elsewhere.',
      }));
  },
};
