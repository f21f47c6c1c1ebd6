// The resolution's footnotes as Word footnotes. The first marker of a footnote gets the Word
// footnote; a second marker of the same number, or a marker whose footnote is missing, keeps its
// number as a superscript, and a footnote no marker points to is printed at the end of the text
// with its number: nothing written is lost, and no footnote is invented.
import { FootnoteReferenceRun, TextRun, type Paragraph, type ParagraphChild } from 'docx';
import type { Footnote, FootnoteMarker, Resolution } from '../model';
import { detachedFootnoteParagraph, footnoteParagraph, type Runs } from './docx-layout';
import { spanRuns, textRuns, type RunSource } from './docx-runs';

const superscript = (marker: FootnoteMarker): TextRun => new TextRun({ text: marker.text, superScript: true });

export class WordFootnotes {
  /** Word's footnotes by id, for the document's `footnotes`. */
  readonly notes: Record<number, { children: Paragraph[] }> = {};
  /** Word's id for each footnote number already referenced, in the order referenced. */
  private readonly referenced = new Map<number, number>();
  private readonly byNumber = new Map<number, Footnote>();
  /** A footnote's own text is read with any markers in it as superscripts: Word has no notes inside notes. */
  private readonly noteSource: RunSource;

  constructor(private readonly model: Resolution) {
    for (const footnote of model.footnotes)
      if (!this.byNumber.has(footnote.number.value)) this.byNumber.set(footnote.number.value, footnote);
    this.noteSource = { model, markerRun: superscript };
  }

  /** The run a marker of the text becomes (a RunSource's `markerRun`). */
  readonly markerRun = (marker: FootnoteMarker): ParagraphChild => {
    const footnote = this.byNumber.get(marker.value);
    if (!footnote || this.referenced.has(marker.value)) return superscript(marker);
    const id = this.referenced.size + 1;
    this.referenced.set(marker.value, id);
    this.notes[id] = { children: [footnoteParagraph(this.bodyRuns(footnote))] };
    return new FootnoteReferenceRun(id);
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
