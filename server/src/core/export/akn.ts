// The resolution as Akoma Ntoso 3.0 in the UN's profile (AKN4UN), as the UN publishes its own texts:
// `<statement name="resolution">` (a `<documentCollection>` of statements for a resolution in parts
// A, B…), the cover page, the number and title in `<preface>`, one `<container>` per preambular
// paragraph, `<paragraph><num>` with `<list>`/`<point>` for sub-paragraphs, `<authorialNote>` for
// footnotes, the closing in `<conclusions>`, annexes as `<attachments>`, and `<ref>` around the
// citations the engine understood. Every character of the text lands somewhere, except what the UN
// document system pastes around a resolution (page numbers, job numbers, running heads, ODS tags:
// `model.debris`), which is not part of it, and the footnote separator line, which the notes replace.
import { extractCitations, type Citation } from '../citations/extract';
import { undocsUrl } from '../citations/symbols';
import type {
  Annex,
  Closing,
  Footnote,
  FootnoteMarker,
  Heading,
  OperativeParagraph,
  Part,
  PreambularParagraph,
  Resolution,
  Span,
  SubParagraph,
  Token,
  Unrecognised,
  OrganLine,
} from '../model';
import { opensWithOperativeVerb } from '../lexicon/match';
import { isoOfWrittenDate } from '../text/months';
import { toRoman } from '../text/roman';
import { identityOf, metaElement, type Identity } from './akn-identity';
import { element, emptyElement, escapeText } from './xml';

const NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

type Attributes = Record<string, string | undefined>;

/** A piece of a line that gets an element of its own (`<docNumber>`, `<docDate>`…). */
interface Wrap extends Span {
  name: string;
  attributes?: Attributes;
}

type BodyNode =
  | { kind: 'organ'; node: OrganLine }
  | { kind: 'preambular'; node: PreambularParagraph }
  | { kind: 'operative'; node: OperativeParagraph }
  | { kind: 'heading'; node: Heading }
  | { kind: 'unrecognised'; node: Unrecognised }
  | { kind: 'closing'; node: Closing }
  /** A part's letter and title, when the parts are sections of one statement. */
  | { kind: 'part'; node: Span };

/** The label of a lettered item (`(a)`, `(iv)`) at the start of a paragraph. */
const LIST_LABEL = /^(\((?:[a-z]{1,3}|[ivxlc]+)\))[ \t\u00A0]/;

/** The words before a citation's number or symbol (`General Assembly resolution `). */
const LEADING_WORDS = /^(?:[^\d\s/]+\s+)+(?=\S*[\d/])/;

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);

class AknWriter {
  private readonly text: string;
  private readonly identity: Identity;
  private readonly citations: Citation[];
  private readonly markers: FootnoteMarker[];
  /** Text that is not part of the resolution: left out wherever it falls. */
  private readonly skipped: Span[];
  private readonly notesByValue = new Map<number, Footnote[]>();
  private readonly notesUsed = new Set<Footnote>();
  private readonly counters = new Map<string, number>();

  constructor(private readonly model: Resolution) {
    this.text = model.text;
    this.identity = identityOf(model);
    this.citations = extractCitations(model).filter((citation) => citation.kind !== 'self' && citation.symbol);
    this.markers = [...model.markers].sort((a, b) => a.start - b.start);
    this.skipped = [...model.debris, ...(model.footnoteSeparator ? [model.footnoteSeparator] : [])];
    for (const note of model.footnotes) {
      const list = this.notesByValue.get(note.number.value) ?? [];
      list.push(note);
      this.notesByValue.set(note.number.value, list);
    }
  }

