// The body of the resolution as Word paragraphs in the UN's layout: every node of the model in the
// order written, each as the paragraph the UN prints for it. Text the model holds in no node (a
// line the parser could not place, a quoted list inside a paragraph) is still printed, as a
// paragraph of its own: an export never drops words.
import type { Paragraph } from 'docx';
import {
  mastheadTokens,
  type Annex,
  type Closing,
  type OperativeParagraph,
  type Span,
  type SubParagraph,
  type TitleLine,
} from '../model';
import {
  adoptionParagraph,
  annexHeadingParagraph,
  bodyParagraph,
  closingParagraph,
  headingParagraph,
  operativeParagraph,
  organParagraph,
  preambularParagraph,
  reportParagraph,
  subParagraph,
  titleParagraph,
  type Runs,
} from './docx-layout';
import { skipBlanks, spanRuns, trimEnd, type ParagraphRevision, type RunSource } from './docx-runs';

/** A piece of the text and the paragraphs it becomes; a piece with none (footnotes, debris) is accounted for elsewhere. */
interface Block extends Span {
  paragraphs: () => Paragraph[];
}

/**
 * The paragraphs of [start, end): a blank line ends a paragraph, a single line break only wraps
 * one (print wrapped at its width, a title on two lines).
 */
export function chunksOf(text: string, start: number, end: number): Span[] {
  const chunks: Span[] = [];
  const breaks = /\r?\n[ \t\u00a0]*\r?\n/g;
  breaks.lastIndex = start;
  let from = start;
  for (let match = breaks.exec(text); match && match.index < end; match = breaks.exec(text)) {
    chunks.push({ start: from, end: match.index });
    from = match.index + match[0].length;
  }
  chunks.push({ start: from, end });
  return chunks
    .map((chunk) => ({ start: skipBlanks(text, chunk.start, chunk.end), end: trimEnd(text, chunk.start, chunk.end) }))
    .filter((chunk) => chunk.end > chunk.start);
}

/** A label that opens a paragraph the model does not hold (`1.`, `(a)`, `(iv)`, `a.`): it keeps the numbered layout. */
export const LOOSE_LABEL = /^(?:\d+\.|\((?:[a-z]{1,3}|[ivxlc]+)\)|[a-z]\.)(?=[\t ])/;

/** Text outside the model's nodes, one Word paragraph per paragraph written. */
function looseParagraphs(source: RunSource, start: number, end: number): Paragraph[] {
  const text = source.model.text;
  const paragraphs: Paragraph[] = [];
  for (const chunk of chunksOf(text, start, end)) {
    // With tracked changes, a paragraph the draft added has its mark inserted too.
    const revision = source.changes?.paragraphRevision(chunk.start);
    const label = LOOSE_LABEL.exec(text.slice(chunk.start, chunk.end))?.[0];
    if (label) {
      const [labelRuns, runs] = labelled(
        source,
        { start: chunk.start, end: chunk.start + label.length },
        chunk.end,
        [],
      );
      paragraphs.push(
        label.startsWith('(')
          ? subParagraph(1, labelRuns, runs, revision)
          : operativeParagraph(labelRuns, runs, revision),
      );
      continue;
    }
    const runs = spanRuns(source, chunk.start, chunk.end);
    if (runs.length > 0) paragraphs.push(bodyParagraph(runs, revision));
  }
  return paragraphs;
}

/** A label (`1.`, `(a)`) and the text after it, as two sets of runs. */
function labelled(source: RunSource, label: Span, end: number, italic: readonly (Span | undefined)[]): [Runs, Runs] {
  const text = source.model.text;
  return [
    spanRuns(source, label.start, label.end),
    spanRuns(source, skipBlanks(text, label.end, end), end, { italic }),
  ];
}

/**
 * A node's own text [start, ownEnd): its first paragraph laid out by `make` (with the label's runs
 * apart when it has one — the text after a label may start lines below it, `1.` alone on its line),
 * any further paragraph written inside it (quoted matter) as loose text.
 */
function ownParagraphs(
  source: RunSource,
  start: number,
  ownEnd: number,
  label: Span | undefined,
  italic: readonly (Span | undefined)[],
  make: (label: Runs | undefined, runs: Runs, revision?: ParagraphRevision) => Paragraph,
): Paragraph[] {
  const text = source.model.text;
  const hasLabel = label !== undefined && !text.slice(start, label.start).trim();
  const bodyStart = hasLabel ? skipBlanks(text, label.end, ownEnd) : start;
  const [first, ...rest] = chunksOf(text, bodyStart, ownEnd);
  const head = make(
    hasLabel ? spanRuns(source, label.start, label.end) : undefined,
    first ? spanRuns(source, first.start, first.end, { italic }) : [],
    source.changes?.paragraphRevision(start),
  );
  if (!hasLabel && !first) return [];
  // With tracked changes, the base's deleted paragraphs stand where the comparison put them: around this node.
  return [
    ...(source.changes?.deletedParagraphs(start, 'before') ?? []),
    head,
    ...(rest.length > 0 ? looseParagraphs(source, rest[0]?.start ?? ownEnd, ownEnd) : []),
    ...(source.changes?.deletedParagraphs(start, 'after') ?? []),
  ];
}

/** Items in order, and whatever is written between and after them, up to `end`. */
function itemsThrough(source: RunSource, from: number, items: readonly SubParagraph[], end: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let position = from;
  for (const item of items) {
    paragraphs.push(...looseParagraphs(source, position, item.start));
    paragraphs.push(
      ...ownParagraphs(source, item.start, item.textEnd, item.label, [], (label, runs, revision) =>
        subParagraph(item.level, label ?? [], runs, revision),
      ),
      ...itemsThrough(source, item.textEnd, item.children, item.end),
    );
    position = Math.max(position, item.end);
  }
  paragraphs.push(...looseParagraphs(source, position, end));
  return paragraphs;
}

