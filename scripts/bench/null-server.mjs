// @ts-check
// The do-nothing language server of the editor-latency baseline: full-document sync, and on each
// open or change it publishes one diagnostic per numbered line (`12.` at the start of a line), with
// the document version. This is the floor of any server built on vscode-languageserver: the
// protocol, the JSON of a 5 MB document on each change and the diagnostics round trip.
//
// With --incremental it asks for incremental sync instead and keeps the text with
// vscode-languageserver-textdocument, as a real server would (a harder baseline: no 5 MB of JSON per
// keystroke).
//
// Usage: node scripts/bench/null-server.mjs --stdio [--incremental]
import lsp from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';

const { createConnection, TextDocumentSyncKind, DiagnosticSeverity } = lsp;
const connection = createConnection(lsp.ProposedFeatures.all);

const incremental = process.argv.includes('--incremental');

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: {
      openClose: true,
      change: incremental ? TextDocumentSyncKind.Incremental : TextDocumentSyncKind.Full,
    },
  },
  serverInfo: { name: 'null-server' },
}));

function publish(uri, version, text) {
  const diagnostics = [];
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const first = text.charCodeAt(start);
    if (first >= 48 && first <= 57) {
      let index = start;
      while (index < end && text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57) index++;
      if (text.charCodeAt(index) === 46) {
        diagnostics.push({
          range: { start: { line, character: 0 }, end: { line, character: index - start + 1 } },
          severity: DiagnosticSeverity.Hint,
          source: 'null',
          message: 'Numbered line.',
        });
      }
    }
    line++;
    start = end + 1;
  }
  void connection.sendDiagnostics({ uri, version, diagnostics });
}

if (incremental) {
  const documents = new lsp.TextDocuments(TextDocument);
  documents.onDidChangeContent(({ document }) => publish(document.uri, document.version, document.getText()));
  documents.listen(connection);
} else {
  connection.onDidOpenTextDocument(({ textDocument }) =>
    publish(textDocument.uri, textDocument.version, textDocument.text),
  );
  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    const last = contentChanges[contentChanges.length - 1];
    if (last && !('range' in last)) publish(textDocument.uri, textDocument.version, last.text);
  });
}
connection.listen();
