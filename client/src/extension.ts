// The VS Code client: starts the language server, forwards settings and file changes, and shows
// the server's one-line summary of the active resolution in the status bar. No language logic.
import * as path from 'node:path';
import { StatusBarAlignment, window, workspace, type ExtensionContext, type StatusBarItem } from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
// Node options of the server process, shared with the benchmark (scripts/bench/run.mjs): a young
// generation of 4 MB instead of V8's 16 MB keeps the resident memory of a large open document about
// 20 MB lower, at no measured cost in checking or typing latency.
import SERVER_EXEC_ARGV from '../../server/exec-argv.json';

/** Sent by the server after each check (see server/src/lsp/server.ts). */
const DOCUMENT_INFO_NOTIFICATION = 'unres/documentInfo';

let client: LanguageClient | undefined;

/** Restarts a server that died, telling the user once; gives up after five deaths in three minutes. */
function restartingErrorHandler(): ErrorHandler {
  const deaths: number[] = [];
  let told = false;
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const now = Date.now();
      deaths.push(now);
      while (deaths.length > 0 && now - deaths[0] > 3 * 60 * 1000) deaths.shift();
      if (deaths.length > 5) {
        return { action: CloseAction.DoNotRestart, message: 'The unres language server stopped five times in three minutes and will not be restarted. Reload the window to try again.' };
      }
      if (!told) {
        told = true;
        void window.showWarningMessage('The unres language server stopped unexpectedly and was restarted.');
      }
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'unres' }],
    // In an untrusted workspace the server still checks text, but reads no catalogue files named
    // by the workspace and makes no network requests.
    initializationOptions: { trusted: workspace.isTrusted, cacheDir: context.globalStorageUri.fsPath },
    errorHandler: restartingErrorHandler(),
    synchronize: {
      configurationSection: 'unres',
      // The project's .unres.json and the workspace's resolutions: the server re-reads them when they change.
      fileEvents: [workspace.createFileSystemWatcher('**/.unres.json'), workspace.createFileSystemWatcher('**/*.unres')],
    },
  };
  client = new LanguageClient('unres', 'UN Resolutions (unres)', serverOptions, clientOptions);

  const status: StatusBarItem = window.createStatusBarItem(StatusBarAlignment.Right, 100);
  status.name = 'UN resolution';
  status.tooltip = 'UN resolution: organ · symbol · preambular (PP) and operative (OP) paragraphs';
  context.subscriptions.push(status);
  const summaries = new Map<string, string>();
  const refresh = (): void => {
    const editor = window.activeTextEditor;
    const summary = editor && editor.document.languageId === 'unres' ? summaries.get(editor.document.uri.toString()) : undefined;
    if (summary) {
      status.text = summary;
      status.show();
    } else status.hide();
  };
  context.subscriptions.push(window.onDidChangeActiveTextEditor(refresh));
  context.subscriptions.push(workspace.onDidCloseTextDocument((document) => summaries.delete(document.uri.toString())));
  client.onNotification(DOCUMENT_INFO_NOTIFICATION, (info: { uri: string; summary: string }) => {
    summaries.set(info.uri, info.summary);
    refresh();
  });

  // Trust granted: start again so that the server may read catalogue files and look facts up.
  context.subscriptions.push(workspace.onDidGrantWorkspaceTrust(() => void client?.restart()));

  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
