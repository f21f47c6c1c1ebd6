// @ts-check
// End-to-end tests in a real VS Code: code-server 4.100.3 (VS Code 1.100.3, installed by
// scripts/setup-e2e.sh into .tmp/code-server) driven by playwright-core and Debian's Chromium.
//   a. the in-host mocha suites (out/test/e2e, built by scripts/build-e2e.mjs) run inside
//      code-server's extension host through the workbench `payload`; their exit code counts;
//   b. UI checks in the browser, each step saving a screenshot under test-results/.
// Everything runs with a throwaway HOME/XDG_*/TMPDIR, profile and copy of the fixtures, bound to
// 127.0.0.1, and is stopped by process group at the end, on failure and on timeout.
//
// Usage: node scripts/e2e.mjs [--vsix unres.vsix] [--only suite|ui] [--keep] [--timeout 240]
//   --vsix     install that package (entry.js --install-extension) and test it instead of the
//              working tree (extensionDevelopmentPath), in the in-host suites and the UI part
//   --only     run only the in-host suites or only the UI checks
//   --keep     keep the temporary folder (logs, profile) and print where it is
//   --pending  comma-separated UI steps whose failures are reported but do not fail the run
//   --verbose  forward all of the browser console (default: the extension host's lines only)
//   --serve    no tests: open that folder in the browser VS Code, print its URL and keep serving
//              until interrupted (npm start uses this with --vsix)
//   --web      the web extension, as vscode.dev runs it: the extension kind set to "web" puts the
//              client (dist/web/client.js) in the browser's web worker extension host, and the
//              server in a worker of its own; UI checks only (the in-host suites need the Node
//              host), then a check that no Node language server was started
// Environment: CODE_SERVER_DIR (default .tmp/code-server), CHROMIUM (default /usr/bin/chromium).
import { spawn } from 'node:child_process';
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: {
    vsix: { type: 'string' },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '240' },
    pending: { type: 'string', default: '' },
    verbose: { type: 'boolean', default: false },
    serve: { type: 'string' },
    web: { type: 'boolean', default: false },
    port: { type: 'string' },
  },
});
const verbose = opts.verbose || !!process.env.UNRES_E2E_VERBOSE;
const pendingSteps = new Set(opts.pending.split(',').filter(Boolean));
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const log = (message) => console.log(`[e2e ${elapsed()}] ${message}`);

const codeServerDir = resolve(process.env.CODE_SERVER_DIR ?? join(root, '.tmp', 'code-server'));
const entry = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const testsEntry = join(root, 'out', 'test', 'e2e', 'index.js');
// The web run keeps its screenshots apart, so that one `npm test` leaves both sets.
const results = join(root, 'test-results', ...(opts.web ? ['web'] : []));

function fail(message) {
  console.error(`e2e: ${message}`);
  process.exit(2);
}
if (!existsSync(entry)) fail(`code-server is not installed at ${codeServerDir}: run bash scripts/setup-e2e.sh`);
if (!existsSync(chromiumPath)) fail(`no Chromium at ${chromiumPath}: run bash scripts/setup-e2e.sh`);
if (opts.only !== 'ui' && !opts.web && !existsSync(testsEntry))
  fail(`no ${testsEntry}: run node scripts/build-e2e.mjs`);
if (!opts.vsix && !existsSync(join(root, 'dist', 'client.js'))) {
  console.warn('e2e: warning: dist/client.js is missing (node scripts/build.mjs); the extension will not activate');
}
const vsix = opts.vsix ? resolve(opts.vsix) : undefined;
if (vsix && !existsSync(vsix)) fail(`no VSIX at ${vsix}`);

