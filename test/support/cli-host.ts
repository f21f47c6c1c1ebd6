// The CLI's `main` run in memory: files given as a record, what it writes and prints collected. A
// path is a directory when a given file lies under it (or it is named in `directories`); any other
// path not given does not exist.
import { main, type CliHost } from '../../server/src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Every file written, as text (bytes decoded as UTF-8). */
  written: Record<string, string>;
  /** The files written as bytes (Word, PDF), as written. */
  bytes: Record<string, Uint8Array>;
}

const missing = (): Error => Object.assign(new Error('ENOENT'), { code: 'ENOENT' });

export async function runCli(
  argv: string[],
  files: Record<string, string>,
  {
    directories = [],
    ...host
  }: Partial<Omit<CliHost, 'argv' | 'fs' | 'stdout' | 'stderr'>> & { directories?: string[] } = {},
): Promise<CliRun> {
  const run: CliRun = { code: 0, stdout: '', stderr: '', written: {}, bytes: {} };
  const isDirectory = (file: string): boolean =>
    directories.includes(file) || Object.keys(files).some((name) => name.startsWith(`${file}/`));
  run.code = await main({
    ...host,
    argv,
    fs: {
      readFile: async (file: string) => {
        const content = files[file];
        if (content === undefined) throw missing();
        return content;
      },
      stat: async (file: string) => {
        const directory = isDirectory(file);
        if (!directory && !(file in files)) throw missing();
        return { isDirectory: () => directory, isFile: () => !directory };
      },
      readdir: async () => [],
      writeNewFile: async (file: string, data: string | Uint8Array) => {
        run.written[file] = typeof data === 'string' ? data : new TextDecoder().decode(data);
        if (typeof data !== 'string') run.bytes[file] = data;
      },
    },
    stdout: (text) => (run.stdout += text),
    stderr: (text) => (run.stderr += text),
  });
  return run;
}
