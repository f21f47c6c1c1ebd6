// Helpers for the in-host suites: locate fixtures, open documents, and wait on VS Code events
// (with a deadline) instead of sleeping.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'unres.unres';
export const SOURCE = 'unres';

/** The fixtures folder: the opened workspace (a throwaway copy) or, without one, the repo's. */
export function workspaceDir(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder && fs.existsSync(path.join(folder.uri.fsPath, 'misnumbered.unres'))) return folder.uri.fsPath;
  // out/test/e2e/ -> test/e2e/workspace
  return path.resolve(__dirname, '../../../test/e2e/workspace');
}

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceDir(), name));
}

/**
 * Activates the extension under test; throws when it is not installed or fails to activate. The
 * first activation is timed (loading the client, starting the server, its `initialize`) and
 * logged for scripts/e2e.mjs, which hands it to the benchmark.
 */
export async function activate(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded in this VS Code`);
  if (extension.isActive) return;
  const started = performance.now();
  await extension.activate();
  console.log(`unres-e2e activation: ${(performance.now() - started).toFixed(1)} ms`);
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await activate();
  return editor;
}

export function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? code.value : code;
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

function describeDiagnostics(uri: vscode.Uri): string {
  const all = vscode.languages.getDiagnostics(uri);
  if (all.length === 0) return 'none';
  return all.map((d) => `${d.source ?? '?'}:${String(codeOf(d))}@${d.range.start.line + 1}: ${d.message}`).join('; ');
}

/**
 * Resolves with the document's diagnostics once `predicate` holds, checking now and on every
 * `onDidChangeDiagnostics` for the URI; rejects after `timeoutMs`.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      subscription.dispose();
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(vscode.languages.getDiagnostics(uri));
    };
    const check = () => {
      if (predicate(vscode.languages.getDiagnostics(uri))) finish();
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === key)) check();
    });
    const timer = setTimeout(
      () =>
        finish(
          new Error(
            `timed out after ${timeoutMs} ms waiting for ${what} on ${path.basename(uri.fsPath)}; diagnostics now: ${describeDiagnostics(uri)}`,
          ),
        ),
      timeoutMs,
    );
    check();
  });
}

/** Resolves true at the next `onDidChangeDiagnostics` for the URI, false after `timeoutMs`. */
export function nextDiagnosticsChange(uri: vscode.Uri, timeoutMs: number): { promise: Promise<boolean> } {
  const key = uri.toString();
  let subscription: vscode.Disposable | undefined;
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<boolean>((resolve) => {
    subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === key)) {
        subscription?.dispose();
        clearTimeout(timer);
        resolve(true);
      }
    });
    timer = setTimeout(() => {
      subscription?.dispose();
      resolve(false);
    }, timeoutMs);
  });
  return { promise };
}

/** Calls `probe` until it returns a value that is not undefined, on a short poll, up to `timeoutMs`. */
export async function eventually<T>(
  probe: () => Thenable<T | undefined> | T | undefined,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export type AnySymbol = vscode.DocumentSymbol | vscode.SymbolInformation;

export function flattenSymbols(symbols: readonly AnySymbol[] | undefined): AnySymbol[] {
  const out: AnySymbol[] = [];
  const walk = (list: readonly AnySymbol[]) => {
    for (const symbol of list) {
      out.push(symbol);
      if ('children' in symbol && symbol.children) walk(symbol.children);
    }
  };
  walk(symbols ?? []);
  return out;
}

/** The tabs of the window that show an unres comparison. */
export const compareTabs = (): vscode.Tab[] =>
  vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('unres.compare'));

/** The text of the hovers at `offset` of a document, joined. */
export async function hoverText(document: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    document.uri,
    document.positionAt(offset),
  );
  return (hovers ?? [])
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}
