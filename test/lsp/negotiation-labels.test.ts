// Over stdio: inlay labels `PP3` / `OP5` (textDocument/inlayHint), in the asked range only, and
// `unres.inlayLabels.enabled` turning them off (with the editor asked to fetch them again);
// paragraphs inserted in negotiation (`1 bis.`), labelled as written and given their final numbers
// by `unres/renumberNegotiation` (the Renumber Negotiation Paragraphs command).
import * as assert from 'node:assert/strict';
import type { InlayHint, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient, requireBuiltServer } from '../support/lsp-client';

const TEXT = [
  'The General Assembly,',
  '',
  'Recalling its resolution 55/25,',
  '',
  'Noting the report,',
  '',
  '1.\tTakes note of the report;',
  '',
  '2.\tRequests a report.',
  '',
].join('\n');

const DRAFT =
  'The General Assembly,\n\nNoting the report,\n\n1.\tDecides to act, as set out in paragraph 2 below;\n\n1 bis.\tAlso decides to act;\n\n2.\tRequests a report.\n';

describe('language server: inlay labels', function () {
  this.timeout(30_000);
  let client: LspClient;
  let refreshes = 0;

  before(requireBuiltServer);
  beforeEach(async () => {
    client = new LspClient({}, { workspaceCapabilities: { inlayHint: { refreshSupport: true } } });
    refreshes = 0;
    client.connection.onRequest('workspace/inlayHint/refresh', () => {
      refreshes++;
      return null;
    });
    await client.initialize();
  });
  afterEach(async () => {
    await client.close();
  });

  const hints = (uri: string, startLine: number, endLine: number): Promise<InlayHint[]> =>
    client.connection.sendRequest('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: startLine, character: 0 }, end: { line: endLine, character: 0 } },
    }) as Promise<InlayHint[]>;

  it('announces inlay hints and labels each paragraph where it starts, padded on the right', async () => {
    const uri = 'file:///tmp/inlay.unres';
    const published = client.diagnostics(uri);
    await client.open(uri, TEXT);
    await published;
    const all = await hints(uri, 0, 10);
    assert.deepEqual(
      all.map((hint) => [hint.label, hint.position.line, hint.position.character, hint.paddingRight]),
      [
        ['PP1', 2, 0, true],
        ['PP2', 4, 0, true],
        ['OP1', 6, 0, true],
        ['OP2', 8, 0, true],
      ],
    );
    assert.deepEqual(
      (await hints(uri, 5, 7)).map((hint) => hint.label),
      ['OP1'],
      'only the paragraphs in the asked range',
    );
  });

  it('sends none with unres.inlayLabels.enabled off, asks the editor to refresh, and none for an unknown document', async () => {
    const uri = 'file:///tmp/inlay-off.unres';
    const published = client.diagnostics(uri);
    await client.open(uri, TEXT);
    await published;
    assert.equal((await hints(uri, 0, 10)).length, 4);
    await client.changeConfiguration({ inlayLabels: { enabled: false } });
    assert.deepEqual(await hints(uri, 0, 10), []);
    assert.ok(refreshes >= 1, 'the editor is asked to fetch the labels again');
    await client.changeConfiguration({ inlayLabels: { enabled: 'yes' } });
    assert.equal((await hints(uri, 0, 10)).length, 4, 'a broken value falls back to the default (on)');
    const unknown = await hints('file:///tmp/never-opened.unres', 0, 10);
    assert.deepEqual(unknown, []);
    assert.ok(client.alive, `a broken setting's warning left the server running: ${client.stderr}`);
  });

  it('labels "1 bis" as written and renumbers it into the final sequence with its references', async () => {
    const uri = 'file:///tmp/negotiation.unres';
    const published = client.diagnostics(uri);
    await client.open(uri, DRAFT);
    const { diagnostics } = await published;
    assert.deepEqual(
      diagnostics.filter((diagnostic) => diagnostic.code === 'operative-numbering'),
      [],
      'an inserted paragraph is no numbering error',
    );
    const hints = (await client.connection.sendRequest('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } },
    })) as InlayHint[];
    assert.deepEqual(
      hints.map((hint) => hint.label),
      ['PP1', 'OP1', 'OP1 bis', 'OP2'],
    );
    const edits = (await client.connection.sendRequest('unres/renumberNegotiation', { uri })) as TextEdit[];
    const final = TextDocument.applyEdits(TextDocument.create(uri, 'unres', 1, DRAFT), edits);
    assert.equal(
      final,
      'The General Assembly,\n\nNoting the report,\n\n1.\tDecides to act, as set out in paragraph 3 below;\n\n2.\tAlso decides to act;\n\n3.\tRequests a report.\n',
    );
  });

  it('waits for a document the command names before the editor has sent it, and says so when it never comes', async () => {
    // The editor runs the command right after opening the file, while its client is still starting.
    const later = 'file:///tmp/opened-after-the-command.unres';
    const early = client.connection.sendRequest('unres/renumberNegotiation', { uri: later }) as Promise<TextEdit[]>;
    await client.open(later, DRAFT);
    const final = TextDocument.applyEdits(TextDocument.create(later, 'unres', 1, DRAFT), await early);
    assert.match(final, /\n2\.\tAlso decides to act;/);
    await assert.rejects(
      client.connection.sendRequest('unres/renumberNegotiation', { uri: 'file:///none.unres' }),
      /has not received this document/,
    );
    await assert.rejects(
      client.connection.sendRequest('unres/renumber', { uri: 'file:///none.unres' }),
      /has not received/,
    );
    assert.ok(client.alive);
  });
});
