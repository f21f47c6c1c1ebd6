// Node entry point of the language server: `unres-language-server --stdio`, or IPC/socket when
// started by the VS Code client (vscode-languageserver reads the transport from argv).
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server';

if (process.argv.includes('--version')) {
  process.stdout.write('unres-language-server\n');
  process.exit(0);
}
const hasTransport = process.argv.some((arg) => /^--(stdio|node-ipc|socket|pipe)/.test(arg));
if (!hasTransport) {
  process.stderr.write('Usage: unres-language-server --stdio\n');
  process.exit(2);
}

const connection = createConnection(ProposedFeatures.all);
// The bundle lives in dist/; the rule pages ship beside it in docs/rules/.
const docsBase = pathToFileURL(path.join(__dirname, '..', 'docs', 'rules') + path.sep).href;
startServer(connection, { docsBase });
