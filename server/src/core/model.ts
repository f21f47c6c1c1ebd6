// The syntax model of a resolution. Every offset is a UTF-16 code-unit index into the
// original text (what JavaScript strings and the Language Server Protocol count), so a
// span can be handed to any host without conversion.

export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
}

/** A piece of the text with its position. */
export interface Token extends Span {
  text: string;
}

export type Organ = 'GA' | 'SC' | 'HRC' | 'ECOSOC' | 'other';

export interface Masthead extends Span {
  /** `A/RES/59/157`, `S/RES/2533 (2020)`. */
  symbol?: Token;
  /** `General Assembly`, `Security Council`, `Human Rights Council`… as written. */
  organName?: Token;
  distribution?: Token;
  /** The distribution date line under `Distr.: General`. */
  date?: Token;
  /** `Fifty-ninth session`, `2023 session`. */
  session?: Token;
  /** `Agenda item 96`, `Agenda items 17 and 18`. */
  agendaItem?: Token;
  /** Lines of the masthead that are none of the above (agenda item titles, `Original: English`). */
  other: Token[];
}

/** `Resolution adopted by the General Assembly on 20 December 2004`, SC `Adopted by the Security Council at its 4385th meeting, on 28 September 2001`. */
export interface AdoptionLine extends Token {
  date?: Token;
}

/** `59/157. Title` (GA, HRC, ECOSOC) or `Resolution 1373 (2001)` (SC). */
export interface TitleLine extends Span {
  /** `59/157`, `1373 (2001)`, `2023/5`. */
  number?: Token;
  title?: Token;
}

export interface OrganLine extends Span {
  organ: Organ;
  /** `General Assembly` — the organ's name as written. */
  name: Token;
  /** The trailing comma or colon, when present. */
  terminator?: Token;
}

/** The final punctuation of a paragraph or item, before any footnote marker. */
export type Terminator = Token;

export interface PreambularParagraph extends Span {
  kind: 'preambular';
  /** `PP3 alt`, `PP3 bis`, `PP3` written before the opener in a negotiated draft (the label and its blank after). */
  negotiationLabel?: Token & {
    /** The paragraph the label names: 3 in `PP3 alt`. */
    value: number;
    /** `alt` (another wording of PP3), `bis`, `ter` … (inserted after PP3); absent on a plain `PP3`. */
    variant?: string;
  };
  /** The opening phrase, longest match against the lexicon (`Recalling also`, `Deeply concerned`). */
  opener?: Token;
  /** True when the opening phrase is a known preambular opener (not merely a capitalised word). */
  openerKnown: boolean;
  terminator?: Terminator;
  /** The text after the last non-space character, excluding footnote markers (for punctuation fixes). */
  contentEnd: number;
}

export type LabelStyle = 'alpha-paren' | 'roman-paren' | 'alpha-dot' | 'roman-dot' | 'digit-paren';

export interface SubParagraph extends Span {
  kind: 'subparagraph';
  label: Token;
  style: LabelStyle;
  /** 1-based position the label denotes (`(c)` = 3, `(iv)` = 4, `(aa)` = 27). */
  value: number;
  /** Nesting depth under the operative paragraph: 1 for `(a)`, 2 for `(i)` under `(a)`… */
  level: number;
  /** End of the item's own text, before any nested items. */
  textEnd: number;
  terminator?: Terminator;
  contentEnd: number;
  children: SubParagraph[];
  /**
   * A heading inside a list: a label and a title without final punctuation, items next (`(h)
   * Disarmament, demobilization and reintegration` / `(i) To support …`). `apart` when its label
   * belongs to a sequence of headings of its own (`(ii) Protection of civilians` between letters).
   */
  heading?: 'in-list' | 'apart';
}

export interface OperativeParagraph extends Span {
  kind: 'operative';
  /** The number as written (`12.`); absent on an unnumbered paragraph. */
  number?: Token & {
    value: number;
    /** false for `5 Encourages` (no period) */
    dotted: boolean;
    /**
     * `bis`, `ter` … in `5 bis.`: inserted after paragraph `value` in negotiation, outside the
     * sequence; `alt` in `5 alt.`: another wording of paragraph `value`, one of which will stay.
     */
    insertion?: string;
  };
  /** The verb phrase (`Takes note with appreciation`, `Also urges`, `Calls once again upon`). */
  verb?: Token;
  verbKnown: boolean;
  /** End of the paragraph's own text (the lead-in when it has items). */
  textEnd: number;
  terminator?: Terminator;
  contentEnd: number;
  /** Sub-paragraphs (`(a)`, `(b)` … with their nested levels). */
  items: SubParagraph[];
  /** Index of the part (A, B…) this paragraph belongs to. */
  part: number;
  /** Index into `sections`, when the operative part is divided into headed sections. */
  section?: number;
}

