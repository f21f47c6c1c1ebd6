// The stdio server in real editors, configured exactly as README.md says (the configuration is
// read from the README, so what it shows is what is tested): Neovim headless (`nvim --headless
// --clean`, harness neovim/drive.lua) and Emacs with eglot (`emacs --batch`, harness
// emacs/drive.el), with `unres-language-server` on the PATH as `npm link` would put it. Each
// harness opens a file, waits for the diagnostics, asks for a hover on a citation and for the code
// actions on a diagnostic's line as the editor itself does, applies the preferred quick fix, waits
// for the re-check, and writes what it saw as JSON; this file asserts on it. Runs on a draft of
// our own and on the seed resolution (when ../shared is present).
// An editor that is not installed is skipped with a message, unless UNRES_REQUIRE_EDITORS=1 (CI
// sets it). UNRES_KEEP_TMP=1 keeps the temporary folder (configuration, results, editor logs).
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { corpusAvailable, REPO_ROOT, SEED_PATH } from '../support/corpus';
import { SERVER_PATH } from '../support/lsp-client';

const FIXTURE = path.join(__dirname, 'fixtures', 'draft.unres');
/** A whole editor run, start to exit, is killed after this long. */
const RUN_TIMEOUT_MS = 60_000;
/** Each wait inside the editor (server attached, diagnostics, a request, the re-check) gives up after this long. */
const WAIT_TIMEOUT_MS = 20_000;

interface Result {
  steps: string[];
  error?: string;
  diagnostics?: { code: string; source: string; severity: number; line: number; message: string }[];
  hover?: string | null;
  actions?: { title: string; kind?: string; isPreferred: boolean }[];
  applied?: string;
  cleared?: boolean;
  after?: string[];
  text?: string;
  /** Neovim: the buffer's filetype; Emacs: its major mode. */
  filetype?: string;
  mode?: string;
}

interface Editor {
  name: string;
  /** The README heading whose first code block of `language` is the configuration. */
  heading: string;
  language: string;
  configFile: string;
  install: string;
  available: () => boolean;
  command: string;
  args: (config: string) => string[];
  env: (config: string) => NodeJS.ProcessEnv;
  /** Files worth showing when a run fails, relative to the temporary folder. */
  logs: string[];
  /** Asserts that the file was opened in the resolution mode. */
  checkMode: (result: Result) => void;
}

const runs = (command: string, args: string[]): boolean =>
  spawnSync(command, args, { stdio: 'ignore', timeout: 30_000 }).status === 0;

const EDITORS: Editor[] = [
  {
    name: 'Neovim',
    heading: '### Neovim',
    language: 'lua',
    configFile: 'init.lua',
    install: 'apt-get install neovim',
    available: () => runs('nvim', ['--version']),
    command: 'nvim',
    args: (config) => [
      '--headless',
      '--clean',
      '-n',
      '-u',
      config,
      '-c',
      `luafile ${path.join(__dirname, 'neovim', 'drive.lua')}`,
    ],
    env: () => ({}),
    logs: ['state/nvim/lsp.log', 'cache/nvim/lsp.log'],
    checkMode: (result) => assert.equal(result.filetype, 'unres', 'vim.filetype.add maps .unres to the unres filetype'),
  },
  {
    name: 'Emacs (eglot)',
    heading: '### Emacs (eglot)',
    language: 'elisp',
    configFile: 'init.el',
    install: 'apt-get install emacs-nox elpa-eglot',
    available: () => runs('emacs', ['--batch', '--eval', "(progn (package-initialize) (require 'eglot))"]),
    command: 'emacs',
    args: () => ['--batch', '-l', path.join(__dirname, 'emacs', 'drive.el')],
    env: (config) => ({ UNRES_INIT: config }),
    logs: [],
    checkMode: (result) => assert.equal(result.mode, 'unres-mode', 'auto-mode-alist maps .unres to unres-mode'),
  },
];

