// The draft as a Word document with its changes against the base as real tracked changes (issue 19):
// the same UN layout as the plain export (docx.ts), with inserted words as Word insertions and the
// base's words as Word deletions, under the author and date given, so that a delegate can step through
// them, accept or reject each in Word. Which paragraph stands for which comes from the comparison
// (compare/types.ts); the draft's own text is what gets written. Each Word paragraph of a paired
// paragraph is compared with the base's it stands for (docx-tracked-nodes.ts), footnote references
// included, so that rejecting every change gives the base's paragraphs and notes as its plain export
// prints them; the comparison's words are taken when they spell exactly those two texts.
import {
  DeletedTextRun,
  InsertedTextRun,
  Packer,
  Tab,
  type IRunOptions,
  type Paragraph,
  type ParagraphChild,
} from 'docx';
import type { AlignedParagraph, Comparison, ParagraphRef, WordChange } from '../compare/types';
import { collapseWhitespace, diffWords } from '../compare/word-diff';
import {
  allOperative,
  type Footnote,
  type FootnoteMarker,
  type OperativeParagraph,
  type Resolution,
  type Span,
} from '../model';
import { docxParts } from './docx';
import { chunksOf, LOOSE_LABEL } from './docx-body';
import {
  bodyParagraph,
  footnoteParagraph,
  operativeParagraph,
  preambularParagraph,
  resolutionDocument,
  subParagraph,
} from './docx-layout';
import { skipBlanks, textRuns, trimEnd, type ParagraphRevision, type Revision, type TrackedChanges } from './docx-runs';
import { itemsOf, ownTexts, printedText, referenceMarkers, wordParagraphsOf, type OwnText } from './docx-tracked-nodes';
import {
  REFERENCE,
  SUPERSCRIPT_ANY,
  superscriptCharacter,
  superscriptNumber,
  wordsOnDraft,
} from './docx-tracked-words';
import { footnoteOf, referenceRunOptions } from './docx-footnotes';

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
  return { label: match[1].replace(/\s+/g, ' '), body: ref.text.slice(match[0].length).trim() };
}

/** A sub-paragraph's depth from its label alone (the base has no model here): roman numerals are the second level. */
const levelOf = (label: string | undefined): number =>
  label && /^\((?:i{1,3}|iv|vi{0,3}|ix|x)\)$/.test(label) ? 2 : 1;

/** The base side of a word changes list, and the draft side: what they must spell to be laid on a Word paragraph. */
const sideOf = (words: readonly WordChange[], skip: WordChange['op']): string =>
  collapseWhitespace(
    words
      .filter((word) => word.op !== skip)
      .map((word) => word.text)
      .join(''),
  );

/**
 * The base's footnote references in the texts compared and deleted: one private-use character each,
 * from FIRST_BASE_REFERENCE on (REFERENCE, the one before, stands for any reference in a comparison).
 */
const FIRST_BASE_REFERENCE = REFERENCE.charCodeAt(0) + 1;
const BASE_REFERENCES = 0xf000 - FIRST_BASE_REFERENCE;
const BASE_REFERENCES_ANY = /[\ue001-\uefff]/g;
/** A base reference or a superscript number (docx-tracked-words.ts), each a piece of deleted text of its own. */
const DELETED_MARK = /([\ue001-\uf8fe])/;
const BASE_REFERENCE_CHARACTER = /^[\ue001-\uefff]$/;

/**
 * The changes with each base reference they delete named again (the comparison had them all as
 * REFERENCE): the k-th REFERENCE of the base's side is the k-th base reference of its text.
 */
function withBaseReferences(words: readonly WordChange[], baseText: string): WordChange[] {
  const references = baseText.match(BASE_REFERENCES_ANY) ?? [];
  let next = 0;
  return words.map((word) => {
    if (word.op === 'insert') return word;
    const text = word.text.replace(new RegExp(REFERENCE, 'g'), () => references[next++] ?? REFERENCE);
    return word.op === 'delete' ? { ...word, text } : word;
  });
}

const SUPERSCRIPTS_ALL = new RegExp(SUPERSCRIPT_ANY.source, 'g');
const superscriptDigits = (character: string): string => String(superscriptNumber(character));