/** A heading line inside the body: a part letter (`A`), a section (`I`, `II. Financing`), or an untitled heading. */
export interface Heading extends Token {
  kind: 'part' | 'section' | 'heading';
  label?: Token;
}

export interface Part {
  /** The heading that opens the part (`A`), absent for the implicit first part. */
  heading?: Heading;
  /** A part's own title under its letter (`Assistance to Palestine refugees`). */
  title?: Token;
  /** Index of the part's own organ line in `Resolution.organLines`, when it has one. */
  organLine?: number;
  preamble: PreambularParagraph[];
  operative: OperativeParagraph[];
}

export interface Closing extends Span {
  /** `74th plenary meeting`, `48th (resumed) plenary meeting`, `47th meeting`. */
  meeting?: Token;
  date?: Token;
  /** HRC: `[Adopted without a vote.]`, `[Adopted by a recorded vote of …]`. */
  vote?: Token;
}

export interface Footnote extends Span {
  /** The number as written at the start of the footnote line. */
  number: Token & { value: number };
  body: Token;
}

export interface FootnoteMarker extends Token {
  value: number;
  /**
   * Set when a letter follows the marker: `t6he`, `a11nd` (inside a word) or `Agreement4and`,
   * `Weapons 6and` (glued to the next word), or when it stands apart inside a sentence
   * (`Development 2 through`) — a converter's or a typist's slip, reported as such.
   */
  misplaced?: 'inside-word' | 'next-word' | 'apart';
}

export type DebrisKind =
  'ods-tag' | 'comment-tag' | 'rule-line' | 'page-number' | 'running-head' | 'job-number' | 'masthead-run';

/** Text pasted from the UN document system that is not part of the resolution. */
export interface Debris extends Token {
  debris: DebrisKind;
}

export type BodyNode = PreambularParagraph | OperativeParagraph | Heading | Unrecognised;

export interface Unrecognised extends Token {
  kind: 'unrecognised';
  /** A preambular paragraph (`Recalling also …,`) written among the operative paragraphs. */
  misplaced?: 'preambular';
}

/** An annex (`Annex`, `Annex I`) with its heading and the paragraphs under it, checked loosely. */
export interface Annex extends Span {
  heading: Token;
  paragraphs: Token[];
}

/**
 * `<!-- unres-disable-next-line rule-id -->` or `<!-- unres-disable-file rule-id -->` on a line of
 * its own: findings a drafter decided to let stand. Read as a blank line; left out of exports.
 */
export interface Directive extends Token {
  scope: 'next-paragraph' | 'file';
  /** The rules it silences; none named: every rule. */
  rules: string[];
  /** For `next-paragraph`: the paragraph below it (its line, or in hard-wrapped print its lines up to a blank line). */
  target?: Span;
}

export interface Resolution {
  text: string;
  organ: Organ;
  masthead?: Masthead;
  adoption?: AdoptionLine;
  /** `[on the report of the Third Committee (A/59/494)]`. */
  reportLine?: Token;
  title?: TitleLine;
  organLines: OrganLine[];
  parts: Part[];
  /** Section headings (`I`, `II`) in the operative part, in order. */
  headings: Heading[];
  /** The closing of each part (omnibus resolutions close every part with its meeting and date). */
  closings: Closing[];
  annexes: Annex[];
  footnoteSeparator?: Token;
  footnotes: Footnote[];
  markers: FootnoteMarker[];
  debris: Debris[];
  unrecognised: Unrecognised[];
  directives: Directive[];
  /** True when the text is hard-wrapped print (continuation lines joined into paragraphs). */
  wrapped: boolean;
}

/** Convenience: every operative paragraph of the document, in order. */
export function allOperative(model: Resolution): OperativeParagraph[] {
  return model.parts.flatMap((part) => part.operative);
}

export function allPreambular(model: Resolution): PreambularParagraph[] {
  return model.parts.flatMap((part) => part.preamble);
}

/** The written pieces of a masthead, in field order then the other lines (its span may reach over the lines after it). */
export function mastheadTokens(masthead: Masthead): Token[] {
  const fields = [
    masthead.symbol,
    masthead.organName,
    masthead.distribution,
    masthead.date,
    masthead.session,
    masthead.agendaItem,
  ];
  return [...fields.filter((field): field is Token => field !== undefined), ...masthead.other];
}
