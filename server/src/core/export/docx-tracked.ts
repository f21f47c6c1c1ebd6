// The draft as a Word document with its changes against the base as real tracked changes (issue 19):
// the same UN layout as the plain export (docx.ts), with inserted words as Word insertions and the
// base's words as Word deletions, under the author and date given, so that a delegate can step through
// them, accept or reject each in Word. What changed comes from the comparison (compare/types.ts); the
// draft's own text is what gets written, the comparison only says which of it is new and what the
// base had instead.
import {
  DeletedTextRun,
  InsertedTextRun,
  Packer,
  Tab,
  type IRunOptions,
  type Paragraph,
  type ParagraphChild,
} from 'docx';
import type { AlignedParagraph, Comparison, ParagraphRef } from '../compare/types';
import { allOperative, allPreambular, type Resolution, type Span, type SubParagraph } from '../model';
import { docxParts } from './docx';
import {
  bodyParagraph,
  operativeParagraph,
  preambularParagraph,
  resolutionDocument,
  subParagraph,
} from './docx-layout';
import { skipBlanks, textRuns, trimEnd, type ParagraphRevision, type Revision, type TrackedChanges } from './docx-runs';
import { wordsOnDraft } from './docx-tracked-words';

export interface TrackedOptions {
  /** The name Word shows on each change. */
  author: string;
  /** When the changes were made; now when absent. */
  date?: Date;
}

/** The number or label a base paragraph's text opens with (`12.`, `(b)`, `(iv)`), as operative and sub-paragraphs are written. */
const LABEL = /^[\s\u200b-\u200f\ufeff]*(\d+\s*\.|\d+(?=[\t ])|\((?:[a-z]{1,3}|[ivxlc]+)\)|[a-z]\.(?=[\t ]))/i;

/**
 * The same characters, blanks and digits aside: how the words of a comparison are checked against the
 * base's text (footnote markers may be in one and not in the other; any other difference means the
 * words are not this paragraph's).
 */
const sameWords = (a: string, b: string): boolean => a.replace(/[\s\d]+/g, '') === b.replace(/[\s\d]+/g, '');

/** The base paragraph's label and the text after it. */
function splitLabel(ref: ParagraphRef): { label?: string; body: string } {
  const match = ref.kind === 'preambular' ? null : LABEL.exec(ref.text);
  if (!match?.[1]) return { body: ref.text.trim() };
  return { label: match[1].replace(/\s+/g, ''), body: ref.text.slice(match[0].length).trim() };
}

/** A sub-paragraph's depth from its label alone (the base has no model here): roman numerals are the second level. */
const levelOf = (label: string | undefined): number =>
  label && /^\((?:i{1,3}|iv|vi{0,3}|ix|x)\)$/.test(label) ? 2 : 1;

/** Where each body node of the draft starts, with its label: the comparison names paragraphs by their spans. */
function draftLabels(model: Resolution): Map<number, Span | undefined> {
  const labels = new Map<number, Span | undefined>();
  const items = (list: readonly SubParagraph[]): void =>
    list.forEach((item) => {
      labels.set(item.start, item.label);
      items(item.children);
    });
  for (const paragraph of allPreambular(model)) labels.set(paragraph.start, undefined);
  for (const paragraph of allOperative(model)) {
    labels.set(paragraph.start, paragraph.number);
    items(paragraph.items);
  }
  return labels;
}

/** The tracked changes of one draft against its comparison, handed to the body as it is laid out. */
class TrackedDraft implements TrackedChanges {
  private readonly inserted: Span[] = [];
  private readonly deletions = new Map<number, ParagraphChild[]>();
  private readonly newParagraphs = new Map<number, ParagraphRevision>();
  private readonly deletedAround = new Map<string, Paragraph[]>();
  private lastId = 0;
  private readonly author: string;
  private readonly date: string;

