// The editor's comparison over stdio: `unres/compare` answers the draft's redline against a base
// text the client sends, follows the draft's edits, and while it is open the hover of a changed
// paragraph shows the base's wording; `unres/compareClosed` (or closing the draft) ends that.
import * as assert from 'node:assert/strict';
import { LspClient, requireBuiltServer, startedClient } from '../support/lsp-client';

const URI = 'file:///tmp/compare-draft.unres';
const BASE = `The General Assembly,

Recalling its resolution 55/25 of 15 November 2000,

1. Decides to strengthen cooperation among Member States;

2. Requests the Secretary-General to submit a report at its next session;
`;
const DRAFT = `The General Assembly,

Recalling its resolution 55/25 of 15 November 2000,

1. Decides to strengthen regional cooperation among Member States <b>now</b>;

2. Requests the Secretary-General to submit a report at its next session;

3. Decides to remain seized of the matter.
`;

interface Compared {
  html: string;
  summary: string;
  version: number;
}

interface HoverAnswer {
  contents: { kind: string; value: string };
}

describe('language server: compare with a base', function () {
  this.timeout(30_000);
  let client: LspClient;

  before(requireBuiltServer);
  beforeEach(async () => {
    client = await startedClient();
  });
  afterEach(async () => {
    await client.close();
  });

  const compare = (baseText = BASE, draftUri = URI) =>
    client.connection.sendRequest('unres/compare', {
      draftUri,
      baseText,
      baseUri: 'file:///tmp/base.unres',
    }) as Promise<Compared | null>;
  /** The hover's text at the first occurrence of `needle` in `text`. */
  const hoverAt = async (text: string, needle: string): Promise<string> => {
    const offset = text.indexOf(needle);
    assert.ok(offset >= 0, needle);
    const before = text.slice(0, offset).split('\n');
    const position = { line: before.length - 1, character: before.at(-1)!.length };
    const answer = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: URI },
      position,
    })) as HoverAnswer | null;
    return answer?.contents.value ?? '';
  };

  it('answers the redline (escaped, with <ins> and <del>) and the summary, for the version compared', async () => {
    await client.open(URI, DRAFT);
    const answer = await compare();
    assert.ok(answer);
    assert.equal(answer.version, 1);
    assert.match(answer.html, /<section class="changed"><h2>OP1: changed<\/h2>/);
    assert.match(answer.html, /Decides to strengthen<ins> regional<\/ins> cooperation/);
    assert.match(answer.html, /<section class="new"><h2>OP3: new<\/h2><p><ins>3\. Decides to remain seized/);
    assert.match(answer.html, /&lt;b&gt;now&lt;\/b&gt;/);
    assert.doesNotMatch(answer.html, /<b>/);
    assert.match(answer.summary, /^OP1: changed\nOP3: new\n4 paragraphs: 1 changed, 1 new, 2 unchanged\n$/);
  });

  it('follows the draft: a deletion after an edit, and null for a document not open', async () => {
    await client.open(URI, DRAFT);
    await compare();
    const checked = client.diagnostics(URI, (params) => params.version === 2);
    await client.replace(URI, DRAFT.replace('submit a report at its next session', 'report'), 2);
    await checked;
    const answer = await compare();
    assert.equal(answer?.version, 2);
    assert.match(answer?.html ?? '', /<section class="changed"><h2>OP2: changed<\/h2>/);
    assert.match(answer?.html ?? '', /<del>[^<]*submit a[^<]*<\/del>/);
    assert.equal(await compare(BASE, 'file:///tmp/not-open.unres'), null);
  });

  it("shows the base's wording in the hover of a changed paragraph while the comparison is open", async () => {
    await client.open(URI, DRAFT);
    assert.doesNotMatch(await hoverAt(DRAFT, 'strengthen regional'), /Base/);
    await compare();
    const changed = await hoverAt(DRAFT, 'strengthen regional');
    assert.match(changed, /\*\*Base \(OP1\):\*\* 1\\\. Decides to strengthen cooperation among Member States;/);
    assert.doesNotMatch(await hoverAt(DRAFT, 'Secretary-General to submit'), /Base/, 'an unchanged paragraph');
    assert.doesNotMatch(await hoverAt(DRAFT, 'remain seized'), /Base/, 'a new paragraph has no base');
    await client.connection.sendNotification('unres/compareClosed', { draftUri: URI });
    assert.doesNotMatch(await hoverAt(DRAFT, 'strengthen regional'), /Base/, 'closed: no base wording');
  });

  it('labels a paragraph renumbered since the base `was OP…` while the comparison is open', async () => {
    const draft = DRAFT.replace(
      '1. Decides to strengthen regional',
      '1. Urges all States to act;\n\n2. Decides to strengthen regional',
    )
      .replace('2. Requests', '3. Requests')
      .replace('3. Decides to remain', '4. Decides to remain');
    await client.open(URI, draft);
    const labels = async (): Promise<string[]> => {
      const hints = (await client.connection.sendRequest('textDocument/inlayHint', {
        textDocument: { uri: URI },
        range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } },
      })) as Array<{ label: string }>;
      return hints.map((hint) => hint.label);
    };
    assert.deepEqual(await labels(), ['PP1', 'OP1', 'OP2', 'OP3', 'OP4']);
    await compare();
    assert.deepEqual(await labels(), ['PP1', 'OP1', 'OP2 (was OP1)', 'OP3 (was OP2)', 'OP4']);
    await client.connection.sendNotification('unres/compareClosed', { draftUri: URI });
    assert.deepEqual(await labels(), ['PP1', 'OP1', 'OP2', 'OP3', 'OP4']);
  });

  it('forgets the base when the draft closes, and survives a malformed request', async () => {
    await client.open(URI, DRAFT);
    await compare();
    await client.closeDocument(URI);
    await client.open(URI, DRAFT, 3);
    assert.doesNotMatch(await hoverAt(DRAFT, 'strengthen regional'), /Base/);
    assert.equal(await client.connection.sendRequest('unres/compare', { draftUri: URI }), null);
    assert.ok(await compare('not a resolution at all'));
    assert.ok(client.alive);
  });
});
