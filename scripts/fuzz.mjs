#!/usr/bin/env node
// @ts-check
// Long property-based runs: the properties of test/property/properties.ts over both input
// families (any text, resolution-shaped text), round-robin in time slices, each slice with its
// own seed, until the time is up.
//
//   npm run fuzz -- --minutes 10 [--seed 42] [--property fix-all] [--slice 20]
//
// Every slice prints its seed. A failure prints the seed, the path and the shrunk counterexample
// and saves them to test/property/regressions/<property>-<family>-<seed>.json, which the normal
// test suite (test/property/core.test.ts) replays; a failing combination is not run again in the
// same session. Exit code 1 when anything failed.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/cjs/api';
import fc from 'fast-check';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function argument(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = process.argv[index + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
  return value;
}

const minutes = Number(argument('minutes', '1'));
if (!(minutes > 0)) throw new Error('--minutes must be a positive number');
const baseSeed = Number(
  argument('seed', String(process.env.UNRES_FUZZ_SEED || (Date.now() ^ (Math.random() * 0x7fffffff)) >>> 0)),
);
const only = argument('property', undefined);
const sliceSeconds = Number(argument('slice', '20'));

register();
const require = (await import('node:module')).createRequire(import.meta.url);
const { PROPERTIES, FAMILIES, propertyFor, regressions, REGRESSIONS_DIR } = require(
  path.join(root, 'test/property/properties.ts'),
);

const properties = PROPERTIES.filter((property) => !only || property.id === only);
if (properties.length === 0)
  throw new Error(`no property ${only}; known: ${PROPERTIES.map((property) => property.id).join(', ')}`);

const deadline = Date.now() + minutes * 60_000;
const slug = (name) =>
  name
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
const known = new Set(
  regressions().map(({ regression }) => `${regression.property}\u0000${regression.counterexample}`),
);
const failed = new Set();
const totals = new Map();
let slice = 0;
let failures = 0;

console.log(
  `fuzz: ${minutes} min, base seed ${baseSeed}, properties ${properties.map((property) => property.id).join(', ')}`,
);
console.log(
  `      replay one slice: npm run fuzz -- --seed <slice seed> --property <id> (slices use the base seed + their index)`,
);

outer: for (;;) {
  for (const property of properties) {
    for (const family of FAMILIES) {
      const key = `${property.id} (${family.name})`;
      if (failed.has(key)) continue;
      const left = deadline - Date.now();
      if (left <= 0) break outer;
      const seed = (baseSeed + slice++) | 0;
      const started = Date.now();
      // A synchronous property (properties.ts), so the details come back at once.
      const details = fc.check(
        /** @type {import('fast-check').IProperty<unknown[]>} */ (propertyFor(property, family.arbitrary)),
        {
          seed,
          numRuns: Number.MAX_SAFE_INTEGER,
          interruptAfterTimeLimit: Math.min(left, sliceSeconds * 1000),
          markInterruptAsFailure: false,
        },
      );
      totals.set(key, (totals.get(key) ?? 0) + details.numRuns);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (!details.failed) {
        console.log(`ok   ${key}: seed ${seed}, ${details.numRuns} runs in ${seconds} s`);
        continue;
      }
      failures++;
      failed.add(key);
      const [counterexample] = details.counterexample ?? [''];
      const error =
        details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      console.log(`FAIL ${key}: seed ${details.seed}, path ${details.counterexamplePath}`);
      console.log(`     counterexample: ${JSON.stringify(counterexample)}`);
      console.log(`     ${error.split('\n').slice(0, 6).join('\n     ')}`);
      if (known.has(`${property.id}\u0000${counterexample}`)) {
        console.log('     (already saved as a regression)');
        continue;
      }
      known.add(`${property.id}\u0000${counterexample}`);
      mkdirSync(REGRESSIONS_DIR, { recursive: true });
      const file = path.join(REGRESSIONS_DIR, `${property.id}-${slug(family.name)}-${details.seed >>> 0}.json`);
      const regression = {
        property: property.id,
        family: family.name,
        seed: details.seed,
        path: details.counterexamplePath ?? undefined,
        counterexample,
        error: error.split('\n').slice(0, 12).join('\n'),
        found: new Date().toISOString().slice(0, 10),
      };
      writeFileSync(file, JSON.stringify(regression, null, 2) + '\n');
      console.log(`     saved ${path.relative(root, file)}`);
    }
  }
}

console.log('\nruns per property:');
for (const [key, runs] of totals) console.log(`  ${failed.has(key) ? 'FAIL' : 'ok  '} ${key}: ${runs}`);
console.log(`fuzz: base seed ${baseSeed}, ${slice} slices, ${failures} failure(s)`);
process.exit(failures ? 1 : 0);
