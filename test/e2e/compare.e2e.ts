// In a real VS Code: "Compare with Base Resolution…" given a draft and a base opens the redline
// beside the draft (the editor keeps the focus), the hover of a changed paragraph shows the base's
// wording while it is open, and closing the view takes that wording away.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activate, compareTabs, eventually, hoverText, open } from './util';

describe('compare with a base in a real VS Code', () => {
  let baseDir: string;

  before(async () => {
    await activate();
    baseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-compare-'));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(baseDir, { recursive: true, force: true });
  });

  it('contributes the command', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes('unres.compareWithBase'));
  });

  it("opens the redline beside the draft; the hover shows the base's wording until it closes", async () => {
    const editor = await open('clean.unres');
    const document = editor.document;
    const text = document.getText();
    // The base said "all attacks" where the draft says "all attacks and violence": OP1 changed.
    const base = path.join(baseDir, 'base.unres');
    fs.writeFileSync(base, text.replace('all attacks and violence against', 'all attacks against'));
    await vscode.commands.executeCommand('unres.compareWithBase', document.uri, vscode.Uri.file(base));
    await eventually(() => compareTabs().length === 1 || undefined, 'a comparison tab', 10_000);
    const [tab] = compareTabs();
    assert.strictEqual(tab?.label, 'Compare clean.unres with base.unres');
    assert.notStrictEqual(tab?.group.viewColumn, editor.viewColumn, 'the comparison is in another column');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), document.uri.toString());

    const changed = text.indexOf('violence against journalists') + 2;
    const hover = await eventually(async () => {
      const shown = await hoverText(document, changed);
      return shown.includes('Base (OP1)') ? shown : undefined;
    }, "the base's wording in the hover");
    assert.match(hover, /Condemns unequivocally all attacks against journalists/);

    await vscode.window.tabGroups.close(tab!);
    await eventually(async () => {
      const shown = await hoverText(document, changed);
      return shown.includes('Base (') ? undefined : true;
    }, 'the hover without the base once the comparison closed');
  });
});
