// The in-host mocha runner: VS Code loads this file inside its extension host (desktop through
// @vscode/test-electron, here through code-server's workbench `payload`) and calls `run()`.
// It runs every `*.e2e.js` bundled next to it (built by scripts/build-e2e.mjs into out/test/e2e/).
// mocha 12 is ESM-only; this runner needs `require('mocha')`, so mocha stays on 11.
import * as fs from 'node:fs';
import * as path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const Mocha = require('mocha') as typeof import('mocha');

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: Number(process.env.UNRES_E2E_TIMEOUT_MS ?? 60_000),
    grep: process.env.UNRES_E2E_GREP || undefined,
  });
  const files = fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.e2e.js'))
    .sort();
  for (const name of files) mocha.addFile(path.join(__dirname, name));
  return new Promise((resolve, reject) => {
    if (files.length === 0) {
      reject(new Error(`no *.e2e.js suites in ${__dirname}: run node scripts/build-e2e.mjs`));
      return;
    }
    try {
      const runner = mocha.run((failures) => {
        const stats = runner.stats;
        const passed = stats?.passes ?? 0;
        const pending = stats?.pending ?? 0;
        // One closing line for scripts/e2e.mjs (and CI) to read.
        console.log(`unres-e2e in-host: ${passed} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
        if (failures > 0) reject(new Error(`${failures} in-host test(s) failed`));
        else resolve();
      });
    } catch (error) {
      console.error(error);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
