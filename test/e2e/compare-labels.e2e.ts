// In a real VS Code: while a comparison with the base is open, the inlay label of a paragraph that
// was renumbered since the base says so (`OP3 (was OP2)`), and closing the comparison takes it away.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activate, eventually, open } from './util';

async function inlayLabels(document: vscode.TextDocument): Promise<string[]> {
  const range = new vscode.Range(0, 0, document.lineCount, 0);
  const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>(
    'vscode.executeInlayHintProvider',
    document.uri,
    range,
  );
  return (hints ?? []).map((hint) =>
    typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join(''),
  );
}

describe('negotiation labels against the base in a real VS Code', () => {
  let baseDir: string;

  before(async () => {
    await activate();
    baseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-labels-'));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(baseDir, { recursive: true, force: true });
  });

  it('labels a paragraph renumbered since the base "OP3 (was OP2)" while the comparison is open', async () => {
    const editor = await open('clean.unres');
    const document = editor.document;
    // The base lacks the draft's OP1: the draft's OP2 and OP3 were its OP1 and OP2.
    const base = path.join(baseDir, 'base.unres');
    const text = document.getText();
    const firstOperative = text.indexOf('1.\tCondemns');
    const secondOperative = text.indexOf('2.\tCalls upon');
    fs.writeFileSync(
      base,
      (text.slice(0, firstOperative) + text.slice(secondOperative))
        .replace('2.\tCalls upon', '1.\tCalls upon')
        .replace('3.\tDecides to continue', '2.\tDecides to continue'),
    );
    const labels = await eventually(async () => {
      const shown = await inlayLabels(document);
      return shown.includes('OP1') ? shown : undefined;
    }, 'the negotiation labels');
    assert.ok(!labels.some((label) => label.includes('was')), labels.join(' | '));

    await vscode.commands.executeCommand('unres.compareWithBase', document.uri, vscode.Uri.file(base));
    const compared = await eventually(
      async () => {
        const shown = await inlayLabels(document);
        return shown.includes('OP2 (was OP1)') ? shown : undefined;
      },
      '"was OP1" once the comparison opened',
      10_000,
    );
    assert.ok(compared.includes('OP3 (was OP2)'), compared.join(' | '));
    assert.ok(compared.includes('OP1'), 'the new paragraph has no former label');

    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await open('clean.unres');
    await eventually(async () => {
      const shown = await inlayLabels(document);
      return shown.includes('OP2') && !shown.some((label) => label.includes('was')) ? true : undefined;
    }, 'the labels without "was" once the comparison closed');
  });
});

describe('bracketed text in a real VS Code', () => {
  before(activate);

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('sets the bracketed text of a negotiated draft apart with the bracketed token', async () => {
    const text = [
      'The General Assembly,',
      '',
      'Noting the report of the Secretary-General,',
      '',
      '1.\t[Strongly] condemns the attacks [against journalists];',
      '',
    ].join('\n');
    const document = await vscode.workspace.openTextDocument({ language: 'unres', content: text });
    await vscode.window.showTextDocument(document);
    const legend = await eventually(
      () =>
        vscode.commands.executeCommand<vscode.SemanticTokensLegend>(
          'vscode.provideDocumentSemanticTokensLegend',
          document.uri,
        ),
      'the semantic tokens legend',
    );
    const bracketed = legend.tokenTypes.indexOf('bracketed');
    assert.ok(bracketed >= 0, legend.tokenTypes.join(', '));
    const spans = await eventually(async () => {
      const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>(
        'vscode.provideDocumentSemanticTokens',
        document.uri,
      );
      // Five integers per token: line delta, character delta, length, type, modifiers.
      const found: string[] = [];
      let line = 0;
      let character = 0;
      const data = tokens?.data ?? new Uint32Array();
      for (let index = 0; index + 4 < data.length; index += 5) {
        line += data[index]!;
        character = data[index] === 0 ? character + data[index + 1]! : data[index + 1]!;
        if (data[index + 3] !== bracketed) continue;
        const start = new vscode.Position(line, character);
        found.push(document.getText(new vscode.Range(start, start.translate(0, data[index + 2]!))));
      }
      return found.length > 0 ? found : undefined;
    }, 'bracketed tokens');
    assert.deepStrictEqual(spans, ['[Strongly]', '[against journalists]']);
  });
});
