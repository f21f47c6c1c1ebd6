// Document and range formatting: the layout of the UN's own texts, whitespace only.
//
// - One blank line between blocks: masthead (as a whole), title, organ line, each preambular and
//   operative paragraph, each sub-paragraph, each heading, the footnote separator, the closing.
// - Consecutive lines, as the published texts have them: the masthead with the adoption and
//   report lines (and an SC `Resolution 1373 (2001)` heading), the closing's meeting and date
//   lines, the footnotes.
// - A tab after a paragraph number and a sub-paragraph label (`1.\tTakes note`, `(a)\tTo …`) in
//   place of the spaces written there (a number glued to its text is left alone: inserting a tab
//   would split a word).
// - Trailing spaces and tabs removed; leading indentation removed on recognised lines.
// - A paragraph broken over several lines (a soft break) is joined into one line — except in
//   hard-wrapped print (`model.wrapped`), whose line breaks are kept, after a hyphen, and across
//   blank lines.
// - Optionally a no-break space between day and month in dates (`20\u00A0December 2004`); dates
//   are otherwise never changed.
// - Lines the parser did not place (debris, unrecognised lines) keep their layout and the gaps
//   around them: only their trailing whitespace goes. Table rows (TAB-separated cells) are left
//   entirely as they are; so are the gaps inside an annex (forms, declarations), after a paragraph
//   line that stops without punctuation, and — in hard-wrapped print — before a paragraph the
//   parser only guessed (no number, no known opener).
//
// - Optionally typographic quotation marks and apostrophes (`“ ” ‘ ’`) in place of straight ones,
//   decided as the curly-quotes rule decides (text/quotes.ts).
//
// Never changes a word: every edit replaces whitespace with whitespace (and, when asked, a straight
// quotation mark with a curly one), so the sequence of non-whitespace tokens is the same before
// and after, quotation marks read alike. Idempotent. Never throws. Linear in the size of the text
// (one pass over lines; nodes painted onto their lines).
import { mastheadTokens, type Resolution, type SubParagraph } from '../model';
import { splitLines, type Line } from '../parser/lines';
import type { TextEdit } from '../rules/types';
import { parse } from '../parser/parse';
import { isTypedBlankCode } from '../text/blanks';
import { applyEdits } from '../text/edits';
import { MONTH_ALTERNATION } from '../text/months';
import { curlyQuotes } from '../text/quotes';

export interface FormatOptions {
  /** Put a no-break space between day and month in dates (`20\u00A0December 2004`). */
  noBreakSpaceInDates?: boolean;
  /** Put typographic quotation marks and apostrophes (“ ” ‘ ’) in place of straight ones (" '). */
  curlyQuotes?: boolean;
  /**
   * Only return edits inside the whole lines touched by this span (offsets into model.text). The
   * gap between two lines (blank lines added or removed) is inside only when both lines are.
   */
  range?: { start: number; end: number };
}

type Kind =
  | 'header'
  | 'title'
  | 'organ'
  | 'heading'
  | 'paragraph'
  | 'meeting'
  | 'date'
  | 'vote'
  | 'separator'
  | 'footnote'
  | 'annex'
  | 'ignore';

interface LineInfo {
  kind?: Kind;
  /** Node identity: two lines of the same node are one block. */
  block: number;
  /** A row of a table: left untouched, trailing tabs included. */
  table?: boolean;
  /** A paragraph the parser recognised by position only (no number, no known opener). */
  weak?: boolean;
}

