// @ts-check
// npm start: build and package the extension, then open examples/ in a real VS Code with it
// installed — the desktop `code` when it is on PATH (with a fresh profile), otherwise the browser
// VS Code (code-server, set up by scripts/setup-e2e.sh) on 127.0.0.1, whose address is printed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = join(root, `unres-${version}.vsix`);
const examples = join(root, 'examples');

function step(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`npm start: ${command} ${args.join(' ')} failed${result.error ? `: ${result.error.message}` : ''}`);
    process.exit(result.status ?? 1);
  }
}

step('npm', ['run', 'package']);

const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode) {
  const profile = mkdtempSync(join(tmpdir(), 'unres-vscode-'));
  const profileArgs = ['--user-data-dir', join(profile, 'user-data'), '--extensions-dir', join(profile, 'extensions')];
  step('code', [...profileArgs, '--install-extension', vsix]);
  step('code', [...profileArgs, '--new-window', examples]);
  console.log(`Opened ${examples} in VS Code with unres ${version} (profile ${profile}).`);
} else {
  console.log('No desktop `code` on PATH: starting the browser VS Code (code-server) instead.');
  step('bash', [join(root, 'scripts', 'setup-e2e.sh')]);
  step(process.execPath, [
    join(root, 'scripts', 'e2e.mjs'),
    '--vsix',
    vsix,
    '--serve',
    examples,
    ...(process.env.PORT ? ['--port', process.env.PORT] : []),
  ]);
}
