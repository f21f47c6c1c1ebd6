// @ts-check
// The language server as vscode.dev and github.dev run it: dist/web/server.js in a web worker of
// headless Chromium, driven over LSP messages (postMessage) from a test page — initialize, the
// one-time note on what the browser lacks, diagnostics (and their update after an edit), hover on
// a citation, completion at the start of a preambular paragraph; on a draft of our own
// (test/fixtures/web-draft.unres) and on the seed (../shared/corpus/seed, skipped when absent).
// Waits on messages with time-outs, never fixed sleeps.
// Usage: node scripts/test-web.mjs   (after `npm run build`; CHROMIUM overrides /usr/bin/chromium)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEED = resolve(ROOT, '..', 'shared', 'corpus', 'seed', 'A_RES_59_157.ods.txt');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** Per wait: generous, for a machine shared by several builds. */
const STEP_TIMEOUT_MS = 60_000;
const OVERALL_TIMEOUT_MS = 5 * 60_000;

const started = Date.now();
const log = (message) => console.log(`[test-web] ${message}`);
let failures = 0;
let passes = 0;
let browser;
let server;

async function check(name, body) {
  const begun = Date.now();
  try {
    await body();
    passes++;
    log(`✓ ${name} (${Date.now() - begun} ms)`);
  } catch (error) {
    failures++;
    log(`✗ ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const overall = setTimeout(() => {
  log(`✗ gave up after ${OVERALL_TIMEOUT_MS / 1000} s`);
  void cleanUp().finally(() => process.exit(1));
}, OVERALL_TIMEOUT_MS);

async function cleanUp() {
  clearTimeout(overall);
  await browser?.close().catch(() => {});
  server?.close();
}

// --- what the page needs -----------------------------------------------------------------------
const bundle = join(ROOT, 'dist', 'web', 'server.js');
if (!existsSync(bundle)) {
  console.error(`[test-web] no ${bundle}: run npm run build first`);
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  // The way the end-to-end tests get it (Debian's chromium; the script is idempotent).
  log(`no Chromium at ${CHROMIUM}: running scripts/setup-e2e.sh`);
  const setup = spawnSync('bash', [join(ROOT, 'scripts', 'setup-e2e.sh')], { stdio: 'inherit' });
  if (setup.status !== 0 || !existsSync(CHROMIUM)) {
    console.error(`[test-web] still no Chromium at ${CHROMIUM}`);
    process.exit(1);
  }
}

/**
 * The page: starts the worker and keeps every message it sends. `lsp.request` answers with the
 * result; the server's own requests (configuration, registrations) are answered here — settings
 * empty, so the defaults apply.
 */
const PAGE = `<!doctype html>
<meta charset="utf-8">
<title>unres language server in a web worker</title>
<script>
window.lsp = (() => {
  const worker = new Worker('/dist/web/server.js', { name: 'unres language server' });
  const received = [];
  const errors = [];
  const pending = new Map();
  let nextId = 1;
  worker.onerror = (event) => errors.push(String(event.message));
  worker.onmessage = ({ data }) => {
    received.push(data);
    if (data.id !== undefined && data.method === undefined) {
      const waiting = pending.get(data.id);
      pending.delete(data.id);
      if (waiting) data.error ? waiting.reject(new Error(JSON.stringify(data.error))) : waiting.resolve(data.result);
    } else if (data.id !== undefined) {
      const result = data.method === 'workspace/configuration' ? data.params.items.map(() => ({})) : null;
      worker.postMessage({ jsonrpc: '2.0', id: data.id, result });
    }
  };
  return {
    received,
    errors,
    request(method, params) {
      const id = nextId++;
      worker.postMessage({ jsonrpc: '2.0', id, method, params });
      return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
    },
    notify(method, params) {
      worker.postMessage({ jsonrpc: '2.0', method, params });
    },
  };
})();
</script>
`;

/** Serves the page at /, the bundle at /dist/web/server.js and the rule pages it links to. */
function serve() {
  return new Promise((resolveServer) => {
    const httpServer = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const send = (status, type, body) => {
        response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
        response.end(body);
      };
      if (path === '/') return send(200, 'text/html; charset=utf-8', PAGE);
      if (path === '/dist/web/server.js') return send(200, 'text/javascript; charset=utf-8', readFileSync(bundle));
      const ruleDoc = /^\/docs\/rules\/([a-z-]+\.md)$/.exec(path)?.[1];
      if (ruleDoc && existsSync(join(ROOT, 'docs', 'rules', ruleDoc)))
        return send(200, 'text/markdown; charset=utf-8', readFileSync(join(ROOT, 'docs', 'rules', ruleDoc)));
      send(404, 'text/plain', 'not found');
    });
    httpServer.listen(0, '127.0.0.1', () => resolveServer(httpServer));
  });
}

// --- LSP over the page ---------------------------------------------------------------------------
let page;

/** A request answered within the time-out. */
async function request(method, params) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${method}: no answer within ${STEP_TIMEOUT_MS / 1000} s`)),
      STEP_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([
      page.evaluate(([name, body]) => window.lsp.request(name, body), [method, params]),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

const notify = (method, params) => page.evaluate(([name, body]) => window.lsp.notify(name, body), [method, params]);

/** The diagnostics published for this version of the document, waiting for them; an error the server logs meanwhile fails at once. */
async function diagnosticsOf(uri, version) {
  const handle = await page.waitForFunction(
    ([wanted, wantedVersion]) => {
      const error = window.lsp.received.find(
        (message) => message.method === 'window/logMessage' && message.params.type === 1,
      );
      if (error) return { error: error.params.message };
      const published = window.lsp.received.findLast(
        (message) =>
          message.method === 'textDocument/publishDiagnostics' &&
          message.params.uri === wanted &&
          message.params.version === wantedVersion,
      );
      return published && { diagnostics: published.params.diagnostics };
    },
    [uri, version],
    { timeout: STEP_TIMEOUT_MS, polling: 50 },
  );
  const { error, diagnostics } = await handle.jsonValue();
  if (error) throw new Error(`the server logged an error: ${error}`);
  return diagnostics;
}

/** Line and character of the `nth` occurrence of `needle` (plus `into` characters). */
function positionOf(text, needle, into = 0) {
  const offset = text.indexOf(needle);
  assert(offset >= 0, `the text has no ${JSON.stringify(needle)}`);
  const before = text.slice(0, offset + into).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

const hoverText = (hover) =>
  hover && typeof hover.contents === 'object' && 'value' in hover.contents
    ? hover.contents.value
    : JSON.stringify(hover?.contents ?? null);
/** The labels of a completion list in the order the editor shows them (by sortText). */
const labels = (completion) =>
  [...(Array.isArray(completion) ? completion : (completion?.items ?? []))]
    .sort((a, b) =>
      (a.sortText ?? a.label) < (b.sortText ?? b.label)
        ? -1
        : (a.sortText ?? a.label) > (b.sortText ?? b.label)
          ? 1
          : 0,
    )
    .map((item) => item.label);
const codes = (diagnostics) => [...new Set(diagnostics.map((diagnostic) => diagnostic.code))].sort();

// --- main ----------------------------------------------------------------------------------------
try {
  server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(base + '/', { timeout: STEP_TIMEOUT_MS });
  log(`Chromium ${browser.version()}, page at ${base}`);

  let initialized;
  await check('initialize: the worker answers with the server capabilities', async () => {
    initialized = await request('initialize', {
      processId: null,
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: true } },
          publishDiagnostics: { versionSupport: true },
        },
      },
      initializationOptions: { trusted: true },
    });
    assert(
      initialized?.serverInfo?.name === 'unres-language-server',
      `serverInfo ${JSON.stringify(initialized?.serverInfo)}`,
    );
    const capabilities = initialized.capabilities;
    assert(
      capabilities.hoverProvider && capabilities.completionProvider && capabilities.codeActionProvider,
      `capabilities ${JSON.stringify(capabilities)}`,
    );
    await notify('initialized', {});
  });

  await check('says once what the browser lacks (window/logMessage)', async () => {
    const handle = await page.waitForFunction(
      () =>
        window.lsp.received
          .filter(
            (message) =>
              message.method === 'window/logMessage' && /running in the browser/.test(message.params.message),
          )
          .map((message) => message.params.message),
      undefined,
      { timeout: STEP_TIMEOUT_MS, polling: 50 },
    );
    const notes = (await handle.jsonValue()).filter(Boolean);
    assert(Array.isArray(notes) && notes.length === 1, `${notes.length} notes`);
    for (const lacking of ['.unres.json', 'unres.catalog.files', 'online look-up'])
      assert(notes[0].includes(lacking), `the note does not mention ${lacking}: ${notes[0]}`);
  });

  // The draft: paragraph 2 numbered 3, and "U.N." for United Nations.
  const draftUri = 'file:///web/draft.unres';
  const draft = readFileSync(join(ROOT, 'test', 'fixtures', 'web-draft.unres'), 'utf8');
  await check(
    'diagnostics on the draft: operative-numbering at the misnumbered paragraph, linked to its rule page',
    async () => {
      await notify('textDocument/didOpen', {
        textDocument: { uri: draftUri, languageId: 'unres', version: 1, text: draft },
      });
      const diagnostics = await diagnosticsOf(draftUri, 1);
      assert(codes(diagnostics).join() === 'operative-numbering,un-terms', `codes ${codes(diagnostics).join(', ')}`);
      const numbering = diagnostics.filter((diagnostic) => diagnostic.code === 'operative-numbering');
      assert(
        numbering.length === 1,
        `operative-numbering ${numbering.length} times; codes ${codes(diagnostics).join(', ')}`,
      );
      assert(
        numbering[0].range.start.line === positionOf(draft, '3.\tRequests').line,
        `at line ${numbering[0].range.start.line}`,
      );
      assert(numbering[0].source === 'unres', `source ${numbering[0].source}`);
      const href = numbering[0].codeDescription?.href;
      assert(href === `${base}/docs/rules/operative-numbering.md`, `codeDescription ${href}`);
      const rulePage = await fetch(href);
      assert(rulePage.ok, `${href}: ${rulePage.status}`);
      log(`  draft: ${diagnostics.length} diagnostics (${codes(diagnostics).join(', ')})`);
    },
  );

  await check('an edit renumbering the paragraph clears the diagnostic (incremental sync)', async () => {
    const at = positionOf(draft, '3.\tRequests');
    await notify('textDocument/didChange', {
      textDocument: { uri: draftUri, version: 2 },
      contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '2' }],
    });
    const diagnostics = await diagnosticsOf(draftUri, 2);
    assert(codes(diagnostics).join() === 'un-terms', `after the edit: ${codes(diagnostics).join(', ')}`);
  });

  await check('hover on the citation of resolution 55/25 names it with its date and title', async () => {
    const hover = await request('textDocument/hover', {
      textDocument: { uri: draftUri },
      position: positionOf(draft, '55/25 of', 1),
    });
    const text = hoverText(hover);
    for (const expected of [/A\/RES\/55\/25/, /15 November 2000/, /Transnational Organized Crime/])
      assert(expected.test(text), `hover without ${expected}: ${text}`);
  });

  await check('completion at the start of a preambular paragraph offers the preambular openers', async () => {
    const completion = await request('textDocument/completion', {
      textDocument: { uri: draftUri },
      position: positionOf(draft, 'Noting with concern'),
    });
    const offered = labels(completion);
    assert(/^Recalling/.test(offered[0] ?? ''), `offered first ${offered.slice(0, 10).join(' | ')}`);
  });

  if (!existsSync(SEED)) {
    log(`(skipped the seed: no ${SEED})`);
  } else {
    const seedUri = 'file:///web/A_RES_59_157.unres';
    const seed = readFileSync(SEED, 'utf8');
    const broken = seed.replace('\t5.\tAlso urges', '\t6.\tAlso urges');
    await check('the seed: the adopted text draws no operative-numbering; paragraph 5 renumbered 6 does', async () => {
      await notify('textDocument/didOpen', {
        textDocument: { uri: seedUri, languageId: 'unres', version: 1, text: seed },
      });
      const clean = await diagnosticsOf(seedUri, 1);
      assert(
        !clean.some((diagnostic) => diagnostic.code === 'operative-numbering'),
        `the adopted text: ${codes(clean).join(', ')}`,
      );
      assert(broken !== seed, 'the seed has paragraph 5');
      await notify('textDocument/didChange', {
        textDocument: { uri: seedUri, version: 2 },
        contentChanges: [{ text: broken }],
      });
      const flagged = (await diagnosticsOf(seedUri, 2)).filter(
        (diagnostic) => diagnostic.code === 'operative-numbering',
      );
      assert(flagged.length === 1 && /expected 5/.test(flagged[0].message), JSON.stringify(flagged));
      assert(
        flagged[0].range.start.line === positionOf(broken, '\t6.\tAlso urges').line,
        `at line ${flagged[0].range.start.line}`,
      );
      log(`  seed: ${clean.length} diagnostics on the adopted text (${codes(clean).join(', ') || 'none'})`);
    });
    await check('the seed: hover on its citations of 55/25 and 58/135', async () => {
      const first = hoverText(
        await request('textDocument/hover', {
          textDocument: { uri: seedUri },
          position: positionOf(broken, '55/25 of', 1),
        }),
      );
      for (const expected of [/A\/RES\/55\/25/, /15 November 2000/, /Transnational Organized Crime/])
        assert(expected.test(first), `hover without ${expected}: ${first}`);
      const second = hoverText(
        await request('textDocument/hover', {
          textDocument: { uri: seedUri },
          position: positionOf(broken, '58/135', 1),
        }),
      );
      assert(/22 December 2003/.test(second), `hover on 58/135: ${second}`);
    });
    await check('the seed: completion at the start of a preambular paragraph offers the openers', async () => {
      const completion = await request('textDocument/completion', {
        textDocument: { uri: seedUri },
        position: positionOf(broken, 'Reaffirming that the adoption'),
      });
      const offered = labels(completion);
      assert(/^(Recalling|Reaffirming)/.test(offered[0] ?? ''), `offered first ${offered.slice(0, 10).join(' | ')}`);
    });
  }

  await check('no errors: none logged by the server, none thrown in the page or the worker', async () => {
    const { serverErrors, workerErrors } = await page.evaluate(() => ({
      serverErrors: window.lsp.received
        .filter((message) => message.method === 'window/logMessage' && message.params.type === 1)
        .map((message) => message.params.message),
      workerErrors: window.lsp.errors,
    }));
    const all = [...serverErrors, ...workerErrors, ...pageErrors];
    assert(all.length === 0, all.join('\n'));
  });

  await check('shutdown and exit', async () => {
    await request('shutdown', null);
    await notify('exit', null);
  });
} catch (error) {
  failures++;
  log(`✗ ${error instanceof Error ? error.stack : String(error)}`);
} finally {
  await cleanUp();
}
log(`${passes} passed, ${failures} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failures > 0 ? 1 : 0);
