// Who says what a cited symbol is, as the server keeps it: the workspace's resolution files, the
// user's catalogue files, the bundled catalogue and the online look-up — the last two layers
// named by the workspace only when it is trusted.
import type { Connection } from 'vscode-languageserver';
import { bundledProviders, Catalog, MapProvider } from '../core/catalog/catalog';
import { parseCatalogFile } from '../core/catalog/file-format';
import type { Citation } from '../core/citations/types';
import type { CatalogSource } from '../core/features/completion';
import { CONFIG_FILE_NAME } from '../core/config';
import type { Configuration } from './configuration';
import type { OnlineFacts, ServerOptions } from './host';
import { WorkspaceIndex } from './workspace-index';

/** How long a hover waits for an online answer before showing what is known offline. */
const HOVER_ONLINE_WAIT_MS = 1000;

/** A path relative to a folder URI (or an absolute path) as a file URI. */
export function resolveUri(folderUri: string, file: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(file)) return file;
  if (file.startsWith('/')) return `file://${file.split('/').map(encodeURIComponent).join('/')}`;
  return `${folderUri.replace(/\/$/, '')}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

export class CatalogState {
  readonly workspace: WorkspaceIndex;
  readonly catalog: Catalog;
  /** The workspace folders the client opened. */
  folders: string[] = [];
  private readonly userCatalog = new MapProvider('user catalogue files');
  /** In an untrusted workspace: no catalogue files named by the workspace, no network. */
  private trusted = true;
  private cacheDir: string | undefined;
  private online: OnlineFacts | undefined;
  private onlineEnabled = false;

  /** The catalogue as completion reads it: every known resolution once, with its source. */
  readonly completionSource: CatalogSource = {
    entries: () =>
      this.catalog.entries().map((fact) => ({
        symbol: fact.symbol,
        organ: fact.organ ?? 'other',
        kind: fact.kind ?? 'resolution',
        date: fact.date,
        title: fact.title,
        parts: fact.parts,
        source: fact.source,
      })),
  };

  constructor(
    private readonly connection: Connection,
    private readonly options: ServerOptions,
    private readonly configuration: Configuration,
    /** An open document is indexed from the editor's text, not from disk. */
    private readonly isOpen: (uri: string) => boolean,
  ) {
    this.workspace = new WorkspaceIndex((uri) => options.files?.describe(uri) ?? uri);
    this.catalog = new Catalog([this.workspace.provider, this.userCatalog, ...bundledProviders()]);
  }

  /** The client's `initialize`: its folders, and the trust and cache folder it passes. */
  initialize(folders: string[], initializationOptions: unknown): void {
    this.folders = folders;
    const initialization = (initializationOptions ?? {}) as { trusted?: unknown; cacheDir?: unknown };
    this.trusted = initialization.trusted !== false;
    this.cacheDir = typeof initialization.cacheDir === 'string' ? initialization.cacheDir : undefined;
  }

  /**
   * The user's catalogue files (`unres.catalog.files`, relative to the first workspace folder, and
   * `catalog` in .unres.json, relative to that file) and the online look-up — both only in a
   * trusted workspace.
   */
  async loadCatalogues(): Promise<void> {
    this.userCatalog.clear();
    const folder = this.folders[0];
    // Without a workspace folder (a single file opened) the user's settings still decide.
    const settings = await this.configuration.settingsFor(folder);
    this.onlineEnabled = this.trusted && settings.lookupOnline && this.options.createOnlineLookup !== undefined;
    if (this.onlineEnabled && !this.online) {
      this.online = this.options.createOnlineLookup!(this.cacheDir);
      this.catalog.providers.push(this.online.asProvider());
    }
    if (!this.trusted || !this.options.files) return;
    const uris: string[] = [];
    if (folder) for (const file of settings.catalogFiles) uris.push(resolveUri(folder, file));
    const project = folder
      ? await this.configuration.configFor(`${folder.replace(/\/$/, '')}/${CONFIG_FILE_NAME}`)
      : undefined;
    if (project?.uri)
      for (const file of project.config.catalog)
        uris.push(resolveUri(project.uri.slice(0, project.uri.lastIndexOf('/')), file));
    for (const uri of uris) await this.loadCatalogueFile(uri);
  }

  private async loadCatalogueFile(uri: string): Promise<void> {
    const files = this.options.files!;
    try {
      const parsed = parseCatalogFile(await files.readFile(uri), files.describe(uri));
      for (const fact of parsed.facts) this.userCatalog.set(fact);
      if (parsed.problems.length > 0)
        this.connection.window.showWarningMessage(
          `unres: ${files.describe(uri)}: ${parsed.problems[0]}${parsed.problems.length > 1 ? ` (and ${parsed.problems.length - 1} more)` : ''}`,
        );
    } catch (error) {
      this.connection.window.showWarningMessage(
        `unres: cannot read the catalogue file ${files.describe(uri)} (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
  }

  /** Reads every resolution file of the workspace once, for the workspace catalogue and symbols. */
  async indexWorkspace(): Promise<void> {
    const files = this.options.files;
    if (!files) return;
    for (const folder of this.folders) {
      let uris: string[] = [];
      try {
        uris = await files.listResolutionFiles(folder);
      } catch (error) {
        this.connection.console.error(`unres: listing ${folder} failed: ${String(error)}`);
      }
      this.connection.console.log(`unres: indexing ${uris.length} resolution files of ${folder}`);
      for (const uri of uris) {
        if (this.isOpen(uri)) continue;
        try {
          this.workspace.update(uri, await files.readFile(uri));
        } catch (error) {
          // An unreadable file is simply not in the index.
          this.connection.console.warn(`unres: ${files.describe(uri)} is not indexed: ${String(error)}`);
        }
      }
    }
  }

  /** A resolution file changed on disk (`deleted`: removed): indexed again unless open in the editor. */
  async resolutionFileChanged(uri: string, deleted: boolean): Promise<void> {
    const files = this.options.files;
    if (!files) return;
    if (deleted) this.workspace.remove(uri);
    else if (!this.isOpen(uri)) {
      try {
        this.workspace.update(uri, await files.readFile(uri));
      } catch (error) {
        this.connection.console.warn(`unres: ${files.describe(uri)} is not indexed: ${String(error)}`);
        this.workspace.remove(uri);
      }
    }
  }

  /**
   * A fact missing offline may come from the Digital Library: wait for it briefly, never past the
   * time-out; a slower answer fills the cache for the next hover.
   */
  async awaitOnlineFact(citations: Citation[], offset: number): Promise<void> {
    if (!this.online || !this.onlineEnabled) return;
    const cited = citations.find(
      (citation) =>
        citation.start <= offset &&
        offset <= citation.end &&
        citation.symbol &&
        (citation.kind === 'resolution' || citation.kind === 'decision'),
    );
    const known = cited?.symbol ? this.catalog.resolve(cited.symbol) : undefined;
    if (cited?.symbol && (!known?.date || !known.title)) {
      await Promise.race([
        this.online.lookup(cited.symbol),
        new Promise((resolve) => setTimeout(resolve, HOVER_ONLINE_WAIT_MS)),
      ]);
    }
  }

  /** Writes the online look-up's cache (on shutdown). */
  async flush(): Promise<void> {
    await this.online?.flush();
  }
}
