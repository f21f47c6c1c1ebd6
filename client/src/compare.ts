// "unres: Compare with Base Resolution…" (`unres.compareWithBase`, issue 19): the user picks the base
// (another resolution of the workspace, or any file), and the draft's redline opens beside it in a
// webview, asked again of the server (`unres/compare`) after each check of the draft. The base is
// read here through VS Code's file system and sent as text, so the web extension compares too. While
// the view is open the server shows the base's wording in hovers; closing it says so (`unres/compareClosed`).
import {
  commands,
  Uri,
  ViewColumn,
  window,
  workspace,
  type Disposable,
  type ExtensionContext,
  type QuickPickItem,
  type WebviewPanel,
} from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { orderBaseCandidates } from './base-candidates';
import { comparePage } from './compare-page';

const COMPARE_REQUEST = 'unres/compare';
const COMPARE_CLOSED_NOTIFICATION = 'unres/compareClosed';
const VIEW_TYPE = 'unres.compare';
/** The quick pick lists at most this many of the workspace's resolutions. */
const MAX_CANDIDATES = 500;

interface CompareResult {
  html: string;
  summary: string;
  version: number;
}

const fileName = (uri: Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1);

/** The base's text: the open document's (saved or not), else the file's, read through VS Code. */
export async function readBase(uri: Uri): Promise<string> {
  const open = workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) return open.getText();
  return new TextDecoder('utf-8').decode(await workspace.fs.readFile(uri));
}

/** One comparison: the webview of one draft against its base, and the last version shown. */
class ComparePanel {
  private shownVersion = -1;
  private disposed = false;

  constructor(
    readonly draft: Uri,
    readonly base: Uri,
    readonly baseText: string,
    readonly panel: WebviewPanel,
    private readonly client: BaseLanguageClient,
  ) {
    panel.webview.html = comparePage(fileName(base), fileName(draft));
    panel.webview.onDidReceiveMessage((message: { type?: unknown } | undefined) => {
      // A new page (first shown, or brought back after being hidden): fill it.
      if (message?.type === 'ready') void this.refresh(true);
    });
    panel.onDidDispose(() => {
      this.disposed = true;
      void this.client.sendNotification(COMPARE_CLOSED_NOTIFICATION, { draftUri: draft.toString() }).catch(() => {});
    });
    // Now, not only once the page is ready: the server learns the base, and the hover shows its wording.
    void this.refresh(true);
  }

  /** Asks the server for the redline of the draft as it is now, unless a newer one is shown already. */
  async refresh(force = false): Promise<void> {
    if (this.disposed) return;
    let result: CompareResult | null;
    try {
      result = await this.client.sendRequest<CompareResult | null>(COMPARE_REQUEST, {
        draftUri: this.draft.toString(),
        baseText: this.baseText,
        baseUri: this.base.toString(),
      });
    } catch {
      return; // The server is restarting: the next check brings the view up to date.
    }
    if (this.disposed || !result || (!force && result.version <= this.shownVersion)) return;
    this.shownVersion = result.version;
    await this.panel.webview.postMessage({ type: 'update', ...result });
  }
}

/** The comparisons of the window, one per draft, and the command that opens them. */
export class Comparisons implements Disposable {
  private readonly panels = new Map<string, ComparePanel>();
  private readonly subscriptions: Disposable[] = [];

  constructor(private readonly client: BaseLanguageClient) {
    this.subscriptions.push(
      commands.registerCommand('unres.compareWithBase', (draft?: Uri, base?: Uri) => this.compare(draft, base)),
      workspace.onDidCloseTextDocument((document) => this.panels.get(document.uri.toString())?.panel.dispose()),
    );
  }

  /** Called when the server has checked a document (its documentInfo notification): its comparison follows. */
  documentChecked(uri: string): void {
    void this.panels.get(uri)?.refresh();
  }

  /** The base of the draft's open comparison: what "Export Tracked Changes to Word" compares with. */
  baseOf(draft: Uri): { uri: Uri; text: string } | undefined {
    const comparison = this.panels.get(draft.toString());
    return comparison && { uri: comparison.base, text: comparison.baseText };
  }

