// What the desktop client (extension.ts) and the web client (browser.ts) share: the documents the
// server checks, the error handler, and the status bar fed by the server's document summaries.
// Imported values come from 'vscode-languageclient', which resolves to its Node or its browser build
// according to the bundle (the package's "browser" field).
import { StatusBarAlignment, window, workspace, type ExtensionContext, type StatusBarItem } from 'vscode';
import {
  CloseAction,
  ErrorAction,
  type BaseLanguageClient,
  type ErrorHandler,
  type LanguageClientOptions,
} from 'vscode-languageclient';

/** Sent by the server after each check (see server/src/lsp/server.ts). */
export const DOCUMENT_INFO_NOTIFICATION = 'unres/documentInfo';

export const CLIENT_ID = 'unres';
export const CLIENT_NAME = 'UN Resolutions (unres)';

/** Restarts a server that died, telling the user once; gives up after five deaths in three minutes. */
export function restartingErrorHandler(): ErrorHandler {
  const deaths: number[] = [];
  let told = false;
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const now = Date.now();
      deaths.push(now);
      for (let oldest = deaths[0]; oldest !== undefined && now - oldest > 3 * 60 * 1000; oldest = deaths[0])
        deaths.shift();
      if (deaths.length > 5) {
        return {
          action: CloseAction.DoNotRestart,
          message:
            'The unres language server stopped five times in three minutes and will not be restarted. Reload the window to try again.',
        };
      }
      if (!told) {
        told = true;
        void window.showWarningMessage('The unres language server stopped unexpectedly and was restarted.');
      }
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

/** The client options both hosts use; `initializationOptions` is the host's (trust, cache folder). */
export function clientOptions(initializationOptions: Record<string, unknown>): LanguageClientOptions {
  return {
    documentSelector: [{ language: 'unres' }],
    initializationOptions,
    errorHandler: restartingErrorHandler(),
    synchronize: {
      configurationSection: 'unres',
      // The project's .unres.json and the workspace's resolutions: the server re-reads them when they change.
      fileEvents: [
        workspace.createFileSystemWatcher('**/.unres.json'),
        workspace.createFileSystemWatcher('**/*.unres'),
      ],
    },
  };
}

/** Shows the server's one-line summary of the active resolution in the status bar. */
export function attachToWindow(context: ExtensionContext, client: BaseLanguageClient): void {
  const status: StatusBarItem = window.createStatusBarItem(StatusBarAlignment.Right, 100);
  status.name = 'UN resolution';
  status.tooltip = 'UN resolution: organ · symbol · preambular (PP) and operative (OP) paragraphs';
  context.subscriptions.push(status);
  const summaries = new Map<string, string>();
  const refresh = (): void => {
    const editor = window.activeTextEditor;
    const summary =
      editor && editor.document.languageId === 'unres' ? summaries.get(editor.document.uri.toString()) : undefined;
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
}