const MONTHS = MONTH_ALTERNATION;
/** A day followed by one ordinary space, a month and a year. */
const DATE_SPACE = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})( )(?=(?:${MONTHS})[ \\u00A0]\\d{4})`, 'gu');
/** A paragraph number, a label, a title's number or a footnote's: a tab may follow it. */
const LEADING_NUMBER =
  /^(?:\(?[0-9]{1,4}[.)]?|\([a-z]{1,7}\)|[a-z]{1,4}\.|[IVXL]{1,6}\.?|[A-Z]\.?|(?:S-|ES-)?\d{1,4}\/\d{1,4}\.?)$/;
const ENDS_WITH_DAY = /(?<![\p{L}\p{N}])\d{1,2}$/u;
const STARTS_WITH_MONTH_YEAR = new RegExp(`^(?:${MONTHS})[ \\u00A0]\\d{4}`);

/** Characters a line may hold and still be blank for the formatter (all are whitespace to `\s`). */
const isBlankSpace = (code: number): boolean =>
  code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x0b || code === 0x0c;

/** Pairs of kinds written on consecutive lines, without a blank line between them. */
function tight(a: Kind, b: Kind): boolean {
  return (
    (a === 'header' && b === 'header') || (a === 'meeting' && b === 'date') || (a === 'footnote' && b === 'footnote')
  );
}

/** The document's line break: the first one it uses (LF when it has none). */
export function lineBreakOf(text: string): string {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0d) return text.charCodeAt(index + 1) === 0x0a ? '\r\n' : '\r';
    if (code === 0x0a) return '\n';
  }
  return '\n';
}

class Formatter {
  private readonly text: string;
  // One entry per line in both, in order: the indexes below come from loops over them or from lineOf.
  private readonly lines: Line[];
  private readonly info: LineInfo[];
  /** Per block: where its number or label ends (a tab belongs there). */
  private readonly prefixEnd = new Map<number, number>();
  private nextBlock = 1;
  private readonly edits: TextEdit[] = [];
  private readonly eol: string;

  constructor(
    private readonly model: Resolution,
    private readonly options: FormatOptions,
  ) {
    this.text = model.text;
    this.lines = splitLines(this.text);
    this.info = this.lines.map(() => ({ block: 0 }));
    this.eol = lineBreakOf(this.text);
  }

  // ---------- classifying lines ----------

  private lineOf(offset: number): number {
    let low = 0;
    let high = this.lines.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lines[middle]!.start <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** Marks the lines of a span as one block of a kind; returns the block id. */
  private paint(start: number, end: number, kind: Kind, weak = false): number {
    const block = this.nextBlock++;
    if (!(start >= 0 && end >= start && start <= this.text.length)) return block;
    const first = this.lineOf(start);
    const last = this.lineOf(Math.max(start, Math.min(end, this.text.length) - 1));
    for (let index = first; index <= last; index++) this.info[index] = { kind, block };
    if (weak) this.info[first]!.weak = true;
    return block;
  }

  private paintItem(item: SubParagraph): void {
    const block = this.paint(item.start, item.end, 'paragraph');
    this.prefixEnd.set(block, item.label.end);
    for (const child of item.children) this.paintItem(child);
  }

  private classify(): void {
    const model = this.model;
    const masthead = model.masthead;
    if (masthead) {
      for (const token of mastheadTokens(masthead)) this.paint(token.start, token.end, 'header');
    }
    if (model.adoption) this.paint(model.adoption.start, model.adoption.end, 'header');
    if (model.reportLine) this.paint(model.reportLine.start, model.reportLine.end, 'header');
    if (model.title) {
      // The SC heading `Resolution 1373 (2001)` sits in the masthead block; a GA title stands apart.
      const scHeading =
        !model.title.title && /^Resolution\b/i.test(this.text.slice(model.title.start, model.title.start + 12));
      this.paint(model.title.start, model.title.end, scHeading ? 'header' : 'title');
    }
    for (const organLine of model.organLines) this.paint(organLine.start, organLine.end, 'organ');
    for (const heading of model.headings) this.paint(heading.start, heading.end, 'heading');
    for (const part of model.parts) {
      for (const paragraph of part.preamble)
        this.paint(paragraph.start, paragraph.end, 'paragraph', !paragraph.openerKnown);
      for (const paragraph of part.operative) {
        const block = this.paint(paragraph.start, paragraph.end, 'paragraph', !paragraph.number);
        if (paragraph.number) this.prefixEnd.set(block, paragraph.number.end);
        for (const item of paragraph.items) this.paintItem(item);
      }
    }
    for (const closing of model.closings) {
      if (closing.meeting) this.paint(closing.meeting.start, closing.meeting.end, 'meeting');
      if (closing.date) this.paint(closing.date.start, closing.date.end, 'date');
      if (closing.vote) this.paint(closing.vote.start, closing.vote.end, 'vote');
    }
    if (model.footnoteSeparator) this.paint(model.footnoteSeparator.start, model.footnoteSeparator.end, 'separator');
    for (const footnote of model.footnotes) this.paint(footnote.start, footnote.end, 'footnote');
    for (const annex of model.annexes) {
      this.paint(annex.heading.start, annex.heading.end, 'annex');
      for (const paragraph of annex.paragraphs) this.paint(paragraph.start, paragraph.end, 'annex');
    }
    // Not part of the resolution: left as they are.
    for (const node of model.unrecognised) this.paint(node.start, node.end, 'ignore');
    this.paintDebris();
    this.paintTables();
  }

  /**
   * Rows of a table (`1\tOverall policymaking\t137 295 900`, `Afghanistan\t0.006`): a tab anywhere
   * but right after a leading number or label (`1.\tTakes note`, `(a)\tTo`, `59/157.\tTitle`), or
   * empty cells at the end of a line (`\tPart I. Overall policymaking\t\t\t`). A
   * table's layout is its own: the row is left as it is, trailing tabs included, and so are the
   * gaps around it.
   */
  private paintTables(): void {
    for (let index = 0; index < this.lines.length; index++) {
      const line = this.lines[index]!;
      const kind = this.info[index]!.kind;
      if (kind === 'ignore') continue;
      let position = line.start;
      while (position < line.end && isTypedBlankCode(this.text.charCodeAt(position))) position++;
      const wordStart = position;
      while (position < line.end && !isTypedBlankCode(this.text.charCodeAt(position))) position++;
      if (position - wordStart <= 12 && LEADING_NUMBER.test(this.text.slice(wordStart, position))) {
        while (position < line.end && isTypedBlankCode(this.text.charCodeAt(position))) position++;
      }
      // A tab inside the text, or empty cells at the end (two tabs or more), make a row.
      let contentEnd = line.end;
      let trailingTabs = 0;
      while (contentEnd > position && isTypedBlankCode(this.text.charCodeAt(contentEnd - 1))) {
        if (this.text.charCodeAt(contentEnd - 1) === 0x09) trailingTabs++;
        contentEnd--;
      }
      let row = trailingTabs >= 2;
      for (; !row && position < contentEnd; position++) row = this.text.charCodeAt(position) === 0x09;
      if (row) this.info[index] = { kind: 'ignore', block: this.nextBlock++, table: true };
    }
  }

  /** Lines made of debris only (page numbers, running heads, lines of ODS tags) are left alone. */
  private paintDebris(): void {
    const debris = this.model.debris;
    let index = 0;
    while (index < debris.length) {
      const lineIndex = this.lineOf(debris[index]!.start);
      const line = this.lines[lineIndex]!;
      // The debris tokens on this line (the list is sorted by start).
      let position = line.start;
      let onlyDebris = true;
      while (
        index < debris.length &&
        debris[index]!.start < line.end + 1 &&
        this.lineOf(debris[index]!.start) === lineIndex
      ) {
        const token = debris[index]!;
        for (; position < token.start && position < line.end; position++) {
          if (!isBlankSpace(this.text.charCodeAt(position))) onlyDebris = false;
        }
        position = Math.max(position, token.end);
        index++;
      }
      for (; position < line.end; position++) {
        if (!isBlankSpace(this.text.charCodeAt(position))) onlyDebris = false;
      }
      if (onlyDebris) this.info[lineIndex] = { kind: 'ignore', block: this.nextBlock++ };
    }
  }

  // ---------- edits ----------

  private edit(start: number, end: number, newText: string): void {
    if (this.text.slice(start, end) !== newText) this.edits.push({ start, end, newText });
  }

  private isBlankLine(line: Line): boolean {
    for (let position = line.start; position < line.end; position++) {
      if (!isBlankSpace(this.text.charCodeAt(position))) return false;
    }
    return true;
  }

  /** End of the line's text without trailing spaces and tabs. */
  private trimEnd(line: Line): number {
    let end = line.end;
    if (this.info[line.index]?.table) return end;
    while (end > line.start && (this.text.charCodeAt(end - 1) === 0x20 || this.text.charCodeAt(end - 1) === 0x09))
      end--;
    return end;
  }

  /** Start of the line's text after indentation, for recognised lines; the line start otherwise. */
  private leadStart(index: number): number {
    const line = this.lines[index]!;
    const kind = this.info[index]!.kind;
    if (kind === undefined || kind === 'ignore') return line.start;
    let start = line.start;
    while (start < line.end && isTypedBlankCode(this.text.charCodeAt(start))) start++;
    return start;
  }

  /** The line breaks of a region, whitespace between them dropped. */
  private breaksOf(start: number, end: number): string {
    let out = '';
    for (let position = start; position < end; position++) {
      const code = this.text.charCodeAt(position);
      if (code === 0x0d || code === 0x0a) out += this.text[position];
    }
    return out;
  }

  run(): TextEdit[] {
    this.classify();
    const nonBlank: number[] = [];
    for (let index = 0; index < this.lines.length; index++)
      if (!this.isBlankLine(this.lines[index]!)) nonBlank.push(index);
    if (nonBlank.length === 0) return [];

    // Before the first line: keep the breaks (and a byte-order mark), drop stray whitespace.
    const bom = this.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const first = this.lines[nonBlank[0]!]!;
    if (first.start > bom) this.edit(bom, first.start, this.breaksOf(bom, first.start));
    const firstLead = Math.max(bom, this.leadStart(nonBlank[0]!));
    if (firstLead > Math.max(bom, first.start)) this.edit(Math.max(bom, first.start), firstLead, '');

    for (let at = 0; at < nonBlank.length; at++) {
      const index = nonBlank[at]!;
      const line = this.lines[index]!;
      const lineLead = index === nonBlank[0] ? firstLead : this.leadStart(index);
      const lineEnd = this.trimEnd(line);
      this.lineEdits(index, lineLead, lineEnd);
      const nextIndex = nonBlank[at + 1];
      if (nextIndex === undefined) {
        // After the last line: trailing whitespace goes, the final breaks stay.
        this.edit(lineEnd, line.end, '');
        this.edit(line.end, this.text.length, this.breaksOf(line.end, this.text.length));
        continue;
      }
      this.gap(index, nextIndex, lineEnd);
    }
    return this.finish();
  }

  /** Edits inside one line: the tab after a number or label, dates. */
  private lineEdits(index: number, lead: number, end: number): void {
    const info = this.info[index]!;
    if (info.kind === undefined || info.kind === 'ignore') return;
    const prefix = this.prefixEnd.get(info.block);
    if (prefix !== undefined && prefix >= lead && prefix < end && this.lineOf(prefix) === index) {
      let after = prefix;
      while (after < end && isTypedBlankCode(this.text.charCodeAt(after))) after++;
      if (after > prefix && after < end) this.edit(prefix, after, '\t');
    }
    if (this.options.noBreakSpaceInDates && end - lead >= 10) {
      const slice = this.text.slice(lead, end);
      DATE_SPACE.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = DATE_SPACE.exec(slice)) !== null) {
        const space = lead + match.index + match[1]!.length;
        this.edit(space, space + 1, '\u00A0');
      }
    }
  }

  /** The whitespace between two non-blank lines. */
  private gap(index: number, nextIndex: number, lineEnd: number): void {
    const line = this.lines[index]!;
    const next = this.lines[nextIndex]!;
    const a = this.info[index]!;
    const b = this.info[nextIndex]!;
    const nextLead = this.leadStart(nextIndex);
    const recognised = a.kind !== undefined && a.kind !== 'ignore' && b.kind !== undefined && b.kind !== 'ignore';
    const adjacent = nextIndex === index + 1;
    if (recognised && a.block === b.block) {
      const lastChar = this.text.charCodeAt(lineEnd - 1);
      const hyphen = lastChar === 0x2d || lastChar === 0xad || lastChar === 0x2010 || lastChar === 0x2011;
      const joinable =
        (a.kind === 'paragraph' || a.kind === 'title') &&
        !this.model.wrapped &&
        adjacent &&
        !hyphen &&
        lineEnd > line.start;
      if (joinable) {
        this.edit(lineEnd, nextLead, this.joiner(a.block, line, lineEnd, nextLead));
        return;
      }
    }
    this.edit(lineEnd, line.end, '');
    let breaks: string;
    if (!recognised || a.block === b.block || !this.separable(a, b, line, lineEnd))
      breaks = this.breaksOf(line.end, next.start);
    else if (tight(a.kind!, b.kind!)) breaks = this.eol;
    else breaks = this.eol + this.eol;
    this.edit(line.end, next.start, breaks);
    if (nextLead > next.start) this.edit(next.start, nextLead, '');
  }

  /**
   * Whether the layout between two blocks is the formatter's to set. Not inside an annex (forms,
   * declarations: their own layout), not after a paragraph line that stops without punctuation
   * (the parser split a sentence: `Adopted unanimously at the` / `700th meeting.`), and in
   * hard-wrapped print not before a paragraph the parser only guessed (`United Republic of
   * Tanzania, in order to …` after `in Arusha,`).
   */
  private separable(a: LineInfo, b: LineInfo, line: Line, lineEnd: number): boolean {
    if (a.kind === 'annex' || b.kind === 'annex') return false;
    if (a.kind === 'paragraph' && !this.endsWithPunctuation(line.start, lineEnd)) return false;
    if (this.model.wrapped && b.weak) return false;
    return true;
  }

  /** Ends with `, ; : .`, before any footnote marker, closing quotes and brackets. */
  private endsWithPunctuation(start: number, end: number): boolean {
    let position = end - 1;
    let digits = 0;
    while (position > start && digits < 3 && /\d/.test(this.text.charAt(position))) {
      position--;
      digits++;
    }
    while (position > start && /[”"’)\]*_]/.test(this.text.charAt(position))) position--;
    return position >= start && /[,;:.]/.test(this.text.charAt(position));
  }

  /** What joins two lines of one paragraph: a tab after a lone number or label, else a space (a no-break space inside a date when asked). */
  private joiner(block: number, line: Line, lineEnd: number, nextLead: number): string {
    if (this.prefixEnd.get(block) === lineEnd) return '\t';
    if (this.options.noBreakSpaceInDates) {
      const tail = this.text.slice(Math.max(line.start, lineEnd - 3), lineEnd);
      const head = this.text.slice(nextLead, nextLead + 16);
      if (ENDS_WITH_DAY.test(tail) && STARTS_WITH_MONTH_YEAR.test(head)) return '\u00A0';
    }
    return ' ';
  }

  private finish(): TextEdit[] {
    let edits = this.edits.sort((x, y) => x.start - y.start || x.end - y.end);
    const range = this.options.range;
    if (range) {
      const from = this.lines[this.lineOf(Math.max(0, Math.min(range.start, range.end)))]!.start;
      const to = this.lines[this.lineOf(Math.max(0, Math.max(range.start, range.end)))]!.end;
      edits = edits.filter((edit) => edit.start >= from && edit.end <= to);
    }
    // Guard: never return overlapping edits.
    const out: TextEdit[] = [];
    let position = -1;
    for (const edit of edits) {
      if (edit.start < position) continue;
      out.push(edit);
      position = edit.end;
    }
    return out;
  }
}

/**
 * Formatting edits for a parsed resolution: sorted, non-overlapping, minimal (only where the
 * text differs from its formatted layout). Applying them and formatting again yields no edits.
 */
export function formatText(model: Resolution, options: FormatOptions = {}): TextEdit[] {
  const once = new Formatter(model, options).run();
  // A range is formatted in one pass; a whole document to its fixed point (below).
  const layout =
    once.length === 0 || options.range ? once : toFixedPoint(model.text, applyEdits(model.text, once), options);
  return options.curlyQuotes ? withCurlyQuotes(model, layout, options.range) : layout;
}

/**
 * The layout edits with the straight quotation marks made curly (inside the whole lines of
 * `range`, when given). A layout edit replaces whitespace only and a quotation mark is not
 * whitespace, so the two never overlap; the quotation marks are read in the text as it is, since
 * the layout changes nothing around them but blanks and line breaks.
 */
function withCurlyQuotes(model: Resolution, layout: TextEdit[], range: FormatOptions['range']): TextEdit[] {
  const text = model.text;
  let quotes: TextEdit[] = curlyQuotes(text, model.debris).map(({ start, end, newText }) => ({ start, end, newText }));
  if (range) {
    const low = Math.max(0, Math.min(range.start, range.end));
    const high = Math.max(range.start, range.end);
    const from = text.lastIndexOf('\n', low - 1) + 1;
    const lineEnd = text.indexOf('\n', high);
    const to = lineEnd < 0 ? text.length : lineEnd;
    quotes = quotes.filter((quote) => quote.start >= from && quote.end <= to);
  }
  if (quotes.length === 0) return layout;
  const merged = [...layout, ...quotes].sort((x, y) => x.start - y.start || x.end - y.end);
  const out: TextEdit[] = [];
  let position = -1;
  for (const edit of merged) {
    if (edit.start < position) continue;
    out.push(edit);
    position = edit.end;
  }
  return out;
}

const MAX_PASSES = 4;

/**
 * Layout feeds back into the parse (joining two lines can turn a line into a paragraph, and a
 * mixed-line-break text changes its first break), so a second pass may still find work. The
 * document is formatted until nothing changes, and the edits are read back as the whitespace
 * runs that differ between the original and the result — formatting never changes anything else.
 */
function toFixedPoint(original: string, first: string, options: FormatOptions): TextEdit[] {
  let current = first;
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const edits = new Formatter(parse(current), options).run();
    if (edits.length === 0) break;
    current = applyEdits(current, edits);
  }
  return whitespaceDiff(original, current);
}

const isWhitespace = (code: number): boolean =>
  code === 0x20 ||
  code === 0x09 ||
  code === 0x0a ||
  code === 0x0d ||
  code === 0xa0 ||
  code === 0x0b ||
  code === 0x0c ||
  code === 0xfeff;

/** Edits turning `from` into `to`, where the two differ only in their runs of whitespace. */
export function whitespaceDiff(from: string, to: string): TextEdit[] {
  const edits: TextEdit[] = [];
  let i = 0;
  let j = 0;
  while (i < from.length || j < to.length) {
    const a = from.charCodeAt(i);
    const b = to.charCodeAt(j);
    if (i < from.length && j < to.length && a === b && !isWhitespace(a)) {
      i++;
      j++;
      continue;
    }
    const runStart = i;
    const toStart = j;
    while (i < from.length && isWhitespace(from.charCodeAt(i))) i++;
    while (j < to.length && isWhitespace(to.charCodeAt(j))) j++;
    if (i === runStart && j === toStart) return []; // not a whitespace-only difference: change nothing
    const replaced = from.slice(runStart, i);
    const wanted = to.slice(toStart, j);
    if (replaced !== wanted) edits.push({ start: runStart, end: i, newText: wanted });
  }
  return edits;
}
