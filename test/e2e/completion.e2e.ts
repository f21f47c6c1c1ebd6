// In a real VS Code, whose completion list merges every provider (contributed snippets included):
// an empty draft is offered the organ line first and nothing else of the kind `The` once matched
// (`determining-threat`); the preamble lists each opener once; Enter typed before a paragraph's
// semicolon, where a snippet leaves the cursor after Escape, starts the next paragraph.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activate, eventually } from './util';

const labelOf = (item: vscode.CompletionItem): string =>
  typeof item.label === 'string' ? item.label : item.label.label;

/** The items as the suggest widget orders them before anything is typed (by sortText, then label). */
async function completions(document: vscode.TextDocument, at: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await eventually(async () => {
    const result = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      at,
    );
    return result && result.items.length > 0 ? result : undefined;
  }, 'completion items');
  const key = (item: vscode.CompletionItem): string => item.sortText ?? labelOf(item);
  return [...list.items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

async function untitled(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'unres', content });
  return vscode.window.showTextDocument(document, { preview: false });
}

describe('completion in a real VS Code', () => {
  before(activate);

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('offers the organ line first on an empty draft, and no snippet of another place', async () => {
    const editor = await untitled('');
    const items = await completions(editor.document, new vscode.Position(0, 0));
    const labels = items.map(labelOf);
    assert.strictEqual(labels[0], 'The General Assembly,', labels.slice(0, 8).join(' | '));
    assert.ok(items[0]!.preselect, 'the organ line is preselected');
    assert.ok(labels.includes('Security Council resolution (whole text)'), labels.join(' | '));
    for (const noise of ['determining-threat', 'recalling', 'Recalling'])
      assert.ok(!labels.includes(noise), `${noise} is not offered at the top of a draft`);
  });

  it('lists each preambular opener once, without operative verbs', async () => {
    const editor = await untitled('The General Assembly,\n\nRecalling its resolution 55/25,\n\n');
    const items = await completions(editor.document, new vscode.Position(4, 0));
    const labels = items.map(labelOf);
    const folded = labels.map((label) => label.toLowerCase());
    assert.strictEqual(new Set(folded).size, folded.length, 'no label twice, in any case');
    assert.ok(labels.includes('Recalling also'), labels.slice(0, 8).join(' | '));
    assert.ok(!labels.includes('recalling-resolution') && !labels.includes('Requests'), 'no snippet, no verb');
  });

  it('keeps the semicolon with the paragraph when Enter is typed before it', async () => {
    const head = 'The General Assembly,\n\nRecalling its resolution 55/25,\n\n1.\tRequests a report';
    const editor = await untitled(`${head};\n`);
    const before = editor.document.positionAt(head.length);
    editor.selection = new vscode.Selection(before, before);
    await vscode.commands.executeCommand('type', { text: '\n' });
    const expected = `${head};\n\n2.\t\n`;
    await eventually(
      () => (editor.document.getText() === expected ? true : undefined),
      `the text to become ${JSON.stringify(expected)}`,
      10_000,
    ).catch((error: Error) => {
      throw new Error(`${error.message}; it is ${JSON.stringify(editor.document.getText())}`);
    });
    const cursor = editor.selection.active;
    assert.deepStrictEqual([cursor.line, cursor.character], [6, 3], 'the cursor is after “2.⇥”');
  });
});
