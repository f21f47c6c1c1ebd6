// @ts-check
// Bundles the in-host end-to-end suites (test/e2e/index.ts and test/e2e/*.e2e.ts) into
// out/test/e2e/ for VS Code's extension host to load. `vscode` is provided by the host; mocha
// is required from node_modules at run time.
// Usage: node scripts/build-e2e.mjs
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'test', 'e2e');
const outdir = join(root, 'out', 'test', 'e2e');

const suites = readdirSync(src)
  .filter((name) => name.endsWith('.e2e.ts'))
  .map((name) => join(src, name));

rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  entryPoints: [join(src, 'index.ts'), ...suites],
  outdir,
  outbase: src,
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  external: ['vscode', 'mocha'],
  sourcemap: 'inline',
  logLevel: 'warning',
});
console.log(`build-e2e: ${suites.length} suite(s) -> ${outdir.slice(root.length + 1)}/`);
