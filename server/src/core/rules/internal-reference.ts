// internal-reference: `paragraph 12 above`, `paragraphs 3 to 5 below`, `paragraph 11 (j) above` point
// at an operative paragraph that exists and lies that way. `paragraph 5 of resolution 55/25` is a
// citation and `paragraph 3 of section I above` points elsewhere: neither is checked.
import type { OperativeParagraph, Resolution, Span, Token } from '../model';
import { memo } from '../memo';
import { numberingGroups } from './numbering';
import { TOKEN } from '../model-shape';
import { isTypedBlank } from '../text/blanks';
import { carriedView, type Finding, type Rule } from './types';

export interface InternalReference extends Span {
  /** The number token (`12` in `paragraph 12 above`); start/end are its span. */
  text: string;
  /** The paragraph number referred to. */
  target: number;
  direction: 'above' | 'below';
  /** The sub-paragraph label after the number (`(j)` in `paragraph 11 (j) above`). */
  label?: Token;
  /** The operative paragraph the reference stands in; absent in the preamble. */
  source?: OperativeParagraph;
  /** Index into `numberingGroups(model)` of the paragraphs the reference counts in. */
  group: number;
}

const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';

interface Parsed {
  numbers: { token: Token; label?: Token }[];
  direction?: 'above' | 'below';
}

/**
 * Reads `12 above`, `3 to 5 above`, `7 and 8 above`, `10, 12, 13 and 30 above`, `9 or 11 above`,
 * `11 (j) above` from `position` (just after `paragraph(s) `), by hand: no backtracking.
 */
function readList(text: string, position: number, limit: number): Parsed {
  const numbers: Parsed['numbers'] = [];
  let at = position;
  // Typed blanks and a line feed: a reference may wrap onto the next line.
  const skipSpaces = (): void => {
    while (at < limit && (isTypedBlank(text[at]) || text[at] === '\n')) at++;
  };
  for (let count = 0; count < 50; count++) {
    const start = at;
    while (at < limit && isDigit(text[at]) && at - start < 4) at++;
    if (at === start || isDigit(text[at])) return { numbers: [] };
    const token: Token = { start, end: at, text: text.slice(start, at) };
    let label: Token | undefined;
    skipSpaces();
    const labelMatch = /^\(([a-z]{1,4}|[ivxl]{1,6})\)/.exec(text.slice(at, Math.min(limit, at + 8)));
    if (labelMatch) {
      label = { start: at, end: at + labelMatch[0].length, text: labelMatch[0] };
      at += labelMatch[0].length;
      skipSpaces();
    }
    numbers.push({ token, label });
    const rest = text.slice(at, Math.min(limit, at + 6));
    const separator =
      /^(?:,[ \u00A0]*(?:and[ \u00A0]+|or[ \u00A0]+)?|and[ \u00A0]+|or[ \u00A0]+|to[ \u00A0]+|[-–][ \u00A0]*)/.exec(
        rest,
      );
    if (separator && isDigit(text[at + separator[0].length])) {
      at += separator[0].length;
      continue;
    }
    const word = /^(above|below)\b/.exec(text.slice(at, Math.min(limit, at + 6)));
    return word ? { numbers, direction: word[1] as 'above' | 'below' } : { numbers: [] };
  }
  return { numbers: [] };
}

/** A `paragraph N above/below` reference as written, before it is placed in the numbering. */
type Mention = Omit<InternalReference, 'source' | 'group'>;

/** The memo key of the mentions (carried over an edit: `carries` below). */
export const PARAGRAPH_MENTIONS = 'internal-reference.mentions';

/** The mentions in one paragraph's text. */
export function mentionsWithin(model: Resolution, region: Span): Mention[] {
  const { text } = model;
  const mentions: Mention[] = [];
  const word = /\b[Pp]aragraphs?[ \u00A0]+(?=\d)/g;
  const within = text.slice(region.start, region.end);
  let match: RegExpExecArray | null;
  while ((match = word.exec(within)) !== null) {
    const at = match.index + region.start;
    const parsed = readList(text, at + match[0].length, region.end);
    const lastNumber = parsed.numbers[parsed.numbers.length - 1];
    if (!parsed.direction || lastNumber === undefined) continue;
    for (const { token, label } of parsed.numbers)
      mentions.push({ ...token, target: Number(token.text), direction: parsed.direction, label });
    word.lastIndex = Math.max(word.lastIndex, lastNumber.token.end - region.start);
  }
  return mentions;
}

