// The body of the printed resolution: each element of the model as the UN prints it, in the order
// of the text, every element that comes from a source line marked with `data-line` (its 0-based
// line) for the preview's scroll sync. Footnotes go to the foot; debris pasted from the document
// system is left out. Text no element claims is still shown, as a plain paragraph: nothing written
// in the draft is lost from the page. All text goes through escapeHtml; the markup around it is
// this file's own (fixed tags and class names, numbers in data-line), never the document's.
import { resolutionSymbol } from '../features/info';
import type { Closing, Heading, Masthead, OperativeParagraph, Resolution, Span, SubParagraph, Token } from '../model';
import { bracketedPassages } from '../rules/brackets';
import { LineIndex } from '../text/positions';
import { escapeHtml } from './html-escape';
import { DEEPEST_LEVEL_CLASS } from './html-style';

interface Block {
  start: number;
  html: string;
}

/** A stretch of the text wrapped in an element (an opening phrase in <em>). */
interface Wrap extends Span {
  open: string;
  close: string;
}

/** Where `spans` (sorted by start) first has a span starting at or after `offset`. */
function firstFrom(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((spans[middle]?.start ?? Infinity) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The stretches of a sub-paragraph and those nested in it that its own text covers. */
const ownText = (item: SubParagraph): Span[] => [
  { start: item.start, end: item.textEnd },
  ...item.children.flatMap(ownText),
];

const byStart = <T extends Span>(spans: readonly T[]): T[] => [...spans].sort((a, b) => a.start - b.start);

export class HtmlBody {
  private readonly text: string;
  private readonly lines: LineIndex;
  private readonly markers: Token[];
  private readonly debris: Token[];

  /** The bracketed passages to shade (a draft exported as written), else none. */
  private readonly bracketed: Span[];

  constructor(
    private readonly model: Resolution,
    { shadeBrackets = false }: { shadeBrackets?: boolean } = {},
  ) {
    this.text = model.text;
    this.lines = new LineIndex(model.text);
    this.markers = byStart(model.markers);
    this.bracketed = shadeBrackets ? bracketedPassages(model) : [];
    // A drafter's directive (`<!-- unres-disable-next-line … -->`) is no more printed than debris.
    this.debris = byStart([...model.debris, ...model.directives]);
  }

  /** The resolution as an <article>: masthead, the text in order, the footnotes at the foot. */
  render(): string {
    const body = [...this.bodyBlocks(), ...this.strays()];
    const bodyStart = Math.min(...body.map((block) => block.start));
    // Masthead lines after the body has begun (an ECOSOC note under the adoption line) keep their place.
    const masthead = this.mastheadLines();
    const head = masthead.filter((block) => block.start < bodyStart);
    const blocks = [...body, ...masthead.filter((block) => block.start >= bodyStart)].sort((a, b) => a.start - b.start);
    return [
      '<article class="unres-resolution">',
      head.length > 0 ? `<header class="masthead">\n${head.map((block) => block.html).join('\n')}\n</header>` : '',
      ...blocks.map((block) => block.html),
      this.footnotes(),
      '</article>',
    ]
      .filter(Boolean)
      .join('\n');
  }

  // ---------- inline text ----------

  private lineOf(offset: number): number {
    return this.lines.positionAt(offset).line;
  }

  /** An element for a stretch of source: its tag, classes and the line it starts on. */
  private element(tag: string, className: string, start: number, inner: string): string {
    return `<${tag} class="${className}" data-line="${this.lineOf(start)}">${inner}</${tag}>`;
  }

  /** The first offset at or after `offset` (up to `end`) that is not a space, tab or line break. */
  private skipSpace(offset: number, end: number): number {
    let at = offset;
    while (at < end && /[ \t\r\n]/.test(this.text.charAt(at))) at++;
    return at;
  }

  /**
   * The text of [from, to) as HTML: footnote markers as superscripts, debris left out, and each
   * wrap around its stretch (clipped to the range, skipped where it would overlap another).
   */
  private inline(from: number, to: number, wraps: readonly Wrap[] = [], inPassage = false): string {
    type Piece = Span & { html: () => string };
    const pieces: Piece[] = [];
    // A bracketed passage holds the wraps inside it (an opener in brackets stays in italics).
    for (const passage of inPassage ? [] : this.bracketed) {
      if (passage.start >= to) break;
      const start = Math.max(passage.start, from);
      const end = Math.min(passage.end, to);
      if (start >= end) continue;
      const inside = wraps.filter((wrap) => wrap.start >= start && wrap.end <= end);
      pieces.push({
        start,
        end,
        html: () => `<span class="bracketed">${this.inline(start, end, inside, true)}</span>`,
      });
    }
    for (const wrap of wraps) {
      const start = Math.max(wrap.start, from);
      const end = Math.min(wrap.end, to);
      if (start < end) pieces.push({ start, end, html: () => wrap.open + this.inline(start, end) + wrap.close });
    }
    for (let index = firstFrom(this.markers, from); index < this.markers.length; index++) {
      const marker = this.markers[index];
      if (!marker || marker.start >= to) break;
      if (marker.end <= to && !wraps.some((wrap) => wrap.start <= marker.start && marker.end <= wrap.end))
        pieces.push({ ...marker, html: () => `<sup class="footnote-marker">${escapeHtml(marker.text)}</sup>` });
    }
    for (let index = firstFrom(this.debris, from); index < this.debris.length; index++) {
      const debris = this.debris[index];
      if (!debris || debris.start >= to) break;
      pieces.push({ start: debris.start, end: Math.min(debris.end, to), html: () => ' ' });
    }
    // At one start the longer piece first: a passage before the wrap it holds.
    pieces.sort((a, b) => a.start - b.start || b.end - a.end);
    let html = '';
    let cursor = from;
    for (const piece of pieces) {
      if (piece.start < cursor) continue;
      html += escapeHtml(this.text.slice(cursor, piece.start)) + piece.html();
      cursor = piece.end;
    }
    return (html + escapeHtml(this.text.slice(cursor, to))).trim();
  }

  private emphasis(token: Span | undefined): Wrap[] {
    return token ? [{ start: token.start, end: token.end, open: '<em>', close: '</em>' }] : [];
  }

  /** A paragraph's number or label in its own hanging box, the text after it. */
  private numbered(tag: string, className: string, span: Span, number: Span, textEnd: number, lead?: Span): string {
    // The space inside the box: the text reads `1. Takes note` when copied, and the box keeps its width.
    const numberHtml = `<span class="number">${this.inline(number.start, number.end)} </span>`;
    const rest = this.inline(this.skipSpace(number.end, textEnd), textEnd, this.emphasis(lead));
    return this.element(tag, className, span.start, `${numberHtml}${rest}`);
  }

  // ---------- blocks in text order ----------

  private bodyBlocks(): Block[] {
    const model = this.model;
    const blocks: Block[] = [];
    const add = (span: Span | undefined, html: (span: Span) => string): void => {
      if (span) blocks.push({ start: span.start, html: html(span) });
    };
    add(model.adoption, (line) => this.element('p', 'adoption', line.start, this.inline(line.start, line.end)));
    add(model.reportLine, (line) => this.element('p', 'report-line', line.start, this.inline(line.start, line.end)));
    add(model.title, () => this.title());
    for (const organLine of model.organLines) {
      const italicEnd = organLine.terminator?.start ?? organLine.end;
      const html = this.inline(organLine.start, organLine.end, [
        { start: organLine.start, end: italicEnd, open: '<em>', close: '</em>' },
      ]);
      blocks.push({ start: organLine.start, html: this.element('p', 'organ-line', organLine.start, html) });
    }
    const headings = new Map<number, Heading>();
    for (const part of model.parts) {
      if (part.heading) headings.set(part.heading.start, part.heading);
      add(part.title, (title) => this.element('h3', 'part-title', title.start, this.inline(title.start, title.end)));
      for (const paragraph of part.preamble) {
        const html = this.inline(paragraph.start, paragraph.end, this.emphasis(paragraph.opener));
        blocks.push({ start: paragraph.start, html: this.element('p', 'preambular', paragraph.start, html) });
      }
      for (const paragraph of part.operative) blocks.push(...this.operative(paragraph));
    }
    for (const heading of model.headings) headings.set(heading.start, heading);
    for (const heading of headings.values()) blocks.push({ start: heading.start, html: this.heading(heading) });
    for (const closing of model.closings) blocks.push(...this.closing(closing));
    for (const annex of model.annexes) {
      add(annex.heading, (line) => this.element('h2', 'annex-heading', line.start, this.inline(line.start, line.end)));
      for (const paragraph of annex.paragraphs)
        add(paragraph, (line) => this.element('p', 'annex-paragraph', line.start, this.inline(line.start, line.end)));
    }
    for (const line of model.unrecognised)
      add(line, () => this.element('p', 'unrecognised', line.start, this.inline(line.start, line.end)));
    return blocks;
  }

  private title(): string {
    const title = this.model.title;
    if (!title) return '';
    if (!title.number || !title.title)
      return this.element('h1', 'title', title.start, this.inline(title.start, title.end));
    // `59/157.` in the hanging box: the number with the period written after it.
    const number = { start: title.number.start, end: this.skipSpaceBack(title.title.start, title.number.end) };
    return this.numbered('h1', 'title numbered', title, number, title.end);
  }

  /** The offset just after the last non-space character before `offset` (not before `floor`). */
  private skipSpaceBack(offset: number, floor: number): number {
    let at = offset;
    while (at > floor && /[ \t\r\n]/.test(this.text.charAt(at - 1))) at--;
    return at;
  }

  private heading(heading: Heading): string {
    const tag = heading.kind === 'part' ? 'h2' : 'h3';
    return this.element(tag, `${heading.kind}-heading`, heading.start, this.inline(heading.start, heading.end));
  }

  private operative(paragraph: OperativeParagraph): Block[] {
    const html = paragraph.number
      ? this.numbered('p', 'operative', paragraph, paragraph.number, paragraph.textEnd, paragraph.verb)
      : this.element(
          'p',
          'operative unnumbered',
          paragraph.start,
          this.inline(paragraph.start, paragraph.textEnd, this.emphasis(paragraph.verb)),
        );
    return [{ start: paragraph.start, html }, ...paragraph.items.flatMap((item) => this.subparagraph(item))];
  }

  private subparagraph(item: SubParagraph): Block[] {
    const level = Math.min(Math.max(item.level, 1), DEEPEST_LEVEL_CLASS);
    const className = `subparagraph level-${level}${item.heading ? ' list-heading' : ''}`;
    const html = this.numbered('p', className, item, item.label, item.textEnd);
    return [{ start: item.start, html }, ...item.children.flatMap((child) => this.subparagraph(child))];
  }

  /** The meeting and the date each on its line, set to the right; an HRC vote line as written. */
  private closing(closing: Closing): Block[] {
    return this.linesOf(closing).map((line) => {
      const isVote = closing.vote !== undefined && line.start >= closing.vote.start && line.start < closing.vote.end;
      const html = this.element('p', isVote ? 'vote' : 'closing', line.start, this.inline(line.start, line.end));
      return { start: line.start, html };
    });
  }

  /** The lines of a span with text on them, each trimmed. */
  private linesOf(span: Span): Span[] {
    const lines: Span[] = [];
    let start = span.start;
    while (start < span.end) {
      const newline = this.text.indexOf('\n', start);
      const end = newline < 0 || newline > span.end ? span.end : newline;
      const from = this.skipSpace(start, end);
      const to = this.skipSpaceBack(end, from);
      if (from < to) lines.push({ start: from, end: to });
      start = end + 1;
    }
    return lines;
  }

  // ---------- masthead ----------

  /** The masthead's lines, each with the class of what it is; the symbol from the title when none is written. */
  private mastheadLines(): Block[] {
    const masthead = this.model.masthead;
    const taken = [this.model.adoption, this.model.reportLine].filter((span): span is Token => span !== undefined);
    const lines = masthead
      ? this.linesOf(masthead).filter(
          (line) => !taken.some((span) => span.start <= line.start && line.start < span.end),
        )
      : [];
    const blocks = lines.flatMap((line) => {
      const inner = this.inline(line.start, line.end);
      const html = this.element('p', this.mastheadClass(masthead, line), line.start, inner);
      return inner ? [{ start: line.start, html }] : [];
    });
    const symbol = resolutionSymbol(this.model);
    if (symbol && !masthead?.symbol) blocks.unshift({ start: -1, html: `<p class="symbol">${escapeHtml(symbol)}</p>` });
    return blocks;
  }

  private mastheadClass(masthead: Masthead | undefined, line: Span): string {
    const fields: [Token | undefined, string][] = [
      [masthead?.symbol, 'symbol'],
      [masthead?.organName, 'organ-name'],
      [masthead?.distribution, 'distribution'],
      [masthead?.date, 'issued'],
      [masthead?.session, 'session'],
      [masthead?.agendaItem, 'agenda-item'],
    ];
    const field = fields.find(([token]) => token !== undefined && token.start <= line.start && line.start < token.end);
    if (field) return field[1];
    const text = this.text.slice(line.start, line.end);
    if (text === 'United Nations') return 'united-nations';
    if (text.startsWith('[')) return 'report-line';
    if (/^(General Assembly|Security Council|Economic and Social Council|Human Rights Council)$/.test(text))
      return 'organ-name';
    return 'masthead-line';
  }

  // ---------- footnotes and the text no element claims ----------

  private footnotes(): string {
    if (this.model.footnotes.length === 0) return '';
    const notes = byStart(this.model.footnotes).map((note) => {
      const number = `<sup class="footnote-number">${escapeHtml(note.number.text)}</sup>`;
      return this.element('p', 'footnote', note.start, `${number} ${this.inline(note.body.start, note.body.end)}`);
    });
    return `<section class="footnotes">\n${notes.join('\n')}\n</section>`;
  }

  /**
   * Lines with text that no element of the model covers, as plain paragraphs: the parser never
   * refuses a line, but a line it only carries in a span no element above renders must not vanish.
   */
  private strays(): Block[] {
    const model = this.model;
    const covered: Span[] = [
      ...(model.masthead ? [model.masthead] : []),
      ...[model.adoption, model.reportLine, model.title, model.footnoteSeparator].filter(
        (span): span is Span => span !== undefined,
      ),
      ...model.organLines,
      ...model.parts.flatMap((part) => [
        ...(part.heading ? [part.heading] : []),
        ...(part.title ? [part.title] : []),
        ...part.preamble,
        // Their own text only: lines a paragraph carries after it that are no sub-paragraph (a
        // quoted list numbered 1., 2. inside an operative paragraph) are strays to keep.
        ...part.operative.flatMap((paragraph) => [
          { start: paragraph.start, end: paragraph.textEnd },
          ...paragraph.items.flatMap(ownText),
        ]),
      ]),
      ...model.headings,
      ...model.closings,
      ...model.annexes,
      ...model.unrecognised,
      ...model.footnotes,
      ...model.debris,
    ].sort((a, b) => a.start - b.start);
    const blocks: Block[] = [];
    let cursor = 0;
    const gap = (end: number): void => {
      for (const line of this.linesOf({ start: cursor, end })) {
        const html = this.inline(line.start, line.end);
        if (html) blocks.push({ start: line.start, html: this.element('p', 'text', line.start, html) });
      }
    };
    for (const span of covered) {
      if (span.start > cursor) gap(span.start);
      cursor = Math.max(cursor, span.end);
    }
    gap(this.text.length);
    return blocks;
  }
}
