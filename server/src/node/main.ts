// Node entry point of the language server: `unres-language-server --stdio`, or IPC/socket when
// started by the VS Code client (vscode-languageserver reads the transport from argv).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server';
import { OnlineLookup } from '../lsp/online-lookup';
import { nearestConfigFile } from './nearest-config';
import { writeDocx, writeTrackedDocx } from './docx-writer';
import { printPdf } from './pdf';
import { nodeScheduler } from './scheduler';

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
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'dist', 'out']);
/** At most this many files are indexed per workspace folder (a repository of drafts, not a disk). */
const MAX_WORKSPACE_FILES = 5000;
const workspaceRoots: string[] = [];

async function listResolutionFiles(folderUri: string): Promise<string[]> {
  if (!folderUri.startsWith('file:')) return [];
  const root = fileURLToPath(folderUri);
  workspaceRoots.push(root);
  const found: string[] = [];
  const pending = [root];
  while (pending.length > 0 && found.length < MAX_WORKSPACE_FILES) {
    const directory = pending.pop()!;
    let entries;
    try {
      entries = await fs.readdir(directory, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith('.'))
        pending.push(path.join(directory, entry.name));
      else if (entry.isFile() && entry.name.endsWith('.unres'))
        found.push(pathToFileURL(path.join(directory, entry.name)).href);
    }
  }
  return found;
}

startServer(connection, {
  docsBase,
  scheduler: nodeScheduler,
  renderPdf: printPdf,
  writeDocx,
  writeTrackedDocx,
  // UNRES_DIGITAL_LIBRARY_URL points the look-up at another host (tests use a local server that
  // plays recorded answers; OnlineLookup accepts only UN hosts over https, or loopback).
  createOnlineLookup: (cacheDir) =>
    new OnlineLookup({ cacheDir, baseUrl: process.env.UNRES_DIGITAL_LIBRARY_URL || undefined }),
  files: {
    listResolutionFiles,
    readFile: (uri) => fs.readFile(fileURLToPath(uri), 'utf8'),
    describe(uri) {
      if (!uri.startsWith('file:')) return uri;
      const file = fileURLToPath(uri);
      const root = workspaceRoots.find((candidate) => file.startsWith(candidate + path.sep));
      return root ? path.relative(root, file) : path.basename(file);
    },
    // The nearest .unres.json above the document (file: URIs only; untitled documents have none).
    // A file that is there but cannot be read is an error (the configuration logs it), as in the CLI.
    async findConfig(documentUri) {
      if (!documentUri.startsWith('file:')) return undefined;
      const isFile = (candidate: string): Promise<boolean> => fs.stat(candidate).then((stat) => stat.isFile());
      const file = await nearestConfigFile(path.dirname(fileURLToPath(documentUri)), isFile);
      return file === undefined ? undefined : { uri: pathToFileURL(file).href, text: await fs.readFile(file, 'utf8') };
    },
  },
});
