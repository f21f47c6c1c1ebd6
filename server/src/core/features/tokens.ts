// Semantic tokens: what the printed text sets apart — the italic opening phrase of preambular
// paragraphs and verb phrase of operative paragraphs (R4 of the domain reference: the phrase
// with its modifiers, `Noting with concern`, `Recalling also`, but not a following of/by/that),
// paragraph numbers and sub-paragraph labels, the organ's name in the enacting formula,
// citations, document symbols, footnote markers and document-system debris — and, in a negotiated
// draft, the bracketed text not yet agreed (`[strongly] condemns`), which delegates must see at once.
//
// Pure: a parsed model (and, optionally, the citation engine's findings) in; tokens sorted by
// offset, non-overlapping, each within one line (LSP tokens cannot span lines) out. Linear.
import type { Resolution, Span, SubParagraph } from '../model';
import { bracketedPassages } from '../rules/brackets';
import type { LineIndex } from '../text/positions';

export const TOKEN_TYPES = [
  'preambleOpener',
  'operativeVerb',
  'paragraphNumber',
  'subparagraphLabel',
  'citation',
  'documentSymbol',
  'footnoteMarker',
  'debris',
  'organ',
  'bracketed',
] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

/** `unknown`: an opener or verb recognised by its position and form but not in the lexicon. */
export const TOKEN_MODIFIERS = ['unknown'] as const;
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

/**
 * TextMate scopes each token type maps to, for `contributes.semanticTokenScopes` in package.json
 * (`[{ "language": "unres", "scopes": SEMANTIC_TOKEN_SCOPES }]`): the default themes then show
 * openers and verbs in italics without any configuration.
 */
export const SEMANTIC_TOKEN_SCOPES: Readonly<Record<TokenType, string[]>> = {
  preambleOpener: ['markup.italic'],
  operativeVerb: ['markup.italic'],
  paragraphNumber: ['constant.numeric'],
  subparagraphLabel: ['constant.numeric'],
  citation: ['markup.underline.link'],
  documentSymbol: ['string.unquoted'],
  footnoteMarker: ['constant.numeric'],
  debris: ['invalid.illegal'],
  organ: ['markup.italic'],
  // Coloured by every default theme (blue in the dark ones, dark blue in the light ones), as a diff's changed lines are.
  bracketed: ['markup.changed'],
};

export interface SemanticToken {
  start: number;
  /** Exclusive. */
  end: number;
  type: TokenType;
  modifiers: TokenModifier[];
}

/** What the citation engine reports, as far as highlighting needs it. `kind: 'document'` is a document symbol. */
export interface CitationSpan {
  start: number;
  end: number;
  kind: string;
}

// ---- document symbols, when no citation engine is at hand ----

const SYMBOL_CHAR = /[A-Za-z0-9./-]/;
/** Organ or series, then components separated by `/`. Tested on a short run of symbol characters only. */
const SYMBOL = /^[A-Z]{1,6}(?:\.\d{1,3})?(?:\/[A-Za-z0-9.-]+)+$/;
/** At least one component that is a number (`59`, `2004`) or a typed number (`L.5`, `C.3`, `Add.1`). */
const NUMBERED_COMPONENT = /\/(?:\d|[A-Za-z]{1,6}\.\d)/;
const MAX_SYMBOL = 80;
/** `decision VII/9` of a conference of the parties: a roman session, not a document. */
const ROMAN_SERIES = /^[IVXLC]+\//;

/**
 * Document symbols (`A/59/494`, `E/CN.15/2004/5`, `S/RES/1373`) in a span of the text: maximal
 * runs of symbol characters, each checked against the pattern. Linear in the span.
 */