/** The mentions in every preambular and operative paragraph, in order: read once per model. */
function mentionsOf(model: Resolution): readonly Mention[] {
  return memo(model, PARAGRAPH_MENTIONS, () => {
    const paragraphs: Span[] = model.parts
      .flatMap((part): Span[] => [...part.preamble, ...part.operative])
      .sort((a, b) => a.start - b.start);
    return paragraphs.flatMap((paragraph) => mentionsWithin(model, paragraph));
  });
}

/**
 * Every `paragraph N above/below` reference in the preamble and operative part, with the number's
 * span and the paragraph it points at — what the renumber fix needs to update them.
 */
export function internalReferences(model: Resolution): InternalReference[] {
  const groups = numberingGroups(model);
  const groupOf = new Map<OperativeParagraph, number>();
  groups.forEach((group, index) => group.forEach((paragraph) => groupOf.set(paragraph, index)));
  // Where each mention stands: an operative paragraph counts in its own numbering group, a
  // preambular one in the group its part's operative part begins.
  const places: { region: Span; source?: OperativeParagraph; group: number }[] = [];
  for (const part of model.parts) {
    const firstOperative = part.operative[0];
    const firstGroup = firstOperative === undefined ? undefined : groupOf.get(firstOperative);
    if (firstGroup !== undefined)
      for (const paragraph of part.preamble) places.push({ region: paragraph, group: firstGroup });
    for (const paragraph of part.operative) {
      const group = groupOf.get(paragraph);
      if (group !== undefined) places.push({ region: paragraph, source: paragraph, group });
    }
  }
  places.sort((a, b) => a.region.start - b.region.start);
  const references: InternalReference[] = [];
  let place = 0;
  for (const mention of mentionsOf(model)) {
    let here = places[place];
    while (here !== undefined && here.region.end < mention.end) here = places[++place];
    if (!here || here.region.start > mention.start) continue;
    references.push({ ...mention, source: here.source, group: here.group });
  }
  return references.filter((reference) => reference.source !== undefined || reference.direction === 'below');
}

export const internalReference: Rule = {
  meta: {
    id: 'internal-reference',
    description:
      'A "paragraph N above/below" reference points at an operative paragraph that exists and lies in that direction.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  carries: [
    carriedView({
      key: PARAGRAPH_MENTIONS,
      shape: { ...TOKEN, target: 'none', direction: 'none', label: TOKEN },
      within: mentionsWithin,
    }),
  ],
  check(model) {
    const findings: Finding[] = [];
    const groups = numberingGroups(model);
    // Each group's paragraphs by number, built once (a range's inner numbers exist when its ends do).
    const numbered = groups.map((group) => {
      const byNumber = new Map<number, OperativeParagraph>();
      let highest = 0;
      for (const paragraph of group) {
        if (!paragraph.number) continue;
        byNumber.set(paragraph.number.value, paragraph);
        highest = Math.max(highest, paragraph.number.value);
      }
      return { byNumber, highest };
    });
    for (const reference of internalReferences(model)) {
      const { byNumber, highest } = numbered[reference.group] ?? {
        byNumber: new Map<number, OperativeParagraph>(),
        highest: 0,
      };
      if (byNumber.size === 0) continue;
      const target = byNumber.get(reference.target);
      const here = reference.source?.number?.value;
      if (!target) {
        findings.push({
          start: reference.start,
          end: reference.end,
          message: `Paragraph ${reference.target} does not exist; the operative paragraphs here are numbered 1 to ${highest}.`,
        });
        continue;
      }
      if (here !== undefined) {
        if (reference.direction === 'above' && reference.target > here) {
          findings.push({
            start: reference.start,
            end: reference.end,
            message: `Paragraph ${reference.target} is below paragraph ${here}, not above; write "below" or correct the number.`,
          });
          continue;
        }
        if (reference.direction === 'below' && reference.target < here) {
          findings.push({
            start: reference.start,
            end: reference.end,
            message: `Paragraph ${reference.target} is above paragraph ${here}, not below; write "above" or correct the number.`,
          });
          continue;
        }
      }
      if (reference.label && target.items.length > 0) {
        const letter = /^\(([a-z]{1,4})\)$/.exec(reference.label.text)?.[1];
        const alphabetic = target.items.filter((item) => item.style === 'alpha-paren');
        if (
          letter &&
          alphabetic.length > 0 &&
          !alphabetic.some((item) => item.label.text.replace(/\s/g, '') === `(${letter})`)
        ) {
          findings.push({
            start: reference.label.start,
            end: reference.label.end,
            message: `Paragraph ${reference.target} has no sub-paragraph ${reference.label.text}; check the reference.`,
          });
        }
      }
    }
    return findings;
  },
};
