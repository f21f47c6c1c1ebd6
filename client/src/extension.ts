// The VS Code client: starts the language server, forwards settings and file changes, and shows
// the server's one-line summary of the active resolution in the status bar. No language logic.
// The web client (vscode.dev, github.dev) is browser.ts; what both share is in common.ts.
import * as path from 'node:path';
import { extensions, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import {
  attachToWindow,
  CLIENT_ID,
  CLIENT_NAME,
  clientOptions,
  recognizeUntitledResolutions,
  startWhenAResolutionIsOpen,
} from './common';
import { registerCommands } from './commands';
import { registerExportCommands } from './export-commands';
import { registerTrackedExport } from './tracked-export';
import { registerNextDraft } from './next-draft';
import { registerSpellingConfig, type GetExtension } from './spell-checker';
// Node options of the server process, shared with the benchmark (scripts/bench/run.mjs): a young
// generation of 4 MB instead of V8's 16 MB keeps the resident memory of a large open document about
// 20 MB lower, at no measured cost in checking or typing latency.
import SERVER_EXEC_ARGV from '../../server/exec-argv.json';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6010'] },
    },
  };
  // In an untrusted workspace the server still checks text, but reads no catalogue files named
  // by the workspace and makes no network requests.
  client = new LanguageClient(
    CLIENT_ID,
    CLIENT_NAME,
    serverOptions,
    clientOptions({ trusted: workspace.isTrusted, cacheDir: context.globalStorageUri.fsPath }),
  );
  const comparisons = attachToWindow(context, client);
  registerExportCommands(context, client);
  registerTrackedExport(context, client, comparisons, true);
  registerCommands(context, client);
  registerNextDraft(context, client);
  // Trust granted: start again so that the server may read catalogue files and look facts up.
  context.subscriptions.push(workspace.onDidGrantWorkspaceTrust(() => void client?.restart()));
  recognizeUntitledResolutions(context);
  await startWhenAResolutionIsOpen(context, client);
  offerSpellingConfig(context, client);
}

/** Gives Code Spell Checker the UN vocabulary now, and again when extensions change (installed later). */
function offerSpellingConfig(context: ExtensionContext, languageClient: LanguageClient): void {
  const configPath = context.asAbsolutePath(path.join('client', 'spelling', 'cspell-unres.json'));
  let registered = false;
  const offer = (): void => {
    if (registered) return;
    registerSpellingConfig(extensions.getExtension as GetExtension, configPath).then(
      (outcome) => {
        registered = outcome === 'registered';
        if (outcome !== 'absent')
          languageClient.outputChannel.appendLine(`Code Spell Checker: ${outcome} ${configPath}`);
      },
      (error: unknown) =>
        languageClient.outputChannel.appendLine(
          `Code Spell Checker: registering ${configPath} failed: ${String(error)}`,
        ),
    );
  };
  offer();
  context.subscriptions.push(extensions.onDidChange(offer));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
