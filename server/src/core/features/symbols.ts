// The outline of a resolution: the title; per part (A, B … when there are parts) the preamble and
// the operative part as groups, the operative paragraphs with their number and first words under
// their section headings, sub-paragraphs; the closing, annexes, footnotes. Pure: spans in, a tree
// out; the LSP glue converts it (and picks the icons).
import type { Heading, OperativeParagraph, Resolution, SubParagraph } from '../model';

export type OutlineKind =
  | 'title'
  | 'part'
  | 'section'
  | 'preamble'
  | 'preambular'
  | 'operative-part'
  | 'operative'
  | 'subparagraph'
  | 'closing'
  | 'footnotes'
  | 'footnote'
  | 'annex';

export interface OutlineNode {
  name: string;
  detail?: string;
  kind: OutlineKind;
  start: number;
  end: number;
  /** The part to select when the node is chosen (its number or opening words). */
  selectionStart: number;
  selectionEnd: number;
  children: OutlineNode[];
}

const PREVIEW_WORDS = 6;

/** The first words of a span, on one line: `Takes note with appreciation of the report…`. */
function preview(text: string, start: number, end: number): string {
  const slice = text
    .slice(start, Math.min(end, start + 200))
    .replace(/\s+/g, ' ')
    .trim();
  const words = slice.split(' ');
  return words.length > PREVIEW_WORDS ? `${words.slice(0, PREVIEW_WORDS).join(' ')}…` : slice;
}

function node(
  kind: OutlineKind,
  name: string,
  start: number,
  end: number,
  children: OutlineNode[] = [],
  detail?: string,
): OutlineNode {
  return {
    kind,
    name: name || '(empty)',
    detail,
    start,
    end,
    selectionStart: start,
    selectionEnd: Math.min(end, start + Math.max(1, name.length)),
    children,
  };
}

function itemNode(model: Resolution, item: SubParagraph): OutlineNode {
  const outline = node(
    'subparagraph',
    `${item.label.text} ${preview(model.text, item.label.end, item.textEnd)}`,
    item.start,
    item.end,
    item.children.map((child) => itemNode(model, child)),
  );
  outline.selectionStart = item.label.start;
  outline.selectionEnd = item.label.end;
  return outline;
}

function operativeNode(model: Resolution, paragraph: OperativeParagraph): OutlineNode {
  const bodyStart = paragraph.number ? paragraph.number.end : paragraph.start;
  const insertion = paragraph.number?.insertion ? ` ${paragraph.number.insertion}` : '';
  const label = paragraph.number ? `${paragraph.number.value}${insertion}. ` : '';
  const outline = node(
    'operative',
    `${label}${preview(model.text, bodyStart, paragraph.textEnd)}`,
    paragraph.start,
    paragraph.end,
    paragraph.items.map((item) => itemNode(model, item)),
  );
  if (paragraph.number) {
    outline.selectionStart = paragraph.number.start;
    outline.selectionEnd = paragraph.number.end;
  }
  return outline;
}

/** The operative part of a part: its paragraphs, grouped under their section headings. */
function operativePartNode(model: Resolution, paragraphs: readonly OperativeParagraph[]): OutlineNode | undefined {
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  if (!first || !last) return undefined;
  const children: OutlineNode[] = [];
  let sectionNode: OutlineNode | undefined;
  let currentSection: number | undefined;
  let start = first.start;
  for (const paragraph of paragraphs) {
    const heading: Heading | undefined =
      paragraph.section !== undefined && paragraph.section !== currentSection
        ? model.headings[paragraph.section]
        : undefined;
    if (heading) {
      sectionNode = node('section', heading.text, heading.start, paragraph.end);
      children.push(sectionNode);
      currentSection = paragraph.section;
      start = Math.min(start, heading.start);
    }
    const child = operativeNode(model, paragraph);
    if (sectionNode && paragraph.section === currentSection) {
      sectionNode.children.push(child);
      sectionNode.end = paragraph.end;
    } else {
      children.push(child);
    }
  }
  const count = paragraphs.length;
  const group = node('operative-part', 'Operative part', start, last.end, children, paragraphCount(count));
  // Chosen in the outline, the group selects its first paragraph's number (or opening words).
  group.selectionStart = children[0]?.selectionStart ?? start;
  group.selectionEnd = children[0]?.selectionEnd ?? start;
  return group;
}

const paragraphCount = (count: number): string => `${count} paragraph${count === 1 ? '' : 's'}`;

export function outline(model: Resolution): OutlineNode[] {
  const { text } = model;
  const nodes: OutlineNode[] = [];
  if (model.title)
    nodes.push(node('title', preview(text, model.title.start, model.title.end), model.title.start, model.title.end));
  model.parts.forEach((part) => {
    const children: OutlineNode[] = [];
    const first = part.preamble[0];
    const last = part.preamble[part.preamble.length - 1];
    if (first && last) {
      const paragraphs = part.preamble.map((paragraph) =>
        node('preambular', preview(text, paragraph.start, paragraph.end), paragraph.start, paragraph.end),
      );
      children.push(node('preamble', 'Preamble', first.start, last.end, paragraphs, paragraphCount(paragraphs.length)));
    }
    const operative = operativePartNode(model, part.operative);
    if (operative) children.push(operative);
    if (part.heading) {
      const last = children[children.length - 1];
      const name = part.title ? `${part.heading.label?.text ?? ''} ${part.title.text}`.trim() : part.heading.text;
      nodes.push(node('part', name, part.heading.start, Math.max(part.heading.end, last?.end ?? 0), children));
    } else {
      nodes.push(...children);
    }
  });
  for (const closing of model.closings)
    nodes.push(node('closing', closing.meeting?.text ?? 'Closing', closing.start, closing.end, [], closing.date?.text));
  for (const annex of model.annexes) {
    const paragraphs = annex.paragraphs.map((paragraph) =>
      node('preambular', preview(text, paragraph.start, paragraph.end), paragraph.start, paragraph.end),
    );
    nodes.push(node('annex', annex.heading.text, annex.start, annex.end, paragraphs));
  }
  const first = model.footnotes[0];
  const last = model.footnotes[model.footnotes.length - 1];
  if (first && last) {
    const footnotes = model.footnotes.map((footnote) =>
      node(
        'footnote',
        `${footnote.number.value} ${preview(text, footnote.body.start, footnote.body.end)}`,
        footnote.start,
        footnote.end,
      ),
    );
    nodes.push(node('footnotes', 'Footnotes', first.start, last.end, footnotes));
  }
  return nodes;
}