/**
 * Given words (digits for superscript numbers) with each superscript number of the base they delete
 * as its character again, read off `base`, the base's side as compared: rejecting brings it back in
 * superscript. Words that split a number are left as they are.
 */
function withSuperscripts(words: readonly WordChange[], base: string): readonly WordChange[] {
  if (!SUPERSCRIPT_ANY.test(base)) return words;
  const marks = [...base.replace(new RegExp(REFERENCE, 'g'), '')].filter((character) => !/\s/.test(character));
  let next = 0;
  const respelled: WordChange[] = [];
  for (const word of words) {
    if (word.op === 'insert') {
      respelled.push(word);
      continue;
    }
    let text = '';
    for (let at = 0; at < word.text.length; at++) {
      const character = word.text[at] ?? '';
      if (/\s/.test(character)) {
        text += character;
        continue;
      }
      const own = marks[next++] ?? character;
      if (!SUPERSCRIPT_ANY.test(own)) {
        text += character;
        continue;
      }
      const digits = superscriptDigits(own);
      if (word.text.slice(at, at + digits.length) !== digits) return words;
      text += own;
      at += digits.length - 1;
    }
    respelled.push(word.op === 'delete' ? { ...word, text } : word);
  }
  return respelled;
}

/** A reference cut to [start, end) of its text (an operative paragraph to its lead-in). */
const cutRef = (model: Resolution, ref: ParagraphRef, end: number): ParagraphRef => ({
  ...ref,
  text: model.text.slice(ref.start, end),
  end,
});

/** Where a reference outside the compared paragraphs stands: the title, an annex (by its index), or elsewhere. */
function regionOf(model: Resolution, span: Span): string {
  const within = (region: Span | undefined): boolean =>
    region !== undefined && region.start <= span.start && span.end <= region.end;
  if (within(model.title)) return 'title';
  const annex = model.annexes.findIndex(within);
  return annex >= 0 ? `annex ${annex}` : 'elsewhere';
}

/** The offset a region's printed text ends at (its last Word paragraph's end), where a deleted reference can stand. */
function regionEnd(model: Resolution, region: string): number | undefined {
  const annex = /^annex (\d+)$/.exec(region);
  const span: Span | undefined = region === 'title' ? model.title : annex ? model.annexes[Number(annex[1])] : undefined;
  if (!span) return undefined;
  const chunks = chunksOf(model.text, span.start, span.end);
  return chunks[chunks.length - 1]?.end;
}

/** The tracked changes of one draft against its comparison, handed to the body as it is laid out. */
class TrackedDraft implements TrackedChanges {
  private readonly inserted: Span[] = [];
  /**
   * Deleted text by the draft offset it stands at, and deleted paragraphs by where they stand: made
   * when the body reaches them, so that a deleted reference takes its Word id in document order.
   */
  private readonly deletions = new Map<number, string[]>();
  private readonly newParagraphs = new Map<number, ParagraphRevision>();
  private readonly deletedAround = new Map<string, Array<() => Paragraph[]>>();
  private lastFootnoteId = 0;
  private lastId = 0;
  private readonly author: string;
  private readonly date: string;
  private readonly baseOwn: Map<number, OwnText>;
  private readonly draftOwn: Map<number, OwnText>;
  /** The markers printed as footnote references, not as words: cut out of the texts compared. */
  private readonly baseReferences: FootnoteMarker[];
  private readonly draftReferences: FootnoteMarker[];
  /** A kept draft reference's base reference (its index in baseReferences), by the draft marker's start. */
  private readonly keptReferences = new Map<number, number>();
  /** The base's notes that deleted references point to, by their Word id. */
  readonly baseNotes: Record<number, { children: Paragraph[] }> = {};

