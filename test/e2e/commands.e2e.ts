// In a real VS Code: the unres commands are in the Command Palette, Renumber Paragraphs repairs the
// misnumbered fixture, and the export commands write Word, Akoma Ntoso and HTML files beside it.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activate, codeOf, open, waitForDiagnostics } from './util';

const COMMANDS = [
  'unres.fixAll',
  'unres.renumber',
  'unres.renumberNegotiation',
  'unres.showRuleDocumentation',
  'unres.showLog',
  'unres.restartServer',
  'unres.insertSkeleton',
  'unres.tabPastPunctuation',
  'unres.exportToWord',
  'unres.exportToPdf',
  'unres.exportToAkomaNtoso',
  'unres.exportToHtml',
];

describe('commands in a real VS Code', () => {
  before(activate);

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('registers every command the extension contributes', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = COMMANDS.filter((command) => !registered.has(command));
    assert.deepStrictEqual(missing, [], `not registered: ${missing.join(', ')}`);
  });

  it('Renumber Paragraphs puts the operative paragraphs in sequence', async () => {
    const editor = await open('misnumbered.unres');
    const line = (pattern: RegExp) =>
      editor.document
        .getText()
        .split(/\r?\n/)
        .find((text) => pattern.test(text));
    assert.ok(line(/^4\.\s+Decides/), 'the fixture jumps from 2 to 4');
    // As a user runs it: once the numbering finding is shown.
    await waitForDiagnostics(
      editor.document.uri,
      (list) => list.some((d) => codeOf(d) === 'operative-numbering'),
      'the numbering finding',
    );
    await vscode.commands.executeCommand('unres.renumber');
    assert.ok(line(/^3\.\s+Decides/), `renumbered: ${line(/Decides to continue/)}`);
  });

  it('Tab right before the final punctuation moves past it; elsewhere it is a tab', async () => {
    const editor = await open('empty.unres');
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Decides to remain seized of the matter.'));
    const before = new vscode.Position(0, 'Decides to remain seized of the matter'.length);
    editor.selection = new vscode.Selection(before, before);
    await vscode.commands.executeCommand('unres.tabPastPunctuation');
    assert.strictEqual(editor.selection.active.character, before.character + 1, 'past the period');
    const inside = new vscode.Position(0, 7);
    editor.selection = new vscode.Selection(inside, inside);
    await vscode.commands.executeCommand('unres.tabPastPunctuation');
    assert.ok(
      editor.document.lineAt(0).text.startsWith('Decides') && editor.document.lineAt(0).text.length > 39,
      'a tab (or spaces) typed inside the text',
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('exports the resolution to Word, Akoma Ntoso and HTML beside it', async () => {
    const editor = await open('clean.unres');
    const source = editor.document.uri;
    const expectations: [string, string, (bytes: Uint8Array) => boolean][] = [
      ['unres.exportToWord', 'docx', (bytes) => bytes[0] === 0x50 && bytes[1] === 0x4b],
      ['unres.exportToAkomaNtoso', 'xml', (bytes) => new TextDecoder().decode(bytes).includes('<akomaNtoso')],
      ['unres.exportToHtml', 'html', (bytes) => /<html/i.test(new TextDecoder().decode(bytes))],
    ];
    for (const [command, extension, looksRight] of expectations) {
      const target = source.with({ path: source.path.replace(/\.unres$/, `.e2e.${extension}`) });
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(command, source, target);
      assert.strictEqual(written?.toString(), target.toString(), `${command} says what it wrote`);
      const bytes = await vscode.workspace.fs.readFile(target);
      assert.ok(looksRight(bytes), `${command} wrote a ${extension} file (${bytes.length} bytes)`);
      await vscode.workspace.fs.delete(target);
    }
  });
});
