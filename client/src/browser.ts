// The web client (vscode.dev, github.dev, any VS Code for the Web): the same language server,
// bundled for the browser (dist/web/server.js, from server/src/browser/main.ts), in a web worker.
// It reads no files on disk, looks nothing up online and keeps no cache: see the server's entry.
import { Uri, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { attachToWindow, CLIENT_ID, CLIENT_NAME, clientOptions } from './common';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const serverMain = Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  const worker = new Worker(serverMain.toString(true), { name: 'unres language server' });
  client = new LanguageClient(CLIENT_ID, CLIENT_NAME, clientOptions({ trusted: workspace.isTrusted }), worker);
  attachToWindow(context, client);
  // No restart when trust is granted, unlike the desktop client: trust would allow only what this
  // server cannot do anyway (read catalogue files, look facts up online).
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