  constructor(
    private readonly base: Resolution,
    private readonly draft: Resolution,
    comparison: Comparison,
    options: TrackedOptions,
  ) {
    this.author = options.author.trim() || 'unres';
    // Word's dates are to the second, in UTC.
    this.date = (options.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
    this.baseOwn = ownTexts(base);
    this.draftOwn = ownTexts(draft);
    this.baseReferences = referenceMarkers(base);
    this.draftReferences = referenceMarkers(draft);
    const units = this.wordParagraphUnits(comparison.paragraphs);
    this.lay(units);
    const annexes = this.trackAnnexes();
    this.trackOutsideReferences(units, annexes);
  }

  /**
   * The annexes one side has and the other does not (the comparison reads the body only): the draft's
   * further annexes inserted whole, heading and paragraph marks included, the base's further ones
   * deleted whole at the end. Annexes both have are left as the draft has them. Returns the spans
   * tracked, whose footnote references are tracked with them.
   */
  private trackAnnexes(): { base: Span[]; draft: Span[] } {
    const added = this.draft.annexes.slice(this.base.annexes.length);
    const removed = this.base.annexes.slice(this.draft.annexes.length);
    for (const annex of added) {
      const paragraphStarts = annex.paragraphs.flatMap((token) =>
        wordParagraphsOf(this.draft, token).map((chunk) => chunk.start),
      );
      this.insertParagraphs({ start: annex.start, end: trimEnd(this.draft.text, annex.start, annex.end) }, [
        annex.heading.start,
        ...paragraphStarts,
      ]);
    }
    removed.forEach((annex, index) => {
      const chunks = [annex.heading, ...annex.paragraphs].flatMap((token) => wordParagraphsOf(this.base, token));
      this.deletedAround.set(
        `annex:${index}`,
        chunks.map((chunk) => () => [this.deletedChunk(this.basePrinted(chunk))]),
      );
    });
    return { base: removed, draft: added };
  }

  /**
   * The footnote references of neither side's compared paragraphs — in the title, an annex, text of
   * no paragraph — paired region by region in order (the base's title's with the draft's title's):
   * a pair is kept (its note's changes tracked), a further draft reference is inserted, a further
   * base reference is a deleted one at the end of the draft's same region (or of its title), so that
   * rejecting every change gives the base's notes here too.
   */
  private trackOutsideReferences(units: readonly AlignedParagraph[], annexes: { base: Span[]; draft: Span[] }): void {
    const outside = (spans: readonly (Span | undefined)[], markers: readonly FootnoteMarker[]) =>
      markers.filter((marker) => !spans.some((span) => span && span.start <= marker.start && marker.end <= span.end));
    const baseOutside = outside([...units.map((unit) => unit.base), ...annexes.base], this.baseReferences);
    const draftOutside = outside([...units.map((unit) => unit.draft), ...annexes.draft], this.draftReferences);
    const regions = new Set([
      ...baseOutside.map((marker) => regionOf(this.base, marker)),
      ...draftOutside.map((marker) => regionOf(this.draft, marker)),
    ]);
    for (const region of regions) {
      const inBase = baseOutside.filter((marker) => regionOf(this.base, marker) === region);
      const inDraft = draftOutside.filter((marker) => regionOf(this.draft, marker) === region);
      inDraft.forEach((marker, index) => {
        const partner = inBase[index];
        if (partner) this.keptReferences.set(marker.start, this.baseReferences.indexOf(partner));
        else this.inserted.push(marker);
      });
      const at = regionEnd(this.draft, region) ?? regionEnd(this.draft, 'title');
      const deleted = inBase
        .slice(inDraft.length)
        .map((marker) => this.baseReference(this.baseReferences.indexOf(marker)))
        .join('');
      if (at !== undefined && deleted) this.addDeletion(at, deleted);
    }
  }

  /**
   * The comparison with each operative paragraph that has sub-paragraphs (a reference to the whole
   * paragraph, items included) as its lead-in followed by its items, each a Word paragraph of its
   * own: the comparison's aligned items, or, for a paragraph whose text is the base's but for its
   * final punctuation, the items one for one.
   */
  private wordParagraphUnits(paragraphs: readonly AlignedParagraph[]): AlignedParagraph[] {
    const baseOps = new Map(allOperative(this.base).map((node) => [node.start, node]));
    const draftOps = new Map(allOperative(this.draft).map((node) => [node.start, node]));
    const units: AlignedParagraph[] = [];
    for (const paragraph of paragraphs) {
      const { base, draft } = paragraph;
      const baseNode = base?.kind === 'operative' ? baseOps.get(base.start) : undefined;
      const draftNode = draft?.kind === 'operative' ? draftOps.get(draft.start) : undefined;
      // A reference to the whole paragraph (the comparison's), not one to its lead-in with its items apart.
      const whole =
        base?.end === baseNode?.end &&
        draft?.end === draftNode?.end &&
        (baseNode?.items.length ?? 0) + (draftNode?.items.length ?? 0) > 0;
      const items =
        paragraph.subparagraphs ??
        (baseNode && draftNode ? this.itemsOneForOne(baseNode, draftNode, base, draft) : undefined);
      if (!whole || !items || !base || !draft || !baseNode || !draftNode) {
        units.push(paragraph);
        continue;
      }
      const { subparagraphs: _items, words: _words, ...rest } = paragraph;
      units.push(
        {
          ...rest,
          base: cutRef(this.base, base, baseNode.textEnd),
          draft: cutRef(this.draft, draft, draftNode.textEnd),
        },
        ...items,
      );
    }
    return units;
  }

  /** The items of two paragraphs with as many, paired in order (their texts are the same but for punctuation). */
  private itemsOneForOne(
    baseNode: OperativeParagraph,
    draftNode: OperativeParagraph,
    base: ParagraphRef | undefined,
    draft: ParagraphRef | undefined,
  ): AlignedParagraph[] | undefined {
    const baseItems = itemsOf(baseNode);
    const draftItems = itemsOf(draftNode);
    if (!base || !draft || baseItems.length === 0 || baseItems.length !== draftItems.length) return undefined;
    const refOf = (model: Resolution, of: ParagraphRef, item: (typeof baseItems)[number]): ParagraphRef => ({
      kind: 'subparagraph',
      label: `${of.label} ${item.label.text}`,
      part: of.part,
      text: model.text.slice(item.start, item.textEnd),
      start: item.start,
      end: item.textEnd,
    });
    return baseItems.map((item, index) => ({
      change: 'unchanged',
      base: refOf(this.base, base, item),
      draft: refOf(this.draft, draft, draftItems[index]!),
    }));
  }

  private revision(): Revision {
    return { id: ++this.lastId, author: this.author, date: this.date };
  }

  readonly insertedRun = (options: IRunOptions): ParagraphChild =>
    new InsertedTextRun({ ...options, ...this.revision() });

  private readonly deletedRun = (options: IRunOptions): ParagraphChild =>
    new DeletedTextRun({ ...options, ...this.revision() });

  /**
   * Deleted text as runs; its spaces at either end are kept, they part it from the words around it.
   * A base footnote reference in it (baseReference) is a deleted reference to the base's note.
   */
  private deleted(text: string): ParagraphChild[] {
    const runs: ParagraphChild[] = [];
    for (const piece of text.replace(/\s+/g, ' ').split(DELETED_MARK)) {
      if (piece.length === 1 && SUPERSCRIPT_ANY.test(piece))
        runs.push(this.deletedRun({ text: String(superscriptNumber(piece)), superScript: true }));
      else if (!BASE_REFERENCE_CHARACTER.test(piece)) runs.push(...textRuns(piece, {}, this.deletedRun));
      else {
        const reference = this.deletedReference(piece.charCodeAt(0) - FIRST_BASE_REFERENCE);
        if (reference) runs.push(reference);
      }
    }
    return runs;
  }

  /** The base's text of a span as compared and deleted: its references and its superscript numbers one character each. */
  private basePrinted(span: Span): string {
    return printedText(this.base, span.start, span.end, this.baseReferences, this.baseReference, superscriptCharacter);
  }

  /** The character that stands for the base's index-th footnote reference in the texts compared. */
  private readonly baseReference = (index: number): string =>
    index < BASE_REFERENCES ? String.fromCharCode(FIRST_BASE_REFERENCE + index) : '';

  /**
   * A deleted reference to the base's note, the note added to the document with the base's text (an id
   * after the draft's): rejecting the deletion brings back the base's reference and its note; accepting
   * it takes both away.
   */
  private deletedReference(index: number): ParagraphChild | undefined {
    const marker = this.base.markers.length > 0 ? this.baseReferences[index] : undefined;
    const footnote = marker && this.base.footnotes.find((note) => note.number.value === marker.value);
    if (!footnote) return undefined;
    const id = this.footnoteId();
    this.baseNotes[id] = { children: [footnoteOf(this.base, footnote)] };
    return this.deletedRun(referenceRunOptions(id));
  }

  /**
   * The next Word footnote id, for the draft's references and the deleted ones alike: ids in document
   * order, as LibreOffice wants them (it gives the notes to the references in the order of the notes'
   * ids, whatever ids the references name).
   */
  readonly footnoteId = (): number => ++this.lastFootnoteId;

  cutsWithin(start: number, end: number): number[] {
    const cuts: number[] = [];
    for (const span of this.inserted)
      for (const offset of [span.start, span.end]) if (offset >= start && offset <= end) cuts.push(offset);
    for (const offset of this.deletions.keys()) if (offset >= start && offset <= end) cuts.push(offset);
    return cuts;
  }

  deletedAt(offset: number): ParagraphChild[] {
    const texts = this.deletions.get(offset);
    if (!texts) return [];
    this.deletions.delete(offset);
    return texts.flatMap((text) => this.deleted(text));
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
    return paragraphs.flatMap((make) => make());
  }

  /** Deleted paragraphs whose place the body never reached (a span no node of the draft starts at): kept, at the end. */
  unplaced(): Paragraph[] {
    const paragraphs = [...this.deletedAround.values()].flat();
    this.deletedAround.clear();
    return paragraphs.flatMap((make) => make());
  }

  private addDeletion(at: number, text: string): void {
    if (text) this.deletions.set(at, [...(this.deletions.get(at) ?? []), text]);
  }

  private addDeletedParagraphs(start: number, where: 'before' | 'after', base: ParagraphRef): void {
    const key = `${where}:${start}`;
    this.deletedAround.set(key, [...(this.deletedAround.get(key) ?? []), () => this.deletedParagraph(base)]);
  }

  /** Every aligned paragraph in the comparison's order; a deleted one goes after the draft paragraph before it. */
  private lay(paragraphs: readonly AlignedParagraph[]): void {
    const inDraft = paragraphs
      .map((paragraph) => paragraph.draft)
      .filter((ref): ref is ParagraphRef => ref !== undefined && ref.start >= 0 && ref.end <= this.draft.text.length)
      .sort((a, b) => a.start - b.start);

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
      this.track(paragraph, draft, end, this.draftOwn.get(draft.start)?.label);
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
      this.insertParagraphs({ start: draft.start, end });
      return;
    }
    const { label: baseLabel, body: baseBody } = splitLabel(base);
    const draftLabel = labelSpan ? text.slice(labelSpan.start, labelSpan.end).replace(/\s+/g, ' ') : undefined;
    // The number: `4.` deleted and `5.` inserted where the paragraph was renumbered or moved.
    if (baseLabel !== draftLabel) {
      if (labelSpan) this.inserted.push(labelSpan);
      if (baseLabel) this.addDeletion(labelSpan?.start ?? bodyStart, labelSpan ? baseLabel : `${baseLabel} `);
    }
    const own = this.ownPair(base, draft);
    if (own) {
      this.trackWordParagraphs(
        own.base,
        { start: bodyStart, end: Math.min(end, own.draft.body.end) },
        draft.start,
        paragraph.words,
      );
      return;
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
    } else {
      // Words that spell neither the base nor the draft: the base's text deleted and the draft's inserted, whole.
      this.addDeletion(bodyStart, `${baseBody} `);
      this.inserted.push({ start: bodyStart, end });
    }
    this.markInsertedParagraphs({ start: bodyStart, end });
  }

