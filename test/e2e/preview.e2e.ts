// In a real VS Code: the preview commands are contributed, open a webview beside the resolution
// (the editor keeps the focus), and a second call reveals the same preview instead of another.
// What the page shows, and that it follows typing and scrolling, the UI checks see (scripts/e2e-ui.mjs).
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activate, open } from './util';

/** The tabs of the window that show an unres preview. */
const previewTabs = (): vscode.Tab[] =>
  vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('unres.preview'));

/** Resolves once `predicate` holds, checking on every tab change; rejects after `timeoutMs`. */
function whenTabs(predicate: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  if (predicate()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const listener = vscode.window.tabGroups.onDidChangeTabs(() => {
      if (!predicate()) return;
      clearTimeout(timer);
      listener.dispose();
      resolve();
    });
  });
}

describe('preview in a real VS Code', () => {
  before(activate);

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('contributes the preview commands', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const command of ['unres.showPreview', 'unres.showPreviewToSide'])
      assert.ok(all.includes(command), `${command} is registered`);
  });

  it('opens the preview beside the resolution, once per document', async () => {
    const editor = await open('clean.unres');
    await vscode.commands.executeCommand('unres.showPreviewToSide');
    await whenTabs(() => previewTabs().length === 1, 'a preview tab');
    const [tab] = previewTabs();
    assert.strictEqual(tab?.label, 'Preview clean.unres');
    assert.notStrictEqual(tab?.group.viewColumn, editor.viewColumn, 'the preview is in another column');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
    await vscode.commands.executeCommand('unres.showPreviewToSide');
    assert.strictEqual(previewTabs().length, 1, 'the same preview is revealed, not a second one');
  });
});