export function findDocumentSymbols(text: string, start: number, end: number): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let position = Math.max(0, start);
  const stop = Math.min(end, text.length);
  while (position < stop) {
    if (!SYMBOL_CHAR.test(text.charAt(position))) {
      position++;
      continue;
    }
    const runStart = position;
    let slash = false;
    while (position < stop && SYMBOL_CHAR.test(text.charAt(position))) {
      if (text[position] === '/') slash = true;
      position++;
    }
    if (!slash || position - runStart > MAX_SYMBOL) continue;
    // Sentence punctuation after the symbol is not part of it.
    let runEnd = position;
    while (runEnd > runStart && (text[runEnd - 1] === '.' || text[runEnd - 1] === '-' || text[runEnd - 1] === '/'))
      runEnd--;
    const candidate = text.slice(runStart, runEnd);
    if (SYMBOL.test(candidate) && NUMBERED_COMPONENT.test(candidate) && !ROMAN_SERIES.test(candidate))
      found.push({ start: runStart, end: runEnd });
  }
  return found;
}

// ---- tokens ----

interface Raw extends SemanticToken {
  /** Lower wins when two tokens overlap. */
  rank: number;
}

const RANK: Record<TokenType, number> = {
  debris: 0,
  paragraphNumber: 1,
  subparagraphLabel: 1,
  organ: 1,
  preambleOpener: 2,
  operativeVerb: 2,
  footnoteMarker: 3,
  documentSymbol: 4,
  citation: 5,
  bracketed: 6,
};

/** Splits a span at line breaks; pieces are non-empty. */
function pushPerLine(
  text: string,
  out: Raw[],
  start: number,
  end: number,
  type: TokenType,
  modifiers: TokenModifier[],
): void {
  const stop = Math.min(end, text.length);
  let pieceStart = Math.max(0, start);
  for (let position = pieceStart; position < stop; position++) {
    const code = text.charCodeAt(position);
    if (code === 0x0a || code === 0x0d) {
      if (position > pieceStart) out.push({ start: pieceStart, end: position, type, modifiers, rank: RANK[type] });
      pieceStart = position + 1;
    }
  }
  if (stop > pieceStart) out.push({ start: pieceStart, end: stop, type, modifiers, rank: RANK[type] });
}

/**
 * The semantic tokens of a resolution. `citations`, when given (from the citation engine),
 * supply citations and document symbols (`kind: 'document'`); otherwise document symbols are
 * found with a simple pattern and no citations are reported.
 */
export function semanticTokens(model: Resolution, citations?: readonly CitationSpan[]): SemanticToken[] {
  const text = model.text;
  const raw: Raw[] = [];
  const add = (start: number, end: number, type: TokenType, modifiers: TokenModifier[] = []): void =>
    pushPerLine(text, raw, start, end, type, modifiers);

  for (const organLine of model.organLines) add(organLine.name.start, organLine.name.end, 'organ');
  const addItem = (item: SubParagraph): void => {
    add(item.label.start, item.label.end, 'subparagraphLabel');
    item.children.forEach(addItem);
  };
  for (const part of model.parts) {
    for (const paragraph of part.preamble) {
      if (paragraph.opener)
        add(paragraph.opener.start, paragraph.opener.end, 'preambleOpener', paragraph.openerKnown ? [] : ['unknown']);
    }
    for (const paragraph of part.operative) {
      if (paragraph.number) add(paragraph.number.start, paragraph.number.end, 'paragraphNumber');
      if (paragraph.verb)
        add(paragraph.verb.start, paragraph.verb.end, 'operativeVerb', paragraph.verbKnown ? [] : ['unknown']);
      paragraph.items.forEach(addItem);
    }
  }
  for (const marker of model.markers) add(marker.start, marker.end, 'footnoteMarker');
  for (const footnote of model.footnotes) add(footnote.number.start, footnote.number.end, 'footnoteMarker');
  for (const debris of model.debris) add(debris.start, debris.end, 'debris');

  if (citations) {
    for (const citation of citations)
      add(citation.start, citation.end, citation.kind === 'document' ? 'documentSymbol' : 'citation');
  } else {
    const regions: { start: number; end: number }[] = [];
    if (model.reportLine) regions.push(model.reportLine);
    if (model.title) regions.push(model.title);
    for (const part of model.parts) {
      regions.push(...part.preamble);
      regions.push(...part.operative);
    }
    for (const heading of model.headings) regions.push(heading);
    for (const annex of model.annexes) regions.push(...annex.paragraphs);
    for (const footnote of model.footnotes) regions.push(footnote.body);
    for (const region of regions) {
      for (const symbol of findDocumentSymbols(text, region.start, region.end))
        add(symbol.start, symbol.end, 'documentSymbol');
    }
  }

  // Sorted by offset; where two overlap, the structural one (lower rank) stays.
  raw.sort((a, b) => a.start - b.start || a.rank - b.rank || b.end - a.end);
  const out: Raw[] = [];
  for (const token of raw) {
    const last = out[out.length - 1];
    if (last && token.start < last.end) {
      if (token.rank < last.rank) {
        // The structural token wins: cut the earlier one short (or drop it).
        if (token.start > last.start) last.end = token.start;
        else out.pop();
      } else continue;
    }
    out.push(token);
  }
  const tokens = withBracketedPassages(text, out, bracketedPassages(model));
  return tokens.map(({ start, end, type, modifiers }) => ({ start, end, type, modifiers }));
}