  /**
   * The marks of the Word paragraphs after the first of a paired paragraph whose text is all inserted
   * (a quoted text the draft added under it): inserted too, so that rejecting takes the paragraph
   * away and leaves no empty one behind.
   */
  private markInsertedParagraphs(span: Span): void {
    for (const chunk of wordParagraphsOf(this.draft, span).slice(1))
      if (!this.newParagraphs.has(chunk.start) && this.isInserted(chunk.start, chunk.end))
        this.newParagraphs.set(chunk.start, this.insertedRevision());
  }

  /**
   * Draft text the base does not have, with the mark of every Word paragraph that starts in it (its
   * node's, its items', its further paragraphs'): rejecting the insertion removes the paragraphs, not
   * only their words.
   */
  private insertParagraphs(span: Span, paragraphStarts: readonly number[] = []): void {
    this.inserted.push(span);
    const starts = new Set<number>([span.start, ...paragraphStarts]);
    for (const [start, own] of this.draftOwn) {
      if (start < span.start || start >= span.end) continue;
      starts.add(start);
      for (const chunk of wordParagraphsOf(this.draft, own.body)) starts.add(chunk.start);
    }
    for (const chunk of wordParagraphsOf(this.draft, span)) starts.add(chunk.start);
    for (const start of starts) this.newParagraphs.set(start, this.insertedRevision());
  }

