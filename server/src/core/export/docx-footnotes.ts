// The resolution's footnotes as Word footnotes. The first marker of a footnote gets the Word
// footnote; a second marker of the same number, or a marker whose footnote is missing, keeps its
// number as a superscript, and a footnote no marker points to is printed at the end of the text
// with its number: nothing written is lost, and no footnote is invented.
import {
  FootnoteReference,
  FootnoteReferenceRun,
  TextRun,
  type IRunOptions,
  type Paragraph,
  type ParagraphChild,
} from 'docx';
import type { Footnote, FootnoteMarker, Resolution } from '../model';
import { detachedFootnoteParagraph, footnoteParagraph, type Runs } from './docx-layout';
import { spanRuns, textRuns, type RunSource } from './docx-runs';

const superscript = (marker: FootnoteMarker): TextRun => new TextRun({ text: marker.text, superScript: true });

/** What FootnoteReferenceRun is, as options: for a tracked run (an insertion, a deletion) that refers to a note. */
export const referenceRunOptions = (id: number): IRunOptions => ({
  style: 'FootnoteReference',
  children: [new FootnoteReference(id)],
});

/** A footnote's paragraph as the export writes it, for a writer that adds notes of another text (a base's deleted ones). */
export const footnoteOf = (model: Resolution, footnote: Footnote): Paragraph =>
  footnoteParagraph(spanRuns({ model, markerRun: superscript }, footnote.body.start, footnote.body.end));

export class WordFootnotes {
  /** Word's footnotes by id, for the document's `footnotes`. */
  readonly notes: Record<number, { children: Paragraph[] }> = {};
  /** Word's id for each footnote number already referenced, in the order referenced. */
  private readonly referenced = new Map<number, number>();
  private readonly byNumber = new Map<number, Footnote>();
  /** A footnote's own text is read with any markers in it as superscripts: Word has no notes inside notes. */
  private readonly noteSource: RunSource;

  constructor(
    private readonly model: Resolution,
    /** With tracked changes: a kept reference's note with its changes against the base's note. */
    private readonly trackedNote?: (marker: FootnoteMarker) => Paragraph | undefined,
    /** With tracked changes: the ids, shared with the deleted references between the draft's. */
    private readonly nextId: () => number = () => this.referenced.size + 1,
  ) {
    for (const footnote of model.footnotes)
      if (!this.byNumber.has(footnote.number.value)) this.byNumber.set(footnote.number.value, footnote);
    this.noteSource = { model, markerRun: superscript };
  }

  /**
   * The run a marker of the text becomes (a RunSource's `markerRun`); `make`, when given, makes it
   * (a tracked insertion: the reference inserted with the words around it).
   */
  readonly markerRun = (marker: FootnoteMarker, make?: (options: IRunOptions) => ParagraphChild): ParagraphChild => {
    const footnote = this.byNumber.get(marker.value);
    if (!footnote || this.referenced.has(marker.value))
      return make ? make({ text: marker.text, superScript: true }) : superscript(marker);
    const id = this.nextId();
    this.referenced.set(marker.value, id);
    this.notes[id] = { children: [this.trackedNote?.(marker) ?? footnoteOf(this.model, footnote)] };
    return make ? make(referenceRunOptions(id)) : new FootnoteReferenceRun(id);
  };

  /** The number of the first footnote referenced, so that Word counts from the text's own first number. */
  firstNumber(): number {
    const first = this.referenced.keys().next();
    return first.done ? 1 : first.value;
  }

  /** Footnotes no marker pointed to (or a second footnote of one number), kept at the end of the text. */
  unreferenced(): Paragraph[] {
    return this.model.footnotes
      .filter(
        (footnote) =>
          this.byNumber.get(footnote.number.value) !== footnote || !this.referenced.has(footnote.number.value),
      )
      .map((footnote) => detachedFootnoteParagraph(textRuns(footnote.number.text), this.bodyRuns(footnote)));
  }

  private bodyRuns(footnote: Footnote): Runs {
    return spanRuns(this.noteSource, footnote.body.start, footnote.body.end);
  }
}