  private eId(prefix: string): string {
    const next = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, next);
    return `${prefix}_${next}`;
  }

  /** The range without the white space at its ends. */
  private trim(start: number, end: number): Span {
    let from = Math.max(0, start);
    let to = Math.min(this.text.length, end);
    while (from < to && isSpace(this.text[from])) from++;
    while (to > from && isSpace(this.text[to - 1])) to--;
    return { start: from, end: to };
  }

  /** Characters as XML; a line break inside a paragraph is kept as `<eol/>` unless the text is hard-wrapped print. */
  private characters(start: number, end: number): string {
    const slice = this.text.slice(start, end).replace(/\r\n?/g, '\n');
    if (this.model.wrapped) return escapeText(slice);
    return slice
      .split('\n')
      .map((line) => escapeText(line))
      .join('<eol/>');
  }

  /** A footnote's first reference carries the note; later ones (and a marker without a note) are `<sup>N</sup>`. */
  private marker(marker: FootnoteMarker): string {
    const note = this.notesByValue.get(marker.value)?.find((candidate) => !this.notesUsed.has(candidate));
    if (!note) return element('sup', {}, escapeText(marker.text));
    this.notesUsed.add(note);
    return this.note(note, marker.text.trim() || String(marker.value));
  }

  private note(note: Footnote, marker: string): string {
    const body = this.trim(note.body.start, note.body.end);
    return element(
      'authorialNote',
      { marker, placement: 'bottom', eId: this.eId('authorialNote') },
      element('p', {}, this.inline(body.start, body.end, [], false)),
    );
  }

  /**
   * The inline XML of a range: markers become notes, citations `<ref>`, debris is left out, and the
   * `wraps` (not overlapping each other) get their elements.
   */
  inline(start: number, end: number, wraps: Wrap[] = [], withNotes = true): string {
    let xml = '';
    let position = start;
    for (const wrap of [...wraps].sort((a, b) => a.start - b.start)) {
      if (wrap.start < position || wrap.end > end || wrap.end <= wrap.start) continue;
      xml += this.plain(position, wrap.start, withNotes);
      xml += element(wrap.name, wrap.attributes ?? {}, this.plain(wrap.start, wrap.end, withNotes));
      position = wrap.end;
    }
    return xml + this.plain(position, end, withNotes);
  }

  private plain(start: number, end: number, withNotes: boolean): string {
    if (end <= start) return '';
    type Event = { start: number; end: number; write: () => string };
    const events: Event[] = [];
    for (const skip of this.skipped)
      if (skip.end > start && skip.start < end)
        events.push({ start: Math.max(start, skip.start), end: Math.min(end, skip.end), write: () => '' });
    if (withNotes)
      for (const marker of this.markers)
        if (marker.start >= start && marker.end <= end)
          events.push({ start: marker.start, end: marker.end, write: () => this.marker(marker) });
    const blocked = (citation: Citation): boolean =>
      events.some((event) => event.start < citation.end && event.end > citation.start);
    for (const citation of this.citations) {
      if (citation.start < start || citation.end > end || blocked(citation)) continue;
      const symbol = citation.symbol ?? '';
      // The UN links the number only (`resolution <a>73/6</a>`): the words before it stay outside.
      const refStart = citation.start + (LEADING_WORDS.exec(citation.text)?.[0].length ?? 0);
      events.push({
        start: refStart,
        end: citation.end,
        write: () => element('ref', { href: undocsUrl(symbol) }, this.characters(refStart, citation.end)),
      });
    }
    events.sort((a, b) => a.start - b.start || b.end - a.end);
    let xml = '';
    let position = start;
    for (const event of events) {
      if (event.start < position) continue;
      xml += this.characters(position, event.start) + event.write();
      position = event.end;
    }
    return xml + this.characters(position, end);
  }

  /** `<p>` of a range (trimmed); empty when there is no text. */
  /**
   * `<p>` of a range (trimmed), one per block when blank lines divide it (a heading inside a list, a
   * sentence after the last item, a date the parser did not take for a closing): a reader of the file
   * then sees the same paragraphs as the text. Empty when there is no text.
   */
  private paragraph(start: number, end: number, wraps: Wrap[] = []): string {
    return this.blocks(start, end)
      .map((range) => {
        const own = wraps
          .filter((wrap) => wrap.end > range.start && wrap.start < range.end)
          .map((wrap) => ({ ...wrap, start: Math.max(wrap.start, range.start), end: Math.min(wrap.end, range.end) }));
        return element('p', {}, this.inline(range.start, range.end, own));
      })
      .join('');
  }

  /** The blocks of a range that blank lines divide, trimmed, without those that hold no text. */
  private blocks(start: number, end: number): Span[] {
    const blocks: Span[] = [];
    const blankLine = /\n[ \t\r]*\n/g;
    const slice = this.text.slice(start, end);
    let from = start;
    for (let match = blankLine.exec(slice); match; match = blankLine.exec(slice)) {
      blocks.push({ start: from, end: start + match.index });
      from = start + match.index + match[0].length;
    }
    blocks.push({ start: from, end });
    return blocks
      .map((block) => this.trim(block.start, block.end))
      .filter((range) => range.end > range.start && this.hasText(range));
  }

  /** Whether a range holds anything besides what is left out (a block of debris alone makes no paragraph). */
  private hasText(range: Span): boolean {
    for (let index = range.start; index < range.end; index++) {
      if (isSpace(this.text[index])) continue;
      const skip = this.skipped.find((span) => index >= span.start && index < span.end);
      if (!skip) return true;
      index = skip.end - 1;
    }
    return false;
  }

  // ---- the document ----

  document(): string {
    const model = this.model;
    const title = model.title;
    const masthead = [model.masthead, model.adoption, model.reportLine];
    let coverEnd = Math.max(0, ...masthead.map((span) => span?.end ?? 0));
    // The Security Council's number line sits on the cover page, as in the UN's files.
    const titleInCover = !!title && (model.organ === 'SC' || title.start < coverEnd);
    if (title && titleInCover) coverEnd = Math.max(coverEnd, title.end);
    const coverPage = coverEnd > 0 ? this.coverPage(0, coverEnd) : '';
    const preface = title && !titleInCover ? this.titleParagraph(title) : '';
    const headEnd = Math.max(coverEnd, title?.end ?? 0);
    const parts = model.parts;
    const annexes = (): string => this.attachments();
    const notesLeft = (): string => this.orphanNotes();
    let body: string;
    // Parts that each open with their own organ line are resolutions of their own (A/RES/76/247 A–C):
    // a collection. Parts under the one organ line of the text share its preamble (E/RES/2023/5,
    // A/RES/74/259): the UN writes one statement whose body holds the parts as sections.
    if (parts.length > 1 && parts.slice(1).every((part) => part.organLine !== undefined)) {
      const starts = parts.map((part, index) => (index === 0 ? headEnd : this.partStart(part, headEnd)));
      const components = parts.map((part, index) => {
        const zoneStart = starts[index] ?? headEnd;
        const zoneEnd = starts[index + 1] ?? this.text.length;
        const last = index === parts.length - 1;
        const statement = this.statement(part, zoneStart, zoneEnd, {
          component: part.heading?.label?.text ?? String.fromCharCode(65 + index),
          attachments: last ? annexes : undefined,
          notesLeft: last ? notesLeft : undefined,
        });
        return element('component', { eId: `comp_${index + 1}` }, statement);
      });
      const collectionBody = element(
        'collectionBody',
        {},
        parts
          .map((_, index) =>
            element(
              'component',
              { eId: `comp_def_${index + 1}` },
              emptyElement('documentRef', {
                eId: `compRef_${index + 1}`,
                href: `#comp_${index + 1}`,
                showAs: parts[index]?.heading?.label?.text ?? String(index + 1),
              }),
            ),
          )
          .join(''),
      );
      body = element(
        'documentCollection',
        { name: 'resolution' },
        metaElement(this.identity) +
          coverPage +
          (preface ? element('preface', {}, preface) : '') +
          collectionBody +
          element('components', {}, components.join('')),
      );
    } else {
      const part = parts[0] ?? { preamble: [], operative: [] };
      body = this.statement(part, headEnd, this.text.length, {
        coverPage,
        preface,
        attachments: annexes,
        notesLeft,
      });
    }
    return `<?xml version="1.0" encoding="UTF-8"?>\n${element('akomaNtoso', { xmlns: NAMESPACE }, body)}\n`;
  }

  private statement(
    part: Part,
    zoneStart: number,
    zoneEnd: number,
    options: {
      component?: string;
      coverPage?: string;
      preface?: string;
      /** Written after the body, so that the body's markers take their notes first. */
      attachments?: () => string;
      notesLeft?: () => string;
    },
  ): string {
    const nodes = this.bodyNodes(zoneStart, zoneEnd, options.component === undefined);
    let preface = options.preface ?? '';
    if (part.heading) {
      const heading = part.heading;
      const end = Math.max(heading.end, part.title?.end ?? 0);
      const wraps: Wrap[] = [];
      if (heading.label) wraps.push({ ...heading.label, name: 'docNumber' });
      if (part.title) wraps.push({ ...part.title, name: 'docTitle' });
      preface += this.paragraph(heading.start, end, wraps);
    }
    const split = nodes.findIndex(
      (node, index) =>
        node.kind === 'operative' ||
        node.kind === 'heading' ||
        node.kind === 'part' ||
        this.isUnnumberedOperative(node) ||
        this.isHeadingOfOperativePart(node, nodes[index + 1]),
    );
    const closingAt = nodes.findIndex((node) => node.kind === 'closing');
    const mainStart =
      split >= 0 && (closingAt < 0 || split < closingAt) ? split : closingAt >= 0 ? closingAt : nodes.length;
    const mainEnd = closingAt >= 0 ? closingAt : nodes.length;
    const preamble = this.preambleGroups(nodes.slice(0, mainStart))
      .map((group) => this.preambleNode(group.node, group.items))
      .join('');
    const main = nodes
      .slice(mainStart, mainEnd)
      .map((node) => this.mainNode(node))
      .join('');
    let conclusions = nodes
      .slice(mainEnd)
      .map((node) =>
        node.kind === 'closing' ? this.closing(node.node) : this.paragraph(node.node.start, node.node.end),
      )
      .join('');
    const attachments = options.attachments?.() ?? '';
    // The notes no marker calls, once everything else has taken its notes.
    if (options.notesLeft) conclusions += options.notesLeft();
    const meta = metaElement(this.identity, {
      component: options.component,
      references: options.component === undefined,
    });
    return element(
      'statement',
      { name: 'resolution' },
      meta +
        (options.coverPage ?? '') +
        (preface ? element('preface', {}, preface) : '') +
        (preamble ? element('preamble', {}, preamble) : '') +
        // A mainBody cannot be empty: an empty paragraph stands for a resolution with no operative part yet.
        element('mainBody', {}, main || element('p', {}, '')) +
        (conclusions ? element('conclusions', { eId: this.eId('conclusions') }, conclusions) : '') +
        attachments,
    );
  }

  /**
   * `Adopts the following declaration:`, `Resolves that, for 2022:`: an operative paragraph without a
   * number, which the parser keeps with the preamble (no operative paragraph precedes it). The UN puts it,
   * and the adopted text under it, in `<mainBody>`. A preambular paragraph ends with a comma.
   */
  private isUnnumberedOperative(node: BodyNode): boolean {
    return (
      node.kind === 'preambular' &&
      node.node.terminator?.text !== ',' &&
      opensWithOperativeVerb(this.text, node.node.start)
    );
  }

  /**
   * A line with no final punctuation right above the first operative paragraph (`Taking stock:
   * reviewing the implementation of …`): the heading of the operative part, which the parser keeps
   * with the preamble because it opens like one. Every preambular paragraph ends with a comma (or a
   * colon before its items); the UN marks this line as the operative part's `<subheading>`.
   */
  private isHeadingOfOperativePart(node: BodyNode, next: BodyNode | undefined): boolean {
    return (
      node.kind === 'preambular' &&
      node.node.terminator === undefined &&
      next?.kind === 'operative' &&
      !this.markers.some((marker) => marker.start >= node.node.start && marker.end <= node.node.end) &&
      !this.text.slice(node.node.start, node.node.end).includes('\n')
    );
  }

  /** Where a part begins: its letter, or else its organ line or first paragraph (a part without a heading). */
  private partStart(part: Part, fallback: number): number {
    const organLine = part.organLine === undefined ? undefined : this.model.organLines[part.organLine];
    const candidates = [part.heading, organLine, part.preamble[0], part.operative[0]].filter(
      (span): span is NonNullable<typeof span> => span !== undefined,
    );
    return candidates.length > 0 ? Math.min(...candidates.map((span) => span.start)) : fallback;
  }

  /** What the body of a part holds between `start` and `end`, in the order of the text. */
  private bodyNodes(start: number, end: number, withParts: boolean): BodyNode[] {
    const inside = (span: Span): boolean => span.start >= start && span.start < end && !this.inAnnexOrNotes(span);
    const model = this.model;
    const nodes: BodyNode[] = [
      ...model.organLines.filter(inside).map((node) => ({ kind: 'organ' as const, node })),
      ...model.parts
        .flatMap((part) => part.preamble)
        .filter(inside)
        .map((node) => ({ kind: 'preambular' as const, node })),
      ...model.parts
        .flatMap((part) => part.operative)
        .filter(inside)
        .map((node) => ({ kind: 'operative' as const, node })),
      ...model.headings
        .filter((heading) => heading.kind !== 'part' && inside(heading) && !this.isPartTitle(heading))
        .map((node) => ({ kind: 'heading' as const, node })),
      ...model.unrecognised.filter(inside).map((node) => ({ kind: 'unrecognised' as const, node })),
      ...model.parts
        .filter((part) => withParts && part.heading && inside(part.heading))
        .map((part) => ({
          kind: 'part' as const,
          node: { start: part.heading?.start ?? 0, end: Math.max(part.heading?.end ?? 0, part.title?.end ?? 0) },
        })),
      ...model.closings.filter(inside).map((node) => ({ kind: 'closing' as const, node })),
    ];
    nodes.sort((a, b) => a.node.start - b.node.start);
    return this.joinUnrecognisedRuns(nodes);
  }

  /**
   * A line the parser could not place, or an untitled heading, right under another line (no blank
   * line between: a table's second header row, an HRC vote list) belongs to the same paragraph, as in
   * the text: it is rendered with the line above it.
   */
  private joinUnrecognisedRuns(nodes: BodyNode[]): BodyNode[] {
    const joined: BodyNode[] = [];
    for (const node of nodes) {
      const previous = joined[joined.length - 1];
      const follows = node.kind === 'unrecognised' || (node.kind === 'heading' && node.node.kind === 'heading');
      if (previous && follows && this.sameBlock(previous.node, node.node) && this.canExtend(previous)) {
        const end = node.node.end;
        joined[joined.length - 1] = this.extended(previous, end);
      } else joined.push(node);
    }
    return joined;
  }

  /** No blank line between the two. */
  private sameBlock(before: Span, after: Span): boolean {
    return !/\n[ \t\r]*\n/.test(this.text.slice(before.end, after.start));
  }

  private canExtend(node: BodyNode): boolean {
    if (node.kind === 'operative') return node.node.items.length === 0;
    return (
      node.kind !== 'closing' && node.kind !== 'part' && !(node.kind === 'heading' && node.node.kind === 'section')
    );
  }

  private extended(node: BodyNode, end: number): BodyNode {
    const text = this.text.slice(node.node.start, end);
    switch (node.kind) {
      case 'operative':
        return {
          kind: 'operative',
          node: { ...node.node, end, textEnd: end, contentEnd: end, text } as OperativeParagraph,
        };
      case 'preambular':
        return { kind: 'preambular', node: { ...node.node, end, contentEnd: end } };
      default:
        return { kind: 'unrecognised', node: { kind: 'unrecognised', start: node.node.start, end, text } };
    }
  }

  /** A part's letter and title are in the part's preface already. */
  private isPartTitle(span: Span): boolean {
    return this.model.parts.some((part) =>
      [part.heading, part.title].some((own) => own && span.start >= own.start && span.end <= own.end),
    );
  }

  private inAnnexOrNotes(span: Span): boolean {
    const model = this.model;
    if (model.annexes.some((annex) => span.start >= annex.start && span.start < annex.end)) return true;
    // Below the separator, the notes (written where their markers are) and the separator itself; a line
    // there that is no note stays in the body, or its text would be lost.
    const separator = model.footnoteSeparator;
    if (separator && span.start >= separator.start && span.start < separator.end) return true;
    return model.footnotes.some((note) => span.start >= note.start && span.start < note.end);
  }

  /**
   * The preamble's paragraphs, each with the lettered items that follow it (`Convinced that … to:` /
   * `(a) International peace and security,` …): the parser reads each item as a preambular paragraph
   * of its own, the UN writes them as one paragraph with a `<blockList>`, as printed.
   */
  private preambleGroups(nodes: BodyNode[]): { node: BodyNode; items: PreambularParagraph[] }[] {
    const groups: { node: BodyNode; items: PreambularParagraph[] }[] = [];
    for (const node of nodes) {
      const previous = groups[groups.length - 1];
      const labelled = node.kind === 'preambular' && LIST_LABEL.test(this.text.slice(node.node.start, node.node.end));
      if (labelled && previous?.node.kind === 'preambular') previous.items.push(node.node);
      else groups.push({ node, items: [] });
    }
    return groups;
  }

  private preambleNode(node: BodyNode, items: PreambularParagraph[] = []): string {
    const { start, end } = node.node;
    switch (node.kind) {
      case 'organ':
        return element('formula', { name: 'enactingFormula', eId: this.eId('formula') }, this.paragraph(start, end));
      case 'preambular':
        return element(
          'container',
          { name: node.node.opener?.text.replace(/\s+/g, ' ') ?? 'preambularParagraph', eId: this.eId('container') },
          items.length > 0 ? this.blockList(start, end, items) : this.paragraph(start, end),
        );
      default:
        // A line the parser could not place stays where it was, in a container named for what it is.
        return element('container', { name: node.kind, eId: this.eId('container') }, this.paragraph(start, end));
    }
  }

  /** A preambular paragraph with its lettered items: the lead-in as `<listIntroduction>`, each item with its `<num>`. */
  private blockList(start: number, end: number, items: PreambularParagraph[]): string {
    const intro = this.trim(start, end);
    const itemXml = items.map((item) => {
      const range = this.trim(item.start, item.end);
      const label = LIST_LABEL.exec(this.text.slice(range.start, range.end))?.[1] ?? '';
      const content = this.paragraph(range.start + label.length, range.end);
      return element('item', {}, element('num', {}, escapeText(label)) + (content || element('p', {}, '')));
    });
    return element(
      'blockList',
      { eId: this.eId('list') },
      (intro.end > intro.start ? element('listIntroduction', {}, this.inline(intro.start, intro.end)) : '') +
        itemXml.join(''),
    );
  }

  private mainNode(node: BodyNode): string {
    switch (node.kind) {
      case 'operative':
        return this.operative(node.node);
      case 'heading':
        return this.heading(node.node);
      case 'part':
        // `A` / `Work of the Committee…`: each line a subheading, as the UN writes a part that is a section.
        return element(
          'paragraph',
          { eId: this.eId('para') },
          this.blocks(node.node.start, node.node.end)
            .map((range) => element('subheading', {}, this.inline(range.start, range.end)))
            .join(''),
        );
      default: {
        if (node.kind === 'preambular' && node.node.terminator === undefined) {
          // The heading of the operative part (`isHeadingOfOperativePart`).
          const range = this.trim(node.node.start, node.node.end);
          return element(
            'paragraph',
            { eId: this.eId('para') },
            element('subheading', {}, this.inline(range.start, range.end)),
          );
        }
        const content = this.paragraph(node.node.start, node.node.end);
        return content ? element('paragraph', { eId: this.eId('para') }, element('content', {}, content)) : '';
      }
    }
  }

  /** A section numeral (`I`, `II. Financing`) or an untitled heading, as the UN marks them up: a paragraph without content. */
  private heading(heading: Heading): string {
    const label = heading.label;
    if (heading.kind === 'section' && label) {
      // `II.`: the period belongs to the number, as in the UN's `<num>II.</num>`.
      const numEnd = this.text[label.end] === '.' ? label.end + 1 : label.end;
      const rest = this.trim(numEnd, heading.end);
      const title = rest.end > rest.start ? element('heading', {}, this.inline(rest.start, rest.end)) : '';
      return element(
        'paragraph',
        { eId: this.eId('para') },
        element('num', {}, this.inline(label.start, numEnd)) + title,
      );
    }
    const range = this.trim(heading.start, heading.end);
    return element(
      'paragraph',
      { eId: this.eId('para') },
      element('subheading', {}, this.inline(range.start, range.end)),
    );
  }

  private operative(paragraph: OperativeParagraph): string {
    const id = this.eId('para');
    // An invisible format character glued to the number (`6.` and a left-to-right mark) stays with it,
    // or it would open the paragraph's text, a space away from the number.
    const numEnd = paragraph.number
      ? paragraph.number.end + (/^\p{Cf}*/u.exec(this.text.slice(paragraph.number.end))?.[0].length ?? 0)
      : paragraph.start;
    const num = paragraph.number ? element('num', {}, escapeText(this.text.slice(paragraph.number.start, numEnd))) : '';
    const ownStart = numEnd;
    const own = this.paragraph(ownStart, paragraph.items.length > 0 ? paragraph.textEnd : paragraph.end);
    if (paragraph.items.length === 0)
      return element('paragraph', { eId: id }, num + element('content', {}, own || element('p', {}, '')));
    return element('paragraph', { eId: id }, num + this.list(own, paragraph.items, paragraph.end));
  }

  /** `<list>`: the lead-in as `<intro>`, the items as `<point>`, any text after the last item as `<wrapUp>`. */
  private list(intro: string, items: SubParagraph[], end: number): string {
    const last = items[items.length - 1];
    const after = last ? this.paragraph(last.end, end) : '';
    return element(
      'list',
      { eId: this.eId('list') },
      (intro ? element('intro', {}, intro) : '') +
        items.map((item) => this.point(item)).join('') +
        (after ? element('wrapUp', {}, after) : ''),
    );
  }

  private point(item: SubParagraph): string {
    const num = element('num', {}, escapeText(item.label.text));
    const own = this.paragraph(item.label.end, item.children.length > 0 ? item.textEnd : item.end);
    const body =
      item.children.length > 0
        ? this.list(own, item.children, item.end)
        : element('content', {}, own || element('p', {}, ''));
    return element('point', { eId: this.eId('point') }, num + body);
  }

  private closing(closing: Closing): string {
    const wraps: Wrap[] = [];
    if (closing.meeting) wraps.push({ ...closing.meeting, name: 'inline', attributes: { name: 'adoptionMeeting' } });
    if (closing.date) wraps.push(this.dateWrap(closing.date, 'adoptionDate'));
    const vote = closing.vote;
    const first = this.paragraph(closing.start, vote ? vote.start : closing.end, wraps);
    const second = vote
      ? this.paragraph(vote.start, closing.end, [{ ...vote, name: 'inline', attributes: { name: 'vote' } }])
      : '';
    return first + second;
  }

  private dateWrap(token: Token, refersTo: string): Wrap {
    const iso = isoOfWrittenDate(token.text);
    return iso
      ? { ...token, name: 'docDate', attributes: { date: iso, refersTo: `#${refersTo}` } }
      : { ...token, name: 'inline', attributes: { name: refersTo } };
  }

  /** One `<p>` per line of the masthead, its known lines marked as the UN marks them. */
  private coverPage(start: number, end: number): string {
    const model = this.model;
    const masthead = model.masthead;
    const wraps: Wrap[] = [];
    const add = (token: Span | undefined, name: string, attributes?: Attributes): void => {
      if (token) wraps.push({ ...token, name, attributes });
    };
    add(masthead?.symbol, 'docNumber', { refersTo: '#symbol' });
    add(masthead?.organName, 'docAuthority', { refersTo: '#issuingBody' });
    add(masthead?.distribution, 'docStatus', { refersTo: '#generalDistribution' });
    if (masthead?.date) wraps.push(this.dateWrap(masthead.date, 'dateOfIssuance'));
    add(masthead?.session, 'session');
    add(masthead?.agendaItem, 'inline', { name: 'agendaItem' });
    add(model.adoption, 'docTitle', { refersTo: '#adoption' });
    add(model.reportLine, 'docProponent');
    if (model.organ === 'SC' && model.title) add(model.title, 'docTitle', { refersTo: '#resolutionNumber' });
    const lines: string[] = [];
    let lineStart = start;
    for (let index = start; index <= end; index++) {
      if (index === end || this.text[index] === '\n') {
        const range = this.trim(lineStart, index);
        if (range.end > range.start) {
          const lineWraps = wraps
            .map((wrap) => ({ ...wrap, start: Math.max(wrap.start, range.start), end: Math.min(wrap.end, range.end) }))
            .filter((wrap) => wrap.end > wrap.start);
          lines.push(element('p', {}, this.inline(range.start, range.end, lineWraps)));
        }
        lineStart = index + 1;
      }
    }
    return lines.length > 0 ? element('coverPage', {}, lines.join('')) : '';
  }

  /** `74/157. Title` as the UN's preface: the number with its period, then the title. */
  private titleParagraph(title: NonNullable<Resolution['title']>): string {
    const wraps: Wrap[] = [];
    if (title.number) {
      const dot = this.text[title.number.end] === '.' ? 1 : 0;
      wraps.push({ start: title.number.start, end: title.number.end + dot, name: 'docNumber' });
    }
    if (title.title) wraps.push({ ...title.title, name: 'docTitle', attributes: { refersTo: '#resolutionTitle' } });
    return this.paragraph(title.start, title.end, wraps);
  }

  /**
   * Each annex as an attachment. An annex with nothing under its heading followed by another
   * (`Annex` / `Annex` / `Political declaration…`: the label the UN's converter adds, then the
   * document's own heading) is one annex. The label a reader of the file adds (`Annex`, `Annex I`…)
   * is not repeated inside; any other heading is kept as the annex's first paragraph.
   */
  private attachments(): string {
    const groups: Annex[][] = [];
    for (const annex of this.model.annexes) {
      const previous = groups[groups.length - 1];
      const previousAnnex = previous?.[previous.length - 1];
      // A label with nothing under it (`Annex`, as the UN's converter adds one) holds every annex after it.
      if (previous && (previous[0]?.paragraphs.length === 0 || previousAnnex?.paragraphs.length === 0))
        previous.push(annex);
      else groups.push([annex]);
    }
    if (groups.length === 0) return '';
    const docs = groups.map((group, index) => {
      const label = groups.length > 1 ? `Annex ${toRoman(index + 1)}` : 'Annex';
      const paragraphs = group.flatMap((annex, position) => {
        const heading = this.trim(annex.heading.start, annex.heading.end);
        const own = this.text.slice(heading.start, heading.end).replace(/\s+/g, ' ');
        const headingXml =
          position === 0 && own === label
            ? ''
            : element(
                'paragraph',
                { eId: this.eId('para') },
                element('heading', {}, this.inline(heading.start, heading.end)),
              );
        return [headingXml, ...this.annexBlocks(annex.paragraphs).map((span) => this.annexParagraph(span))];
      });
      const annexId = groups.length > 1 ? `annex_${index + 1}` : 'annex';
      const main = paragraphs.join('') || element('p', {}, '');
      return element(
        'attachment',
        {},
        element(
          'doc',
          { name: 'annex' },
          metaElement(this.identity, { annex: annexId, references: false }) + element('mainBody', {}, main),
        ),
      );
    });
    return element('attachments', {}, docs.join(''));
  }

  /** The annex's lines as the text's paragraphs: lines with no blank line between them are one. */
  private annexBlocks(lines: Token[]): Span[] {
    const blocks: Span[] = [];
    for (const line of lines) {
      const previous = blocks[blocks.length - 1];
      if (previous && this.sameBlock(previous, line)) previous.end = line.end;
      else blocks.push({ start: line.start, end: line.end });
    }
    return blocks;
  }

  /** A paragraph of an annex: numbered (`1.`, `(a)`) as the UN numbers them, otherwise as it stands. */
  private annexParagraph(token: Span): string {
    const range = this.trim(token.start, token.end);
    const head = /^(?:\d+\.|\([a-z]{1,4}\)|[IVXLC]+\.)(?=[ \t\u00A0])/.exec(this.text.slice(range.start, range.end));
    const num = head ? element('num', {}, escapeText(head[0])) : '';
    const content = this.paragraph(range.start + (head ? head[0].length : 0), range.end);
    if (!content && !num) return '';
    return element(
      'paragraph',
      { eId: this.eId('para') },
      num + element('content', {}, content || element('p', {}, '')),
    );
  }

  /** Footnotes no marker calls (a marker lost in editing): kept as notes of their own in the conclusions. */
  private orphanNotes(): string {
    return this.model.footnotes
      .filter((note) => !this.notesUsed.has(note))
      .map((note) => element('p', {}, this.note(note, note.number.text)))
      .join('');
  }
}

export function toAkomaNtoso(model: Resolution): string {
  return new AknWriter(model).document();
}