  private insertedRevision(): ParagraphRevision {
    return { mark: { insertion: this.revision() }, tab: () => this.insertedRun({ children: [new Tab()] }) };
  }

  /** The own texts of the two paragraphs a pair names, when both are where the references say in their models. */
  private ownPair(base: ParagraphRef, draft: ParagraphRef): { base: OwnText; draft: OwnText } | undefined {
    const baseOwn = this.baseOwn.get(base.start);
    const draftOwn = this.draftOwn.get(draft.start);
    if (!baseOwn || !draftOwn || this.base.text.slice(base.start, base.end) !== base.text) return undefined;
    return { base: baseOwn, draft: draftOwn };
  }

  /**
   * A paired paragraph's words, Word paragraph by Word paragraph: the base's first against the
   * draft's first, and so on; the draft's further ones inserted, the base's further ones deleted
   * after it. Each pair's words are the comparison's when they spell exactly those two texts (a
   * comparison's words cover a paragraph with its markers and items), else compared here.
   */
  private trackWordParagraphs(base: OwnText, draftBody: Span, draftStart: number, given?: readonly WordChange[]): void {
    const baseParagraphs = wordParagraphsOf(this.base, base.body);
    const draftParagraphs = wordParagraphsOf(this.draft, draftBody);
    const count = Math.max(baseParagraphs.length, draftParagraphs.length);
    for (let index = 0; index < count; index++) {
      const from = baseParagraphs[index];
      const to = draftParagraphs[index];
      const baseText = from ? collapseWhitespace(this.basePrinted(from)) : '';
      if (to && from) this.trackWords(baseText, to, index === 0 ? given : undefined);
      else if (to) this.insertParagraphs(to);
      else if (from)
        this.deletedAround.set(`after:${draftStart}`, [
          ...(this.deletedAround.get(`after:${draftStart}`) ?? []),
          () => [this.deletedChunk(baseText)],
        ]);
    }
  }

