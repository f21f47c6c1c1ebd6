// `unres/exportTrackedChanges` over stdio (the command "unres: Export Tracked Changes to Word"): the
// open draft as the user sees it, unsaved edits included, as a Word file whose tracked changes against
// the base text the client sends are the comparison's — accepted, the draft; rejected, the base — under
// the author asked for; clear errors for a closed document or a request without a base.
import * as assert from 'node:assert/strict';
import { documentXml, readParagraphs, trackedChanges } from '../support/docx-changes';
import { LspClient, requireBuiltServer, startedClient } from '../support/lsp-client';
import { answerExportTracked } from '../../server/src/lsp/tracked-export-request';

const URI = 'file:///tmp/tracked-draft.unres';
const BASE = `The General Assembly,

Recalling its resolution 55/25 of 15 November 2000,

Concerned about the slow pace of cooperation,

1. Decides to strengthen cooperation among Member States;

2. Requests the Secretary-General to submit a report at its next session;
`;
const DRAFT = `The General Assembly,

Recalling its resolution 55/25 of 15 November 2000,

1. Decides to strengthen regional cooperation among Member States;

2. Requests the Secretary-General to submit a report at its next session;

3. Decides to remain seized of the matter.
`;

/** The body paragraphs' texts, accepted or rejected, without the masthead's empty lines. */
const texts = (bytes: Uint8Array, reading: 'accept' | 'reject'): string[] =>
  readParagraphs(documentXml(bytes), reading)
    .map((paragraph) => paragraph.text)
    .filter(Boolean);

describe('language server: export with tracked changes', function () {
  this.timeout(60_000);
  let client: LspClient;

  before(requireBuiltServer);
  beforeEach(async () => {
    client = await startedClient();
    await client.open(URI, DRAFT);
  });
  afterEach(async () => {
    await client.close();
  });

  const exportTracked = async (params: Record<string, unknown>): Promise<Uint8Array> => {
    const answer = (await client.connection.sendRequest('unres/exportTrackedChanges', params)) as { base64: string };
    return new Uint8Array(Buffer.from(answer.base64, 'base64'));
  };

  it("answers the draft with its changes as Word revisions: accepted, the draft; rejected, the base's paragraphs", async () => {
    const bytes = await exportTracked({ uri: URI, baseText: BASE, author: 'Delegation of Ghana' });
    assert.equal(Buffer.from(bytes.subarray(0, 2)).toString('latin1'), 'PK');
    const accepted = texts(bytes, 'accept');
    const rejected = texts(bytes, 'reject');
    assert.ok(
      accepted.includes('1. Decides to strengthen regional cooperation among Member States;'),
      accepted.join('\n'),
    );
    assert.ok(accepted.includes('3. Decides to remain seized of the matter.'), accepted.join('\n'));
    assert.ok(!accepted.some((text) => text.includes('slow pace')), 'the deleted PP is gone once accepted');
    assert.ok(rejected.includes('1. Decides to strengthen cooperation among Member States;'), rejected.join('\n'));
    assert.ok(rejected.includes('Concerned about the slow pace of cooperation,'), rejected.join('\n'));
    assert.ok(!rejected.some((text) => text.includes('remain seized')), 'the new OP3 is gone once rejected');
    const { insertions, deletions } = trackedChanges(documentXml(bytes));
    assert.ok(insertions.length > 0 && deletions.length > 0, 'insertions and deletions are tracked');
    assert.deepEqual([...new Set([...insertions, ...deletions])], ['Delegation of Ghana']);
  });

  it('exports the text as it is now, unsaved edits included, and falls back to "unres" without an author', async () => {
    await client.replace(URI, DRAFT.replace('regional cooperation', 'international cooperation'), 2);
    const bytes = await exportTracked({ uri: URI, baseText: BASE, author: '  ' });
    assert.ok(
      texts(bytes, 'accept').includes('1. Decides to strengthen international cooperation among Member States;'),
    );
    const { insertions } = trackedChanges(documentXml(bytes));
    assert.deepEqual([...new Set(insertions)], ['unres']);
  });

  it('a base equal to the draft gives a file without tracked changes', async () => {
    const bytes = await exportTracked({ uri: URI, baseText: DRAFT, author: 'A' });
    assert.deepEqual(trackedChanges(documentXml(bytes)), { insertions: [], deletions: [] });
    assert.deepEqual(texts(bytes, 'accept'), texts(bytes, 'reject'));
  });

  it('refuses a document that is not open and a request without a base, with a message', async () => {
    await assert.rejects(
      exportTracked({ uri: 'file:///nowhere.unres', baseText: BASE, author: 'A' }),
      /the document is not open/,
    );
    await assert.rejects(exportTracked({ uri: URI, author: 'A' }), /base text/);
  });

  it('a host without the Word writer (the browser worker) answers code 1, naming the desktop and the CLI', async () => {
    const live = { uri: URI, version: 1, getText: () => DRAFT };
    const logged: string[] = [];
    const logger = { error: (message: string) => logged.push(message), info: () => undefined };
    const refused = answerExportTracked({ uri: URI, baseText: BASE, author: 'A' }, () => live, {}, logger);
    await assert.rejects(refused, (error: { code?: number; message?: string }) => {
      assert.equal(error.code, 1);
      assert.match(error.message ?? '', /desktop VS Code.*unres compare --format docx/);
      return true;
    });
    assert.deepEqual(logged, [], 'not an error of the server: nothing logged');
  });
});