  constructor(
    private readonly draft: Resolution,
    comparison: Comparison,
    options: TrackedOptions,
  ) {
    this.author = options.author.trim() || 'unres';
    // Word's dates are to the second, in UTC.
    this.date = (options.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
    this.lay(comparison.paragraphs);
  }

  private revision(): Revision {
    return { id: ++this.lastId, author: this.author, date: this.date };
  }

  readonly insertedRun = (options: IRunOptions): ParagraphChild =>
    new InsertedTextRun({ ...options, ...this.revision() });

  private readonly deletedRun = (options: IRunOptions): ParagraphChild =>
    new DeletedTextRun({ ...options, ...this.revision() });

  /** Deleted text as runs; its spaces at either end are kept, they part it from the words around it. */
  private deleted(text: string): ParagraphChild[] {
    return textRuns(text.replace(/\s+/g, ' '), {}, this.deletedRun);
  }

  cutsWithin(start: number, end: number): number[] {
    const cuts: number[] = [];
    for (const span of this.inserted)
      for (const offset of [span.start, span.end]) if (offset >= start && offset <= end) cuts.push(offset);
    for (const offset of this.deletions.keys()) if (offset >= start && offset <= end) cuts.push(offset);
    return cuts;
  }

  deletedAt(offset: number): ParagraphChild[] {
    const runs = this.deletions.get(offset);
    if (!runs) return [];
    this.deletions.delete(offset);
    return runs;
  }

  isInserted(from: number, to: number): boolean {
    return this.inserted.some((span) => span.start <= from && span.end >= to);
  }

  paragraphRevision(start: number): ParagraphRevision | undefined {
    return this.newParagraphs.get(start);
  }

  deletedParagraphs(start: number, where: 'before' | 'after'): Paragraph[] {
    const key = `${where}:${start}`;
    const paragraphs = this.deletedAround.get(key) ?? [];
    this.deletedAround.delete(key);
    return paragraphs;
  }

  /** Deleted paragraphs whose place the body never reached (a span no node of the draft starts at): kept, at the end. */
  unplaced(): Paragraph[] {
    const paragraphs = [...this.deletedAround.values()].flat();
    this.deletedAround.clear();
    return paragraphs;
  }

  private addDeletion(at: number, text: string): void {
    const runs = this.deleted(text);
    if (runs.length > 0) this.deletions.set(at, [...(this.deletions.get(at) ?? []), ...runs]);
  }

  private addDeletedParagraphs(start: number, where: 'before' | 'after', base: ParagraphRef): void {
    const key = `${where}:${start}`;
    this.deletedAround.set(key, [...(this.deletedAround.get(key) ?? []), ...this.deletedParagraph(base)]);
  }

  /** Every aligned paragraph in the comparison's order; a deleted one goes after the draft paragraph before it. */
  private lay(paragraphs: readonly AlignedParagraph[]): void {
    const inDraft = paragraphs
      .map((paragraph) => paragraph.draft)
      .filter((ref): ref is ParagraphRef => ref !== undefined && ref.start >= 0 && ref.end <= this.draft.text.length)
      .sort((a, b) => a.start - b.start);
    const labels = draftLabels(this.draft);
    let previous: number | undefined;
    const leading: ParagraphRef[] = [];
    for (const paragraph of paragraphs) {
      const { base, draft } = paragraph;
      if (!draft || paragraph.change === 'deleted') {
        if (!base) continue;
        if (previous === undefined) leading.push(base);
        else this.addDeletedParagraphs(previous, 'after', base);
        continue;
      }
      if (!inDraft.includes(draft)) continue;
      previous = draft.start;
      const following = inDraft.find((ref) => ref.start > draft.start);
      const end = trimEnd(this.draft.text, draft.start, Math.min(draft.end, following?.start ?? draft.end));
      this.track(paragraph, draft, end, labels.get(draft.start));
    }
    const first = inDraft[0];
    for (const base of leading) this.addDeletedParagraphs(first?.start ?? -1, 'before', base);
  }

  /** One paragraph of the draft, [draft.start, end): new as a whole, or its number and words against the base's. */
  private track(paragraph: AlignedParagraph, draft: ParagraphRef, end: number, label: Span | undefined): void {
    const text = this.draft.text;
    const { base } = paragraph;
    const labelSpan = label && label.start >= draft.start && label.end <= end ? label : undefined;
    const bodyStart = skipBlanks(text, labelSpan?.end ?? draft.start, end);
    if (paragraph.change === 'new' || !base) {
      this.inserted.push({ start: draft.start, end });
      this.newParagraphs.set(draft.start, {
        mark: { insertion: this.revision() },
        tab: () => this.insertedRun({ children: [new Tab()] }),
      });
      return;
    }
    const { label: baseLabel, body: baseBody } = splitLabel(base);
    const draftLabel = labelSpan ? text.slice(labelSpan.start, labelSpan.end).replace(/\s+/g, '') : undefined;
    // The number: `4.` deleted and `5.` inserted where the paragraph was renumbered or moved.
    if (baseLabel !== draftLabel) {
      if (labelSpan) this.inserted.push(labelSpan);
      if (baseLabel) this.addDeletion(labelSpan?.start ?? bodyStart, labelSpan ? baseLabel : `${baseLabel} `);
    }
    if (paragraph.change === 'unchanged') return;
    const words = paragraph.words ?? [];
    // Moved without words: the comparison found the text the base's.
    if (words.length === 0 && paragraph.change === 'moved') return;
    const spellsBase = sameWords(
      words
        .filter((word) => word.op !== 'insert')
        .map((word) => word.text)
        .join(''),
      baseBody,
    );
    const skippable = [...this.draft.markers, ...this.draft.debris];
    const mapped = spellsBase ? wordsOnDraft(text, bodyStart, end, words, skippable) : undefined;
    if (mapped) {
      this.inserted.push(...mapped.inserted);
      for (const deletion of mapped.deletions) this.addDeletion(deletion.at, deletion.text);
      return;
    }
    // Words that spell neither the base nor the draft: the base's text deleted and the draft's inserted, whole.
    this.addDeletion(bodyStart, `${baseBody} `);
    this.inserted.push({ start: bodyStart, end });
  }

  /** A base paragraph that is not in the draft, in its kind's layout, every run and its paragraph mark deleted. */
  private deletedParagraph(base: ParagraphRef): Paragraph[] {
    const { label, body } = splitLabel(base);
    const [first = '', ...rest] = body.split(/\r?\n[ \t\u00a0]*\r?\n/).filter((chunk) => chunk.trim());
    const revision = (): ParagraphRevision => ({
      mark: { deletion: this.revision() },
      tab: () => this.deletedRun({ children: [new Tab()] }),
    });
    const head =
      base.kind === 'preambular'
        ? preambularParagraph(this.deleted(first), revision())
        : base.kind === 'operative'
          ? operativeParagraph(label ? this.deleted(label) : undefined, this.deleted(first), revision())
          : subParagraph(levelOf(label), this.deleted(label ?? ''), this.deleted(first), revision());
    // The lines after the first: a deleted paragraph's own sub-paragraphs (`(a) …`), or text of its own.
    const after = (chunk: string): Paragraph => {
      const item = LABEL.exec(chunk);
      if (!item?.[1]) return bodyParagraph(this.deleted(chunk.trim()), revision());
      const itemLabel = item[1].replace(/\s+/g, '');
      return subParagraph(
        levelOf(itemLabel),
        this.deleted(itemLabel),
        this.deleted(chunk.slice(item[0].length).trim()),
        revision(),
      );
    };
    return [head, ...rest.map(after)];
  }
}

/** The draft in the UN layout with its changes against the base as Word tracked changes. */
export function toTrackedDocx(draft: Resolution, comparison: Comparison, options: TrackedOptions): Promise<Uint8Array> {
  const changes = new TrackedDraft(draft, comparison, options);
  const parts = docxParts(draft, changes);
  return Packer.pack(
    resolutionDocument({ ...parts, children: [...parts.children, ...changes.unplaced()] }),
    'uint8array',
  );
}
