// self-reference: a resolution refers to itself as "the present resolution" in the General
// Assembly (and the Human Rights Council and the Economic and Social Council, which follow its
// style), and as "this resolution" in the Security Council (since the mid-1990s; older Council
// texts used both).
import type { Resolution, Span } from '../model';
import type { Finding, Rule } from './types';

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

export const selfReference: Rule = {
  meta: {
    id: 'self-reference',
    description: 'A General Assembly text refers to itself as "the present resolution", a Security Council text as "this resolution".',
    defaultSeverity: 'hint',
    fixable: false,
  },
  scope: 'paragraph',
  check(model) {
    const organ = model.organ;
    if (organ === 'other') return [];
    const sc = organ === 'SC';
    if (sc) {
      const year = yearOf(model);
      if (year !== undefined && year < SC_THIS_SINCE) return [];
    }
    const findings: Finding[] = [];
    const spans: Span[] = model.parts.flatMap((part): Span[] => [...part.preamble, ...part.operative]);
    for (const span of spans) {
      const end = Math.min(span.end, model.text.length);
      const slice = model.text.slice(span.start, end);
      SELF.lastIndex = 0;
      let match: RegExpExecArray | null;
      let quotes: Span[] | undefined;
      while ((match = SELF.exec(slice)) !== null) {
        const present = match[1].toLowerCase() !== 'this';
        if (present !== sc) continue;
        const start = span.start + match.index;
        const stop = start + match[0].length;
        quotes ??= quotedRanges(model.text, span.start, end);
        if (quotes.some((range) => range.start <= start && stop <= range.end)) continue;
        const wanted = sc ? 'this resolution' : 'the present resolution';
        const organName = sc ? 'Security Council' : organ === 'GA' ? 'General Assembly' : organ === 'HRC' ? 'Human Rights Council' : 'Economic and Social Council';
        findings.push({ start, end: stop, message: `A ${organName} resolution refers to itself as "${wanted}".` });
      }
    }
    return findings;
  },
};
