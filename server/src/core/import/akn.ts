// The UN's Akoma Ntoso files as `.unres` text, so that a draft can start from any published resolution.
// The text is laid out as the corpus was made from the same files (shared/corpus SOURCES.md §1):
// cover-page lines one after another, then one block per paragraph with a blank line between,
// `<num> <text>` with one space, markup dropped, layout whitespace collapsed (U+00A0 and U+2011
// kept), footnote markers glued to the preceding character and the notes after a separator line.
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { toRoman } from '../text/roman';

export interface ImportResult {
  text: string;
  /** What could not be carried over, for people. */
  problems: string[];
}

/** Input that is not an Akoma Ntoso document at all (not XML, or XML of another kind). */
export class AknImportError extends Error {}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Containers: their children are blocks or containers, never running text. */
const CONTAINERS = new Set([
  'akomaNtoso',
  'statement',
  'documentCollection',
  'collectionBody',
  'components',
  'component',
  'doc',
  'attachments',
  'attachment',
  'preface',
  'preamble',
  'mainBody',
  'body',
  'formula',
  'container',
  'paragraph',
  'subparagraph',
  'section',
  'article',
  'chapter',
  'part',
  'hcontainer',
  'list',
  'blockList',
  'sublist',
  'intro',
  'listIntroduction',
  'listWrapUp',
  'wrapUp',
  'point',
  'item',
  'content',
  'tblock',
  'embeddedStructure',
  'blockContainer',
  'table',
]);

/** Blocks: each is one paragraph of text (a table row is one line, cells separated by TAB). */
const BLOCKS = new Set(['p', 'heading', 'subheading', 'crossHeading', 'block']);

/** What a container holds besides running text: read by `Reader.read`. */
const STRUCTURE = new Set([...CONTAINERS, ...BLOCKS, 'coverPage', 'conclusions', 'meta', 'documentRef']);

/** Layout whitespace at the ends of a line (not U+00A0 or U+202F, which `trim` would take too). */
const EDGE_SPACE = /^[ \t\r\n]+|\s+$/g;

/** Layout whitespace of the XML (not U+00A0, which the UN uses on purpose). */
const LAYOUT_SPACE = /[ \t\r\n]+/g;

/** `<eol/>` while a block is read: its layout line breaks are spaces, this one is a line break. */
const LINE_BREAK = '\u0001';
/** Where a footnote's marker goes, until the block's spaces are settled: `NOTE_MARK marker NOTE_END`. */
const NOTE_MARK = '\u0000';
const NOTE_END = '\u0002';
/** A marker with its placeholders. */
const MARKED_NOTE = new RegExp(`${NOTE_MARK}[^${NOTE_END}]*${NOTE_END}`, 'g');

const localName = (node: Node): string => (node as Element).localName ?? node.nodeName;

const childElements = (element: Element): Element[] =>
  Array.from(element.childNodes).filter((child): child is Element => child.nodeType === ELEMENT_NODE);

interface Note {
  marker: string;
  text: string;
}

class Reader {
  readonly blocks: string[] = [];
  readonly coverLines: string[] = [];
  readonly notes: Note[] = [];
  readonly problems: string[] = [];
  private annexes = 0;
  private annexTotal = 0;

  constructor(root: Element) {
    this.annexTotal = Array.from(root.getElementsByTagName('doc')).filter(
      (doc) => doc.getAttribute('name') === 'annex',
    ).length;
  }

