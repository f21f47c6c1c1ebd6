// The language server: LSP glue around the pure core. Node and browser entry points create a
// connection and call `startServer`; nothing here parses or checks text itself. The server is a
// few named parts, wired to the protocol below in handlers of a line or two each:
//
//   DocumentChecks     document-checks.ts   versions, edit log, incremental or full checks, supersession
//   Configuration      configuration.ts     settings and .unres.json in force for a document
//   CatalogState       catalog-state.ts     workspace index, user catalogue files, online look-up
//   CompletionHandler  completion-handler.ts completion lists and their resolve
//   CodeActions        code-actions.ts      quick fixes, disable rule, fix-all
//   LanguageFeatures   features.ts          hover, links, definition, references, tokens, outline …
//   Preview            preview.ts           the resolution as printed, for the live preview (unres/preview)
//   Comparisons        compare-request.ts   the redline against a base (unres/compare), its wording in hovers
//   (request)          tracked-export-request.ts the draft as Word with tracked changes against a base (unres/exportTrackedChanges)
import {
  CodeActionKind,
  DiagnosticSeverity,
  TextDocumentContentChangeEvent,
  TextDocuments,
  TextDocumentSyncKind,
  ResponseError,
  TextEdit,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME } from '../core/config';
import { documentInfo } from '../core/features/info';
import { renumberText } from '../core/features/renumber';
import { renumberNegotiation } from '../core/features/renumber-negotiation';
import { documentWhenOpen } from './document-arrival';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../core/features/tokens';
import { CatalogState } from './catalog-state';
import { CodeActions, FIX_ALL_KIND } from './code-actions';
import { CompletionHandler } from './completion-handler';
import { Configuration } from './configuration';
import { SOURCE, toDiagnostic } from './convert';
import { DocumentChecks, type DocumentChecksHost, type LiveDocument } from './document-checks';
import { EditLog } from './edit-log';
import { AutoNumbering } from './auto-numbering';
import { answerExport, EXPORT_REQUEST, type ExportParams } from './export-request';
import { answerExportTracked, EXPORT_TRACKED_REQUEST, type ExportTrackedParams } from './tracked-export-request';
import { answerNextDraft, NEXT_DRAFT_REQUEST, type NextDraftParams } from './next-draft-request';
import { LanguageFeatures } from './features';
import type { ServerOptions } from './host';
import { Preview, PREVIEW_REQUEST, type PreviewParams } from './preview';
import { Comparisons, COMPARE_CLOSED_NOTIFICATION, COMPARE_REQUEST, type CompareParams } from './compare-request';

export type { OnlineFacts, ProjectFiles, ServerOptions } from './host';
export { FIX_ALL_KIND } from './code-actions';
export { PREVIEW_REQUEST } from './preview';

/** The custom notification carrying the status-bar summary of a document. */
export const DOCUMENT_INFO_NOTIFICATION = 'unres/documentInfo';

interface Parts {
  documents: TextDocuments<TextDocument>;
  configuration: Configuration;
  catalogs: CatalogState;
  checks: DocumentChecks;
  completion: CompletionHandler;
  actions: CodeActions;
  features: LanguageFeatures;
  autoNumbering: AutoNumbering;
  preview: Preview;
  comparisons: Comparisons;
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const parts = createParts(connection, options);
  wireLifecycle(connection, parts);
  wireDocuments(connection, parts);
  wireWorkspace(connection, parts);
  wireFeatures(connection, parts);
  wireRequests(connection, parts, options);
  parts.documents.listen(connection);
  connection.listen();
}

