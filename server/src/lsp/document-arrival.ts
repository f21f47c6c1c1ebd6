// A command may reach the server before the document it names: the editor runs it right after
// opening a file, while the client is still starting and has not yet sent `didOpen`. Such a request
// waits a moment for the document instead of failing (or, worse, answering "nothing to do").
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver';

/** How long a request waits for its document before it gives up. */
export const DOCUMENT_ARRIVAL_TIMEOUT_MS = 3000;

export function documentWhenOpen(
  documents: TextDocuments<TextDocument>,
  uri: string,
  timeoutMs = DOCUMENT_ARRIVAL_TIMEOUT_MS,
): Promise<TextDocument | undefined> {
  const open = documents.get(uri);
  if (open || typeof uri !== 'string') return Promise.resolve(open);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      listener.dispose();
      resolve(undefined);
    }, timeoutMs);
    const listener = documents.onDidOpen((event) => {
      if (event.document.uri !== uri) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(event.document);
    });
  });
}
