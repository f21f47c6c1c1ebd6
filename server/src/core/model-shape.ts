// Where the offsets are in the model: for every node type of model.ts, which fields start a span,
// which end one (a span's end, a paragraph's `contentEnd` and `textEnd`), which hold a span's text,
// and which hold nodes. What moves offsets after an edit (incremental/shift.ts) walks these shapes,
// not fields it knows by name. A shape names every field of its type, optional ones included: a
// field added to model.ts does not compile until its shape says whether it holds an offset.
import type {
  AdoptionLine,
  Annex,
  Closing,
  Debris,
  Directive,
  Footnote,
  FootnoteMarker,
  Heading,
  Masthead,
  OperativeParagraph,
  OrganLine,
  Part,
  PreambularParagraph,
  Resolution,
  SubParagraph,
  TitleLine,
  Token,
  Unrecognised,
} from './model';

/**
 * How a value holds offsets. A number: `start` (where a span starts), `end` (where a span or a part
 * of it ends) or `none` (a count, a value). A string: `text` (the text of the span it stands in,
 * read again when an edit falls inside the span) or `none`. An array: the shape of its elements.
 * An object: the shape of each field.
 */
export type Shape<T> = [T] extends [number]
  ? 'start' | 'end' | 'none'
  : [T] extends [string]
    ? 'text' | 'none'
    : [T] extends [boolean]
      ? 'none'
      : [T] extends [readonly (infer E)[]]
        ? readonly [Shape<E>]
        : { readonly [K in keyof T]-?: Shape<Exclude<T[K], undefined>> };

export const TOKEN: Shape<Token> = { start: 'start', end: 'end', text: 'text' };

export const MASTHEAD: Shape<Masthead> = {
  start: 'start',
  end: 'end',
  symbol: TOKEN,
  organName: TOKEN,
  distribution: TOKEN,
  date: TOKEN,
  session: TOKEN,
  agendaItem: TOKEN,
  other: [TOKEN],
};

export const ADOPTION_LINE: Shape<AdoptionLine> = { ...TOKEN, date: TOKEN };

export const TITLE_LINE: Shape<TitleLine> = { start: 'start', end: 'end', number: TOKEN, title: TOKEN };

export const ORGAN_LINE: Shape<OrganLine> = {
  start: 'start',
  end: 'end',
  organ: 'none',
  name: TOKEN,
  terminator: TOKEN,
};

export const PREAMBULAR: Shape<PreambularParagraph> = {
  kind: 'none',
  start: 'start',
  end: 'end',
  negotiationLabel: { ...TOKEN, value: 'none', variant: 'none' },
  opener: TOKEN,
  openerKnown: 'none',
  terminator: TOKEN,
  contentEnd: 'end',
};

/** An item's children are items: the shape holds itself (set just below). */
const ITEMS = [] as unknown as [Shape<SubParagraph>];

export const SUBPARAGRAPH: Shape<SubParagraph> = {
  kind: 'none',
  start: 'start',
  end: 'end',
  label: TOKEN,
  style: 'none',
  value: 'none',
  level: 'none',
  textEnd: 'end',
  terminator: TOKEN,
  contentEnd: 'end',
  children: ITEMS,
  heading: 'none',
};
ITEMS[0] = SUBPARAGRAPH;

export const OPERATIVE: Shape<OperativeParagraph> = {
  kind: 'none',
  start: 'start',
  end: 'end',
  number: { ...TOKEN, value: 'none', dotted: 'none', insertion: 'none' },
  verb: TOKEN,
  verbKnown: 'none',
  textEnd: 'end',
  terminator: TOKEN,
  contentEnd: 'end',
  items: ITEMS,
  part: 'none',
  section: 'none',
};

export const HEADING: Shape<Heading> = { ...TOKEN, kind: 'none', label: TOKEN };

export const PART: Shape<Part> = {
  heading: HEADING,
  title: TOKEN,
  organLine: 'none',
  preamble: [PREAMBULAR],
  operative: [OPERATIVE],
};

export const CLOSING: Shape<Closing> = { start: 'start', end: 'end', meeting: TOKEN, date: TOKEN, vote: TOKEN };

export const FOOTNOTE: Shape<Footnote> = {
  start: 'start',
  end: 'end',
  number: { ...TOKEN, value: 'none' },
  body: TOKEN,
};

export const MARKER: Shape<FootnoteMarker> = { ...TOKEN, value: 'none', misplaced: 'none' };

export const DEBRIS: Shape<Debris> = { ...TOKEN, debris: 'none' };

export const DIRECTIVE: Shape<Directive> = {
  ...TOKEN,
  scope: 'none',
  rules: ['none'],
  target: { start: 'start', end: 'end' },
};

export const UNRECOGNISED: Shape<Unrecognised> = { ...TOKEN, kind: 'none', misplaced: 'none' };

export const ANNEX: Shape<Annex> = { start: 'start', end: 'end', heading: TOKEN, paragraphs: [TOKEN] };

/** The whole model. Its `text` is the new text's, set by whoever moves it. */
export const RESOLUTION: Shape<Resolution> = {
  text: 'none',
  organ: 'none',
  masthead: MASTHEAD,
  adoption: ADOPTION_LINE,
  reportLine: TOKEN,
  title: TITLE_LINE,
  organLines: [ORGAN_LINE],
  parts: [PART],
  headings: [HEADING],
  closings: [CLOSING],
  annexes: [ANNEX],
  footnoteSeparator: TOKEN,
  footnotes: [FOOTNOTE],
  markers: [MARKER],
  debris: [DEBRIS],
  unrecognised: [UNRECOGNISED],
  directives: [DIRECTIVE],
  wrapped: 'none',
};
