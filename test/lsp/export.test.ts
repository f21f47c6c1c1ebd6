// unres/export over stdio: the document as the user sees it (unsaved text included), in each
// format, and clear errors for an unknown format, a closed document or an engine this host lacks.
import * as assert from 'node:assert/strict';
import { LspClient, requireBuiltServer, startedClient } from '../support/lsp-client';

const DRAFT = [
  'The General Assembly,',
  '',
  'Recalling its resolution 55/25 of 15 November 2000,',
  '',
  '1. Takes note of the report of the Secretary-General;',
  '',
  '2. Decides to remain seized of the matter.',
  '',
].join('\n');

describe('unres/export over stdio', function () {
  this.timeout(60_000);
  let client: LspClient;
  const uri = 'untitled:Export-1';

  before(requireBuiltServer);
  beforeEach(async () => {
    client = await startedClient();
    await client.open(uri, DRAFT);
  });
  afterEach(async () => {
    await client.close();
  });

  const request = (format: string, target = uri) =>
    client.connection.sendRequest('unres/export', { uri: target, format }) as Promise<
      { text: string } | { base64: string }
    >;

  it('answers HTML and Akoma Ntoso as text of the open document', async () => {
    for (const format of ['html', 'akn']) {
      const answer = await request(format);
      assert.ok('text' in answer, `${format} comes as text`);
      assert.match(answer.text, /Secretary-General/, `${format} holds the paragraph's words`);
    }
  });

  it('answers Word as base64 bytes of a zip file', async () => {
    const answer = await request('docx');
    assert.ok('base64' in answer);
    assert.equal(Buffer.from(answer.base64, 'base64').subarray(0, 2).toString('latin1'), 'PK');
  });

  it('refuses an unknown format and a document that is not open, with a message', async () => {
    await assert.rejects(request('rtf'), /unknown export format "rtf"/);
    await assert.rejects(request('html', 'file:///nowhere.unres'), /not open/);
  });
});
