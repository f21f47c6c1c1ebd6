// What the desktop client (extension.ts) and the web client (browser.ts) share: the documents the
// server checks, the error handler, the status bar fed by the server's document summaries, the live
// preview (preview.ts) and the comparison with a base (compare.ts), which follow the same summaries, starting the server once a resolution is
// open, and recognizing a resolution pasted into an untitled tab.
// Imported values come from 'vscode-languageclient', which resolves to its Node or its browser build
// according to the bundle (the package's "browser" field).
import {
  languages,
  StatusBarAlignment,
  window,
  workspace,
  type ExtensionContext,
  type StatusBarItem,
  type TextDocument,
} from 'vscode';
import {
  CloseAction,
  ErrorAction,
  type BaseLanguageClient,
  type ErrorHandler,
  type LanguageClientOptions,
} from 'vscode-languageclient';
import { registerComparisons, type Comparisons } from './compare';
import { registerPreviews } from './preview';

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
    documentSelector: [{ language: LANGUAGE_ID }],
    // `vscodeCommands`: completion items may ask VS Code to suggest again (`1.` then its verbs).
    initializationOptions: { ...initializationOptions, vscodeCommands: true },
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

/** Shows the server's one-line summary of the active resolution in the status bar, the previews and the comparisons. */
export function attachToWindow(context: ExtensionContext, client: BaseLanguageClient): Comparisons {
  const previews = registerPreviews(context, client);
  const comparisons = registerComparisons(context, client);
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
  // One handler for the notification (a second would replace the first): the status bar, then the
  // document's preview and comparison, which ask for the text as printed and the redline now that it is checked.
  client.onNotification(DOCUMENT_INFO_NOTIFICATION, (info: { uri: string; summary: string }) => {
    summaries.set(info.uri, info.summary);
    refresh();
    previews.documentChecked(info.uri);
    comparisons.documentChecked(info.uri);
  });
  return comparisons;
}

export const LANGUAGE_ID = 'unres';

const isResolution = (document: TextDocument): boolean => document.languageId === LANGUAGE_ID;

/**
 * Starts the client: now when a resolution is open (activation then waits for the server, as
 * before), else when the first one opens. The extension also activates on plain text, to recognize
 * a pasted resolution; it starts no language server for plain text alone.
 */
export async function startWhenAResolutionIsOpen(context: ExtensionContext, client: BaseLanguageClient): Promise<void> {
  if (workspace.textDocuments.some(isResolution)) return client.start();
  const subscription = workspace.onDidOpenTextDocument((document) => {
    if (!isResolution(document)) return;
    subscription.dispose();
    client.start().catch((error: unknown) => {
      void window.showErrorMessage(`The unres language server did not start: ${String(error)}`);
    });
  });
  context.subscriptions.push(subscription);
}

/**
 * Text pasted (or typed) into an untitled tab that starts `The General Assembly,` becomes a
 * resolution: VS Code picks a language by the first line only when a document is created, and a new
 * tab is created empty, so it stays Plain Text. Once the first line with text in an untitled Plain
 * Text document is complete (a line break follows it), it is tested once against the language's
 * `firstLine` pattern (package.json, the pattern VS Code uses for files); a match sets the language.
 * Each document is decided once: a tab the user sets back to Plain Text, or one created in another
 * language, is never changed.
 */
export function recognizeUntitledResolutions(context: ExtensionContext): void {
  const pattern = firstLinePattern(context);
  if (!pattern) return;
  const decided = new Set<string>();
  const consider = (document: TextDocument): void => {
    if (document.uri.scheme !== 'untitled') return;
    const key = document.uri.toString();
    if (decided.has(key)) return;
    if (document.languageId !== 'plaintext') {
      decided.add(key);
      return;
    }
    const line = firstCompleteLine(document);
    if (line === undefined) return;
    decided.add(key);
    if (!pattern.test(line)) return;
    languages.setTextDocumentLanguage(document, LANGUAGE_ID).then(undefined, (error: unknown) => {
      void window.showErrorMessage(`unres could not open the untitled text as a UN resolution: ${String(error)}`);
    });
  };
  context.subscriptions.push(
    workspace.onDidChangeTextDocument((event) => consider(event.document)),
    workspace.onDidOpenTextDocument((document) => {
      // A language change closes and opens the document again under the same name; a new empty tab
      // may take the name of one closed before, and is a new document.
      if (document.uri.scheme === 'untitled' && document.getText().length === 0)
        decided.delete(document.uri.toString());
      consider(document);
    }),
  );
  workspace.textDocuments.forEach(consider);
}

/** The first line that holds text, once a line break ends it (the rest may still be arriving). */
function firstCompleteLine(document: TextDocument): string | undefined {
  // Lines, not getText(): a long first line being typed is not copied on every keystroke.
  for (let line = 0; line < document.lineCount - 1; line++) {
    const text = document.lineAt(line).text;
    if (text.trim().length > 0) return text;
  }
  return undefined;
}

/** The `firstLine` pattern the extension contributes for its language (package.json). */
function firstLinePattern(context: ExtensionContext): RegExp | undefined {
  const contributed = (context.extension.packageJSON as { contributes?: { languages?: unknown } }).contributes
    ?.languages;
  const language = Array.isArray(contributed)
    ? (contributed as { id?: unknown; firstLine?: unknown }[]).find((entry) => entry.id === LANGUAGE_ID)
    : undefined;
  if (typeof language?.firstLine !== 'string') return undefined;
  try {
    return new RegExp(language.firstLine);
  } catch {
    return undefined;
  }
}
