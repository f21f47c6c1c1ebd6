// In a real VS Code: a resolution pasted into a new untitled tab (Plain Text) becomes a UN
// resolution document once its first line is in; other text stays Plain Text; a tab the user sets
// back to Plain Text is not changed again.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activate, eventually } from './util';

const RESOLUTION =
  'The General Assembly,\n\nRecalling its resolution 55/25 of 15 November 2000,\n\n1.\tDecides to act;\n';

/** A new untitled tab, as File > New Text File makes it: empty, Plain Text. */
async function newUntitled(language = 'plaintext'): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language, content: '' });
  return vscode.window.showTextDocument(document, { preview: false });
}

async function paste(editor: vscode.TextEditor, text: string): Promise<void> {
  const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
  assert.ok(await editor.edit((edit) => edit.insert(end, text)), 'the text is inserted');
}

/** The open document of that URI, whatever its language now (a language change opens it anew). */
const current = (uri: vscode.Uri): vscode.TextDocument | undefined =>
  vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());

/** Resolves true if the document's language becomes `language` within `timeoutMs`, else false. */
function becomes(uri: vscode.Uri, language: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    if (current(uri)?.languageId === language) return resolve(true);
    const timer = setTimeout(() => {
      subscription.dispose();
      resolve(false);
    }, timeoutMs);
    const subscription = vscode.workspace.onDidOpenTextDocument((document) => {
      if (document.uri.toString() !== uri.toString() || document.languageId !== language) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(true);
    });
  });
}

/** How long a language change that should not happen is waited for (the change takes milliseconds). */
const NO_CHANGE_MS = 2_000;

describe('untitled tabs in a real VS Code', () => {
  before(activate);

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('opens a resolution pasted into a new Plain Text tab as a UN resolution, once', async () => {
    const editor = await newUntitled();
    const uri = editor.document.uri;
    assert.strictEqual(editor.document.languageId, 'plaintext');
    await paste(editor, RESOLUTION);
    const document = await eventually(
      () => (current(uri)?.languageId === 'unres' ? current(uri) : undefined),
      'the untitled document to become a UN resolution',
      10_000,
    );
    assert.strictEqual(document.getText(), RESOLUTION, 'the text is kept');
    // The user sets it back: it stays Plain Text through further edits.
    await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    const again = vscode.window.activeTextEditor;
    assert.ok(again && again.document.uri.toString() === uri.toString(), 'the tab is still active');
    await paste(again, '\n2.\tRequests a report.\n');
    assert.strictEqual(await becomes(uri, 'unres', NO_CHANGE_MS), false, 'the user’s choice is kept');
  });

  it('leaves other text, and a tab in another language, as they are', async () => {
    const note = await newUntitled();
    await paste(note, 'Shopping list\nThe General Assembly,\n');
    assert.strictEqual(await becomes(note.document.uri, 'unres', NO_CHANGE_MS), false, 'a note stays Plain Text');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    const markdown = await newUntitled('markdown');
    await paste(markdown, RESOLUTION);
    assert.strictEqual(await becomes(markdown.document.uri, 'unres', NO_CHANGE_MS), false, 'Markdown stays Markdown');
  });
});
