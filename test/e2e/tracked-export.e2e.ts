// In a real VS Code: "unres: Export Tracked Changes to Word" given a draft, a base and a target writes
// a Word file whose tracked changes, read back, give every paragraph of the draft once accepted and
// every paragraph of the base once rejected, under the author of `unres.export.author`; without a base
// argument it takes the open comparison's; it never writes over the draft.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { documentXml, readParagraphs, trackedChanges } from '../support/docx-changes';
import { activate, eventually, fixtureUri } from './util';

const COMMAND = 'unres.exportTrackedChanges';

/** The preambular and operative paragraphs of a fixture, as the docx reader gives them (blanks as one space). */
function bodyParagraphs(uri: vscode.Uri): string[] {
  const lines = fs.readFileSync(uri.fsPath, 'utf8').split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith('The General Assembly,'));
  return lines
    .slice(start + 1)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The paragraphs of the written file, all changes accepted or all rejected. */
async function readBack(target: vscode.Uri, reading: 'accept' | 'reject'): Promise<string[]> {
  const xml = documentXml(await vscode.workspace.fs.readFile(target));
  return readParagraphs(xml, reading).map((paragraph) => paragraph.text);
}

const missingFrom = (expected: string[], actual: string[]): string[] =>
  expected.filter((paragraph) => !actual.includes(paragraph));

describe('export with tracked changes in a real VS Code', () => {
  const draft = fixtureUri('springs-draft.unres');
  const base = fixtureUri('springs-base.unres');
  let outDir: string;
  const target = (name: string): vscode.Uri => vscode.Uri.file(path.join(outDir, name));
  const settings = () => vscode.workspace.getConfiguration('unres');

  before(async () => {
    await activate();
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-tracked-'));
  });

  after(async () => {
    await settings().update('export.author', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  it('contributes the command', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes(COMMAND));
  });

  it("writes the draft with its changes: accepted, the draft's paragraphs; rejected, the base's", async () => {
    await settings().update('export.author', 'Delegation of Testland', vscode.ConfigurationTarget.Global);
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(
      COMMAND,
      draft,
      base,
      target('springs.docx'),
    );
    assert.strictEqual(written?.toString(), target('springs.docx').toString(), 'the command says what it wrote');

    const accepted = await readBack(written, 'accept');
    const rejected = await readBack(written, 'reject');
    assert.deepStrictEqual(missingFrom(bodyParagraphs(draft), accepted), [], 'draft paragraphs missing once accepted');
    assert.deepStrictEqual(missingFrom(bodyParagraphs(base), rejected), [], 'base paragraphs missing once rejected');
    assert.ok(!accepted.some((text) => text.startsWith('Aware of the work')), 'the deleted PP4 goes once accepted');
    assert.ok(!rejected.some((text) => text.includes('share data on springs')), 'the new OP2 goes once rejected');

    const { insertions, deletions } = trackedChanges(documentXml(await vscode.workspace.fs.readFile(written)));
    assert.ok(
      insertions.length >= 5 && deletions.length >= 5,
      `${insertions.length} insertions, ${deletions.length} deletions`,
    );
    assert.deepStrictEqual([...new Set([...insertions, ...deletions])], ['Delegation of Testland']);
  });

  it("takes the open comparison's base when none is given", async () => {
    // A base of its own, so that the file can only have come from the comparison's text.
    const ownBase = vscode.Uri.file(path.join(outDir, 'own-base.unres'));
    const text = fs.readFileSync(draft.fsPath, 'utf8').replace('map and monitor the springs', 'count the wells');
    fs.writeFileSync(ownBase.fsPath, text);
    await vscode.commands.executeCommand('unres.compareWithBase', draft, ownBase);
    await eventually(
      () =>
        vscode.window.tabGroups.all
          .flatMap((group) => group.tabs)
          .some((tab) => tab.label === 'Compare springs-draft.unres with own-base.unres') || undefined,
      'the comparison tab',
      10_000,
    );
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(
      COMMAND,
      draft,
      undefined,
      target('from-comparison.docx'),
    );
    assert.ok(written, 'written');
    const rejected = await readBack(written, 'reject');
    assert.ok(
      rejected.includes('1. Encourages Member States to count the wells on their territory;'),
      rejected.join('\n'),
    );
    const { deletions } = trackedChanges(documentXml(await vscode.workspace.fs.readFile(written)));
    assert.ok(deletions.length >= 1 && deletions.length <= 3, `only OP1 differs: ${deletions.length} deletions`);
  });

  it('never writes over the draft', async () => {
    const before = fs.readFileSync(draft.fsPath, 'utf8');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(COMMAND, draft, base, draft);
    assert.strictEqual(written, undefined);
    assert.strictEqual(fs.readFileSync(draft.fsPath, 'utf8'), before);
  });
});
