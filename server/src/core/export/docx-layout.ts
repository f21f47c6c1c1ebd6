// The UN's print layout of a resolution in Word terms: the page, the styles, and one builder per kind
// of paragraph. Every builder takes the paragraph's runs, so that the same layout serves a plain
// export (TextRun) and a document with tracked changes (InsertedTextRun, DeletedTextRun): the
// layout is decided here once, what the runs say is decided by the caller.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LineRuleType,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type IParagraphStyleOptions,
  type ParagraphChild,
} from 'docx';

import type { ParagraphRevision } from './docx-runs';

export type Runs = readonly ParagraphChild[];

/** Twentieths of a point: Word's unit for indents and tab stops. */
const INCH = 1440;

/**
 * The UN text block (its "SingleTxt" style): paragraphs are indented 0.88 inch from the margin and
 * the typed tabs fall every third of an inch after it — the first line of a preambular paragraph at
 * the first stop, an operative number at the first stop and its verb at the second, a sub-paragraph's
 * label one stop further per level. Wrapped lines go back to the block's edge, as printed.
 */
const BLOCK_INDENT = 1267;
const TAB_STEP = 475;
const stop = (index: number): number => BLOCK_INDENT + TAB_STEP * index;

/** The right-hand column of the masthead (distribution, date), where the printed masthead puts it. */
const MASTHEAD_COLUMN = Math.round(4.6 * INCH);

/** Paper: New York issues GA, SC and ECOSOC texts on US Letter; Geneva (the Human Rights Council) on A4. */
export type Paper = 'letter' | 'a4';
const PAGE: Record<Paper, { width: number; height: number }> = {
  letter: { width: 12240, height: 15840 },
  a4: { width: 11906, height: 16838 },
};
const MARGIN = { top: INCH, bottom: INCH, left: INCH, right: INCH, header: 720, footer: 720 };
const textWidth = (paper: Paper): number => PAGE[paper].width - MARGIN.left - MARGIN.right;

/** Half-points, Word's unit for font sizes. */
const pt = (points: number): number => points * 2;

export const FONT = 'Times New Roman';

/** Paragraph style ids, so that a reader of the file (or a test) can tell the parts of the resolution apart. */
export const STYLE = {
  masthead: 'UnMasthead',
  adoption: 'UnAdoption',
  report: 'UnReport',
  title: 'UnTitle',
  organ: 'UnOrganLine',
  preambular: 'UnPreambular',
  operative: 'UnOperative',
  subParagraph: 'UnSubParagraph',
  heading: 'UnHeading',
  closing: 'UnClosing',
  annexHeading: 'UnAnnexHeading',
  body: 'UnBody',
  /** Text the model holds in no node (an unrecognised line, an annex's prose, a quoted passage). */
  text: 'UnText',
  footnote: 'UnFootnote',
  runningHead: 'UnRunningHead',
} as const;

/** Body text: Times New Roman 10 on 12 points, justified, 6 points between paragraphs. */
const BODY_SPACING = { line: 240, lineRule: LineRuleType.EXACT, after: 120 };

