// `unres` — the command-line host.
import { promises as fs } from 'node:fs';
import { writeFileAtomic } from './atomic-write';
import { main } from './main';

declare const UNRES_VERSION: string;

main({
  argv: process.argv.slice(2),
  fs: {
    readFile: (path) => fs.readFile(path, 'utf8'),
    stat: (path) => fs.stat(path),
    readdir: (path) => fs.readdir(path, { withFileTypes: true }),
    writeFileAtomic,
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  version: typeof UNRES_VERSION === 'string' ? UNRES_VERSION : undefined,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`unres: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
