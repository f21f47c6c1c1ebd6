// `unres/exportTrackedChanges` (issue 19): the draft as the user sees it (saved or not) as a Word file
// with its changes against a base as real tracked changes — what `unres compare --format docx` writes.
// The client sends the base's text (read through VS Code's file system, as for the comparison view),
// so the server needs no file access; the Word writer is the host's (Node only: a browser worker has
// none, and says that the desktop or the CLI can do it).
import { ResponseError } from 'vscode-languageserver';
import { compareResolutions } from '../core/compare/compare';
import { TRACKED_DOCX_UNAVAILABLE } from '../core/export/formats';
import { parse } from '../core/parser/parse';
import type { LiveDocument, Logger } from './document-checks';
import { EXPORT_UNAVAILABLE, toBase64 } from './export-request';
import { describeError } from './features';
import type { ServerOptions } from './host';

export const EXPORT_TRACKED_REQUEST = 'unres/exportTrackedChanges';

export interface ExportTrackedParams {
  /** The draft: an open document. */
  uri: string;
  /** The base's text, as the comparison view has it. */
  baseText: string;
  /** The name Word shows on each change. */
  author: string;
}

export async function answerExportTracked(
  params: ExportTrackedParams,
  document: (uri: string) => LiveDocument | undefined,
  options: Pick<ServerOptions, 'writeTrackedDocx'>,
  logger: Logger,
): Promise<{ base64: string }> {
  if (typeof params?.uri !== 'string' || typeof params.baseText !== 'string')
    throw new ResponseError(0, 'the request needs the draft (uri) and the base text (baseText)');
  const author = typeof params.author === 'string' && params.author.trim() ? params.author.trim() : 'unres';
  const live = document(params.uri);
  if (!live) throw new ResponseError(0, 'the document is not open');
  if (!options.writeTrackedDocx) throw new ResponseError(EXPORT_UNAVAILABLE, TRACKED_DOCX_UNAVAILABLE);
  try {
    const base = parse(params.baseText);
    const draft = parse(live.getText());
    const comparison = compareResolutions(base, draft);
    return { base64: toBase64(await options.writeTrackedDocx(base, draft, comparison, { author })) };
  } catch (error) {
    logger.error(`unres: export with tracked changes failed on ${params.uri}: ${describeError(error)}`);
    throw new ResponseError(0, `export with tracked changes failed: ${(error as Error).message}`);
  }
}
