// The language server: LSP glue around the pure core. Node and browser entry points create a
// connection and call `startServer`; nothing here parses or checks text itself.
import {
  CodeActionKind,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type Diagnostic,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintModel, type LintResult } from '../core/lint';
import { parse } from '../core/parser/parse';
import { LineIndex } from '../core/text/positions';
import { outline } from '../core/features/symbols';
import { foldingSpans } from '../core/features/folding';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';
import { rangesOverlap, SOURCE, toCodeAction, toDiagnostic, toDocumentSymbol, toFoldingRange } from './convert';

export interface ServerOptions {
  /** URI of the rule documentation folder, for diagnostics' `codeDescription`. */
  docsBase?: string;
}

interface Analysis {
  version: number;
  index: LineIndex;
  result: LintResult;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const analyses = new Map<string, Analysis>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const settingsCache = new Map<string, Promise<Settings>>();
  const reportedProblems = new Set<string>();
  let canReadConfiguration = false;

  connection.onInitialize((params) => {
    canReadConfiguration = params.capabilities.workspace?.configuration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'unres-language-server' },
    };
  });

  async function settingsFor(uri: string): Promise<Settings> {
    if (!canReadConfiguration) return DEFAULT_SETTINGS;
    let pending = settingsCache.get(uri);
    if (!pending) {
      pending = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'unres' })
        .then((raw) => {
          const { settings, problems } = readSettings(raw);
          for (const problem of problems) {
            if (reportedProblems.has(problem)) continue;
            reportedProblems.add(problem);
            connection.window.showWarningMessage(problem);
          }
          return settings;
        })
        .catch(() => DEFAULT_SETTINGS);
      settingsCache.set(uri, pending);
    }
    return pending;
  }

  /** Parses and checks a document now, unless it changed meanwhile (a newer run is scheduled). */
  async function validate(document: TextDocument): Promise<void> {
    const settings = await settingsFor(document.uri);
    const current = documents.get(document.uri);
    if (!current || current.version !== document.version) return;
    const text = document.getText();
    let result: LintResult;
    try {
      result = lintModel(parse(text), { rules: settings.rules, maxDiagnostics: settings.maxDiagnostics });
    } catch (error) {
      connection.console.error(`unres: checking ${document.uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
      return;
    }
    for (const failure of result.failures) connection.console.error(`unres: rule ${failure.rule} failed on ${document.uri}: ${failure.error}`);
    const index = new LineIndex(text);
    analyses.set(document.uri, { version: document.version, index, result });
    const diagnostics = result.diagnostics.map((diagnostic) => toDiagnostic(index, diagnostic, options.docsBase));
    await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  }

  function schedule(document: TextDocument, delay: number): void {
    clearTimeout(timers.get(document.uri));
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        void validate(document);
      }, delay),
    );
  }

  documents.onDidOpen((event) => schedule(event.document, 0));
  documents.onDidChangeContent((event) => {
    void settingsFor(event.document.uri).then((settings) => schedule(event.document, settings.validationDelay));
  });
  documents.onDidClose((event) => {
    clearTimeout(timers.get(event.document.uri));
    timers.delete(event.document.uri);
    analyses.delete(event.document.uri);
    settingsCache.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    reportedProblems.clear();
    for (const document of documents.all()) schedule(document, 0);
  });

  /** The analysis of the document as it is now (computed on demand when a check is still pending). */
  function analysisOf(uri: string): Analysis | undefined {
    const document = documents.get(uri);
    if (!document) return undefined;
    const known = analyses.get(uri);
    if (known && known.version === document.version) return known;
    const text = document.getText();
    return { version: document.version, index: new LineIndex(text), result: lintModel(parse(text)) };
  }

  connection.onDocumentSymbol((params) => {
    const analysis = analysisOf(params.textDocument.uri);
    if (!analysis) return [];
    return outline(analysis.result.model).map((node) => toDocumentSymbol(analysis.index, node));
  });

  connection.onFoldingRanges((params) => {
    const analysis = analysisOf(params.textDocument.uri);
    if (!analysis) return [];
    return foldingSpans(analysis.result.model).flatMap((span) => toFoldingRange(analysis.index, span) ?? []);
  });

  connection.onCodeAction((params) => {
    const uri = params.textDocument.uri;
    const analysis = analysisOf(uri);
    if (!analysis) return [];
    const actions: CodeAction[] = [];
    const seen = new Set<string>();
    for (const diagnostic of analysis.result.diagnostics) {
      if (!diagnostic.fix) continue;
      const range = analysis.index.rangeOf(diagnostic.start, diagnostic.end);
      if (!rangesOverlap(range, params.range)) continue;
      // Diagnostics sharing one fix (renumbering a part) offer it once.
      const key = `${diagnostic.fix.title}|${JSON.stringify(diagnostic.fix.edits)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const related: Diagnostic[] = params.context.diagnostics.filter((candidate) => candidate.source === SOURCE && candidate.code === diagnostic.rule && rangesOverlap(candidate.range, range));
      actions.push(toCodeAction(analysis.index, uri, diagnostic.fix, related, true));
    }
    return actions;
  });

  documents.listen(connection);
  connection.listen();
}