function operativeParagraphs(source: RunSource, paragraph: OperativeParagraph): Paragraph[] {
  return [
    ...ownParagraphs(
      source,
      paragraph.start,
      paragraph.textEnd,
      paragraph.number,
      [paragraph.verb],
      operativeParagraph,
    ),
    ...itemsThrough(source, paragraph.textEnd, paragraph.items, paragraph.end),
  ];
}

function titleParagraphs(source: RunSource, title: TitleLine): Paragraph[] {
  const text = source.model.text;
  if (!title.title) return [titleParagraph(undefined, spanRuns(source, title.start, title.end))];
  // `59/157.` — the number with its full stop, everything before the title's words.
  const numberEnd = trimEnd(text, title.start, title.title.start);
  const number = numberEnd > title.start ? spanRuns(source, title.start, numberEnd) : undefined;
  return [titleParagraph(number, spanRuns(source, title.title.start, title.end))];
}

/** The closing, a line each: the meeting and the date in italics, the vote as written. */
function closingParagraphs(source: RunSource, closing: Closing): Paragraph[] {
  const text = source.model.text;
  const lines: Span[] = [];
  for (let start = closing.start; start < closing.end;) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > closing.end) end = closing.end;
    if (text.slice(start, end).trim()) lines.push({ start, end });
    start = end + 1;
  }
  return lines.map((line, index) =>
    closingParagraph(spanRuns(source, line.start, line.end, { italic: [closing.meeting, closing.date] }), index === 0),
  );
}

function annexBlocks(source: RunSource, annex: Annex, newPage: boolean): Block[] {
  return [
    {
      ...annex.heading,
      paragraphs: () => [
        annexHeadingParagraph(
          spanRuns(source, annex.heading.start, annex.heading.end),
          newPage,
          source.changes?.paragraphRevision(annex.heading.start),
        ),
      ],
    },
    ...annex.paragraphs.map((paragraph) => ({
      ...paragraph,
      paragraphs: () => looseParagraphs(source, paragraph.start, paragraph.end),
    })),
  ];
}

/** Every node of the model with the paragraphs it prints as, in the order written. */
function blocksOf(source: RunSource): Block[] {
  const { model } = source;
  const single = (node: Span, make: (runs: Runs) => Paragraph): Block => ({
    start: node.start,
    end: node.end,
    paragraphs: () => [make(spanRuns(source, node.start, node.end))],
  });
  const accounted = (node: Span): Block => ({ start: node.start, end: node.end, paragraphs: () => [] });
  const blocks: Block[] = [];
  // The masthead is printed first, in its own layout (docx-masthead.ts): here its lines are only accounted for.
  if (model.masthead) blocks.push(...mastheadTokens(model.masthead).map(accounted));
  if (model.adoption) blocks.push(single(model.adoption, model.organ === 'SC' ? reportParagraph : adoptionParagraph));
  if (model.reportLine) blocks.push(single(model.reportLine, reportParagraph));
  const title = model.title;
  if (title) blocks.push({ start: title.start, end: title.end, paragraphs: () => titleParagraphs(source, title) });
  for (const line of model.organLines) blocks.push(single(line, organParagraph));
  for (const part of model.parts) {
    if (part.heading) blocks.push(single(part.heading, headingParagraph));
    if (part.title) blocks.push(single(part.title, headingParagraph));
    for (const paragraph of part.preamble)
      blocks.push({
        ...paragraph,
        paragraphs: () =>
          ownParagraphs(
            source,
            paragraph.start,
            paragraph.end,
            undefined,
            [paragraph.opener],
            (_label, runs, revision) => preambularParagraph(runs, revision),
          ),
      });
    for (const paragraph of part.operative)
      blocks.push({ ...paragraph, paragraphs: () => operativeParagraphs(source, paragraph) });
  }
  for (const heading of model.headings) blocks.push(single(heading, headingParagraph));
  for (const closing of model.closings)
    blocks.push({ start: closing.start, end: closing.end, paragraphs: () => closingParagraphs(source, closing) });
  model.annexes.forEach((annex, index) => {
    // An annex starts a page, unless it follows an annex heading with nothing under it (`Annex` / `Annex`).
    const previous = model.annexes[index - 1];
    const follows = previous !== undefined && !model.text.slice(previous.end, annex.start).trim();
    blocks.push(...annexBlocks(source, annex, !follows));
  });
  for (const node of model.unrecognised)
    blocks.push({ ...node, paragraphs: () => looseParagraphs(source, node.start, node.end) });
  // Footnotes go into Word's notes; debris and the separator are not the resolution's.
  for (const node of [...model.footnotes, ...model.debris]) blocks.push(accounted(node));
  if (model.footnoteSeparator) blocks.push(accounted(model.footnoteSeparator));
  return blocks.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The body: each node once (a node the model lists twice, or one inside another, is printed by
 * the outer one), and what lies between nodes as loose paragraphs.
 */
export function bodyParagraphs(source: RunSource): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let position = 0;
  for (const block of blocksOf(source)) {
    if (block.start < position) {
      // Reaching past the node that held its start: the rest is printed as it stands.
      if (block.end > position) {
        paragraphs.push(...looseParagraphs(source, position, block.end));
        position = block.end;
      }
      continue;
    }
    paragraphs.push(...looseParagraphs(source, position, block.start), ...block.paragraphs());
    position = block.end;
  }
  paragraphs.push(...looseParagraphs(source, position, source.model.text.length));
  return paragraphs;
}