const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  {
    id: STYLE.body,
    name: 'UN Body',
    quickFormat: true,
    paragraph: { indent: { left: BLOCK_INDENT }, spacing: BODY_SPACING, alignment: AlignmentType.JUSTIFIED },
  },
  {
    id: STYLE.preambular,
    name: 'UN Preambular Paragraph',
    basedOn: STYLE.body,
    quickFormat: true,
    paragraph: { indent: { left: BLOCK_INDENT, firstLine: TAB_STEP } },
  },
  {
    id: STYLE.operative,
    name: 'UN Operative Paragraph',
    basedOn: STYLE.body,
    quickFormat: true,
    paragraph: { indent: { left: BLOCK_INDENT, firstLine: TAB_STEP } },
  },
  {
    id: STYLE.text,
    name: 'UN Text',
    basedOn: STYLE.body,
    quickFormat: true,
    paragraph: { indent: { left: BLOCK_INDENT, firstLine: TAB_STEP } },
  },
  {
    id: STYLE.subParagraph,
    name: 'UN Sub-paragraph',
    basedOn: STYLE.body,
    quickFormat: true,
  },
  {
    id: STYLE.organ,
    name: 'UN Organ Line',
    basedOn: STYLE.body,
    quickFormat: true,
    paragraph: { indent: { left: BLOCK_INDENT, firstLine: TAB_STEP }, keepNext: true },
    run: { italics: true },
  },
  {
    id: STYLE.masthead,
    name: 'UN Masthead',
    quickFormat: true,
    paragraph: { spacing: { after: 0 } },
  },
  {
    id: STYLE.adoption,
    name: 'UN Adoption Line',
    quickFormat: true,
    paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
    run: { bold: true, size: pt(14) },
  },
  {
    id: STYLE.report,
    name: 'UN Report Line',
    quickFormat: true,
    paragraph: { spacing: { after: 240 }, keepNext: true },
  },
  {
    id: STYLE.title,
    name: 'UN Title',
    quickFormat: true,
    // The number hangs in the margin of the title: `59/157.` then the title's lines aligned after it.
    paragraph: { indent: { left: BLOCK_INDENT, hanging: BLOCK_INDENT }, spacing: { after: 240 }, keepNext: true },
    run: { bold: true, size: pt(14) },
  },
  {
    id: STYLE.heading,
    name: 'UN Heading',
    basedOn: STYLE.body,
    quickFormat: true,
    paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 }, keepNext: true },
    run: { bold: true },
  },
  {
    id: STYLE.closing,
    name: 'UN Closing',
    basedOn: STYLE.body,
    quickFormat: true,
    paragraph: { alignment: AlignmentType.RIGHT, spacing: { before: 0, after: 0 }, keepLines: true },
  },
  {
    id: STYLE.annexHeading,
    name: 'UN Annex Heading',
    quickFormat: true,
    paragraph: { spacing: { after: 240 }, keepNext: true },
    run: { bold: true, size: pt(12) },
  },
  {
    id: STYLE.footnote,
    name: 'UN Footnote',
    quickFormat: true,
    // The number at the block's edge, the text one stop in, wrapped lines under the text.
    paragraph: { indent: { left: stop(1), hanging: TAB_STEP }, spacing: { after: 0 } },
    run: { size: pt(8) },
  },
  {
    id: STYLE.runningHead,
    name: 'UN Running Head',
    quickFormat: true,
    paragraph: {
      border: { bottom: { style: BorderStyle.SINGLE, size: 4, space: 2, color: 'auto' } },
      spacing: { after: 240 },
    },
    run: { bold: true, size: pt(8.5) },
  },
];

const tab = (): TextRun => new TextRun({ children: [new Tab()] });

// ── Masthead ────────────────────────────────────────────────────────────────────────────────────

/** The masthead's pieces, each as runs; absent pieces are left out of the block. */
export interface MastheadRuns {
  /** The letterhead's own words, `United Nations`. */
  letterhead: Runs;
  symbol?: Runs;
  organName?: Runs;
  distribution?: Runs;
  date?: Runs;
  /** Lines printed in the right-hand column under the date (`Original: English`). */
  rightColumn: Runs[];
  session?: Runs;
  agendaItem?: Runs;
  /** Lines under the agenda item (its title, the session's dates), in the order written. */
  below: Runs[];
}

/**
 * The masthead block: `United Nations` with the symbol at the right edge over a heavy rule, the
 * organ's name in large type with the distribution and date in the right column over a light rule,
 * then the session, the agenda item and its title.
 */
