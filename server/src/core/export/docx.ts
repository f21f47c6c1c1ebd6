// The resolution as a Word document in the UN's layout: the masthead (docx-masthead.ts), the body
// (docx-body.ts) and the footnotes (docx-footnotes.ts), laid out by docx-layout.ts.
import { Packer } from 'docx';
import { resolutionSymbol } from '../features/info';
import type { Resolution } from '../model';
import { bodyParagraphs } from './docx-body';
import { WordFootnotes } from './docx-footnotes';
import { mastheadParagraphs, resolutionDocument, type Paper, type ResolutionDocument } from './docx-layout';
import { mastheadRuns } from './docx-masthead';
import type { RunSource, TrackedChanges } from './docx-runs';

/** New York issues the General Assembly's, the Security Council's and ECOSOC's texts on Letter, Geneva the Human Rights Council's on A4. */
const PAPER: Record<Resolution['organ'], Paper> = {
  GA: 'letter',
  SC: 'letter',
  ECOSOC: 'letter',
  HRC: 'a4',
  other: 'letter',
};

/** The Word document's parts, for a writer that adds to them before packing; `changes` tracks changes in them. */
export function docxParts(model: Resolution, changes?: TrackedChanges): ResolutionDocument {
  const footnotes = new WordFootnotes(
    model,
    changes && ((marker) => changes.trackedNote(marker)),
    changes && (() => changes.footnoteId()),
  );
  const source: RunSource = { model, markerRun: footnotes.markerRun, changes };
  const symbol = resolutionSymbol(model);
  const paper = PAPER[model.organ];
  const masthead = mastheadRuns(source, symbol);
  // The body first: its markers are what give the footnotes their Word ids, in order.
  const body = bodyParagraphs(source);
  return {
    children: [...(masthead ? mastheadParagraphs(masthead, paper) : []), ...body, ...footnotes.unreferenced()],
    footnotes: footnotes.notes,
    firstFootnote: footnotes.firstNumber(),
    symbol,
    title: model.title?.title?.text.replace(/\s+/g, ' ').trim(),
    paper,
  };
}

export function toDocx(model: Resolution): Promise<Uint8Array> {
  return Packer.pack(resolutionDocument(docxParts(model)), 'uint8array');
}