/** The first ```<language> block after `heading` in README.md. */
function readmeBlock(heading: string, language: string): string {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.indexOf(`\n${heading}\n`);
  assert.ok(section >= 0, `README.md has a "${heading}" section`);
  const block = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(readme.slice(section));
  assert.ok(block, `the "${heading}" section of README.md has a \`\`\`${language} block`);
  return block[1]!;
}

interface Run {
  result: Result;
  ms: number;
}

/** Runs the editor on `file` with the README configuration and its harness; resolves with what the harness wrote. */
function runEditor(
  editor: Editor,
  home: string,
  file: string,
  options: { expect: string[]; hover: string; actionCode: string },
): Promise<Run> {
  const config = path.join(home, editor.configFile);
  writeFileSync(config, readmeBlock(editor.heading, editor.language));
  // `unres-language-server` on the PATH, as `npm link` installs it: the built server.
  const bin = path.join(home, 'bin');
  mkdirSync(bin, { recursive: true });
  const shim = path.join(bin, 'unres-language-server');
  writeFileSync(shim, `#!/bin/sh\nexec '${process.execPath}' '${SERVER_PATH}' "$@"\n`);
  chmodSync(shim, 0o755);
  const out = path.join(home, `result-${path.basename(file)}.json`);
  rmSync(out, { force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
    // The editor's state (logs, shada, package cache) stays in the temporary folder.
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, 'config'),
    XDG_DATA_HOME: path.join(home, 'data'),
    XDG_STATE_HOME: path.join(home, 'state'),
    XDG_CACHE_HOME: path.join(home, 'cache'),
    // Belt and braces: the harnesses turn the online look-up off; should that not reach the
    // server, no request leaves the machine either.
    UNRES_DIGITAL_LIBRARY_URL: 'http://127.0.0.1:9/',
    UNRES_FILE: file,
    UNRES_OUT: out,
    UNRES_EXPECT: options.expect.join(','),
    UNRES_HOVER: options.hover,
    UNRES_ACTION_CODE: options.actionCode,
    UNRES_TIMEOUT_MS: String(WAIT_TIMEOUT_MS),
    ...editor.env(config),
  };
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(editor.command, editor.args(config), { cwd: home, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      const ms = Date.now() - started;
      const details = (): string => {
        const logs = editor.logs.map((log) => path.join(home, log)).filter((log) => existsSync(log));
        return (
          `\n--- ${editor.command} output ---\n${output.trim().slice(-4000)}` +
          logs.map((log) => `\n--- ${log} ---\n${readFileSync(log, 'utf8').slice(-4000)}`).join('')
        );
      };
      if (signal)
        return reject(
          new Error(
            `${editor.name} did not finish within ${RUN_TIMEOUT_MS / 1000} s (killed by ${signal})${details()}`,
          ),
        );
      if (!existsSync(out))
        return reject(new Error(`${editor.name} exited with ${status} and wrote no result${details()}`));
      const result = JSON.parse(readFileSync(out, 'utf8')) as Result;
      if (result.error || status !== 0) {
        return reject(
          new Error(
            `${editor.name} exited with ${status} after steps [${result.steps.join(', ')}]: ${result.error ?? ''}${details()}`,
          ),
        );
      }
      resolve({ result, ms });
    });
  });
}

const codes = (result: Result): string[] =>
  [...new Set((result.diagnostics ?? []).map((diagnostic) => diagnostic.code))].sort();
const titles = (result: Result): string => (result.actions ?? []).map((action) => action.title).join(' | ');
const offersRenumber = (result: Result): boolean =>
  (result.actions ?? []).some(
    (action) => action.kind === 'quickfix' && action.isPreferred && /^Renumber/.test(action.title),
  );