export function mastheadParagraphs(masthead: MastheadRuns, paper: Paper): Paragraph[] {
  const width = textWidth(paper);
  const heavyRule = { bottom: { style: BorderStyle.SINGLE, size: 18, space: 4, color: 'auto' } };
  const lightRule = { bottom: { style: BorderStyle.SINGLE, size: 4, space: 4, color: 'auto' } };
  const column = [{ type: TabStopType.LEFT, position: MASTHEAD_COLUMN }];
  const paragraphs = [
    new Paragraph({
      style: STYLE.masthead,
      tabStops: [{ type: TabStopType.RIGHT, position: width }],
      border: heavyRule,
      spacing: { after: 120 },
      children: [...masthead.letterhead, ...(masthead.symbol ? [tab(), ...masthead.symbol] : [])],
    }),
  ];
  const right = [masthead.date, ...masthead.rightColumn].filter((runs): runs is Runs => runs !== undefined);
  // The organ's row, when the text names the organ or its distribution (a draft's masthead may hold the symbol only).
  if (masthead.organName || masthead.distribution || right.length > 0)
    paragraphs.push(
      new Paragraph({
        style: STYLE.masthead,
        tabStops: column,
        border: right.length === 0 ? lightRule : undefined,
        children: [...(masthead.organName ?? []), ...(masthead.distribution ? [tab(), ...masthead.distribution] : [])],
      }),
    );
  right.forEach((runs, index) =>
    paragraphs.push(
      new Paragraph({
        style: STYLE.masthead,
        tabStops: column,
        border: index === right.length - 1 ? lightRule : undefined,
        children: [tab(), ...runs],
      }),
    ),
  );
  const below = [masthead.session, masthead.agendaItem, ...masthead.below].filter(
    (runs): runs is Runs => runs !== undefined,
  );
  below.forEach((runs, index) =>
    paragraphs.push(
      new Paragraph({
        style: STYLE.masthead,
        spacing: { before: index === 0 ? 120 : 0 },
        children: [...runs],
      }),
    ),
  );
  return paragraphs;
}

/** The masthead's run styles: the letterhead and symbol bold, the organ's name in large bold type. */
export const MASTHEAD_RUN = {
  letterhead: { bold: true, size: pt(12) },
  symbol: { bold: true, size: pt(14) },
  organName: { bold: true, size: pt(22) },
  plain: {},
} as const;

// ── Heading of the resolution ──────────────────────────────────────────────────────────────────────

export const adoptionParagraph = (runs: Runs): Paragraph =>
  new Paragraph({ style: STYLE.adoption, children: [...runs] });

export const reportParagraph = (runs: Runs): Paragraph => new Paragraph({ style: STYLE.report, children: [...runs] });

/** `59/157.⇥Title`, the number hanging; a Security Council heading (`Resolution 1373 (2001)`) has no title after it. */
export function titleParagraph(number: Runs | undefined, title: Runs | undefined): Paragraph {
  const children = [...(number ?? []), ...(number && title ? [tab()] : []), ...(title ?? [])];
  return new Paragraph({
    style: STYLE.title,
    tabStops: [{ type: TabStopType.LEFT, position: BLOCK_INDENT }],
    // Without a number, the title starts at the block's edge like the title's other lines.
    indent: number ? undefined : { left: BLOCK_INDENT, hanging: 0 },
    children,
  });
}

/** `The General Assembly,` — italic by its style. */
export const organParagraph = (runs: Runs): Paragraph => new Paragraph({ style: STYLE.organ, children: [...runs] });

// ── Body ─────────────────────────────────────────────────────────────────────────────────────────

// The body's builders take an optional revision: a paragraph inserted or deleted as a whole in a
// document with tracked changes (docx-tracked.ts) has its paragraph mark and its label's tab tracked too.

/** A preambular paragraph: the first line indented one stop; the opener's italics are in the runs. */
export const preambularParagraph = (runs: Runs, revision?: ParagraphRevision): Paragraph =>
  new Paragraph({ style: STYLE.preambular, run: revision?.mark, children: [...runs] });

/** `1.⇥Takes note …`: the number at the first stop, the text at the second; unnumbered, the text at the first. */
export function operativeParagraph(number: Runs | undefined, runs: Runs, revision?: ParagraphRevision): Paragraph {
  return new Paragraph({
    style: STYLE.operative,
    tabStops: [{ type: TabStopType.LEFT, position: stop(2) }],
    run: revision?.mark,
    children: number ? [...number, revision?.tab() ?? tab(), ...runs] : [...runs],
  });
}

/** `(a)⇥…` at depth 1, `(i)⇥…` at depth 2: the label one stop further in per level, the text one stop after it. */
export function subParagraph(level: number, label: Runs, runs: Runs, revision?: ParagraphRevision): Paragraph {
  const depth = Math.max(1, level);
  return new Paragraph({
    style: STYLE.subParagraph,
    indent: { left: BLOCK_INDENT, firstLine: TAB_STEP * (depth + 1) },
    tabStops: [{ type: TabStopType.LEFT, position: stop(depth + 2) }],
    run: revision?.mark,
    children: [...label, revision?.tab() ?? tab(), ...runs],
  });
}