function createParts(connection: Connection, options: ServerOptions): Parts {
  const configuration = new Configuration(connection, options.files);
  // Every edit is recorded on its way in, for the checks to bring their last analysis up to date.
  const editLog = new EditLog();
  const logger = {
    error: (message: string) => connection.console.error(message),
    info: (message: string) => connection.console.log(message),
  };
  const autoNumbering = new AutoNumbering(connection, logger);
  const documents = trackedDocuments(editLog, autoNumbering);
  const document = (uri: string): LiveDocument | undefined => documents.get(uri);
  const checks = new DocumentChecks(
    checksHost(connection, configuration, options, document, autoNumbering),
    options.scheduler,
    logger,
    editLog,
  );
  const catalogs = new CatalogState(connection, options, configuration, (uri) => documents.get(uri) !== undefined);
  const completion = new CompletionHandler(catalogs.completionSource, logger);
  const actions = new CodeActions({
    document,
    configuration,
    checks,
    folders: () => catalogs.folders,
    files: options.files,
  });
  const comparisons = new Comparisons({
    analysisOf: (uri) => checks.analysisOf(uri),
    logger,
    refreshInlayLabels: () => refreshInlayHints(connection, configuration),
  });
  const baseWordingAt = comparisons.baseWordingAt.bind(comparisons);
  const formerLabels = comparisons.formerLabels.bind(comparisons);
  const features = new LanguageFeatures({
    document,
    checks,
    catalogs,
    configuration,
    logger,
    baseWordingAt,
    formerLabels,
  });
  const preview = new Preview({ analysisOf: (uri) => checks.analysisOf(uri), logger });
  const rest = { completion, actions, features, autoNumbering, preview, comparisons };
  return { documents, configuration, catalogs, checks, ...rest };
}

/** The documents, with every edit recorded as offsets on its way in (for the incremental check). */
function trackedDocuments(editLog: EditLog, autoNumbering: AutoNumbering): TextDocuments<TextDocument> {
  return new TextDocuments<TextDocument>({
    create: TextDocument.create,
    update(document, changes, version) {
      for (const change of changes) {
        const offsets = TextDocumentContentChangeEvent.isIncremental(change)
          ? {
              start: document.offsetAt(change.range.start),
              end: document.offsetAt(change.range.end),
              text: change.text,
            }
          : undefined;
        editLog.record(document.uri, version, offsets);
        if (offsets)
          autoNumbering.edited(document.uri, version, offsets, document.getText().slice(offsets.start, offsets.end));
        else autoNumbering.forget(document.uri);
        TextDocument.update(document, [change], version);
      }
      return document;
    },
  });
}

/** How the checks reach the client: settings in, diagnostics and the status-bar summary out. */
function checksHost(
  connection: Connection,
  configuration: Configuration,
  options: ServerOptions,
  document: (uri: string) => LiveDocument | undefined,
  autoNumbering: AutoNumbering,
): DocumentChecksHost {
  return {
    document,
    settings: (uri) => configuration.settingsFor(uri),
    rules: (uri) => configuration.rulesFor(uri),
    async publish(uri, analysis) {
      const { result, index, version } = analysis;
      const diagnostics = result.diagnostics.map((diagnostic) => toDiagnostic(index, diagnostic, options.docsBase));
      await connection.sendDiagnostics({ uri, version, diagnostics });
      void connection.sendNotification(DOCUMENT_INFO_NOTIFICATION, {
        uri,
        version,
        checked: analysis.checked,
        ...documentInfo(result.model),
      });
      await autoNumbering.checked(uri, analysis, (await configuration.settingsFor(uri)).autoNumbering);
    },
    publishTooLarge(uri, version, message) {
      const start = { line: 0, character: 0 };
      const diagnostic = {
        range: { start, end: start },
        severity: DiagnosticSeverity.Information,
        source: SOURCE,
        code: 'document-too-large',
        message,
      };
      return connection.sendDiagnostics({ uri, version, diagnostics: [diagnostic] });
    },
  };
}

