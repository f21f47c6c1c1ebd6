// The language server: LSP glue around the pure core. Node and browser entry points create a
// connection and call `startServer`; nothing here parses or checks text itself.
import {
  CodeActionKind,
  CompletionItemKind,
  type CompletionItem,
  InsertTextFormat,
  CreateFile,
  DiagnosticSeverity,
  TextDocumentEdit,
  TextDocumentSyncKind,
  TextDocumentContentChangeEvent,
  TextDocuments,
  TextEdit,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { bundledProvider, Catalog, MapProvider, type CatalogFact, type CatalogProvider } from '../core/catalog/catalog';
import { parseCatalogFile } from '../core/catalog/file-format';
import { extractCitations } from '../core/citations/extract';
import type { Citation } from '../core/citations/types';
import { documentInfo } from '../core/features/info';
import { hoverAt } from '../core/features/hover';
import { definitionAt, documentLinks } from '../core/features/navigation';
import { encodeTokens, semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from '../core/features/tokens';
import { formatText } from '../core/features/format';
import { onEnter } from '../core/features/on-type';
import { complete, type CatalogSource } from '../core/features/completion';
import { WorkspaceIndex } from './workspace-index';
import { CONFIG_FILE_NAME, emptyConfig, parseConfig, withRuleSeverity, type ProjectConfig } from '../core/config';
import { fixAll } from '../core/fix-all';
import { lintModel, lintSteps, releaseWholeTextViews, type LintOptions, type LintResult } from '../core/lint';
import { relint, type EditedParagraph } from '../core/incremental/relint';
import { updateModel } from '../core/incremental/update-model';
import { EditLog } from './edit-log';
import type { SeveritySetting } from '../core/rules/types';
import { parse } from '../core/parser/parse';
import { LineIndex } from '../core/text/positions';
import { outline } from '../core/features/symbols';
import { foldingSpans } from '../core/features/folding';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';
import { rangesOverlap, SOURCE, toCodeAction, toDiagnostic, toDocumentSymbol, toFoldingRange } from './convert';

/** The host's access to project files (absent in a browser host: settings then come from VS Code only). */
export interface ProjectFiles {
  /** The nearest `.unres.json` above a document, with its text, or undefined. */
  findConfig(documentUri: string): Promise<{ uri: string; text: string } | undefined>;
  /** The resolution files (`*.unres`) under a workspace folder. */
  listResolutionFiles(folderUri: string): Promise<string[]>;
  readFile(uri: string): Promise<string>;
  /** A short name for a file, for people (its path relative to the workspace). */
  describe(uri: string): string;
}

/** Looks facts up on the network (the UN Digital Library); see lsp/online-lookup.ts. */
export interface OnlineFacts {
  lookup(symbol: string): Promise<CatalogFact | undefined>;
  asProvider(): CatalogProvider;
  flush(): Promise<void>;
}

export interface ServerOptions {
  /** URI of the rule documentation folder, for diagnostics' `codeDescription`. */
  docsBase?: string;
  files?: ProjectFiles;
  /** Creates the online look-up (Node host only); `cacheDir` is the client's global storage. */
  createOnlineLookup?(cacheDir: string | undefined): OnlineFacts;
}

/** How long a hover waits for an online answer before showing what is known offline. */
const HOVER_ONLINE_WAIT_MS = 1000;

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.unres`;

interface ConfigState {
  uri?: string;
  text?: string;
  config: ProjectConfig;
}

interface Analysis {
  version: number;
  index: LineIndex;
  result: LintResult;
  /** The rule severities and cap the result was checked with (a change means a full check). */
  optionsKey?: string;
  /** How the result was reached: from the last analysis and the edits since, or by a parse and check of the whole text. */
  checked?: 'incremental' | 'full';
  /** Its diagnostics have been sent. */
  published?: boolean;
  /** Computed on first use (hover, links), not on every keystroke. */
  citations?: Citation[];
}

const citationsOf = (analysis: Analysis): Citation[] => (analysis.citations ??= extractCitations(analysis.result.model));

const COMPLETION_KIND = {
  opener: CompletionItemKind.Keyword,
  verb: CompletionItemKind.Keyword,
  number: CompletionItemKind.Value,
  label: CompletionItemKind.EnumMember,
  closing: CompletionItemKind.Snippet,
  citation: CompletionItemKind.Reference,
  state: CompletionItemKind.Constant,
  body: CompletionItemKind.Module,
} as const;

/** The custom notification carrying the status-bar summary of a document. */
export const DOCUMENT_INFO_NOTIFICATION = 'unres/documentInfo';

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const editLog = new EditLog();
  // The documents, with every edit recorded as offsets on its way in (for the incremental check).
  const documents = new TextDocuments<TextDocument>({
    create: TextDocument.create,
    update(document, changes, version) {
      for (const change of changes) {
        if (TextDocumentContentChangeEvent.isIncremental(change)) {
          editLog.record(document.uri, version, { start: document.offsetAt(change.range.start), end: document.offsetAt(change.range.end), text: change.text });
        } else {
          editLog.record(document.uri, version, undefined);
        }
        TextDocument.update(document, [change], version);
      }
      return document;
    },
  });
  const analyses = new Map<string, Analysis>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /**
   * The full check under way per document. Opening a document schedules two checks (TextDocuments
   * reports the open and a first change): the second finds the first running and leaves it to
   * publish, rather than doubling the time to the first diagnostics. Any other validation of the
   * document supersedes it — a newer version, other settings, the document grown too large — and it
   * is abandoned: finished, it would publish what no longer holds.
   */
  const running = new Map<string, { document: TextDocument; version: number; optionsKey: string }>();
  const settingsCache = new Map<string, Promise<Settings>>();
  const configCache = new Map<string, Promise<ConfigState>>();
  /** Config files whose problems are currently published as diagnostics. */
  const configDiagnostics = new Set<string>();
  const reportedProblems = new Set<string>();
  let canReadConfiguration = false;
  /** The completion list defaults the client understands (LSP 3.17 `itemDefaults`; VS Code's client takes them all). */
  let completionDefaults: ReadonlySet<string> = new Set();
  let workspaceFolders: string[] = [];
  const workspace = new WorkspaceIndex((uri) => options.files?.describe(uri) ?? uri);
  const userCatalog = new MapProvider('user catalogue files');
  const catalog = new Catalog([workspace.provider, userCatalog, bundledProvider()]);
  /** In an untrusted workspace: no catalogue files named by the workspace, no network. */
  let trusted = true;
  let cacheDir: string | undefined;
  let online: OnlineFacts | undefined;
  let onlineEnabled = false;

  connection.onInitialize((params) => {
    canReadConfiguration = params.capabilities.workspace?.configuration === true;
    completionDefaults = new Set(params.capabilities.textDocument?.completion?.completionList?.itemDefaults ?? []);
    workspaceFolders = (params.workspaceFolders ?? []).map((folder) => folder.uri);
    const initialization = (params.initializationOptions ?? {}) as { trusted?: unknown; cacheDir?: unknown };
    trusted = initialization.trusted !== false;
    cacheDir = typeof initialization.cacheDir === 'string' ? initialization.cacheDir : undefined;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        documentLinkProvider: { resolveProvider: false },
        definitionProvider: true,
        referencesProvider: true,
        workspaceSymbolProvider: true,
        semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] }, full: true, range: false },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        // Enter after operative paragraph N starts paragraph N+1 (and the next sub-paragraph label).
        documentOnTypeFormattingProvider: { firstTriggerCharacter: '\n' },
        // Documentation is sent for the item the user looks at (completionItem/resolve), not for every item of a long list.
        completionProvider: { triggerCharacters: ['(', '/', ' '], resolveProvider: true },
      },
      serverInfo: { name: 'unres-language-server' },
    };
  });

  /** The settings for a document or folder; without a URI, the user's and workspace's settings. */
  async function settingsFor(uri: string | undefined): Promise<Settings> {
    if (!canReadConfiguration) return DEFAULT_SETTINGS;
    let pending = settingsCache.get(uri ?? '');
    if (!pending) {
      pending = connection.workspace
        .getConfiguration(uri === undefined ? { section: 'unres' } : { scopeUri: uri, section: 'unres' })
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
      settingsCache.set(uri ?? '', pending);
    }
    return pending;
  }

  /** The project configuration for a document; a broken file is reported on the file itself. */
  function configFor(uri: string): Promise<ConfigState> {
    const files = options.files;
    if (!files) return Promise.resolve({ config: emptyConfig() });
    let pending = configCache.get(uri);
    if (!pending) {
      pending = files
        .findConfig(uri)
        .then((found): ConfigState => {
          if (!found) return { config: emptyConfig() };
          const { config, problems } = parseConfig(found.text);
          const index = new LineIndex(found.text);
          const diagnostics: Diagnostic[] = problems.map((problem) => ({
            range: index.rangeOf(problem.offset ?? 0, (problem.offset ?? 0) + 1),
            severity: DiagnosticSeverity.Error,
            source: SOURCE,
            code: 'config',
            message: problem.message,
          }));
          if (diagnostics.length > 0 || configDiagnostics.has(found.uri)) {
            configDiagnostics.add(found.uri);
            void connection.sendDiagnostics({ uri: found.uri, diagnostics });
          }
          return { uri: found.uri, text: found.text, config };
        })
        .catch((error: unknown) => {
          connection.console.error(`unres: reading ${CONFIG_FILE_NAME} for ${uri} failed: ${String(error)}`);
          return { config: emptyConfig() };
        });
      configCache.set(uri, pending);
    }
    return pending;
  }

  const tooLarge = (text: string, settings: Settings): boolean => text.length > settings.maxDocumentSize * 1024 * 1024;

  /** Rule severities in force: VS Code settings, then the project's .unres.json over them. */
  async function rulesFor(uri: string): Promise<{ settings: Settings; rules: Record<string, SeveritySetting> }> {
    const [settings, project] = await Promise.all([settingsFor(uri), configFor(uri)]);
    return { settings, rules: { ...settings.rules, ...project.config.rules } };
  }

  /** Parses and checks a document now, unless it changed meanwhile (a newer run is scheduled). */
  async function validate(live: TextDocument): Promise<void> {
    const { settings, rules } = await rulesFor(live.uri);
    // TextDocuments updates a document object in place: take its version and text together, now.
    const current = documents.get(live.uri);
    if (!current) return;
    const document = { uri: current.uri, version: current.version };
    const text = current.getText();
    if (tooLarge(text, settings)) {
      running.delete(document.uri);
      analyses.delete(document.uri);
      const megabytes = (text.length / 1024 / 1024).toFixed(1);
      await connection.sendDiagnostics({
        uri: document.uri,
        version: document.version,
        diagnostics: [
          {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: DiagnosticSeverity.Information,
            source: SOURCE,
            code: 'document-too-large',
            message: `This document (${megabytes} MB) is larger than unres.maxDocumentSize (${settings.maxDocumentSize} MB): it is too large for full checking and is not checked. Raise the setting to check it.`,
          },
        ],
      });
      return;
    }
    const lintOptions: LintOptions = { rules, maxDiagnostics: settings.maxDiagnostics };
    const optionsKey = JSON.stringify(lintOptions);
    // A check of this very text with these options under way publishes for both; any other under way is superseded.
    const underWay = running.get(document.uri);
    if (underWay?.document === current && underWay.version === document.version && underWay.optionsKey === optionsKey) return;
    running.delete(document.uri);
    // Brought up to date from the last analysis, edit by edit, when the edits allow it.
    const known = analyses.get(document.uri);
    if (known?.version === document.version && known.optionsKey === optionsKey) {
      // Checked already (a request needed it first): published once.
      if (!known.published) await publish(document.uri, known);
      return;
    }
    const quick = incrementally(document.uri, document.version, text, lintOptions, optionsKey);
    if (quick) {
      store(document.uri, quick);
      await publish(document.uri, quick);
      return;
    }
    const run = { document: current, version: document.version, optionsKey };
    running.set(document.uri, run);
    let result: LintResult | undefined;
    try {
      // Rule by rule, yielding to incoming messages in between: a newer edit (or a newer check, after
      // a change of settings) makes this run stale, and it is abandoned rather than finished.
      // The same object too: a document closed and opened again starts over at the same version.
      const stale = (): boolean => {
        const now = documents.get(document.uri);
        return now !== current || now.version !== document.version || running.get(document.uri) !== run;
      };
      if (stale()) return;
      const model = parse(text);
      const steps = lintSteps(model, lintOptions);
      for (;;) {
        const step = steps.next();
        if (step.done) {
          result = step.value;
          break;
        }
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (stale()) return;
      }
    } catch (error) {
      connection.console.error(`unres: checking ${document.uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
      return;
    } finally {
      if (running.get(document.uri) === run) running.delete(document.uri);
    }
    releaseWholeTextViews(result.model);
    const analysis: Analysis = { version: document.version, index: new LineIndex(text), result, optionsKey, checked: 'full' };
    store(document.uri, analysis);
    await publish(document.uri, analysis);
  }

  function store(uri: string, analysis: Analysis): void {
    analyses.set(uri, analysis);
    parsedOnly.delete(uri);
    editLog.prune(uri, analysis.version);
  }

  async function publish(uri: string, analysis: Analysis): Promise<void> {
    const { result, index, version } = analysis;
    analysis.published = true;
    for (const failure of result.failures) connection.console.error(`unres: rule ${failure.rule} failed on ${uri}: ${failure.error}`);
    const diagnostics = result.diagnostics.map((diagnostic) => toDiagnostic(index, diagnostic, options.docsBase));
    await connection.sendDiagnostics({ uri, version, diagnostics });
    void connection.sendNotification(DOCUMENT_INFO_NOTIFICATION, { uri, version, checked: analysis.checked, ...documentInfo(result.model) });
  }

  /**
   * The analysis of `version`, from the last checked one and the edits since, without a parse of
   * the whole text: undefined when an edit may change the structure (the caller checks in full).
   */
  function incrementally(uri: string, version: number, text: string, lintOptions: LintOptions, optionsKey: string): Analysis | undefined {
    const previous = analyses.get(uri);
    if (!previous || previous.optionsKey !== optionsKey || previous.version >= version) return undefined;
    const changes = editLog.since(uri, previous.version, version);
    if (!changes) return undefined;
    try {
      let model = previous.result.model;
      let index = previous.index;
      const edits: EditedParagraph[] = [];
      for (const [position, change] of changes.entries()) {
        const before = model.text;
        // The last edit gives the editor's own text: the model shares it rather than a copy of 5 MB.
        const after = position === changes.length - 1 && text.length === before.length + change.text.length - (change.end - change.start) ? text : before.slice(0, change.start) + change.text + before.slice(change.end);
        const update = updateModel(model, change, after);
        if (!update) return undefined;
        edits.push({ before: model, change, update });
        model = update.model;
        index = index.afterEdit(change);
      }
      // The replayed edits must give the editor's text (they are the same edits: a length check suffices).
      if (model.text.length !== text.length) return undefined;
      const result = relint(previous.result, edits, lintOptions);
      return result && { version, index, result, optionsKey, checked: 'incremental' };
    } catch (error) {
      connection.console.error(`unres: incremental check of ${uri} failed, checking in full: ${error instanceof Error ? error.stack : String(error)}`);
      return undefined;
    }
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

  connection.onInitialized(() => {
    void indexWorkspace();
    void loadCatalogues();
  });

  /**
   * The user's catalogue files (`unres.catalog.files`, relative to the first workspace folder, and
   * `catalog` in .unres.json, relative to that file) and the online look-up — both only in a
   * trusted workspace.
   */
  async function loadCatalogues(): Promise<void> {
    userCatalog.clear();
    const folder = workspaceFolders[0];
    // Without a workspace folder (a single file opened) the user's settings still decide.
    const settings = await settingsFor(folder);
    onlineEnabled = trusted && settings.lookupOnline && options.createOnlineLookup !== undefined;
    if (onlineEnabled && !online) {
      online = options.createOnlineLookup!(cacheDir);
      catalog.providers.push(online.asProvider());
    }
    const files = options.files;
    if (!trusted || !files) return;
    const uris: string[] = [];
    if (folder) for (const file of settings.catalogFiles) uris.push(resolveUri(folder, file));
    const project = folder ? await configFor(`${folder.replace(/\/$/, '')}/${CONFIG_FILE_NAME}`) : undefined;
    if (project?.uri) for (const file of project.config.catalog) uris.push(resolveUri(project.uri.slice(0, project.uri.lastIndexOf('/')), file));
    for (const uri of uris) {
      try {
        const parsed = parseCatalogFile(await files.readFile(uri), files.describe(uri));
        for (const fact of parsed.facts) userCatalog.set(fact);
        if (parsed.problems.length > 0) connection.window.showWarningMessage(`unres: ${files.describe(uri)}: ${parsed.problems[0]}${parsed.problems.length > 1 ? ` (and ${parsed.problems.length - 1} more)` : ''}`);
      } catch (error) {
        connection.window.showWarningMessage(`unres: cannot read the catalogue file ${files.describe(uri)} (${error instanceof Error ? error.message : String(error)}).`);
      }
    }
  }

  /** A path relative to a folder URI (or an absolute path) as a file URI. */
  function resolveUri(folderUri: string, file: string): string {
    if (/^[a-z][a-z0-9+.-]*:/i.test(file)) return file;
    if (file.startsWith('/')) return `file://${file.split('/').map(encodeURIComponent).join('/')}`;
    return `${folderUri.replace(/\/$/, '')}/${file.split('/').map(encodeURIComponent).join('/')}`;
  }

  /** Reads every resolution file of the workspace once, for the workspace catalogue and symbols. */
  async function indexWorkspace(): Promise<void> {
    const files = options.files;
    if (!files) return;
    for (const folder of workspaceFolders) {
      let uris: string[] = [];
      try {
        uris = await files.listResolutionFiles(folder);
      } catch (error) {
        connection.console.error(`unres: listing ${folder} failed: ${String(error)}`);
      }
      for (const uri of uris) {
        if (documents.get(uri)) continue;
        try {
          workspace.update(uri, await files.readFile(uri));
        } catch {
          // An unreadable file is simply not in the index.
        }
      }
    }
  }

  documents.onDidOpen((event) => schedule(event.document, 0));
  documents.onDidSave((event) => workspace.update(event.document.uri, event.document.getText()));
  documents.onDidChangeContent((event) => {
    void settingsFor(event.document.uri).then((settings) => schedule(event.document, settings.validationDelay));
  });
  documents.onDidClose((event) => {
    clearTimeout(timers.get(event.document.uri));
    timers.delete(event.document.uri);
    running.delete(event.document.uri);
    analyses.delete(event.document.uri);
    parsedOnly.delete(event.document.uri);
    editLog.forget(event.document.uri);
    settingsCache.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    reportedProblems.clear();
    void loadCatalogues();
    for (const document of documents.all()) schedule(document, 0);
  });

  // The client watches **/.unres.json and **/*.unres: a config change re-reads the configuration
  // of every document; a resolution file that changed on disk is indexed again.
  connection.onDidChangeWatchedFiles(async (params) => {
    let configChanged = false;
    for (const change of params.changes) {
      if (change.uri.endsWith(`/${CONFIG_FILE_NAME}`)) configChanged = true;
      else if (change.uri.endsWith('.unres') && options.files) {
        if (change.type === 3) workspace.remove(change.uri);
        else if (!documents.get(change.uri)) {
          try {
            workspace.update(change.uri, await options.files.readFile(change.uri));
          } catch {
            workspace.remove(change.uri);
          }
        }
      }
    }
    if (configChanged) {
      configCache.clear();
      void loadCatalogues();
      for (const document of documents.all()) schedule(document, 0);
    }
  });

  connection.onHover(async (params) => {
    const analysis = await analysisOf(params.textDocument.uri);
    if (!analysis) return null;
    const offset = analysis.index.offsetAt(params.position);
    const citations = citationsOf(analysis);
    // A fact missing offline may come from the Digital Library: wait for it briefly, never past the
    // time-out; a slower answer fills the cache for the next hover.
    if (online && onlineEnabled) {
      const cited = citations.find((citation) => citation.start <= offset && offset <= citation.end && citation.symbol && (citation.kind === 'resolution' || citation.kind === 'decision'));
      const known = cited?.symbol ? catalog.resolve(cited.symbol) : undefined;
      if (cited?.symbol && (!known?.date || !known.title)) {
        await Promise.race([online.lookup(cited.symbol), new Promise((resolve) => setTimeout(resolve, HOVER_ONLINE_WAIT_MS))]);
      }
    }
    const hover = hoverAt(analysis.result.model, offset, citations, catalog);
    if (!hover) return null;
    return { contents: { kind: 'markdown', value: hover.markdown }, range: analysis.index.rangeOf(hover.start, hover.end) };
  });

  connection.onDocumentLinks(async (params) => {
    const analysis = await analysisOf(params.textDocument.uri);
    if (!analysis) return [];
    return documentLinks(citationsOf(analysis)).map((link) => ({ range: analysis.index.rangeOf(link.start, link.end), target: link.url }));
  });

  connection.onDefinition(async (params) => {
    const uri = params.textDocument.uri;
    const analysis = await analysisOf(uri);
    if (!analysis) return null;
    const definition = definitionAt(analysis.result.model, analysis.index.offsetAt(params.position), citationsOf(analysis), catalog);
    if (!definition) return null;
    const origin = analysis.index.rangeOf(definition.origin.start, definition.origin.end);
    if (definition.kind === 'here') {
      const range = analysis.index.rangeOf(definition.span.start, definition.span.end);
      return [{ originSelectionRange: origin, targetUri: uri, targetRange: range, targetSelectionRange: range }];
    }
    const start = { line: 0, character: 0 };
    return [{ originSelectionRange: origin, targetUri: definition.uri, targetRange: { start, end: start }, targetSelectionRange: { start, end: start } }];
  });

  connection.onReferences(async (params) => {
    const uri = params.textDocument.uri;
    const analysis = await analysisOf(uri);
    if (!analysis) return [];
    const offset = analysis.index.offsetAt(params.position);
    // The resolution under the cursor: a citation of it, or the document itself when on its title.
    const citation = citationsOf(analysis).find((candidate) => candidate.start <= offset && offset <= candidate.end && candidate.symbol);
    const own = documentInfo(analysis.result.model).symbol;
    const title = analysis.result.model.title;
    const symbol = citation?.symbol ?? (title && title.start <= offset && offset <= title.end ? own : undefined);
    if (!symbol) return [];
    const open = documents.get(uri);
    if (open) workspace.update(uri, open.getText());
    return workspace.references(symbol);
  });

  connection.languages.semanticTokens.on(async (params) => {
    const analysis = await analysisOf(params.textDocument.uri);
    if (!analysis) return { data: [] };
    const model = analysis.result.model;
    return { data: encodeTokens(semanticTokens(model, citationsOf(analysis)), analysis.index) };
  });

  async function formattingEdits(uri: string, range?: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<TextEdit[]> {
    const analysis = await analysisOf(uri);
    if (!analysis) return [];
    const settings = await settingsFor(uri);
    const span = range ? { start: analysis.index.offsetAt(range.start), end: analysis.index.offsetAt(range.end) } : undefined;
    return formatText(analysis.result.model, { noBreakSpaceInDates: settings.noBreakSpaceInDates, range: span }).map((edit) =>
      TextEdit.replace(analysis.index.rangeOf(edit.start, edit.end), edit.newText),
    );
  }

  connection.onDocumentFormatting((params) => formattingEdits(params.textDocument.uri));
  connection.onDocumentRangeFormatting((params) => formattingEdits(params.textDocument.uri, params.range));

  connection.onDocumentOnTypeFormatting(async (params) => {
    if (params.ch !== '\n') return [];
    const analysis = await analysisOf(params.textDocument.uri);
    if (!analysis) return [];
    return onEnter(analysis.result.model, analysis.index.offsetAt(params.position)).map((edit) => TextEdit.replace(analysis.index.rangeOf(edit.start, edit.end), edit.newText));
  });

  /** The catalogue as completion reads it: every known resolution once, with its source. */
  const completionCatalog: CatalogSource = {
    entries: () =>
      catalog.entries().map((fact) => ({ symbol: fact.symbol, organ: fact.organ ?? 'other', kind: fact.kind ?? 'resolution', date: fact.date, title: fact.title, parts: fact.parts, source: fact.source })),
  };

  connection.onCompletion(async (params) => {
    const analysis = await analysisOf(params.textDocument.uri);
    if (!analysis) return null;
    const offset = analysis.index.offsetAt(params.position);
    const result = complete(analysis.result.model, offset, completionCatalog);
    const request = ++completionRequests;
    lastCompletion = { request, documentation: result.items.map((item) => item.documentation) };
    const range = analysis.index.rangeOf(result.replaceStart, result.replaceEnd);
    // Where the client takes list defaults, the range and format the items share are sent once
    // (a list of 180 verbs is a third of the bytes), each item keeping only what is its own.
    const shareRange = completionDefaults.has('editRange');
    const format = (item: (typeof result.items)[number]): InsertTextFormat => (item.isSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText);
    const shareFormat = completionDefaults.has('insertTextFormat') && result.items.length > 0 && result.items.every((item) => format(item) === format(result.items[0]));
    const items = result.items.map((item, index): CompletionItem => {
      const ownRange = (item.replaceStart ?? result.replaceStart) !== result.replaceStart || (item.replaceEnd ?? result.replaceEnd) !== result.replaceEnd;
      const completion: CompletionItem = {
        label: item.label,
        kind: COMPLETION_KIND[item.kind],
        detail: item.detail,
        data: item.documentation ? { request, index } : undefined,
        sortText: item.sortText,
        // The label is what the client filters by when there is no filter text.
        filterText: item.filterText === item.label ? undefined : item.filterText,
        insertTextFormat: shareFormat ? undefined : format(item),
      };
      if (shareRange && !ownRange) completion.textEditText = item.insertText;
      else completion.textEdit = { range: ownRange ? analysis.index.rangeOf(item.replaceStart ?? result.replaceStart, item.replaceEnd ?? result.replaceEnd) : range, newText: item.insertText };
      return completion;
    });
    const itemDefaults = shareRange || shareFormat ? { editRange: shareRange ? range : undefined, insertTextFormat: shareFormat ? format(result.items[0]) : undefined } : undefined;
    // Citations and names are filtered by what was typed: ask again as the word changes.
    const first = result.items[0]?.kind;
    return { isIncomplete: first === 'citation' || first === 'state' || first === 'body', itemDefaults, items };
  });

  /** The documentation of the last completion list's items, until the next list. */
  let completionRequests = 0;
  let lastCompletion: { request: number; documentation: (string | undefined)[] } | undefined;

  connection.onCompletionResolve((item) => {
    const data = item.data as { request?: unknown; index?: unknown } | undefined;
    if (lastCompletion && data && data.request === lastCompletion.request && typeof data.index === 'number') {
      const value = lastCompletion.documentation[data.index];
      if (value) item.documentation = { kind: 'markdown', value };
    }
    return item;
  });

  connection.onWorkspaceSymbol((params) =>
    workspace.search(params.query).map((file) => ({
      name: [file.symbol, file.title].filter(Boolean).join(' — '),
      kind: 2 /* SymbolKind.Module */,
      location: { uri: file.uri, range: file.titleRange },
    })),
  );

  /** Parses of versions not yet checked, for requests that need the model but not diagnostics. */
  const parsedOnly = new Map<string, Analysis>();

  /**
   * The analysis of the document as it is now. When the check of this version is still pending,
   * requests that need only the model (hover, completion, outline …) get a fresh parse, and only
   * code actions (`withDiagnostics`) run the rules.
   */
  async function analysisOf(uri: string, withDiagnostics = false): Promise<Analysis | undefined> {
    const document = documents.get(uri);
    if (!document) return undefined;
    const known = analyses.get(uri);
    if (known && known.version === document.version) return known;
    const parsed = parsedOnly.get(uri);
    if (!withDiagnostics && parsed && parsed.version === document.version) return parsed;
    const { rules, settings } = await rulesFor(uri);
    const current = documents.get(uri);
    if (!current) return undefined;
    const text = current.getText();
    // Outline, hovers and actions are not computed for a document too large to check.
    if (tooLarge(text, settings)) return undefined;
    // The last check brought up to date is as cheap as a parse of a small edit, and complete.
    const lintOptions: LintOptions = { rules, maxDiagnostics: settings.maxDiagnostics };
    const quick = incrementally(uri, current.version, text, lintOptions, JSON.stringify(lintOptions));
    if (quick) {
      store(uri, quick);
      return quick;
    }
    const model = parse(text);
    if (!withDiagnostics) {
      const analysis: Analysis = { version: current.version, index: new LineIndex(text), result: { model, diagnostics: [], failures: [], byRule: [], local: [] } };
      parsedOnly.set(uri, analysis);
      return analysis;
    }
    return { version: current.version, index: new LineIndex(text), result: lintModel(model, { rules }) };
  }

  connection.onDocumentSymbol(async (params) => {
    const analysis = await analysisOf(params.textDocument.uri);
    if (!analysis) return [];
    return outline(analysis.result.model).map((node) => toDocumentSymbol(analysis.index, node));
  });

  connection.onFoldingRanges(async (params) => {
    const analysis = await analysisOf(params.textDocument.uri);
    if (!analysis) return [];
    return foldingSpans(analysis.result.model).flatMap((span) => toFoldingRange(analysis.index, span) ?? []);
  });

  /** `source.fixAll.unres`: every safe fix, applied until nothing fixable is left, as one edit. */
  async function fixAllAction(uri: string): Promise<CodeAction | undefined> {
    const document = documents.get(uri);
    if (!document) return undefined;
    const { rules, settings } = await rulesFor(uri);
    const text = document.getText();
    if (tooLarge(text, settings)) return undefined;
    const fixed = fixAll(text, { rules });
    if (fixed.applied === 0 || fixed.text === text) return undefined;
    const index = new LineIndex(text);
    return {
      title: `Fix all unres problems (${fixed.applied})`,
      kind: FIX_ALL_KIND,
      edit: { changes: { [uri]: [TextEdit.replace(index.rangeOf(0, text.length), fixed.text)] } },
    };
  }

  /** Where a new .unres.json goes: the workspace folder holding the document, else its directory. */
  function newConfigUri(documentUri: string): string {
    const folder = workspaceFolders.filter((candidate) => documentUri.startsWith(candidate.endsWith('/') ? candidate : `${candidate}/`)).sort((a, b) => b.length - a.length)[0];
    const base = folder ?? documentUri.slice(0, documentUri.lastIndexOf('/'));
    return `${base.replace(/\/$/, '')}/${CONFIG_FILE_NAME}`;
  }

  async function disableRuleAction(documentUri: string, rule: string, diagnostics: Diagnostic[]): Promise<CodeAction | undefined> {
    if (!options.files) return undefined;
    const state = await configFor(documentUri);
    let edit: WorkspaceEdit;
    if (state.uri !== undefined && state.text !== undefined) {
      const index = new LineIndex(state.text);
      edit = { changes: { [state.uri]: [TextEdit.replace(index.rangeOf(0, state.text.length), withRuleSeverity(state.text, rule, 'off'))] } };
    } else {
      const uri = newConfigUri(documentUri);
      edit = {
        documentChanges: [
          CreateFile.create(uri, { ignoreIfExists: true }),
          TextDocumentEdit.create({ uri, version: null }, [TextEdit.insert({ line: 0, character: 0 }, withRuleSeverity(undefined, rule, 'off'))]),
        ],
      };
    }
    return { title: `Disable ${rule} in ${CONFIG_FILE_NAME}`, kind: CodeActionKind.QuickFix, diagnostics, edit };
  }

  connection.onCodeAction(async (params) => {
    const uri = params.textDocument.uri;
    const only = params.context.only;
    if (only && only.every((kind) => kind.startsWith(CodeActionKind.Source))) {
      const wantsFixAll = only.some((kind) => FIX_ALL_KIND.startsWith(kind));
      const action = wantsFixAll ? await fixAllAction(uri) : undefined;
      return action ? [action] : [];
    }
    const analysis = await analysisOf(uri, true);
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
    const rulesHere = new Set(params.context.diagnostics.filter((candidate) => candidate.source === SOURCE && typeof candidate.code === 'string' && candidate.code !== 'config').map((candidate) => candidate.code as string));
    for (const rule of rulesHere) {
      const related = params.context.diagnostics.filter((candidate) => candidate.code === rule);
      const action = await disableRuleAction(uri, rule, related);
      if (action) actions.push(action);
    }
    if (actions.some((action) => action.isPreferred)) {
      const all = await fixAllAction(uri);
      if (all) actions.push({ ...all, kind: CodeActionKind.QuickFix, title: 'Fix all auto-fixable unres problems' });
    }
    return actions;
  });

  connection.onShutdown(async () => {
    await online?.flush();
  });

  documents.listen(connection);
  connection.listen();
}
