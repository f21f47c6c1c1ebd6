// What a host (the Node entry point; a browser one later) gives the server: access to project
// files and an online look-up, both optional.
import type { CatalogFact, CatalogProvider } from '../core/catalog/catalog';
import type { Comparison } from '../core/compare/types';
import type { TrackedOptions } from '../core/export/docx-tracked';
import type { Resolution } from '../core/model';
import type { Scheduler } from './document-checks';

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
  /** Time as the checks see it: Node's timers and `setImmediate` (server/src/node/scheduler.ts), or a web worker's own. */
  scheduler: Scheduler;
  /** Prints the export's HTML to PDF (Node host: Chromium or LibreOffice); absent in a browser. */
  renderPdf?(html: string, model: Resolution): Promise<Uint8Array>;
  /** Writes the Word file (Node host: the writer's own bundle, loaded on first use). */
  writeDocx?(model: Resolution): Promise<Uint8Array>;
  /** Writes the draft with its changes as Word tracked changes (Node host: server/src/node/docx-writer.ts); absent in a browser. */
  writeTrackedDocx?(
    base: Resolution,
    draft: Resolution,
    comparison: Comparison,
    options: TrackedOptions,
  ): Promise<Uint8Array>;
}
