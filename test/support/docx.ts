// Reads a .docx the way the tests need it: the parts of the zip as text, and the paragraphs of a
// part as styles and runs (text, italic, footnote reference, superscript), without an XML library;
// and checks an export against the model of its text (checkExport), for the unit and corpus tests.
import * as assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { toDocx } from '../../server/src/core/export/docx';
import { resolutionSymbol } from '../../server/src/core/features/info';
import {
  allOperative,
  allPreambular,
  mastheadTokens,
  type Resolution,
  type Span,
  type SubParagraph,
} from '../../server/src/core/model';
import { parse } from '../../server/src/core/parser/parse';

export interface DocxRun {
  text: string;
  italic: boolean;
  superscript: boolean;
  /** The Word footnote this run refers to. */
  footnote?: number;
}

export interface DocxParagraph {
  style?: string;
  runs: DocxRun[];
  /** The runs' text, a tab as `\t`, footnote references left out. */
  text: string;
}

export function docxParts(bytes: Uint8Array): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) parts[name] = strFromU8(data);
  return parts;
}

/** The text of XML character data: the five predefined entities decoded. */
export const decode = (xml: string): string =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** A run's italic switch: `<w:i/>` or `<w:i w:val="true"/>`, not `w:val="false"`. */
const isOn = (properties: string, element: string): boolean => {
  const match = new RegExp(`<w:${element}(?: w:val="([^"]*)")?/>`).exec(properties);
  return match !== null && match[1] !== 'false' && match[1] !== '0';
};

export function paragraphsOf(xml: string): DocxParagraph[] {
  const paragraphs: DocxParagraph[] = [];
  for (const match of xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p\s[^>]*>(.*?)<\/w:p>/gs)) {
    const body = match[1] ?? match[2] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(body)?.[1];
    const runs: DocxRun[] = [];
    for (const run of body.matchAll(/<w:r>(.*?)<\/w:r>/gs)) {
      const inner = run[1] ?? '';
      const properties = /<w:rPr>(.*?)<\/w:rPr>/s.exec(inner)?.[1] ?? '';
      const footnote = /<w:footnoteReference w:id="(-?\d+)"\/>/.exec(inner)?.[1];
      let text = '';
      for (const piece of inner.matchAll(/<w:t(?:\s[^>]*)?>(.*?)<\/w:t>|<w:tab\/>/gs))
        text += piece[0] === '<w:tab/>' ? '\t' : decode(piece[1] ?? '');
      runs.push({
        text,
        italic: isOn(properties, 'i'),
        superscript: /<w:vertAlign w:val="superscript"\/>/.test(properties),
        footnote: footnote === undefined ? undefined : Number(footnote),
      });
    }
    paragraphs.push({ style, runs, text: runs.map((run) => run.text).join('') });
  }
  return paragraphs;
}

