// The live preview's request over stdio: `unres/preview` answers the resolution as printed for the
// version it has, escaped; after each check the `unres/documentInfo` notification (which the
// client re-requests on) follows the diagnostics at once.
import * as assert from 'node:assert/strict';
import { LspClient, requireBuiltServer, startedClient } from '../support/lsp-client';

const URI = 'file:///tmp/preview.unres';
const DRAFT = `99/1. Cooperation

The General Assembly,

Recalling its resolution 55/25 of 15 November 2000,1

1. Decides to act <script>alert("x")</script> & more;

2. Requests a report.

_______________

1 A/99/150.
`;

interface Preview {
  html: string;
  version: number;
}

describe('language server: preview', function () {
  this.timeout(30_000);
  let client: LspClient;

  before(requireBuiltServer);
  beforeEach(async () => {
    client = await startedClient();
  });
  afterEach(async () => {
    await client.close();
  });

  const preview = (uri = URI) => client.connection.sendRequest('unres/preview', { uri }) as Promise<Preview | null>;

  it('answers the resolution as printed, escaped, with the version it shows', async () => {
    await client.open(URI, DRAFT);
    const answer = await preview();
    assert.ok(answer);
    assert.equal(answer.version, 1);
    assert.ok(answer.html.startsWith('<article class="unres-resolution">'), answer.html.slice(0, 80));
    assert.match(answer.html, /<p class="preambular" data-line="4"><em>Recalling<\/em> its resolution/);
    assert.match(
      answer.html,
      /<span class="number">1\. <\/span><em>Decides<\/em> to act &lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; more;/,
    );
    assert.match(answer.html, /<section class="footnotes">\n<p class="footnote" data-line="12">/);
    assert.doesNotMatch(answer.html, /<script/);
  });

  it('follows edits: after the check of a new version, its diagnostics, then the notification, then the new text', async () => {
    const checked: { version: number; at: number }[] = [];
    const published: { version?: number; at: number }[] = [];
    client.connection.onNotification('unres/documentInfo', (info: { uri: string; version: number }) => {
      if (info.uri === URI) checked.push({ version: info.version, at: Date.now() });
    });
    const first = client.diagnostics(URI);
    await client.open(URI, DRAFT);
    await first;
    const second = client.diagnostics(URI, (params) => params.version === 2);
    await client.replace(URI, DRAFT.replace('Requests a report', 'Requests a full report'), 2);
    const diagnostics = await second;
    published.push({ version: diagnostics.version, at: Date.now() });
    const deadline = Date.now() + 5000;
    while (!checked.some((info) => info.version === 2) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 5));
    const notified = checked.find((info) => info.version === 2);
    assert.ok(notified, 'a documentInfo notification for version 2');
    assert.ok(
      notified.at - published[0]!.at < 100,
      `notified ${notified.at - published[0]!.at} ms after the diagnostics`,
    );
    const answer = await preview();
    assert.equal(answer?.version, 2);
    assert.match(answer?.html ?? '', /<em>Requests<\/em> a full report\./);
  });

  it('answers null for a document that is not open, and keeps serving', async () => {
    assert.equal(await preview('file:///tmp/not-open.unres'), null);
    await client.open(URI, DRAFT);
    assert.ok(await preview());
  });
});