  /** The running text of an inline element: notes become their markers, `<eol/>` a line break. */
  inline(node: Node): string {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE)
      return withoutPlaceholders(node.nodeValue ?? '');
    if (node.nodeType !== ELEMENT_NODE) return '';
    const element = node as Element;
    switch (localName(element)) {
      case 'authorialNote': {
        const marker = element.getAttribute('marker') ?? String(this.notes.length + 1);
        const text = childElements(element)
          .map((child) => collapse(this.inline(child)))
          .filter(Boolean)
          .join(' ');
        this.notes.push({ marker, text: text || collapse(this.inline(element.firstChild ?? element)) });
        return `${NOTE_MARK}${marker}${NOTE_END}`;
      }
      case 'eol':
      case 'br':
        return LINE_BREAK;
      case 'img':
      case 'meta':
        return '';
      default:
        return this.inlineChildren(element);
    }
  }

  inlineChildren(element: Element): string {
    let text = '';
    for (const child of Array.from(element.childNodes)) text += this.inline(child);
    return text;
  }

  /** One block of text; `num` (a paragraph's number) goes before it with one space. */
  private emit(text: string, num?: string): void {
    // A block that holds nothing but notes (the notes no marker calls, which the export keeps in
    // the conclusions): the notes are read, their markers make no line of their own.
    if (!num && text.includes(NOTE_MARK) && !collapse(text.replace(MARKED_NOTE, '').split(LINE_BREAK).join(' ')))
      return;
    const body = text.split(LINE_BREAK).map(collapse).filter(Boolean).join('\n');
    const numbered = num && body ? `${num} ${body}` : num || body;
    this.blocks.push(numbered);
  }

  /** Reads a container or block; returns whether it emitted the pending number. */
  read(element: Element, num?: string): boolean {
    const name = localName(element);
    if (name === 'meta' || name === 'documentRef' || name === 'img') return false;
    if (name === 'coverPage') {
      this.readCoverPage(element);
      return false;
    }
    if (name === 'conclusions') {
      this.readConclusions(element);
      return false;
    }
    if (name === 'doc' && element.getAttribute('name') === 'annex') {
      this.annexes++;
      this.blocks.push(this.annexTotal > 1 ? `Annex ${toRoman(this.annexes)}` : 'Annex');
    }
    if (name === 'table') {
      this.blocks.push(this.table(element));
      return false;
    }
    const nested = childElements(element).some(
      (child) => CONTAINERS.has(localName(child)) || BLOCKS.has(localName(child)),
    );
    if (BLOCKS.has(name) && !nested) {
      this.emit(this.inline(element), num);
      return true;
    }
    if (!CONTAINERS.has(name) && !nested) {
      // An inline element where a block was expected: its text is a paragraph of its own.
      const text = this.inline(element);
      if (collapse(text)) {
        this.emit(text, num);
        return true;
      }
      return false;
    }
    const children = Array.from(element.childNodes);
    const numElement = children.find((child) => child.nodeType === ELEMENT_NODE && localName(child) === 'num');
    let pending: string | undefined = num;
    if (numElement) {
      const own = collapse(this.inline(numElement));
      pending = pending && own ? `${pending} ${own}` : pending || own || undefined;
    }
    let run = '';
    const flushRun = (): void => {
      if (!collapse(run)) {
        run = '';
        return;
      }
      this.emit(run, pending);
      pending = undefined;
      run = '';
    };
    for (const child of children) {
      if (child === numElement) continue;
      const isElement = child.nodeType === ELEMENT_NODE;
      const childName = isElement ? localName(child) : '';
      if (!isElement || !STRUCTURE.has(childName)) {
        // Running text directly inside a container (a stray note, a `<span>` beside the `<p>`s).
        run += this.inline(child);
        continue;
      }
      flushRun();
      if (this.read(child as Element, pending)) pending = undefined;
    }
    flushRun();
    if (pending) {
      // A number with nothing after it (a section numeral `I` on its own paragraph).
      this.blocks.push(pending);
    }
    return num !== undefined;
  }

  /** One line per row, cells separated by TAB (empty cells kept, so columns stay aligned); a row of empty cells is an empty line. */
  private table(table: Element): string {
    const rows = Array.from(table.getElementsByTagName('tr')).map((row) => {
      const cells = childElements(row).map((cell) => collapse(this.inlineChildren(cell)));
      return cells.some(Boolean) ? cells.join('\t') : '';
    });
    return rows.join('\n').replace(/^\n+|\n+$/g, '');
  }

  /**
   * Every element of a cover-page `<p>` is a line of its own (the UN puts the whole masthead in one
   * `<p>` in some files), unless the `<p>` has running text of its own: then it is one line. An HRC
   * session period joins its two dates with an en dash.
   */
  private readCoverPage(coverPage: Element): void {
    for (const p of childElements(coverPage)) {
      const parts = Array.from(p.childNodes);
      const runningText = parts.some(
        (part) =>
          (part.nodeType === TEXT_NODE || part.nodeType === CDATA_SECTION_NODE) && collapse(part.nodeValue ?? ''),
      );
      const lines = runningText ? [this.inline(p)] : parts.map((part) => this.coverLine(part));
      for (const line of lines)
        for (const text of line.split(LINE_BREAK)) if (collapse(text)) this.coverLines.push(collapse(text));
    }
  }

  private coverLine(part: Node): string {
    if (part.nodeType !== ELEMENT_NODE) return this.inline(part);
    const element = part as Element;
    const dates = childElements(element).filter((child) => localName(child) === 'date');
    if (localName(element) === 'event' && dates.length >= 2)
      return dates.map((date) => collapse(this.inline(date))).join('–');
    return this.inline(element);
  }

  /** The meeting and date (one line each), then the HRC vote as a paragraph of its own. */
  private readConclusions(conclusions: Element): void {
    for (const block of childElements(conclusions)) {
      let text = '';
      for (const part of Array.from(block.childNodes)) {
        if (part.nodeType === ELEMENT_NODE && localName(part) === 'vote') {
          if (collapse(text)) this.emit(text);
          text = '';
          this.emit(this.inline(part));
        } else text += this.inline(part);
      }
      if (collapse(text)) this.emit(text);
    }
  }
}

