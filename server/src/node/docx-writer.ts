// The Word writers for the Node hosts (the CLI and the language server). The docx library is most
// of their weight (about 240 KB minified), so they are a bundle of their own, dist/docx.js, beside
// dist/cli.js and dist/server.js: one copy in the extension instead of one per bundle, loaded the
// first time someone exports to Word rather than each time the CLI or the server starts. The plain
// export and the one with tracked changes (issue 19) share that bundle and its loading.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { Comparison } from '../core/compare/types';
import type { TrackedOptions } from '../core/export/docx-tracked';
import type { Resolution } from '../core/model';

type WriteDocx = (model: Resolution) => Promise<Uint8Array>;
type WriteTrackedDocx = (
  base: Resolution,
  draft: Resolution,
  comparison: Comparison,
  options: TrackedOptions,
) => Promise<Uint8Array>;
type DocxModule = typeof import('../core/export/docx-writers');

let writers: DocxModule | undefined;

function load(): DocxModule {
  const bundled = path.join(__dirname, 'docx.js');
  // A require that esbuild leaves alone (it would bundle the writer into the caller's bundle). From
  // the sources (tests, `tsx`) there is no bundle, and the module itself is loaded.
  const load = createRequire(__filename);
  return (
    existsSync(bundled) ? load(bundled) : load(path.join(__dirname, '..', 'core', 'export', 'docx-writers'))
  ) as DocxModule;
}

/** The bundle once, or a rejected promise that says the Word writer is missing. */
function withWriters<T>(write: (module: DocxModule) => Promise<T>): Promise<T> {
  try {
    writers ??= load();
  } catch (error) {
    return Promise.reject(new Error(`the Word writer could not be loaded (${(error as Error).message})`));
  }
  return write(writers);
}

export const writeDocx: WriteDocx = (model) => withWriters((module) => module.toDocx(model));

/** The draft with its changes against the base as Word tracked changes (core/export/docx-tracked.ts). */
export const writeTrackedDocx: WriteTrackedDocx = (base, draft, comparison, options) =>
  withWriters((module) => module.toTrackedDocx(base, draft, comparison, options));
