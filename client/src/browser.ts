// The web client (vscode.dev, github.dev, any VS Code for the Web): the same language server,
// bundled for the browser (dist/web/server.js, from server/src/browser/main.ts), in a web worker.
// It reads no files on disk, looks nothing up online and keeps no cache: see the server's entry.
import { Uri, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import {
  attachToWindow,
  CLIENT_ID,
  CLIENT_NAME,
  clientOptions,
  recognizeUntitledResolutions,
  startWhenAResolutionIsOpen,
} from './common';
import { registerCommands } from './commands';
import { registerExportCommands } from './export-commands';
import { registerTrackedExport } from './tracked-export';
import { registerNextDraft } from './next-draft';

const WORKER_NAME = 'unres language server';

let client: LanguageClient | undefined;

/** The server's worker, from the bundle's URL, or from its text where the URL cannot start one. */
async function startWorker(serverMain: Uri): Promise<Worker> {
  try {
    return new Worker(serverMain.toString(true), { name: WORKER_NAME });
  } catch {
    // VS Code for the Web with a remote server (code-server, a codespace) refuses a worker from an
    // extension installed there ("Creating workers from remote extensions is currently not
    // supported"); its files can still be read, and a worker started from their text.
    const source = await workspace.fs.readFile(serverMain);
    return new Worker(URL.createObjectURL(new Blob([new TextDecoder().decode(source)], { type: 'text/javascript' })), {
      name: WORKER_NAME,
    });
  }
}

export async function activate(context: ExtensionContext): Promise<void> {
  const worker = await startWorker(Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js'));
  client = new LanguageClient(CLIENT_ID, CLIENT_NAME, clientOptions({ trusted: workspace.isTrusted }), worker);
  const comparisons = attachToWindow(context, client);
  registerExportCommands(context, client);
  registerTrackedExport(context, client, comparisons, false);
  registerCommands(context, client);
  registerNextDraft(context, client);
  // No restart when trust is granted, unlike the desktop client: trust would allow only what this
  // server cannot do anyway (read catalogue files, look facts up online).
  recognizeUntitledResolutions(context);
  await startWhenAResolutionIsOpen(context, client);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
