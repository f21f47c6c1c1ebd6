// Starts the built language server (dist/server.js --stdio) and talks LSP to it, as an editor would.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { REPO_ROOT } from './corpus';

export const SERVER_PATH = path.join(REPO_ROOT, 'dist', 'server.js');

/** Settings as a test gives them, with the online look-up off unless the test turns it on. */
const withTestDefaults = (configuration: Record<string, unknown>): Record<string, unknown> => ({
  lookup: { online: false },
  ...configuration,
});

export class LspClient {
  readonly connection: MessageConnection;
  private readonly process: ChildProcess;
  private readonly diagnosticWaiters: {
    uri: string;
    predicate: (params: PublishDiagnosticsParams) => boolean;
    resolve: (params: PublishDiagnosticsParams) => void;
  }[] = [];
  readonly published: PublishDiagnosticsParams[] = [];
  stderr = '';
  /** How many times the server has asked for the settings (`workspace/configuration`). */
  configurationRequests = 0;
  private configuration: Record<string, unknown>;

  /** Settings the server reads; the online look-up is off unless a test turns it on (tests never reach the real site). */
  constructor(
    configuration: Record<string, unknown> = {},
    private readonly start: {
      env?: NodeJS.ProcessEnv;
      initializationOptions?: unknown;
      workspaceFolders?: { uri: string; name: string }[];
      textDocumentCapabilities?: Record<string, unknown>;
      workspaceCapabilities?: Record<string, unknown>;
    } = {},
  ) {
    this.configuration = withTestDefaults(configuration);
    this.process = spawn(process.execPath, [SERVER_PATH, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...start.env },
    });
    this.process.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      for (const waiter of [...this.diagnosticWaiters]) {
        if (waiter.uri === params.uri && waiter.predicate(params)) {
          this.diagnosticWaiters.splice(this.diagnosticWaiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => {
      this.configurationRequests++;
      return params.items.map(() => this.configuration);
    });
    this.connection.onNotification('window/showMessage', () => undefined);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  async initialize(): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: this.start.workspaceFolders ?? null,
      initializationOptions: this.start.initializationOptions,
      capabilities: {
        workspace: { configuration: true, ...this.start.workspaceCapabilities },
        textDocument: { publishDiagnostics: { versionSupport: true }, ...this.start.textDocumentCapabilities },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Resolves with the next diagnostics published for `uri` that satisfy `predicate`, or rejects after `timeout` ms. */
  diagnostics(
    uri: string,
    predicate: (params: PublishDiagnosticsParams) => boolean = () => true,
    timeout = 10_000,
  ): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeout} ms`)), timeout);
      this.diagnosticWaiters.push({
        uri,
        predicate,
        resolve: (params) => {
          clearTimeout(timer);
          resolve(params);
        },
      });
    });
  }

  /** New settings, announced as an editor does (`workspace/didChangeConfiguration`); the server asks for them. */
  changeConfiguration(configuration: Record<string, unknown>): Promise<void> {
    this.configuration = withTestDefaults(configuration);
    return this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'unres', version, text },
    });
  }

  replace(uri: string, text: string, version: number): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  closeDocument(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  get alive(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  async close(): Promise<void> {
    try {
      await Promise.race([
        this.connection.sendRequest('shutdown'),
        new Promise((resolve) => setTimeout(resolve, 2000)),
      ]);
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone.
    }
    this.connection.dispose();
    this.process.kill();
  }
}

/** A suite's `before` hook: the tests talk to the built server, so a missing build says how to make it. */
export function requireBuiltServer(): void {
  if (!existsSync(SERVER_PATH)) throw new Error(`${SERVER_PATH} is missing: run npm run build first`);
}

/** A client of a new server, initialized. */
export async function startedClient(...options: ConstructorParameters<typeof LspClient>): Promise<LspClient> {
  const client = new LspClient(...options);
  await client.initialize();
  return client;
}