// --- throwaway environment ------------------------------------------------------------------
const temp = mkdtempSync(join(tmpdir(), 'unres-e2e-'));
const dirs = {
  home: join(temp, 'home'),
  config: join(temp, 'xdg-config'),
  data: join(temp, 'xdg-data'),
  cache: join(temp, 'xdg-cache'),
  state: join(temp, 'xdg-state'),
  runtime: join(temp, 'xdg-runtime'),
  tmp: join(temp, 'tmp'),
  userData: join(temp, 'user-data'),
  extensions: join(temp, 'extensions'),
  browser: join(temp, 'browser-profile'),
  suiteWorkspace: join(temp, 'workspace-suite'),
  uiWorkspace: join(temp, 'workspace-ui'),
};
for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true, mode: 0o700 });
mkdirSync(join(dirs.userData, 'User'), { recursive: true });
writeFileSync(
  join(dirs.userData, 'User', 'settings.json'),
  JSON.stringify(
    {
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.enableExperiments': false,
      'workbench.welcomePage.walkthroughs.openOnInstall': false,
      'files.autoSave': 'off',
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'extensions.ignoreRecommendations': true,
      'editor.hover.delay': 100,
      // No fade-in: screenshots show widgets fully drawn.
      'workbench.reduceMotion': 'on',
      // Tests never reach the real UN Digital Library.
      'unres.lookup.online': false,
      'editor.minimap.enabled': false,
      'editor.quickSuggestionsDelay': 10,
      // No word-based suggestions and no word wrap here: the extension's defaults for [unres] must
      // give them, as a user meets them.
      'security.workspace.trust.enabled': false,
      'git.enabled': false,
      'chat.commandCenter.enabled': false,
      ...(opts.web ? { 'remote.extensionKind': { 'unres.unres': ['web'] } } : {}),
    },
    null,
    2,
  ),
);
const fixtures = join(root, 'test', 'e2e', 'workspace');
cpSync(fixtures, dirs.suiteWorkspace, { recursive: true });
cpSync(fixtures, dirs.uiWorkspace, { recursive: true });
mkdirSync(results, { recursive: true });
// Screenshots of an earlier run would mix with this run's.
for (const name of readdirSync(results))
  if (/^\d\d-.*\.png$/.test(name) || name === 'e2e-timings.json') rmSync(join(results, name));

const env = {
  PATH: process.env.PATH,
  LANG: process.env.LANG ?? 'C.UTF-8',
  HOME: dirs.home,
  XDG_CONFIG_HOME: dirs.config,
  XDG_DATA_HOME: dirs.data,
  XDG_CACHE_HOME: dirs.cache,
  XDG_STATE_HOME: dirs.state,
  XDG_RUNTIME_DIR: dirs.runtime,
  TMPDIR: dirs.tmp,
  // Tell the in-host suites where they run (optional for them).
  UNRES_E2E: '1',
  // No marketplace here: point the gallery at a closed local port so nothing is looked up.
  EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }),
};
if (process.env.UNRES_E2E_GREP) env.UNRES_E2E_GREP = process.env.UNRES_E2E_GREP;
const csArgs = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];

// --- cleanup: process groups, browser, temp dir ---------------------------------------------
let server; // ChildProcess of code-server (leader of its own process group)
let context; // playwright BrowserContext
let cleaning;
function killGroup(child, signal) {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}
async function cleanup() {
  cleaning ??= (async () => {
    if (context) await Promise.race([context.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      killGroup(server, 'SIGTERM');
      const timer = setTimeout(() => killGroup(server, 'SIGKILL'), 3000);
      await Promise.race([exited, new Promise((r) => setTimeout(r, 4000))]);
      clearTimeout(timer);
    }
    killGroup(server, 'SIGKILL'); // the extension host and the language server share the group
    if (opts.keep) log(`kept ${temp}`);
    else rmSync(temp, { recursive: true, force: true });
  })();
  return cleaning;
}
const overall = setTimeout(
  async () => {
    console.error(`e2e: overall timeout of ${opts.timeout} s reached; stopping`);
    await cleanup();
    process.exit(124);
  },
  Number(opts.timeout) * 1000,
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await cleanup();
    process.exit(130);
  });
}

// --- helpers --------------------------------------------------------------------------------
function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolvePort(port));
    });
  });
}

function run(command, args, options) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolveRun(output) : reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output}`)),
    );
  });
}

async function waitForHealth(port, deadlineMs) {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    if (server.exitCode !== null)
      throw new Error(`code-server exited with ${server.exitCode}; see ${join(temp, 'code-server.log')}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer /healthz within ${deadlineMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The processes below `pid` (from /proc), with their command lines. */
function descendants(pid) {
  const children = new Map();
  const commands = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent is the fourth field of stat, after the command name in parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      commands.set(Number(entry), readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim());
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      /* gone meanwhile */
    }
  }
  const found = [];
  const pending = [pid];
  while (pending.length > 0) {
    for (const child of children.get(pending.pop()) ?? []) {
      found.push({ pid: child, command: commands.get(child) ?? '' });
      pending.push(child);
    }
  }
  return found;
}