  /** One Word paragraph of the draft against the base's: its words laid on it, or, when they cannot be, replaced whole. */
  private trackWords(baseText: string, draft: Span, given?: readonly WordChange[]): void {
    // References compared as one character on both sides: a reference where the base had one is kept
    // (its number may differ: Word numbers them), one the base did not have is inserted.
    const draftText = collapseWhitespace(
      printedText(this.draft, draft.start, draft.end, this.draftReferences, () => REFERENCE, superscriptCharacter),
    );
    const compared = baseText.replace(BASE_REFERENCES_ANY, REFERENCE);
    // Words given without references (a comparison's of its own) still fit a text that has some, and
    // spell superscript numbers as their digits.
    const unreferenced = (text: string): string =>
      collapseWhitespace(text.replace(new RegExp(REFERENCE, 'g'), '').replace(SUPERSCRIPTS_ALL, superscriptDigits));
    const words =
      given && sideOf(given, 'insert') === unreferenced(compared) && sideOf(given, 'delete') === unreferenced(draftText)
        ? withSuperscripts(given, compared)
        : withBaseReferences(diffWords(compared, draftText), baseText);
    this.pairReferences(words, draft, baseText);
    if (words.every((word) => word.op === 'equal')) return;
    const mapped = wordsOnDraft(
      this.draft.text,
      draft.start,
      draft.end,
      words,
      [...this.draftReferences, ...this.draft.debris],
      this.draftReferences,
      this.draft.markers.filter((marker) => !this.draftReferences.includes(marker)),
    );
    if (mapped) {
      this.inserted.push(...mapped.inserted);
      for (const deletion of mapped.deletions) this.addDeletion(deletion.at, deletion.text);
      return;
    }
    if (baseText) this.addDeletion(draft.start, `${baseText} `);
    this.inserted.push(draft);
  }