/** The placeholders never come from the text itself (XML 1.0 forbids these characters anyway). */
function withoutPlaceholders(text: string): string {
  return text.split(NOTE_MARK).join('').split(NOTE_END).join('').split(LINE_BREAK).join('');
}

function collapse(text: string): string {
  return text.replace(LAYOUT_SPACE, ' ').replace(EDGE_SPACE, '');
}

/** A footnote's marker takes the place of the note, with the spaces around it as the XML has them. */
function placeMarkers(text: string): string {
  return text.split(NOTE_MARK).join('').split(NOTE_END).join('');
}

export function fromAkomaNtoso(xml: string): ImportResult {
  const errors: string[] = [];
  let root: Element | null;
  try {
    const document = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') errors.push(message.split('\n')[0] ?? message);
      },
    }).parseFromString(xml, 'text/xml');
    root = document.documentElement;
  } catch (error) {
    throw new AknImportError(`not an Akoma Ntoso file: not XML (${(error as Error).message.split('\n')[0]})`);
  }
  if (!root || errors.length > 0)
    throw new AknImportError(`not an Akoma Ntoso file: not XML (${errors[0] ?? 'no root element'})`);
  if (localName(root) !== 'akomaNtoso')
    throw new AknImportError(`not an Akoma Ntoso file: the root element is <${root.nodeName}>, not <akomaNtoso>`);
  const reader = new Reader(root);
  reader.read(root);
  const sections: string[] = [];
  if (reader.coverLines.length > 0) sections.push(reader.coverLines.join('\n'));
  sections.push(...reader.blocks.filter((block) => block !== ''));
  let text = sections.map(placeMarkers).join('\n\n');
  if (reader.notes.length > 0)
    text += `\n\n_______________\n\n${reader.notes.map((note) => `${note.marker} ${placeMarkers(note.text)}`).join('\n')}`;
  if (!text.trim()) reader.problems.push('the document has no text');
  return { text: `${text}\n`, problems: reader.problems };
}
