// The Word writer for the Node hosts (the CLI and the language server). The docx library is most
// of its weight (about 240 KB minified), so it is a bundle of its own, dist/docx.js, beside
// dist/cli.js and dist/server.js: one copy in the extension instead of one per bundle, loaded the
// first time someone exports to Word rather than each time the CLI or the server starts.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { Resolution } from '../core/model';

type WriteDocx = (model: Resolution) => Promise<Uint8Array>;
type DocxModule = typeof import('../core/export/docx');

let writer: WriteDocx | undefined;

function load(): WriteDocx {
  const bundled = path.join(__dirname, 'docx.js');
  // A require that esbuild leaves alone (it would bundle the writer into the caller's bundle). From
  // the sources (tests, `tsx`) there is no bundle, and the module itself is loaded.
  const load = createRequire(__filename);
  const module = (
    existsSync(bundled) ? load(bundled) : load(path.join(__dirname, '..', 'core', 'export', 'docx'))
  ) as DocxModule;
  return module.toDocx;
}

export const writeDocx: WriteDocx = (model) => {
  try {
    writer ??= load();
  } catch (error) {
    return Promise.reject(new Error(`the Word writer could not be loaded (${(error as Error).message})`));
  }
  return writer(model);
};