const capabilities = (): InitializeResult['capabilities'] => ({
  textDocumentSync: TextDocumentSyncKind.Incremental,
  documentSymbolProvider: true,
  // `PP3` / `OP5` before each paragraph (unres.inlayLabels.enabled).
  inlayHintProvider: true,
  foldingRangeProvider: true,
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
  hoverProvider: true,
  documentLinkProvider: { resolveProvider: false },
  definitionProvider: true,
  referencesProvider: true,
  workspaceSymbolProvider: true,
  semanticTokensProvider: {
    legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] },
    full: true,
    range: false,
  },
  documentFormattingProvider: true,
  documentRangeFormattingProvider: true,
  // Enter after operative paragraph N starts paragraph N+1 (and the next sub-paragraph label).
  documentOnTypeFormattingProvider: { firstTriggerCharacter: '\n' },
  // Documentation is sent for the item the user looks at (completionItem/resolve), not for every item of a long list.
  completionProvider: { triggerCharacters: ['(', '/', ' '], resolveProvider: true },
});

/** The extension's own client says it runs in VS Code, whose editor commands items may then name. */
const runsVsCodeCommands = (options: unknown): boolean =>
  typeof options === 'object' && options !== null && (options as { vscodeCommands?: unknown }).vscodeCommands === true;

function wireLifecycle(connection: Connection, { configuration, catalogs, completion }: Parts): void {
  connection.onInitialize((params) => {
    configuration.canReadConfiguration = params.capabilities.workspace?.configuration === true;
    configuration.canRefreshInlayHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    completion.initialize(
      params.capabilities.textDocument?.completion?.completionList?.itemDefaults,
      runsVsCodeCommands(params.initializationOptions),
    );
    catalogs.initialize(
      (params.workspaceFolders ?? []).map((folder) => folder.uri),
      params.initializationOptions,
    );
    return { capabilities: capabilities(), serverInfo: { name: 'unres-language-server' } };
  });
  connection.onInitialized(() => {
    connection.console.log('unres: language server ready');
    void catalogs.indexWorkspace();
    void catalogs.loadCatalogues();
  });
  connection.onShutdown(() => catalogs.flush());
}

