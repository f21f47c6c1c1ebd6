// One entry point for every export: text in, the file's content out. Pure except for PDF, which
// needs a rendering engine the host provides (Chromium or LibreOffice on the desktop; none in a
// browser), so that the CLI, the Node server and the web worker issue the same document. The
// Word writer (./docx) is the host's to give too: it is pure, but the docx library it is built on
// is heavy, and the Node hosts load it from a bundle of its own only when it is asked for
// (server/src/node/docx-writer.ts) rather than carry it in every bundle that holds the core.
import type { Resolution } from '../model';
import { parse } from '../parser/parse';
import { toAkomaNtoso } from './akn';
import { finalLayoutOf, type ExportLayout } from './final-layout';
import type { ExportFormat } from './formats';
import { renderHtml } from './html';

export interface ExportHost {
  /**
   * Turns the printed HTML (renderHtml, standalone) into a PDF — or, without a browser, the model
   * through the Word layout (LibreOffice); absent where no engine can run.
   */
  renderPdf?(html: string, model: Resolution): Promise<Uint8Array>;
  /** The Word writer: `toDocx` of ./docx, or a loader of its bundle (server/src/node/docx-writer.ts). */
  writeDocx?(model: Resolution): Promise<Uint8Array>;
}

export class ExportUnavailable extends Error {}

/** The exported file: text for HTML and Akoma Ntoso, bytes for Word and PDF. */
export async function exportResolution(
  text: string,
  format: ExportFormat,
  host: ExportHost = {},
  layout: ExportLayout = 'final',
): Promise<string | Uint8Array> {
  const written = parse(text);
  const final = layout === 'final' ? finalLayoutOf(written) : text;
  // Parsed again only when the final layout changed the text (a negotiated draft).
  const model = final === text ? written : parse(final);
  const negotiation = layout === 'negotiation';
  switch (format) {
    case 'html':
      return renderHtml(model, { standalone: true, negotiation });
    case 'akn':
      return toAkomaNtoso(model);
    case 'docx':
      if (!host.writeDocx) throw new ExportUnavailable('Word export is not available in this host.');
      return host.writeDocx(model);
    case 'pdf':
      if (!host.renderPdf)
        throw new ExportUnavailable('PDF export needs the desktop version (a browser engine prints the document).');
      return host.renderPdf(renderHtml(model, { standalone: true, print: true, negotiation }), model);
  }
}