for (const editor of EDITORS) {
  describe(`${editor.name} with the README configuration`, function () {
    this.timeout(RUN_TIMEOUT_MS + 10_000);
    let home: string | undefined;

    before(function () {
      if (!editor.available()) {
        if (process.env.UNRES_REQUIRE_EDITORS === '1')
          throw new Error(`${editor.command} is not installed (${editor.install}), and UNRES_REQUIRE_EDITORS=1`);
        console.log(`      (skipped: no ${editor.name}; ${editor.install})`);
        this.skip();
      }
      if (!existsSync(SERVER_PATH)) throw new Error(`${SERVER_PATH} is missing: run npm run build first`);
      home = mkdtempSync(path.join(tmpdir(), `unres-${editor.command}-`));
    });
    after(() => {
      if (home && process.env.UNRES_KEEP_TMP !== '1') rmSync(home, { recursive: true, force: true });
    });

    it('checks a draft, explains a citation and fixes the numbering', async () => {
      const file = path.join(home!, 'draft', 'draft.unres');
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, readFileSync(FIXTURE, 'utf8'));
      const { result, ms } = await runEditor(editor, home!, file, {
        expect: ['operative-numbering', 'member-state-name'],
        hover: '55/25',
        actionCode: 'operative-numbering',
      });
      console.log(`      (${editor.name} run: ${ms} ms)`);
      editor.checkMode(result);
      assert.deepEqual(codes(result), ['member-state-name', 'operative-numbering'], JSON.stringify(result.diagnostics));
      const numbering = result.diagnostics!.find((diagnostic) => diagnostic.code === 'operative-numbering')!;
      assert.equal(numbering.source, 'unres');
      assert.equal(numbering.line, 8);
      assert.match(numbering.message, /expected 2/);
      assert.match(result.hover ?? '', /A\/RES\/55\/25/, 'the hover names the cited resolution');
      assert.match(result.hover ?? '', /15 November 2000/, 'the hover gives its adoption date');
      assert.ok(offersRenumber(result), titles(result));
      assert.match(result.applied ?? '', /^Renumber/);
      assert.equal(
        result.cleared,
        true,
        `the numbering error is gone after the fix; left: ${result.after?.join(', ')}`,
      );
      assert.deepEqual(result.after, ['member-state-name']);
      assert.match(result.text ?? '', /\n2\. Requests the Secretary-General/);
    });

    it('checks the seed resolution, explains resolution 55/25 and restores the numbering', async function () {
      if (!corpusAvailable()) {
        console.log('      (skipped: no ../shared/corpus for the seed)');
        this.skip();
      }
      const original = readFileSync(SEED_PATH, 'utf8');
      const broken = original.replace('\t5.\tAlso urges', '\t6.\tAlso urges');
      assert.notEqual(broken, original, 'the seed has paragraph 5');
      const file = path.join(home!, 'seed', 'A_RES_59_157.unres');
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, broken);
      const { result, ms } = await runEditor(editor, home!, file, {
        expect: ['operative-numbering', 'ods-artifact'],
        hover: '55/25',
        actionCode: 'operative-numbering',
      });
      console.log(`      (${editor.name} run: ${ms} ms)`);
      editor.checkMode(result);
      assert.deepEqual(codes(result), ['ods-artifact', 'operative-numbering'], JSON.stringify(result.diagnostics));
      const brokenLine = broken.split(/\r?\n/).findIndex((line) => line.startsWith('\t6.\tAlso urges'));
      const numbering = result.diagnostics!.filter((diagnostic) => diagnostic.code === 'operative-numbering');
      assert.deepEqual(
        numbering.map((diagnostic) => diagnostic.line),
        [brokenLine],
      );
      assert.match(result.hover ?? '', /A\/RES\/55\/25/, 'the hover names resolution 55/25');
      assert.match(
        result.hover ?? '',
        /United Nations Convention against Transnational Organized Crime/,
        'the hover gives its title',
      );
      assert.ok(offersRenumber(result), titles(result));
      assert.equal(
        result.cleared,
        true,
        `the numbering error is gone after the fix; left: ${result.after?.join(', ')}`,
      );
      // The fix restores the published text (Neovim's buffer lines drop the file's last newline).
      const trimEnd = (text: string): string => text.replace(/\r\n/g, '\n').replace(/\n+$/, '');
      assert.equal(trimEnd(result.text ?? ''), trimEnd(original));
    });
  });
}