  /** The draft of the comparison view in front (its title-bar button runs without a text editor). */
  activeDraft(): Uri | undefined {
    return [...this.panels.values()].find((comparison) => comparison.panel.active)?.draft;
  }

  /** `draft` and `base` may be given (by a test, a keybinding); missing ones are asked for. */
  private async compare(draftArgument?: Uri, baseArgument?: Uri): Promise<void> {
    const draft = draftArgument instanceof Uri ? draftArgument : window.activeTextEditor?.document.uri;
    if (!draft) {
      void window.showInformationMessage('Open a resolution (.unres) to compare it with its base.');
      return;
    }
    const base = baseArgument instanceof Uri ? baseArgument : await pickBase(draft, this.client);
    if (!base) return;
    let baseText: string;
    try {
      baseText = await readBase(base);
    } catch (error) {
      void window.showErrorMessage(`unres could not read ${fileName(base)}: ${String(error)}`);
      return;
    }
    // The server compares open documents: a draft passed as an argument may not be open yet.
    if (!workspace.textDocuments.some((document) => document.uri.toString() === draft.toString()))
      await workspace.openTextDocument(draft);
    this.panels.get(draft.toString())?.panel.dispose();
    const panel = window.createWebviewPanel(
      VIEW_TYPE,
      `Compare ${fileName(draft)} with ${fileName(base)}`,
      { viewColumn: ViewColumn.Beside, preserveFocus: true },
      // The page loads nothing: its style and its one script are inline, under a nonce.
      { enableScripts: true, enableFindWidget: true, localResourceRoots: [] },
    );
    const comparison = new ComparePanel(draft, base, baseText, panel, this.client);
    this.panels.set(draft.toString(), comparison);
    panel.onDidDispose(() => {
      if (this.panels.get(draft.toString()) === comparison) this.panels.delete(draft.toString());
    });
  }

  dispose(): void {
    for (const panel of this.panels.values()) panel.panel.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

const BROWSE = 'Browse…';

/** What the server's index knows of a workspace resolution: `A/RES/79/123 — Title`, by file. */
async function indexedNames(client: BaseLanguageClient): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  try {
    const found = await client.sendRequest<Array<{ name: string; location: { uri: string } }> | null>(
      'workspace/symbol',
      { query: '' },
    );
    for (const symbol of found ?? []) names.set(symbol.location.uri, symbol.name);
  } catch {
    // No index yet (the server is starting): the files are listed by name only.
  }
  return names;
}

/**
 * The workspace's other resolutions, then "Browse…" for any file; undefined when the user cancels.
 * Each is named by its symbol and title when the server's index knows them, and those with the
 * draft's own title come first, newest first: last session's resolution on the item is the usual base.
 */
export async function pickBase(draft: Uri, client: BaseLanguageClient): Promise<Uri | undefined> {
  const [found, names] = await Promise.all([
    workspace.findFiles('**/*.unres', '**/node_modules/**', MAX_CANDIDATES),
    indexedNames(client),
  ]);
  const candidates = orderBaseCandidates(
    draft.toString(),
    found.map((uri) => ({ uri: uri.toString(), path: uri.path })),
    names,
  );
  const items: (QuickPickItem & { uri?: Uri })[] = candidates.map((candidate) => {
    const uri = Uri.parse(candidate.uri);
    return {
      label: fileName(uri),
      description: candidate.name ?? workspace.asRelativePath(uri, true),
      detail: candidate.sameItem ? 'Same title as the draft' : undefined,
      uri,
    };
  });
  items.push({ label: BROWSE, description: 'Choose a file' });
  const picked = await window.showQuickPick(items, {
    title: `Compare ${fileName(draft)} with its base resolution`,
    placeHolder: 'The base: the resolution the draft starts from (type a symbol, a title or a file name)',
    matchOnDescription: true,
  });
  if (!picked) return undefined;
  if (picked.uri) return picked.uri;
  const chosen = await window.showOpenDialog({
    title: 'The base resolution',
    canSelectMany: false,
    filters: { 'UN resolutions': ['unres'], 'All files': ['*'] },
  });
  return chosen?.[0];
}

export function registerComparisons(context: ExtensionContext, client: BaseLanguageClient): Comparisons {
  const comparisons = new Comparisons(client);
  context.subscriptions.push(comparisons);
  return comparisons;
}
