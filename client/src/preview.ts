// The live preview (`unres.showPreview`, `unres.showPreviewToSide`), as the Markdown preview: the
// resolution as printed, in a webview beside or instead of the editor. The HTML comes from the
// language server (`unres/preview`), asked again after each check; the scroll follows the editor
// and the editor follows the preview's scroll. No language logic here.
import {
  commands,
  Disposable,
  Range,
  TextEditorRevealType,
  Uri,
  ViewColumn,
  window,
  workspace,
  type ExtensionContext,
  type TextEditor,
  type WebviewPanel,
} from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { previewPage, type PreviewTheme } from './preview-page';

/** Answered by the server (server/src/lsp/preview.ts). */
export const PREVIEW_REQUEST = 'unres/preview';
const VIEW_TYPE = 'unres.preview';
/** A scroll caused by the other side within this long is not sent back to it. */
const ECHO_MS = 300;

interface PreviewResult {
  html: string;
  version: number;
}

const themeSetting = (): PreviewTheme =>
  workspace.getConfiguration('unres').get<string>('preview.theme') === 'print' ? 'print' : 'editor';

const fileName = (uri: Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1);

/** One preview: the webview of one document, its last version shown, and the scroll in both directions. */
class PreviewPanel {
  private shownVersion = -1;
  private editorQuietUntil = 0;
  private previewQuietUntil = 0;

  constructor(
    readonly uri: Uri,
    readonly panel: WebviewPanel,
    private readonly client: BaseLanguageClient,
  ) {
    panel.webview.html = previewPage(themeSetting());
    panel.webview.onDidReceiveMessage((message: unknown) => this.received(message));
  }

  private editor(): TextEditor | undefined {
    return window.visibleTextEditors.find((editor) => editor.document.uri.toString() === this.uri.toString());
  }

  /** Asks the server for the document as printed and shows it, unless a newer version is shown already. */
  async refresh(force = false): Promise<void> {
    let result: PreviewResult | null;
    try {
      result = await this.client.sendRequest<PreviewResult | null>(PREVIEW_REQUEST, { uri: this.uri.toString() });
    } catch {
      return; // The server is restarting: the next check brings the preview up to date.
    }
    if (!result || (!force && result.version <= this.shownVersion)) return;
    this.shownVersion = result.version;
    await this.panel.webview.postMessage({ type: 'update', html: result.html, version: result.version });
  }

  /** The editor scrolled: bring the same line to the top of the preview. */
  editorScrolled(line: number): void {
    if (Date.now() < this.editorQuietUntil) return;
    this.previewQuietUntil = Date.now() + ECHO_MS;
    void this.panel.webview.postMessage({ type: 'scroll', line });
  }

  restyle(): void {
    this.shownVersion = -1;
    this.panel.webview.html = previewPage(themeSetting());
  }

  private received(message: unknown): void {
    const { type, line } = (message ?? {}) as { type?: unknown; line?: unknown };
    if (type === 'ready') {
      // A new page (first shown, theme changed, or brought back after being hidden): fill it.
      this.shownVersion = -1;
      void this.refresh(true).then(() => {
        const editor = this.editor();
        if (editor?.visibleRanges[0]) this.editorScrolled(editor.visibleRanges[0].start.line);
      });
    } else if (type === 'reveal' && typeof line === 'number' && Number.isInteger(line) && line >= 0) {
      if (Date.now() < this.previewQuietUntil) return;
      const editor = this.editor();
      if (!editor || line >= editor.document.lineCount) return;
      this.editorQuietUntil = Date.now() + ECHO_MS;
      editor.revealRange(new Range(line, 0, line, 0), TextEditorRevealType.AtTop);
    }
  }
}

/** The previews of the window, one per document, and the commands that open them. */
export class Previews implements Disposable {
  private readonly panels = new Map<string, PreviewPanel>();
  private readonly subscriptions: Disposable[] = [];

  constructor(private readonly client: BaseLanguageClient) {
    this.subscriptions.push(
      commands.registerCommand('unres.showPreview', (uri?: Uri) => this.show(uri, false)),
      commands.registerCommand('unres.showPreviewToSide', (uri?: Uri) => this.show(uri, true)),
      window.onDidChangeTextEditorVisibleRanges((event) => {
        const panel = this.panels.get(event.textEditor.document.uri.toString());
        const first = event.visibleRanges[0];
        if (panel && first) panel.editorScrolled(first.start.line);
      }),
      workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('unres.preview.theme'))
          for (const panel of this.panels.values()) panel.restyle();
      }),
      workspace.onDidCloseTextDocument((document) => this.panels.get(document.uri.toString())?.panel.dispose()),
    );
  }

  /** Called when the server has checked a document (its documentInfo notification): its preview follows. */
  documentChecked(uri: string): void {
    void this.panels.get(uri)?.refresh();
  }

  private async show(uri: Uri | undefined, toSide: boolean): Promise<void> {
    const target = uri ?? window.activeTextEditor?.document.uri;
    if (!target) {
      void window.showInformationMessage('Open a resolution (.unres) to preview it.');
      return;
    }
    // An explorer click passes a file that may not be open yet: the server previews open documents.
    if (!workspace.textDocuments.some((document) => document.uri.toString() === target.toString()))
      await workspace.openTextDocument(target);
    const column = toSide ? ViewColumn.Beside : ViewColumn.Active;
    const existing = this.panels.get(target.toString());
    if (existing) {
      existing.panel.reveal(column, toSide);
      return;
    }
    const panel = window.createWebviewPanel(
      VIEW_TYPE,
      `Preview ${fileName(target)}`,
      { viewColumn: column, preserveFocus: toSide },
      // The page loads nothing: its style and its one script are inline, under a nonce.
      { enableScripts: true, enableFindWidget: true, localResourceRoots: [] },
    );
    const preview = new PreviewPanel(target, panel, this.client);
    this.panels.set(target.toString(), preview);
    panel.onDidDispose(() => this.panels.delete(target.toString()));
  }

  dispose(): void {
    for (const panel of this.panels.values()) panel.panel.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

export function registerPreviews(context: ExtensionContext, client: BaseLanguageClient): Previews {
  const previews = new Previews(client);
  context.subscriptions.push(previews);
  return previews;
}