/** Formats a browser console message the way a terminal would (printf-style, `%c` styles dropped). */
async function consoleText(message) {
  let args;
  try {
    args = await Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => undefined)));
  } catch {
    return message.text();
  }
  const show = (value) => (typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value));
  // The workbench wraps the extension host's own printf-style call in its styled one, so a
  // format string may be followed by another: format each in turn.
  const format = (list) => {
    if (list.length === 0) return '';
    const [head, ...rest] = list;
    if (typeof head !== 'string') return [show(head), format(rest)].filter(Boolean).join(' ');
    const text = head.replace(/%([csdifoOj%])/g, (match, kind) => {
      if (kind === '%') return '%';
      if (rest.length === 0) return match;
      const value = rest.shift();
      return kind === 'c' ? '' : show(value);
    });
    return rest.length ? `${text} ${format(rest)}` : text;
  };
  return format(args).replace(/\s+$/, '');
}

/** Browser console lines that are only the workbench's noise in this offline, throwaway set-up. */
const NOISE = [/127\.0\.0\.1:9\b/, /Long running operations during shutdown/];

// --- main -----------------------------------------------------------------------------------
let exitCode = 0;
const summary = [];
// Totals for the closing line CI reads: in-host tests and UI checks together.
const totals = { passed: 0, failed: 0 };
try {
  const { chromium } = await import('playwright-core');

  if (vsix) {
    log(`installing ${vsix}`);
    const out = await run(process.execPath, [entry, ...csArgs, '--install-extension', vsix], { env, cwd: dirs.home });
    log(out.trim().split('\n').pop());
  }

  const port = opts.port ? Number(opts.port) : await freePort();
  const logFile = createWriteStream(join(temp, 'code-server.log'));
  server = spawn(
    process.execPath,
    [
      entry,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      ...csArgs,
    ],
    { env, cwd: dirs.home, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout.pipe(logFile);
  server.stderr.pipe(logFile);
  await waitForHealth(port, 30_000);
  log(`code-server listening on 127.0.0.1:${port}`);

  if (opts.serve) {
    clearTimeout(overall);
    const folder = resolve(opts.serve);
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`;
    console.log(
      `\nVS Code with unres is running. Open this address in a browser:\n\n  ${url}\n\nPress Ctrl+C to stop.`,
    );
    await new Promise(() => {}); // until SIGINT/SIGTERM, whose handler cleans up
  }

  context = await chromium.launchPersistentContext(dirs.browser, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    env,
  });
  const base = `http://127.0.0.1:${port}`;
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;

  // a. the in-host mocha suites -----------------------------------------------------------------
  if (opts.only !== 'ui' && !opts.web) {
    const page = await context.newPage();
    let inHostLine;
    /** What the in-host suites measured (the first activation), for the benchmark: test-results/e2e-timings.json. */
    const timings = {};
    // Console messages are formatted asynchronously; chain them to keep their order.
    let printing = Promise.resolve();
    page.on('console', (message) => {
      printing = printing.then(async () => {
        const text = await consoleText(message);
        const match = /unres-e2e in-host: \d+ passed, \d+ failed/.exec(text);
        if (match) inHostLine = match[0];
        const activation = /unres-e2e activation: ([\d.]+) ms/.exec(text);
        if (activation) timings.activationMs = Number(activation[1]);
        // The workbench's own chatter (connection, service worker, 404s) only when asked for.
        if (!verbose && !match && (NOISE.some((re) => re.test(text)) || !/Extension Host|unres|^\s/.test(text))) return;
        process.stdout.write(`[host] ${text}\n`);
      });
    });
    page.on('pageerror', (error) => process.stdout.write(`[page error] ${error.message}\n`));
    const exited = new Promise((resolveExit) => {
      page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code))).catch(() => {});
    });
    // The workbench runs extensionTestsPath only in extension-development mode. With --vsix the
    // suites must meet the installed package, so the development path is an empty stub extension.
    let developmentPath = root;
    if (vsix) {
      developmentPath = join(temp, 'e2e-host-stub');
      mkdirSync(developmentPath, { recursive: true });
      writeFileSync(
        join(developmentPath, 'package.json'),
        JSON.stringify({ name: 'e2e-host-stub', publisher: 'unres-test', version: '0.0.0', engines: { vscode: '*' } }),
      );
    }
    const payload = [
      ['extensionDevelopmentPath', remote(developmentPath)],
      ['extensionTestsPath', remote(testsEntry)],
    ];
    const url = `${base}/?folder=${encodeURIComponent(dirs.suiteWorkspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    log('in-host suites: opening the workbench');
    await page.goto(url);
    const suiteTimeout = Math.max(30, Number(opts.timeout) - 60) * 1000;
    const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), suiteTimeout))]);
    if (code === 'timeout') {
      summary.push(`in-host suites: no result within ${suiteTimeout / 1000} s`);
      totals.failed += 1;
      exitCode = 1;
    } else {
      summary.push(
        `in-host suites: exit ${code}${inHostLine ? ` (${inHostLine.replace('unres-e2e in-host: ', '')})` : ''}`,
      );

      if (code !== 0) exitCode = 1;
    }
    await printing;
    if (timings.activationMs !== undefined) {
      mkdirSync(results, { recursive: true });
      writeFileSync(
        join(results, 'e2e-timings.json'),
        JSON.stringify({ ...timings, vsix: vsix ?? null, at: new Date().toISOString() }, null, 2),
      );
      log(`extension activation: ${timings.activationMs} ms`);
    }
    // The in-host summary line arrives through the console, after the exit code.
    const counts = /(\d+) passed, (\d+) failed/.exec(inHostLine ?? '');
    if (counts) {
      totals.passed += Number(counts[1]);
      totals.failed += Number(counts[2]);
    } else if (code !== 0) totals.failed += 1;
    await page.close().catch(() => {});
  }

  // b. UI checks --------------------------------------------------------------------------------
  if (opts.only !== 'suite') {
    const { uiChecks } = await import('./e2e-ui.mjs');
    const ui = await uiChecks({
      context,
      base,
      remote,
      root,
      workspace: dirs.uiWorkspace,
      results,
      developmentPath: vsix ? undefined : root,
      log,
      web: opts.web,
    });
    let passed = 0;
    let failed = 0;
    for (const step of ui) {
      const pending = pendingSteps.has(step.name);
      if (step.ok) passed++;
      else if (!pending) failed++;
      console.log(
        `  ${step.ok ? 'ok  ' : pending ? 'todo' : 'FAIL'} ui ${step.name}${step.ok ? '' : `: ${step.error}`}${step.screenshot ? ` [${step.screenshot}]` : ''}`,
      );
    }
    summary.push(`ui checks: ${passed} passed, ${failed} failed`);
    totals.passed += passed;
    totals.failed += failed;
    if (failed > 0) exitCode = 1;
  }

  // c. --web: the features above came from the worker, not from a Node server -------------------
  if (opts.web) {
    const nodeServers = descendants(server.pid).filter(({ command }) => /dist\/server\.js/.test(command));
    const ok = nodeServers.length === 0;
    console.log(
      `  ${ok ? 'ok  ' : 'FAIL'} web no Node language server under code-server${ok ? '' : `: ${nodeServers.map(({ pid, command }) => `${pid} ${command}`).join('; ')}`}`,
    );
    summary.push(`web: ${ok ? 'no Node language server' : 'a Node language server ran'}`);
    if (ok) totals.passed += 1;
    else {
      totals.failed += 1;
      exitCode = 1;
    }
  }
} catch (error) {
  console.error(`e2e: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  exitCode = exitCode || 1;
  const serverLog = join(temp, 'code-server.log');
  if (existsSync(serverLog)) console.error(`--- code-server log ---\n${readFileSync(serverLog, 'utf8').slice(-4000)}`);
} finally {
  clearTimeout(overall);
  await cleanup();
}
for (const line of summary) log(line);
log(exitCode === 0 ? 'e2e passed' : 'e2e FAILED');
if (!opts.serve)
  console.log(
    `e2e: ${totals.passed} passed, ${totals.failed + (exitCode !== 0 && totals.failed === 0 ? 1 : 0)} failed`,
  );
process.exit(exitCode);