  /**
   * The draft's references that stand where the base had one (a REFERENCE in an `equal` run), with
   * the base's: their notes are the draft's with the changes against the base's (trackedNote).
   */
  private pairReferences(words: readonly WordChange[], draft: Span, baseText: string): void {
    const draftReferences = this.draftReferences.filter(
      (marker) => marker.start >= draft.start && marker.end <= draft.end,
    );
    const baseReferences = baseText.match(BASE_REFERENCES_ANY) ?? [];
    let inBase = 0;
    let inDraft = 0;
    for (const word of words)
      for (const character of word.text) {
        if (character !== REFERENCE && !BASE_REFERENCE_CHARACTER.test(character)) continue;
        if (word.op === 'insert') inDraft++;
        else if (word.op === 'delete') inBase++;
        else {
          const marker = draftReferences[inDraft++];
          const base = baseReferences[inBase++];
          if (marker && base) this.keptReferences.set(marker.start, base.charCodeAt(0) - FIRST_BASE_REFERENCE);
        }
      }
  }

  /** A kept reference's note: the draft's words, with the changes against the base's note tracked. */
  trackedNote(marker: FootnoteMarker): Paragraph | undefined {
    const index = this.keptReferences.get(marker.start);
    const baseMarker = index === undefined ? undefined : this.baseReferences[index];
    const baseNote = baseMarker && this.base.footnotes.find((note) => note.number.value === baseMarker.value);
    const draftNote = this.draft.footnotes.find((note) => note.number.value === marker.value);
    if (!baseNote || !draftNote) return undefined;
    const noteText = (model: Resolution, note: Footnote): string =>
      collapseWhitespace(printedText(model, note.body.start, note.body.end, []));
    const words = diffWords(noteText(this.base, baseNote), noteText(this.draft, draftNote));
    if (words.every((word) => word.op === 'equal')) return undefined;
    const runs = words.flatMap((word) =>
      word.op === 'equal'
        ? textRuns(word.text)
        : word.op === 'insert'
          ? textRuns(word.text, {}, this.insertedRun)
          : this.deleted(word.text),
    );
    return footnoteParagraph(runs);
  }

  /** A base paragraph that is not in the draft, in its kind's layout, every run and its paragraph mark deleted. */
  private deletedParagraph(base: ParagraphRef): Paragraph[] {
    return this.deletedFromModel(base) ?? this.deletedByBlankLines(base);
  }

  /**
   * A deleted paragraph laid out as the base's model reads it — its own Word paragraphs, then each
   * sub-paragraph's — as the plain export lays it out, so that a text without blank lines between
   * its items (pasted, tab-indented, CR line ends) comes back item by item on rejecting. Undefined
   * when the reference is not the model's node, or the node holds text besides its own and its items'.
   */
  private deletedFromModel(base: ParagraphRef): Paragraph[] | undefined {
    if (this.base.text.slice(base.start, base.end) !== base.text) return undefined;
    const nodes: Array<{ own: OwnText; level?: number }> = [];
    for (const { start, level } of this.baseNodesOf(base)) {
      const own = this.baseOwn.get(start);
      if (!own) return undefined;
      nodes.push({ own, level });
    }
    // Everything written in the paragraph must be in one of the nodes: nothing may be lost on rejecting.
    let at = base.start;
    for (const { own } of nodes) {
      if (this.base.text.slice(at, (own.label ?? own.body).start).trim()) return undefined;
      at = Math.max(at, own.body.end);
    }
    if (nodes.length === 0 || this.base.text.slice(at, base.end).trim()) return undefined;
    const revision = (): ParagraphRevision => this.deletedRevision();
    return nodes.flatMap(({ own, level }, index) => {
      const label = own.label ? this.basePrinted(own.label).trim() : undefined;
      const [first, ...rest] = wordParagraphsOf(this.base, own.body).map((chunk) => this.basePrinted(chunk).trim());
      const body = this.deleted(first ?? '');
      const head =
        index === 0 && base.kind === 'preambular'
          ? preambularParagraph(body, revision())
          : index === 0 && base.kind === 'operative'
            ? operativeParagraph(label ? this.deleted(label) : undefined, body, revision())
            : subParagraph(level ?? levelOf(label), this.deleted(label ?? ''), body, revision());
      return [head, ...rest.map((chunk) => this.deletedChunk(chunk))];
    });
  }

