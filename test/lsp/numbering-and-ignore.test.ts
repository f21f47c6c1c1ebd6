// Over stdio: `unres.numbering.auto` renumbers the paragraphs after an inserted one (by a
// version-guarded workspace/applyEdit), leaves the paragraph being typed alone and does nothing
// when off; the "Ignore …" quick fixes are offered beside a finding.
import * as assert from 'node:assert/strict';
import type { ApplyWorkspaceEditParams, CodeAction, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient, requireBuiltServer } from '../support/lsp-client';

const DRAFT = [
  'The General Assembly,',
  '',
  '1. Takes note of the report;',
  '',
  '2. Welcomes the work done, as set out in paragraph 3 below;',
  '',
  '3. Decides to remain seized of the matter.',
  '',
].join('\n');

/** The draft with a new paragraph typed after paragraph 1, as an editor sends it: one incremental change. */
const INSERTED = '2. Requests the Secretary-General to report;\n\n';

describe('numbering as you go and ignore-here over stdio', function () {
  this.timeout(30_000);
  const uri = 'file:///tmp/auto-numbering.unres';
  let client: LspClient;
  let applied: ApplyWorkspaceEditParams[];

  before(requireBuiltServer);
  const start = async (auto: boolean): Promise<void> => {
    client = new LspClient({ numbering: { auto } });
    applied = [];
    client.connection.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams) => {
      applied.push(params);
      return { applied: true };
    });
    await client.initialize();
    const first = client.diagnostics(uri);
    await client.open(uri, DRAFT);
    await first;
  };
  afterEach(async () => {
    await client.close();
  });

  const insertParagraph = async (): Promise<void> => {
    const checked = client.diagnostics(uri, (params) => params.version === 2);
    const at = { line: 4, character: 0 };
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: at, end: at }, text: INSERTED }],
    });
    await checked;
  };

  it('renumbers the following paragraphs and the reference to them, the new one as typed', async () => {
    await start(true);
    const applying = new Promise<void>((resolve) => {
      client.connection.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams) => {
        applied.push(params);
        resolve();
        return { applied: true };
      });
    });
    await insertParagraph();
    await applying;
    assert.equal(applied.length, 1);
    const change = applied[0]!.edit.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri, version: 2 }, 'guarded by the version it was computed on');
    const text = DRAFT.replace('2. Welcomes', INSERTED + '2. Welcomes');
    const result = TextDocument.applyEdits(TextDocument.create(uri, 'unres', 2, text), change.edits);
    assert.equal(
      result,
      [
        'The General Assembly,',
        '',
        '1. Takes note of the report;',
        '',
        '2. Requests the Secretary-General to report;',
        '',
        '3. Welcomes the work done, as set out in paragraph 4 below;',
        '',
        '4. Decides to remain seized of the matter.',
        '',
      ].join('\n'),
    );
  });

  it('does nothing when the setting is off (the default)', async () => {
    await start(false);
    await insertParagraph();
    // The renumber fix is still offered as a quick fix, and nothing was applied.
    assert.deepEqual(applied, []);
  });

  it('offers "Ignore … in this paragraph" and "in this file" beside a finding', async () => {
    await start(false);
    const checked = client.diagnostics(uri, (params) => params.version === 2);
    await client.replace(uri, DRAFT.replace('3. Decides', '4. Decides'), 2);
    const { diagnostics } = await checked;
    const finding = diagnostics.find((diagnostic) => diagnostic.code === 'operative-numbering');
    assert.ok(finding, JSON.stringify(diagnostics));
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: finding.range,
      context: { diagnostics: [finding] },
    })) as CodeAction[];
    const titles = actions.map((action) => action.title);
    assert.ok(titles.includes('Ignore operative-numbering in this paragraph'), titles.join(' | '));
    assert.ok(titles.includes('Ignore operative-numbering in this file'), titles.join(' | '));
  });
});