/** A part letter, a section number or a heading inside the body: centred, bold. */
export const headingParagraph = (runs: Runs): Paragraph => new Paragraph({ style: STYLE.heading, children: [...runs] });

/** A line of the closing (`74th plenary meeting`, the date, the vote), at the right. */
export const closingParagraph = (runs: Runs, first: boolean): Paragraph =>
  new Paragraph({ style: STYLE.closing, spacing: first ? { before: 240 } : undefined, children: [...runs] });

/** `Annex`, `Annex II`: an annex starts a page. */
export const annexHeadingParagraph = (runs: Runs, newPage: boolean, revision?: ParagraphRevision): Paragraph =>
  new Paragraph({ style: STYLE.annexHeading, pageBreakBefore: newPage, run: revision?.mark, children: [...runs] });

/** Text of the resolution that is none of the above (an unrecognised line, an annex's prose). */
export const bodyParagraph = (runs: Runs, revision?: ParagraphRevision): Paragraph =>
  new Paragraph({ style: STYLE.text, run: revision?.mark, children: [...runs] });

/** A footnote's text, in a Word footnote: Word puts the number first, a tab sets the text apart from it. */
export const footnoteParagraph = (runs: Runs): Paragraph =>
  new Paragraph({ style: STYLE.footnote, children: [tab(), ...runs] });

/** A footnote no marker points to, kept at the end of the text with its number as written. */
export const detachedFootnoteParagraph = (number: Runs, runs: Runs): Paragraph =>
  new Paragraph({ style: STYLE.footnote, children: [...number, tab(), ...runs] });

// ── Page, running heads, page numbers ──────────────────────────────────────────────────────────────

/**
 * Pages after the first carry the symbol in the running head, at the outside edge (left on even
 * pages, right on odd ones), and the page number in the footer at the same edge. The first page
 * has the masthead instead and no number, as printed.
 */
function runningHeads(symbol: string | undefined): { headers: { default: Header; even: Header; first: Header } } {
  const head = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Header =>
    new Header({
      children: [new Paragraph({ style: STYLE.runningHead, alignment, children: symbol ? [new TextRun(symbol)] : [] })],
    });
  return {
    headers: {
      default: head(AlignmentType.RIGHT),
      even: head(AlignmentType.LEFT),
      first: new Header({ children: [] }),
    },
  };
}

function pageNumbers(): { default: Footer; even: Footer; first: Footer } {
  const foot = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Footer =>
    new Footer({
      children: [
        new Paragraph({
          alignment,
          children: [new TextRun({ children: [PageNumber.CURRENT], bold: true, size: pt(8.5) })],
        }),
      ],
    });
  return { default: foot(AlignmentType.RIGHT), even: foot(AlignmentType.LEFT), first: new Footer({ children: [] }) };
}

export interface ResolutionDocument {
  /** The body's paragraphs in order. */
  children: readonly Paragraph[];
  /** Word footnotes by id, as the body's FootnoteReferenceRuns name them. */
  footnotes: Readonly<Record<number, { children: readonly Paragraph[] }>>;
  /** The number Word gives the first footnote (the text's own, when its footnotes start after 1). */
  firstFootnote: number;
  /** For the running head and the document's properties. */
  symbol?: string;
  title?: string;
  paper: Paper;
}

/** The Word document: styles, one section with its page, running heads, page numbers and footnotes. */
export function resolutionDocument(resolution: ResolutionDocument): Document {
  const { headers } = runningHeads(resolution.symbol);
  return new Document({
    title: [resolution.symbol, resolution.title].filter(Boolean).join(' '),
    creator: 'unres',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: FONT, size: pt(10) } },
        footnoteText: { run: { font: FONT, size: pt(8) } },
      },
      paragraphStyles: PARAGRAPH_STYLES,
    },
    footnotes: resolution.footnotes,
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: PAGE[resolution.paper], margin: MARGIN },
          footnoteProperties: { start: resolution.firstFootnote },
        },
        headers,
        footers: pageNumbers(),
        children: [...resolution.children],
      },
    ],
  });
}
