// @ts-check
// Where the CLI's time goes: the check alone (parse and every rule, `core/lint.ts`), in one process,
// over texts already in memory, pass after pass. The first pass pays for the JIT compiling the code;
// later passes run warm code, the most the check itself can do on this machine. Set against the
// whole CLI process, the difference is start-up, reading files, output and the cold JIT.
//
// In the benchmark: `buildCore(dir)` bundles the core with esbuild (as `npm run build` does the CLI);
// `node warm-core.mjs <bundle> <passes> <file or directory>` prints {"bytes", "passesMs"} as JSON.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');

/** Bundles server/src/core/lint.ts into `dir`; returns the bundle's path. */
export async function buildCore(dir) {
  const esbuild = await import('esbuild');
  const outfile = path.join(dir, 'core-lint.cjs');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'server', 'src', 'core', 'lint.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    minify: true,
    logLevel: 'warning',
  });
  return outfile;
}

function texts(target) {
  if (!statSync(target).isDirectory()) return [readFileSync(target, 'utf8')];
  return readdirSync(target)
    .filter((name) => name.endsWith('.unres'))
    .sort()
    .map((name) => readFileSync(path.join(target, name), 'utf8'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [bundle, passes, target] = process.argv.slice(2);
  if (!bundle || !(Number(passes) >= 1) || !target) {
    process.stderr.write(
      'Usage: node scripts/bench/warm-core.mjs <core bundle (buildCore)> <passes ≥ 1> <file or directory of .unres>\n',
    );
    process.exit(2);
  }
  const { lint } = createRequire(import.meta.url)(path.resolve(bundle));
  const inputs = texts(target);
  const passesMs = [];
  let diagnostics = 0;
  for (let pass = 0; pass < Number(passes); pass++) {
    const started = performance.now();
    diagnostics = 0;
    for (const text of inputs) diagnostics += lint(text).diagnostics.length;
    passesMs.push(performance.now() - started);
  }
  const bytes = inputs.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  process.stdout.write(`${JSON.stringify({ bytes, documents: inputs.length, diagnostics, passesMs })}\n`);
}
