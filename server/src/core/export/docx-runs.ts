// A stretch of the resolution's text as Word runs: the words as written, joined where print
// wrapped them, italic where the caller says (an opener, a verb), a footnote marker turned into a
// footnote reference, debris of the document system left out, a typed tab kept as a tab.
import { Tab, TextRun, type IRunOptions, type Paragraph, type ParagraphChild } from 'docx';
import type { FootnoteMarker, Resolution, Span } from '../model';

/** What a marker becomes: a real footnote reference, or a superscript number when it has no footnote of its own. */
export type MarkerRun = (marker: FootnoteMarker, make?: (options: IRunOptions) => ParagraphChild) => ParagraphChild;

export interface RunSource {
  model: Resolution;
  markerRun: MarkerRun;
  /** Tracked changes laid over the text (docx-tracked.ts); absent for the plain export. */
  changes?: TrackedChanges;
}

/** How the layout marks a paragraph inserted or deleted as a whole: its paragraph mark, and the tab after its label. */
export interface ParagraphRevision {
  mark: { insertion?: Revision; deletion?: Revision };
  tab: () => ParagraphChild;
}

/** Who changed the text and when, with the id Word wants unique per change. */
export interface Revision {
  id: number;
  author: string;
  date: string;
}

/**
 * Changes against a base text, in the draft's offsets: spanRuns cuts runs where they start and end,
 * the body asks for the paragraphs deleted around a node and for a new node's paragraph mark.
 */
export interface TrackedChanges {
  /** Offsets within [start, end] where a run must end: edges of insertions, places of deletions. */
  cutsWithin(start: number, end: number): number[];
  /** The deleted runs that stand at `offset`, each handed out once. */
  deletedAt(offset: number): ParagraphChild[];
  /** True when text[from, to) was inserted. */
  isInserted(from: number, to: number): boolean;
  /** A run maker for inserted text (textRuns' `make`). */
  insertedRun(options: IRunOptions): ParagraphChild;
  /** The revision of a node (by its start) that is new as a whole. */
  paragraphRevision(start: number): ParagraphRevision | undefined;
  /** Deleted base paragraphs standing before and after the node that starts at `start`, each handed out once. */
  deletedParagraphs(start: number, where: 'before' | 'after'): Paragraph[];
  /** The note of a reference the base had too, with its changes against the base's note; undefined when unchanged. */
  trackedNote(marker: FootnoteMarker): Paragraph | undefined;
  /** The Word id of the next footnote reference, shared with the deleted references written in between. */
  footnoteId(): number;
}

/** Line breaks inside a paragraph (hard-wrapped print, a title on two lines) are spaces in Word. */
const LINE_BREAK = /[ \t]*\r?\n[\s]*/g;

/** How a stretch of text is set: the layout's own type (a masthead's large bold), italic for openers and verbs. */
export interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  /** Half-points. */
  size?: number;
}

const plainRun = (options: IRunOptions): ParagraphChild => new TextRun(options);

/** Plain text as runs, a typed tab as Word's tab; `make` makes them tracked (an insertion, a deletion). */
export function textRuns(
  text: string,
  format: RunFormat = {},
  make: (options: IRunOptions) => ParagraphChild = plainRun,
): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  text
    .replace(LINE_BREAK, ' ')
    .split('\t')
    .forEach((part, index) => {
      if (index > 0) runs.push(make({ children: [new Tab()], ...format }));
      if (part) runs.push(make({ text: part, ...format }));
    });
  return runs;
}

/** Blanks, and the invisible marks a converter leaves beside them (`6.\u200e Reaffirms`): nothing a reader sees. */
const BLANK = /[\s\u200b-\u200f\ufeff]/;
export const isBlank = (character: string): boolean => BLANK.test(character);

/** The first offset at or after `position` (before `end`) that is not blank. */
export function skipBlanks(text: string, position: number, end: number): number {
  while (position < end && BLANK.test(text[position] ?? '')) position++;
  return position;
}

/** The offset after the last character before `end` (from `start`) that is not blank. */
export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && BLANK.test(text[end - 1] ?? '')) end--;
  return end;
}

/** The spans of `spans` that overlap [start, end), clipped to it, in order. */
function within<T extends Span>(spans: readonly T[], start: number, end: number): T[] {
  return spans.filter((span) => span.end > start && span.start < end);
}

export interface SpanOptions {
  /** Spans set in italic (an opener, a verb); absent ones are skipped. */
  italic?: readonly (Span | undefined)[];
  format?: RunFormat;
}

/**
 * The runs of text[start, end): italic inside `italic` spans, markers as the caller's marker runs,
 * debris dropped. Blanks at either end are trimmed: a paragraph's layout gives its own spacing.
 */
export function spanRuns(
  source: RunSource,
  start: number,
  end: number,
  { italic = [], format = {} }: SpanOptions = {},
): ParagraphChild[] {
  const { model, changes } = source;
  start = skipBlanks(model.text, start, end);
  end = trimEnd(model.text, start, end);
  const markers = within(model.markers, start, end);
  const debris = within(model.debris, start, end);
  const italics = within(
    italic.filter((span): span is Span => span !== undefined),
    start,
    end,
  );
  const cuts = new Set<number>([start, end]);
  for (const span of [...markers, ...debris, ...italics]) {
    cuts.add(Math.max(start, span.start));
    cuts.add(Math.min(end, span.end));
  }
  for (const offset of changes?.cutsWithin(start, end) ?? []) cuts.add(offset);
  const points = [...cuts].sort((a, b) => a - b);
  const runs: ParagraphChild[] = [];
  for (let index = 0; index + 1 < points.length; index++) {
    const from = points[index] ?? start;
    const to = points[index + 1] ?? end;
    if (changes) runs.push(...changes.deletedAt(from));
    if (debris.some((span) => span.start <= from && span.end >= to)) continue;
    const marker = markers.find((span) => span.start <= from && span.end >= to);
    if (marker) {
      // A marker is one cut; emit it once, at its first piece.
      // An inserted one is an inserted reference: rejecting the insertion takes it away with its words.
      if (from === Math.max(start, marker.start))
        runs.push(
          source.markerRun(marker, changes?.isInserted(marker.start, marker.end) ? changes.insertedRun : undefined),
        );
      continue;
    }
    const isItalic = italics.some((span) => span.start <= from && span.end >= to);
    const make = changes?.isInserted(from, to) ? changes.insertedRun : plainRun;
    runs.push(...textRuns(model.text.slice(from, to), isItalic ? { ...format, italics: true } : format, make));
  }
  // A deletion at the end of the stretch (the paragraph's last words deleted).
  if (changes) runs.push(...changes.deletedAt(end));
  return runs;
}
