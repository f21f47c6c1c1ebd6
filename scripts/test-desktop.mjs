// @ts-check
// Runs the in-host end-to-end suites (out/test/e2e, built by scripts/build-e2e.mjs) in desktop
// VS Code through @vscode/test-electron. It downloads VS Code from Microsoft's update server, so
// it needs that network (machines without it use scripts/e2e.mjs, the same suites in code-server).
// Usage: node scripts/build-e2e.mjs && node scripts/test-desktop.mjs [--version 1.100.3]
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const versionFlag = process.argv.indexOf('--version');
const version = versionFlag > 0 ? process.argv[versionFlag + 1] : process.env.VSCODE_VERSION || 'stable';

// A throwaway copy of the fixtures and a fresh profile for each run.
const temp = mkdtempSync(join(tmpdir(), 'unres-desktop-'));
const workspace = join(temp, 'workspace');
cpSync(join(root, 'test', 'e2e', 'workspace'), workspace, { recursive: true });

let code = 0;
try {
  await runTests({
    version,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'test', 'e2e', 'index.js'),
    launchArgs: [
      workspace,
      '--user-data-dir',
      join(temp, 'user-data'),
      '--extensions-dir',
      join(temp, 'extensions'),
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
    ],
  });
} catch (error) {
  console.error(`test:desktop failed: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  rmSync(temp, { recursive: true, force: true });
}
process.exit(code);