/**
 * `tokens` (sorted, non-overlapping) with `bracketed` tokens over what the others leave of each
 * bracketed passage: an opener or a citation in brackets keeps its own look, the rest of the
 * passage is set apart.
 */
function withBracketedPassages(text: string, tokens: Raw[], passages: readonly Span[]): Raw[] {
  if (passages.length === 0) return tokens;
  const gaps: Raw[] = [];
  let next = 0;
  for (const passage of passages) {
    while (next < tokens.length && tokens[next]!.end <= passage.start) next++;
    let at = passage.start;
    for (let index = next; index < tokens.length && tokens[index]!.start < passage.end; index++) {
      const token = tokens[index]!;
      if (token.start > at) pushPerLine(text, gaps, at, token.start, 'bracketed', []);
      at = Math.max(at, token.end);
    }
    if (passage.end > at) pushPerLine(text, gaps, at, passage.end, 'bracketed', []);
  }
  return [...tokens, ...gaps].sort((a, b) => a.start - b.start);
}

/**
 * The LSP encoding of tokens (sorted, single-line): five integers per token — line delta,
 * start character delta (from the previous token on the same line, else from the line start),
 * length, index into TOKEN_TYPES, bitset over TOKEN_MODIFIERS.
 */
export function encodeTokens(tokens: readonly SemanticToken[], lineIndex: LineIndex): number[] {
  const data: number[] = [];
  let previousLine = 0;
  let previousCharacter = 0;
  for (const token of tokens) {
    const position = lineIndex.positionAt(token.start);
    const type = TOKEN_TYPES.indexOf(token.type);
    if (type < 0 || token.end <= token.start) continue;
    let modifiers = 0;
    for (const modifier of token.modifiers) {
      const bit = TOKEN_MODIFIERS.indexOf(modifier);
      if (bit >= 0) modifiers |= 1 << bit;
    }
    const deltaLine = position.line - previousLine;
    const deltaCharacter = deltaLine === 0 ? position.character - previousCharacter : position.character;
    data.push(deltaLine, deltaCharacter, token.end - token.start, type, modifiers);
    previousLine = position.line;
    previousCharacter = position.character;
  }
  return data;
}

/** The inverse of encodeTokens (for tests and hosts that need offsets back). */
export function decodeTokens(data: readonly number[], lineIndex: LineIndex): SemanticToken[] {
  const tokens: SemanticToken[] = [];
  let line = 0;
  let character = 0;
  for (let index = 0; index + 4 < data.length; index += 5) {
    // index + 4 < data.length: five numbers.
    const [deltaLine, deltaCharacter, length, type, bits] = data.slice(index, index + 5) as [
      number,
      number,
      number,
      number,
      number,
    ];
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaCharacter : deltaCharacter;
    const start = lineIndex.offsetAt({ line, character });
    tokens.push({
      start,
      end: start + length,
      type: TOKEN_TYPES[type]!,
      modifiers: TOKEN_MODIFIERS.filter((_, bit) => (bits & (1 << bit)) !== 0),
    });
  }
  return tokens;
}
