// `unres/export`: the client asks for a document in an export format and writes the file itself
// (a save dialog, VS Code's file system — which also works on vscode.dev). The server holds the
// document's current text, so an export is always of what the user sees, saved or not.
import { ResponseError } from 'vscode-languageserver';
import { exportResolution, ExportUnavailable } from '../core/export/export';
import { FORMAT_LABEL, isExportFormat } from '../core/export/formats';
import type { ServerOptions } from './host';
import type { LiveDocument, Logger } from './document-checks';
import { describeError } from './features';

export const EXPORT_REQUEST = 'unres/export';

export interface ExportParams {
  uri: string;
  format: string;
  /** `final` (the default: inserted paragraphs numbered in sequence, no written PP labels) or `negotiation` (as written). */
  layout?: string;
}

/** Text formats travel as text; Word and PDF as base64 (LSP messages are JSON). */
export type ExportAnswer = { text: string } | { base64: string };

/** Error code of an export that this host cannot make (PDF without an engine, in a browser). */
export const EXPORT_UNAVAILABLE = 1;

export async function answerExport(
  params: ExportParams,
  document: (uri: string) => LiveDocument | undefined,
  options: Pick<ServerOptions, 'renderPdf' | 'writeDocx'>,
  logger: Logger,
): Promise<ExportAnswer> {
  if (!isExportFormat(params.format)) throw new ResponseError(0, `unknown export format "${params.format}"`);
  const live = document(params.uri);
  if (!live) throw new ResponseError(0, 'the document is not open');
  try {
    const layout = params.layout === 'negotiation' ? 'negotiation' : 'final';
    const host = { renderPdf: options.renderPdf, writeDocx: options.writeDocx };
    const data = await exportResolution(live.getText(), params.format, host, layout);
    return typeof data === 'string' ? { text: data } : { base64: toBase64(data) };
  } catch (error) {
    if (error instanceof ExportUnavailable) throw new ResponseError(EXPORT_UNAVAILABLE, error.message);
    logger.error(`unres: export to ${FORMAT_LABEL[params.format]} failed on ${params.uri}: ${describeError(error)}`);
    throw new ResponseError(0, `export to ${FORMAT_LABEL[params.format]} failed: ${(error as Error).message}`);
  }
}

/** Base64 without Node's Buffer, so the browser worker answers the same way. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let start = 0; start < bytes.length; start += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  return btoa(binary);
}
