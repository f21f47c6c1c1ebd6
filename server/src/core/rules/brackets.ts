// brackets: square brackets that do not pair up inside a paragraph. In a negotiated draft,
// `[ … ]` marks text not yet agreed (`[strongly] condemns`, `[and/or]`); a bracket left open, or
// closed without being opened, is a lost edit — the facilitator cannot tell what is still on the
// table. Adopted texts have no negotiation brackets left; theirs are paired (`[on the report of
// the Third Committee (A/59/494)]`, which is no paragraph, and insertions in legal quotations,
// `[the Council]`), so the rule reads only body paragraphs and is silent on adopted texts.
//
// Brackets inside quotations are the quoted text's (cited as written) and are left out; a
// bracketed passage does not run from one paragraph into the next, so each paragraph (with its
// sub-paragraphs) is balanced on its own.
import type { Resolution, Span } from '../model';
import { excludedSpans } from './excluded-spans';
import { type Finding, MAX_FINDINGS, type Rule } from './types';

/** The paragraphs of the body, preambular and operative, in document order. */
function bodyParagraphs(model: Resolution): Span[] {
  return model.parts.flatMap((part) => [...part.preamble, ...part.operative]).sort((a, b) => a.start - b.start);
}

/** True when `position` lies in one of `spans` (sorted); `cursor` keeps where the last search stopped. */
function excludedAt(spans: readonly Span[], position: number, cursor: { index: number }): boolean {
  while (cursor.index < spans.length && spans[cursor.index]!.end <= position) cursor.index++;
  const span = spans[cursor.index];
  return span !== undefined && span.start <= position;
}

/** The brackets of one paragraph: the passages they enclose (outermost first) and the lone ones. */
interface ParagraphBrackets {
  /** `[` through its `]`, both included. */
  passages: Span[];
  /** Positions of a `]` that closes nothing, then of a `[` never closed. */
  lone: Array<{ position: number; char: '[' | ']' }>;
}

function scanParagraph(text: string, paragraph: Span, excluded: readonly Span[]): ParagraphBrackets {
  const cursor = { index: 0 };
  const open: number[] = [];
  const found: ParagraphBrackets = { passages: [], lone: [] };
  for (let position = paragraph.start; position < paragraph.end; position++) {
    const char = text[position];
    if (char !== '[' && char !== ']') continue;
    if (excludedAt(excluded, position, cursor)) continue;
    if (char === '[') open.push(position);
    else {
      const from = open.pop();
      if (from === undefined) found.lone.push({ position, char });
      // Only the outermost passage: a bracket inside a bracketed passage is part of it.
      else if (open.length === 0) found.passages.push({ start: from, end: position + 1 });
    }
  }
  for (const position of open) found.lone.push({ position, char: '[' });
  return found;
}

/**
 * The bracketed passages of the body (`[strongly]`, `[and/or]`), outermost only, in document
 * order: what the editor shows as text not yet agreed. Brackets in quotations are not counted.
 */
export function bracketedPassages(model: Resolution): Span[] {
  if (!model.text.includes('[')) return [];
  const excluded = excludedSpans(model);
  return bodyParagraphs(model).flatMap((paragraph) => scanParagraph(model.text, paragraph, excluded).passages);
}

function checkParagraph(text: string, paragraph: Span, excluded: readonly Span[], findings: Finding[]): void {
  for (const { position, char } of scanParagraph(text, paragraph, excluded).lone)
    findings.push({
      start: position,
      end: position + 1,
      message:
        char === ']'
          ? 'This "]" closes no "[" in its paragraph: bracketed text opens with "[" and closes with "]".'
          : 'This "[" is not closed in its paragraph: close the bracketed text with "]", or remove the bracket once the text is agreed.',
    });
}

export const brackets: Rule = {
  meta: {
    id: 'brackets',
    description:
      'Square brackets pair up inside each paragraph: in a negotiated draft "[ … ]" marks text not yet agreed, and a lone bracket is a lost edit.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  // Stops at MAX_FINDINGS: a pasted text full of lone brackets cannot flood the editor.
  scope: 'paragraph',
  capped: true,
  check(model) {
    const excluded = excludedSpans(model);
    const findings: Finding[] = [];
    for (const paragraph of bodyParagraphs(model)) {
      if (findings.length >= MAX_FINDINGS) break;
      checkParagraph(model.text, paragraph, excluded, findings);
    }
    return findings.slice(0, MAX_FINDINGS).sort((a, b) => a.start - b.start);
  },
};