function wireDocuments(
  connection: Connection,
  { documents, checks, configuration, catalogs, autoNumbering, comparisons }: Parts,
): void {
  documents.onDidOpen((event) => checks.opened(event.document.uri));
  documents.onDidSave((event) => catalogs.workspace.update(event.document.uri, event.document.getText()));
  documents.onDidChangeContent((event) => checks.changed(event.document.uri));
  documents.onDidClose((event) => {
    checks.closed(event.document.uri);
    configuration.forget(event.document.uri);
    autoNumbering.forget(event.document.uri);
    comparisons.closed(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });
}

/** Asks the editor for the inlay labels again, when it can be asked. */
function refreshInlayHints(connection: Connection, configuration: Configuration): void {
  if (configuration.canRefreshInlayHints) connection.languages.inlayHint.refresh().catch(() => undefined);
}

function wireWorkspace(connection: Connection, { documents, checks, configuration, catalogs }: Parts): void {
  const checkAllAgain = (): void => {
    void catalogs.loadCatalogues();
    for (const document of documents.all()) checks.schedule(document.uri, 0);
  };
  connection.onDidChangeConfiguration(() => {
    configuration.settingsChanged();
    checkAllAgain();
    // The labels may have been turned on or off: the editor asks for them again.
    refreshInlayHints(connection, configuration);
  });
  // The client watches **/.unres.json and **/*.unres: a config change re-reads the configuration
  // of every document; a resolution file that changed on disk is indexed again.
  connection.onDidChangeWatchedFiles(async (params) => {
    let configChanged = false;
    for (const change of params.changes) {
      if (change.uri.endsWith(`/${CONFIG_FILE_NAME}`)) configChanged = true;
      else if (change.uri.endsWith('.unres'))
        await catalogs.resolutionFileChanged(change.uri, change.type === 3 /* FileChangeType.Deleted */);
    }
    if (configChanged) {
      configuration.projectFilesChanged();
      checkAllAgain();
    }
  });
}

function wireFeatures(connection: Connection, parts: Parts): void {
  const { checks, completion, actions, features, preview, comparisons } = parts;
  connection.onHover((params) => features.hover(params));
  connection.onDocumentLinks((params) => features.links(params.textDocument.uri));
  connection.onDefinition((params) => features.definition(params));
  connection.onReferences((params) => features.references(params));
  connection.languages.semanticTokens.on((params) => features.tokens(params.textDocument.uri));
  connection.onDocumentFormatting((params) => features.formatting(params.textDocument.uri));
  connection.onDocumentRangeFormatting((params) => features.formatting(params.textDocument.uri, params.range));
  connection.onDocumentOnTypeFormatting((params) => features.onType(params));
  connection.onDocumentSymbol((params) => features.symbols(params.textDocument.uri));
  connection.onFoldingRanges((params) => features.folding(params.textDocument.uri));
  connection.languages.inlayHint.on((params) => features.inlayHints(params));
  connection.onWorkspaceSymbol((params) => features.workspaceSymbols(params));
  connection.onCompletion(async (params) => {
    const analysis = await checks.analysisOf(params.textDocument.uri);
    return analysis ? completion.complete(params.textDocument.uri, analysis, params.position) : null;
  });
  connection.onCompletionResolve((item) => completion.resolve(item));
  connection.onCodeAction((params) => actions.actions(params));
  connection.onRequest(PREVIEW_REQUEST, (params: PreviewParams) => preview.render(params));
  connection.onRequest(COMPARE_REQUEST, (params: CompareParams) => comparisons.compare(params));
  connection.onNotification(COMPARE_CLOSED_NOTIFICATION, (params: { draftUri?: unknown }) => {
    if (typeof params?.draftUri === 'string') comparisons.closed(params.draftUri);
  });
}

/** `unres/renumber`: the edit that puts every paragraph number and label in sequence (the Renumber command). */
export const RENUMBER_REQUEST = 'unres/renumber';

/**
 * `unres/renumberNegotiation`: the edits that give inserted paragraphs (`5 bis.`) their final numbers,
 * references following (the Renumber Negotiation Paragraphs command).
 */
export const RENUMBER_NEGOTIATION_REQUEST = 'unres/renumberNegotiation';

function wireRequests(connection: Connection, { documents, catalogs }: Parts, options: ServerOptions): void {
  connection.onRequest(RENUMBER_NEGOTIATION_REQUEST, async (params: { uri: string }): Promise<TextEdit[]> => {
    const document = await documentWhenOpen(documents, params?.uri);
    if (!document) throw new ResponseError(0, 'the language server has not received this document');
    return renumberNegotiation(document.getText()).edits.map((edit) =>
      TextEdit.replace({ start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, edit.newText),
    );
  });
  connection.onRequest(RENUMBER_REQUEST, async (params: { uri: string }): Promise<TextEdit[]> => {
    const document = await documentWhenOpen(documents, params?.uri);
    if (!document) throw new ResponseError(0, 'the language server has not received this document');
    const text = document.getText();
    const renumbered = renumberText(text);
    if (renumbered.text === text) return [];
    return [
      TextEdit.replace({ start: document.positionAt(0), end: document.positionAt(text.length) }, renumbered.text),
    ];
  });
  const logger = { error: (message: string) => connection.console.error(message) };
  connection.onRequest(EXPORT_REQUEST, (params: ExportParams) =>
    answerExport(params, (uri) => documents.get(uri), options, logger),
  );
  connection.onRequest(EXPORT_TRACKED_REQUEST, (params: ExportTrackedParams) =>
    answerExportTracked(params, (uri) => documents.get(uri), options, logger),
  );
  connection.onRequest(NEXT_DRAFT_REQUEST, (params: NextDraftParams) =>
    answerNextDraft(params, (uri) => documents.get(uri), catalogs.catalog, logger),
  );
}
