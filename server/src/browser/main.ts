// Browser entry point of the language server (vscode.dev, github.dev): the same server as
// server/src/node/main.ts, in a web worker, talking LSP over postMessage. It has no disk and no
// cache folder, so it runs without ProjectFiles and without the online look-up, and says so once.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import type { Scheduler } from '../lsp/document-checks';
import { startServer } from '../lsp/server';

/** Logged once when the worker starts (the client's output channel), so nobody wonders why. */
export const BROWSER_LIMITS =
  'unres: running in the browser. Checks, fixes, hover, completion and the other features work on open documents; ' +
  'without files on disk, .unres.json project settings are not read (rule severities come from the unres.* settings), ' +
  'unres.catalog.files are not read, the workspace index holds only the documents opened in this session, ' +
  'and the online look-up in the UN Digital Library (with its on-disk cache) is off; the bundled catalogue answers.';

/**
 * The checks yield between rules so that newer edits get their turn; a worker has no setImmediate,
 * and a message to oneself runs next, without the 4 ms clamp that nested setTimeout calls get.
 */
function workerScheduler(): Scheduler {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as number | undefined),
    yield: () =>
      new Promise<void>((resolve) => {
        queue.push(resolve);
        channel.port2.postMessage(undefined);
      }),
  };
}

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));

// The rule pages ship in the extension at docs/rules/, two folders above this bundle (dist/web/).
// VS Code for the Web may load the worker from a blob: URL, where there is no such folder.
const docsBase = /^https?:$/.test(self.location.protocol)
  ? new URL('../../docs/rules/', self.location.href).href
  : undefined;

startServer(connection, { docsBase, scheduler: workerScheduler() });
connection.console.info(BROWSER_LIMITS);
