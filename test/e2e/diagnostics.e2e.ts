// In a real VS Code: the numbering check reaches the Problems list, its quick fix repairs the
// text, the outline lists the operative paragraphs, and a clean resolution raises nothing.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import {
  activate,
  codeOf,
  eventually,
  flattenSymbols,
  fixtureUri,
  nextDiagnosticsChange,
  open,
  ours,
  SOURCE,
  waitForDiagnostics,
} from './util';

const NUMBERING = 'operative-numbering';

const isNumbering = (d: vscode.Diagnostic) => d.source === SOURCE && codeOf(d) === NUMBERING;

describe('diagnostics in a real VS Code', () => {
  // Fail fast (one failure, no per-test timeouts) when the extension is missing or broken.
  before(activate);

  after(async () => {
    // Leave nothing dirty behind (the desktop runner would otherwise ask to save on exit).
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('flags the misnumbered operative paragraph and its quick fix clears it', async () => {
    const editor = await open('misnumbered.unres');
    const document = editor.document;
    assert.strictEqual(document.languageId, 'unres', 'a *.unres file opens in the unres language');
    const line = document
      .getText()
      .split(/\r?\n/)
      .findIndex((text) => /^4\.\s/.test(text));
    assert.ok(line >= 0, 'the fixture has a paragraph numbered 4.');

    const diagnostics = await waitForDiagnostics(
      document.uri,
      (list) => list.some((d) => isNumbering(d) && d.range.start.line === line),
      `an ${NUMBERING} diagnostic on line ${line + 1}`,
    );
    const diagnostic = diagnostics.find((d) => isNumbering(d) && d.range.start.line === line)!;
    assert.strictEqual(diagnostics.filter(isNumbering).length, 1, 'only the paragraph numbered 4. is flagged');

    const actions =
      (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider',
        document.uri,
        diagnostic.range,
        vscode.CodeActionKind.QuickFix.value,
        10,
      )) ?? [];
    const fixes = actions.filter(
      (action): action is vscode.CodeAction =>
        'edit' in action &&
        action.edit !== undefined &&
        (action.diagnostics === undefined || action.diagnostics.some((d) => codeOf(d) === NUMBERING)),
    );
    assert.ok(
      fixes.length > 0,
      `a quick fix with an edit for ${NUMBERING}; got: ${actions.map((a) => a.title).join(', ') || 'none'}`,
    );
    const fix = fixes.find((action) => action.isPreferred) ?? fixes[0]!;
    assert.ok(await vscode.workspace.applyEdit(fix.edit!), `the edit of "${fix.title}" applies`);
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));

    await waitForDiagnostics(
      document.uri,
      (list) => !list.some(isNumbering),
      `no ${NUMBERING} diagnostic after the fix`,
    );
    assert.match(document.lineAt(line).text, /^3\.\s/, 'the paragraph is renumbered 3.');
  });

  it('lists the operative paragraphs in the outline', async () => {
    const editor = await open('misnumbered.unres');
    const names = await eventually(async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
        'vscode.executeDocumentSymbolProvider',
        editor.document.uri,
      );
      const flat = flattenSymbols(symbols).map((symbol) => symbol.name);
      return flat.length > 0 ? flat : undefined;
    }, 'document symbols');
    assert.ok(
      names.some((name) => name.startsWith('1.')),
      `a symbol named "1. …"; got: ${names.join(' | ')}`,
    );
  });

  it('raises nothing on a clean resolution', async () => {
    const uri = fixtureUri('clean.unres');
    const change = nextDiagnosticsChange(uri, 10_000);
    const editor = await open('clean.unres');
    // The server answers a request only once it runs; then wait for its publication (or a bound).
    await eventually(async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
        'vscode.executeDocumentSymbolProvider',
        editor.document.uri,
      );
      return symbols && symbols.length > 0 ? true : undefined;
    }, 'document symbols for clean.unres');
    await change.promise;
    const found = ours(uri);
    assert.deepStrictEqual(
      found.map((d) => `${String(codeOf(d))}@${d.range.start.line + 1}: ${d.message}`),
      [],
      'no unres diagnostics on clean.unres',
    );
  });

  it('follows typing: a word typed into a paragraph is flagged, and unflagged when deleted', async () => {
    const editor = await open('clean.unres');
    const document = editor.document;
    const line = document
      .getText()
      .split(/\r?\n/)
      .findIndex((text) => /^1\.\s+Condemns/.test(text));
    assert.ok(line >= 0, 'clean.unres has paragraph 1 "Condemns …"');
    const column = document.lineAt(line).text.indexOf('all attacks');
    const isSpelling = (d: vscode.Diagnostic) =>
      d.source === SOURCE && codeOf(d) === 'un-spelling' && d.range.start.line === line;
    // Typed one character at a time, as a drafter does (each an in-line edit the server takes incrementally).
    const word = 'program ';
    for (let index = 0; index < word.length; index++) {
      const at = new vscode.Position(line, column + index);
      assert.ok(await editor.edit((edit) => edit.insert(at, word[index]!)), `typed "${word[index]}"`);
    }
    const flagged = await waitForDiagnostics(
      document.uri,
      (list) => list.some(isSpelling),
      'un-spelling on the typed "program"',
    );
    const found = flagged.find(isSpelling)!;
    assert.strictEqual(document.getText(found.range), 'program');
    assert.match(found.message, /programme/);
    for (let index = word.length - 1; index >= 0; index--) {
      const at = new vscode.Position(line, column + index);
      assert.ok(
        await editor.edit((edit) => edit.delete(new vscode.Range(at, at.translate(0, 1)))),
        'deleted a character',
      );
    }
    await waitForDiagnostics(
      document.uri,
      (list) => list.filter((d) => d.source === SOURCE).length === 0,
      'no unres diagnostics once the word is deleted',
    );
  });

  it('opens a file without an extension whose first line is an organ line as a resolution', async () => {
    const editor = await open('draft');
    assert.strictEqual(editor.document.languageId, 'unres', 'recognised from its first line, "The General Assembly,"');
  });

  it('hovers a cited resolution with its symbol and date', async () => {
    const editor = await open('clean.unres');
    const document = editor.document;
    const offset = document.getText().indexOf('74/157');
    assert.ok(offset >= 0, 'clean.unres cites resolution 74/157');
    const text = await eventually(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        document.uri,
        document.positionAt(offset + 2),
      );
      const joined = (hovers ?? [])
        .flatMap((hover) => hover.contents)
        .map((content) => (typeof content === 'string' ? content : content.value))
        .join('\n');
      return joined.includes('A/RES/74/157') ? joined : undefined;
    }, 'a hover naming A/RES/74/157');
    assert.match(text, /18 December 2019/, 'the adoption date as cited');
  });

  it('completes an operative paragraph with its number, the text and range arriving through the client', async () => {
    const editor = await open('clean.unres');
    const document = editor.document;
    const line = document
      .getText()
      .split(/\r?\n/)
      .findIndex((text) => /^1\.\s+Condemns/.test(text));
    assert.ok(line >= 0, 'clean.unres has an operative paragraph 1');
    // The blank line after paragraph 1: its items share one range, sent once as a list default.
    const at = new vscode.Position(line + 1, 0);
    const item = await eventually(async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        document.uri,
        at,
      );
      return list?.items.find(
        (candidate) =>
          candidate.label === 'Welcomes' ||
          (typeof candidate.label !== 'string' && candidate.label.label === 'Welcomes'),
      );
    }, 'an operative verb offered on the line after paragraph 1');
    const insert = item.insertText instanceof vscode.SnippetString ? item.insertText.value : item.insertText;
    assert.match(
      String(insert),
      /^2\.\tWelcomes\b/,
      'the next number and the verb, from the list default range and the item text',
    );
    const range = item.range instanceof vscode.Range ? item.range : item.range?.replacing;
    assert.ok(
      range && range.start.line === at.line && range.start.character === 0,
      `the item replaces from the start of the line: ${JSON.stringify(range)}`,
    );
  });
});