  /**
   * The base's nodes a reference names, in document order: the paragraph or sub-paragraph itself,
   * then every sub-paragraph under it (with its level); none when the base's model has no node there.
   */
  private baseNodesOf(ref: ParagraphRef): Array<{ start: number; level?: number }> {
    if (ref.kind === 'preambular') return [{ start: ref.start }];
    for (const paragraph of allOperative(this.base)) {
      if (paragraph.end <= ref.start || paragraph.start > ref.start) continue;
      const items = itemsOf(paragraph);
      if (paragraph.start === ref.start) return [{ start: paragraph.start }, ...items];
      const item = items.find((candidate) => candidate.start === ref.start);
      return item ? items.filter((other) => other.start >= item.start && other.end <= item.end) : [];
    }
    return [];
  }

  /** A deleted paragraph cut into Word paragraphs at its blank lines (a reference the base's model does not hold). */
  private deletedByBlankLines(base: ParagraphRef): Paragraph[] {
    // As the base prints it: its markers are footnote references there, not words.
    const printed =
      this.base.text.slice(base.start, base.end) === base.text ? { ...base, text: this.basePrinted(base) } : base;
    const { label, body } = splitLabel(printed);
    const [first = '', ...rest] = body.split(/\r?\n[ \t\u00a0]*\r?\n/).filter((chunk) => chunk.trim());
    const revision = (): ParagraphRevision => this.deletedRevision();
    const head =
      base.kind === 'preambular'
        ? preambularParagraph(this.deleted(first), revision())
        : base.kind === 'operative'
          ? operativeParagraph(label ? this.deleted(label) : undefined, this.deleted(first), revision())
          : subParagraph(levelOf(label), this.deleted(label ?? ''), this.deleted(first), revision());
    // The lines after the first: a deleted paragraph's own sub-paragraphs (`(a) …`), or text of its own.
    return [head, ...rest.map((chunk) => this.deletedChunk(chunk))];
  }

  private deletedRevision(): ParagraphRevision {
    return { mark: { deletion: this.revision() }, tab: () => this.deletedRun({ children: [new Tab()] }) };
  }

  /** A deleted Word paragraph of the base that is not a paragraph's first: a sub-paragraph (`(a) …`), or text of its own. */
  private deletedChunk(chunk: string): Paragraph {
    // Labelled as the plain export labels a loose paragraph (docx-body.ts): a date's `30 June` is no number.
    const item = LOOSE_LABEL.exec(chunk);
    if (!item) return bodyParagraph(this.deleted(chunk.trim()), this.deletedRevision());
    const itemLabel = item[0];
    if (!itemLabel.startsWith('('))
      return operativeParagraph(
        this.deleted(itemLabel),
        this.deleted(chunk.slice(itemLabel.length).trim()),
        this.deletedRevision(),
      );
    return subParagraph(
      levelOf(itemLabel),
      this.deleted(itemLabel),
      this.deleted(chunk.slice(itemLabel.length).trim()),
      this.deletedRevision(),
    );
  }
}

/**
 * The draft in the UN layout with its changes against the base as Word tracked changes. The base's
 * model says how its paragraphs print (their Word paragraphs, their markers as references), so that
 * rejecting every change gives them back; `comparison` is compareResolutions(base, draft) or one of its shape.
 */
export function toTrackedDocx(
  base: Resolution,
  draft: Resolution,
  comparison: Comparison,
  options: TrackedOptions,
): Promise<Uint8Array> {
  const changes = new TrackedDraft(base, draft, comparison, options);
  const parts = docxParts(draft, changes);
  return Packer.pack(
    resolutionDocument({
      ...parts,
      children: [...parts.children, ...changes.unplaced()],
      footnotes: { ...parts.footnotes, ...changes.baseNotes },
    }),
    'uint8array',
  );
}