/** Word footnotes by id (the separators, ids -1 and 0, left out), each as its text. */
export function footnotesOf(xml: string): Map<number, string> {
  const notes = new Map<number, string>();
  for (const match of xml.matchAll(/<w:footnote(?: w:type="[^"]*")? w:id="(-?\d+)">(.*?)<\/w:footnote>/gs)) {
    const id = Number(match[1]);
    if (id <= 0) continue;
    notes.set(
      id,
      paragraphsOf(match[2] ?? '')
        .map((paragraph) => paragraph.text)
        .join('\n'),
    );
  }
  return notes;
}

/**
 * Invisible format characters a converter leaves in the text (LRM, ZWSP, BOM), and control
 * characters, which XML cannot hold (the docx library leaves them out): nothing to compare.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u200b-\u200f\ufeff]/g;

export const words = (text: string): string[] => text.replace(INVISIBLE, '').split(/\s+/).filter(Boolean);

/**
 * The words of the resolution an export must print in its body, in order: the whole text without
 * the footnotes (they go into Word's notes), their markers (footnote references carry no text),
 * the debris of the document system, the footnote separator, and the masthead's lines (printed
 * in the masthead block, checked apart).
 */
export function expectedBodyWords(model: Resolution): string[] {
  const characters = model.text.split('');
  const blank = (span: Span | undefined, by: string): void => {
    if (span) for (let index = span.start; index < span.end; index++) characters[index] = by;
  };
  for (const span of [...model.debris, ...model.footnotes]) blank(span, ' ');
  blank(model.footnoteSeparator, ' ');
  // A marker is glued to its word (`Secretary-General;1`): removed, not replaced by a space.
  for (const marker of model.markers) blank(marker, '');
  const masthead = model.masthead;
  if (masthead) for (const token of mastheadTokens(masthead)) blank(token, ' ');
  return words(characters.join(''));
}

/** The words of the body paragraphs (not the masthead, not the footnotes kept at the end), markers left out. */
export function bodyWords(paragraphs: readonly DocxParagraph[]): string[] {
  return words(
    paragraphs
      .filter((paragraph) => paragraph.style !== 'UnMasthead' && paragraph.style !== 'UnFootnote')
      .map((paragraph) =>
        paragraph.runs
          .filter((run) => !run.superscript)
          .map((run) => run.text)
          .join(''),
      )
      .join('\n'),
  );
}

/** The italic stretches of the paragraphs in order: consecutive italic runs joined, blanks collapsed. */
export function italicStretches(paragraphs: readonly DocxParagraph[]): string[] {
  const stretches: string[] = [];
  for (const paragraph of paragraphs) {
    let current: string | undefined;
    for (const run of [...paragraph.runs, undefined]) {
      if (run?.italic) current = (current ?? '') + run.text;
      else if (current !== undefined) {
        stretches.push(words(current).join(' '));
        current = undefined;
      }
    }
  }
  return stretches;
}

export interface Exported {
  model: Resolution;
  parts: Record<string, string>;
  paragraphs: DocxParagraph[];
  notes: Map<number, string>;
}

export async function exported(text: string): Promise<Exported> {
  const model = parse(text);
  const bytes = await toDocx(model);
  const parts = docxParts(bytes);
  return {
    model,
    parts,
    paragraphs: paragraphsOf(parts['word/document.xml'] ?? ''),
    notes: footnotesOf(parts['word/footnotes.xml'] ?? ''),
  };
}

/** Equal word sequences, or the first place they part, with the words around it. */
export function assertSameWords(actual: readonly string[], expected: readonly string[], name: string): void {
  let index = 0;
  while (index < actual.length && actual[index] === expected[index]) index++;
  if (index === actual.length && index === expected.length) return;
  const around = (list: readonly string[]) => list.slice(Math.max(0, index - 5), index + 5).join(' ');
  assert.fail(`${name}: the words part at word ${index}:\n  source: ${around(expected)}\n  export: ${around(actual)}`);
}

const bodyOf = (paragraphs: readonly DocxParagraph[]) =>
  paragraphs.filter((paragraph) => paragraph.style !== 'UnMasthead' && paragraph.style !== 'UnFootnote');

/** Openers, verbs and the closing's meeting and date: what the UN prints in italics, in order. */
function expectedItalics(model: Resolution): string[] {
  const spans: (Span & { text: string })[] = [];
  for (const paragraph of allPreambular(model)) if (paragraph.opener) spans.push(paragraph.opener);
  for (const paragraph of allOperative(model)) if (paragraph.verb) spans.push(paragraph.verb);
  for (const closing of model.closings) spans.push(...[closing.meeting, closing.date].filter((token) => !!token));
  return spans.sort((a, b) => a.start - b.start).map((span) => words(span.text).join(' '));
}

/** Paragraph numbers and item labels as written, in order. */
function expectedLabels(model: Resolution): string[] {
  const labels: string[] = [];
  const items = (list: readonly SubParagraph[]) => {
    for (const item of list) {
      labels.push(item.label.text);
      items(item.children);
    }
  };
  for (const paragraph of allOperative(model)) {
    if (paragraph.number) labels.push(paragraph.number.text);
    items(paragraph.items);
  }
  return labels;
}

/** The label a numbered paragraph of the export opens with: its first run, when a tab follows. */
export function exportedLabels(paragraphs: readonly DocxParagraph[]): string[] {
  return paragraphs
    .filter((paragraph) => paragraph.style === 'UnOperative' || paragraph.style === 'UnSubParagraph')
    .filter((paragraph) => paragraph.runs[1]?.text === '\t')
    .map((paragraph) => paragraph.runs[0]?.text ?? '');
}

function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let index = 0;
  for (const item of long) if (item === short[index]) index++;
  return index === short.length;
}

/** Everything the export promises, checked against the model of the same text. */
export function checkExport({ model, parts, paragraphs, notes }: Exported, name: string): void {
  assertSameWords(bodyWords(paragraphs), expectedBodyWords(model), name);

  assert.deepEqual(italicStretches(bodyOf(paragraphs)), expectedItalics(model), `${name}: italics`);

  const labels = expectedLabels(model);
  assert.ok(isSubsequence(labels, exportedLabels(paragraphs)), `${name}: numbers and labels as written, in order`);

  // One Word footnote per footnote a marker points to, with its text, in the order referenced.
  const byNumber = new Map(model.footnotes.map((footnote) => [footnote.number.value, footnote] as const));
  const referenced = [...new Set(model.markers.map((marker) => marker.value))].filter((value) => byNumber.has(value));
  assert.equal(notes.size, referenced.length, `${name}: Word footnotes`);
  referenced.forEach((value, index) =>
    assert.equal(
      words(notes.get(index + 1) ?? '').join(' '),
      words(byNumber.get(value)?.body.text ?? '').join(' '),
      `${name}: footnote ${value}`,
    ),
  );
  const references = paragraphs.flatMap((paragraph) => paragraph.runs).filter((run) => run.footnote !== undefined);
  assert.deepEqual(
    references.map((run) => run.footnote),
    referenced.map((_value, index) => index + 1),
    `${name}: one reference per footnote`,
  );

  const headers = Object.entries(parts).filter(([part]) => /^word\/header\d+\.xml$/.test(part));
  const symbol = resolutionSymbol(model);
  if (symbol)
    assert.ok(
      headers.some(([, xml]) => paragraphsOf(xml).some((paragraph) => paragraph.text === symbol)),
      `${name}: the symbol ${symbol} in the running head`,
    );
  const footers = Object.entries(parts).filter(([part]) => /^word\/footer\d+\.xml$/.test(part));
  assert.ok(
    footers.some(([, xml]) => /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/.test(xml)),
    `${name}: a page number field`,
  );
}
