// In a real VS Code: "New Draft from This Resolution" run on an adopted text of the workspace opens
// the next session's draft as an untitled resolution beside it — the draft's head with its
// placeholders, the base recalled, the sessions moved on — and the comparison with its base, which
// the server makes for the untitled draft (its hover shows the base's wording).
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activate, compareTabs, eventually, hoverText, open } from './util';

describe('new draft from a resolution in a real VS Code', () => {
  before(activate);

  after(async () => {
    // The untitled draft: closed without saving.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const document of vscode.workspace.textDocuments)
      if (document.isUntitled && document.isDirty) {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
  });

  it('contributes the command', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes('unres.newDraftFromResolution'));
  });

  it('opens the next draft untitled beside the base, and its comparison with the base', async () => {
    const base = await open('clean.unres');
    const baseUri = base.document.uri.toString();
    await vscode.commands.executeCommand('unres.newDraftFromResolution');
    const draft = await eventually(
      () =>
        vscode.workspace.textDocuments.find(
          (document) =>
            document.isUntitled && document.languageId === 'unres' && document.getText().includes('draft resolution'),
        ),
      'the untitled draft',
      15_000,
    );
    const text = draft.getText();
    // The base (clean.unres) is A/RES/80/998, whose last paragraph brings the item back at the eighty-second session.
    assert.match(text, /^United Nations\r?\nA\/82\/L\.__\r?\nGeneral Assembly\r?\nDistr\.: Limited\r?\n\[date\]\r?\n/);
    assert.match(text, /^Eighty-second session$/m);
    assert.match(text, /^\[Sponsors\]: draft resolution$/m);
    assert.match(text, /^The safety of journalists and the issue of impunity$/m);
    assert.doesNotMatch(text, /80\/998\.|Resolution adopted by/);
    assert.match(
      text,
      /including resolution 80\/998 of 12 December 2025,/,
      `the base recalled with its adoption date:\n${text}`,
    );
    assert.match(text, /at its eighty-fourth session\.\s*$/);
    assert.strictEqual(base.document.getText().includes('A/RES/80/998'), true, 'the base is untouched');

    const shown = vscode.window.visibleTextEditors.find((editor) => editor.document === draft);
    assert.ok(shown, 'the draft is shown');
    assert.notStrictEqual(shown.viewColumn, base.viewColumn, 'beside the base');

    await eventually(() => compareTabs().length === 1 || undefined, 'the comparison tab', 15_000);
    assert.match(compareTabs()[0]!.label, /^Compare Untitled-\d+ with clean\.unres$/);
    // The server compared the untitled draft with its base: OP3's base wording in the hover.
    const op3 = draft.getText().indexOf('eighty-fourth session');
    const hover = await eventually(async () => {
      const value = await hoverText(draft, op3);
      return value.includes('Base (OP3)') ? value : undefined;
    }, "the base's wording of OP3 in the draft's hover");
    assert.match(hover, /at its eighty\\?-second session/, "the base's wording (markdown-escaped)");
    assert.strictEqual(
      vscode.workspace.textDocuments.find((document) => document.uri.toString() === baseUri)?.isDirty,
      false,
    );
  });
});
