// `unres/nextDraft` (issue 19, "New Draft from This Resolution"): the next session's draft made from
// an open adopted text as it is now (saved or not), with the base's date and earlier resolutions'
// titles from the server's catalogue. The client opens the text as a new document; nothing is written here.
import { ResponseError } from 'vscode-languageserver';
import type { Catalog } from '../core/catalog/catalog';
import { catalogLookup, nextDraft, type NextDraft } from '../core/features/next-draft';
import type { LiveDocument, Logger } from './document-checks';
import { describeError } from './features';

export const NEXT_DRAFT_REQUEST = 'unres/nextDraft';

export interface NextDraftParams {
  uri: string;
}

export function answerNextDraft(
  params: NextDraftParams,
  document: (uri: string) => LiveDocument | undefined,
  catalog: Catalog,
  logger: Logger,
): NextDraft {
  const live = typeof params?.uri === 'string' ? document(params.uri) : undefined;
  if (!live) throw new ResponseError(0, 'the document is not open');
  try {
    return nextDraft(live.getText(), { lookup: catalogLookup(catalog) });
  } catch (error) {
    logger.error(`unres: making the next draft of ${params.uri} failed: ${describeError(error)}`);
    throw new ResponseError(0, `making the next draft failed: ${(error as Error).message}`);
  }
}
