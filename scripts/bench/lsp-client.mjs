// @ts-check
// A minimal LSP client for the benchmark: spawns a server over stdio, answers its requests as an
// editor would (`workspace/configuration` with the given settings), keeps the document text for
// full-sync servers, and timestamps every publishDiagnostics.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import rpc from 'vscode-jsonrpc/node.js';

const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = rpc;

export class BenchClient {
  /**
   * @param {string[]} args node arguments (the server script and `--stdio`)
   * @param {unknown} configuration the value answered to every `workspace/configuration` item
   */
  constructor(args, configuration = {}) {
    this.args = args;
    this.spawnedAt = performance.now();
    this.process = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = '';
    this.process.stderr.on('data', (chunk) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.process.on('exit', (code, signal) => resolve({ code, signal })));
    this.waiters = [];
    this.published = 0;
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout),
      new StreamMessageWriter(this.process.stdin),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => {
      const at = performance.now();
      this.published++;
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && waiter.predicate(params)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve({ params, at });
        }
      }
    });
    this.connection.onRequest('workspace/configuration', (params) => params.items.map(() => configuration));
    // Anything else the server asks (registerCapability, workDoneProgress/create…) is acknowledged.
    this.connection.onRequest(() => null);
    this.connection.onNotification(() => undefined);
    this.connection.listen();
    this.syncKind = 2;
    this.texts = new Map();
  }

  get pid() {
    return this.process.pid;
  }

  /** Sends `initialize` + `initialized`; returns the result and the spawn-to-result time (ms). */
  async initialize() {
    const gone = this.exited.then(({ code, signal }) => {
      throw new Error(
        `server ${this.args.join(' ')} exited (${signal ?? code}) before initializing: ${this.stderr.slice(0, 1000)}`,
      );
    });
    const result = await Promise.race([
      gone,
      this.connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: null,
        capabilities: {
          workspace: { configuration: true },
          textDocument: {
            synchronization: { dynamicRegistration: false },
            publishDiagnostics: { versionSupport: true },
            hover: { contentFormat: ['markdown', 'plaintext'] },
            // As VS Code's client (vscode-languageclient 9) declares them.
            completion: {
              completionItem: { snippetSupport: true },
              completionList: {
                itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'],
              },
            },
          },
        },
      }),
    ]);
    gone.catch(() => undefined);
    const initializedMs = performance.now() - this.spawnedAt;
    await this.connection.sendNotification('initialized', {});
    const sync = result?.capabilities?.textDocumentSync;
    this.syncKind = typeof sync === 'number' ? sync : (sync?.change ?? 0);
    this.capabilities = result?.capabilities ?? {};
    return { result, initializedMs };
  }

  /** The next diagnostics for `uri` satisfying `predicate`, with their arrival time. */
  diagnostics(uri, predicate, timeout = 30_000) {
    return new Promise((resolve, reject) => {
      const waiter = {
        uri,
        predicate,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`no diagnostics for ${uri} within ${timeout} ms`));
      }, timeout);
      this.waiters.push(waiter);
    });
  }

  /** Opens a document; resolves with the time (ms) from didOpen to its first diagnostics. */
  async open(uri, text, version = 1) {
    this.texts.set(uri, text);
    const waiting = this.diagnostics(
      uri,
      (params) => params.version === undefined || params.version >= version,
      60_000,
    );
    const sent = performance.now();
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'unres', version, text },
    });
    const { at, params } = await waiting;
    return { ms: at - sent, diagnostics: params.diagnostics.length };
  }

  /**
   * Inserts `insert` at `position` (an incremental change, or the whole new text for a full-sync
   * server, as an editor does); resolves with the time (ms) from the didChange to the diagnostics
   * carrying `version`.
   */
  async edit(uri, version, position, insert, timeout = 30_000) {
    const waiting = this.diagnostics(
      uri,
      (params) => params.version === undefined || params.version >= version,
      timeout,
    );
    let contentChanges;
    if (this.syncKind === 1) {
      const text = this.texts.get(uri);
      const offset = offsetAt(text, position);
      const next = text.slice(0, offset) + insert + text.slice(offset);
      this.texts.set(uri, next);
      contentChanges = [{ text: next }];
    } else {
      contentChanges = [{ range: { start: position, end: position }, text: insert }];
    }
    const sent = performance.now();
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges,
    });
    const { at } = await waiting;
    return at - sent;
  }

  /** Times one request (ms); `{ ms, error }` when the server answers with an error. */
  async timedRequest(method, params) {
    const sent = performance.now();
    try {
      const result = await this.connection.sendRequest(method, params);
      return { ms: performance.now() - sent, result };
    } catch (error) {
      return { ms: performance.now() - sent, error };
    }
  }

  /** Resident memory of the server process now and at its peak, in MiB (Linux /proc). */
  memory() {
    try {
      const status = readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
      const field = (name) => {
        const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status);
        return match ? Number(match[1]) / 1024 : undefined;
      };
      return { rssMiB: field('VmRSS'), peakMiB: field('VmHWM') };
    } catch {
      return { rssMiB: undefined, peakMiB: undefined };
    }
  }

  async close() {
    // Every wait is bounded: a write to a server that has gone never settles, and a pending promise
    // with nothing else to wait for would let Node exit in the middle of the benchmark.
    const within = (promise, ms) =>
      Promise.race([promise.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, ms))]);
    await within(this.connection.sendRequest('shutdown'), 2000);
    await within(this.connection.sendNotification('exit'), 500);
    await within(this.exited, 2000);
    this.connection.dispose();
    if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill();
  }
}

/** UTF-16 offset of an LSP position in `text`. */
export function offsetAt(text, position) {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + position.character, text.length);
}
