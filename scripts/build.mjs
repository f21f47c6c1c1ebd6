// @ts-check
// Bundles the client, the language server and the CLI with esbuild.
// Usage: node scripts/build.mjs [--watch] [--dev]
import * as esbuild from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const dev = process.argv.includes('--dev') || watch;

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: dev ? 'linked' : false,
  minify: !dev,
  logLevel: 'warning',
  legalComments: 'none',
};

/**
 * For VS Code for the Web (vscode.dev, github.dev): the extension runs in the browser's extension
 * host, which loads CommonJS, and starts the server in a worker of its own, one classic script.
 */
/** @type {esbuild.BuildOptions} */
const web = { ...common, platform: 'browser', target: 'es2022' };

/**
 * The UN's records of resolutions (server/src/core/data/un-records.ts, 1.5 MB of text) are the
 * largest part of the core: the CLI and the Node server load one shared copy, dist/un-records.js,
 * instead of each carrying its own (the web server, a single worker script, keeps its copy).
 * @type {esbuild.Plugin}
 */
const sharedRecords = {
  name: 'shared-records',
  setup(build) {
    build.onResolve({ filter: /[\\/]data[\\/]un-records$/ }, () => ({ path: './un-records.js', external: true }));
  },
};

/**
 * The bundles; the benchmark builds the server's again with a metafile to see what it holds.
 * @type {esbuild.BuildOptions[]}
 */
export const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  {
    ...common,
    entryPoints: ['server/src/node/main.ts'],
    outfile: 'dist/server.js',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [sharedRecords],
  },
  {
    ...common,
    entryPoints: ['server/src/cli/bin.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    define: { UNRES_VERSION: JSON.stringify(version) },
    plugins: [sharedRecords],
  },
  { ...common, entryPoints: ['server/src/core/data/un-records.ts'], outfile: 'dist/un-records.js' },
  // The Word writer, loaded by the CLI and the Node server when a document is exported to Word
  // (server/src/node/docx-writer.ts): the docx library once, not in each bundle.
  { ...common, entryPoints: ['server/src/core/export/docx-writers.ts'], outfile: 'dist/docx.js' },
  {
    ...web,
    entryPoints: ['client/src/browser.ts'],
    outfile: 'dist/web/client.js',
    format: 'cjs',
    external: ['vscode'],
  },
  { ...web, entryPoints: ['server/src/browser/main.ts'], outfile: 'dist/web/server.js', format: 'iife' },
];

if (process.argv[1] !== fileURLToPath(import.meta.url)) {
  // Imported (scripts/bench): the options only.
} else if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
  console.log('esbuild: watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  chmodSync('dist/server.js', 0o755);
  chmodSync('dist/cli.js', 0o755);
}
