// Expands the CLI's file arguments: plain paths, directories (their *.unres files, recursively)
// and globs (`drafts/**/*.unres`, `*.txt`). Node 20 has no fs.glob, and the patterns needed are few.
import type { Dirent } from 'node:fs';

export interface FileSystem {
  readFile(path: string): Promise<string>;
  stat(path: string): Promise<{ isDirectory(): boolean; isFile(): boolean }>;
  readdir(path: string): Promise<Dirent[]>;
}

const GLOB_CHARS = /[*?[]/;
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

/** `**` any path, `*` any name part, `?` one character, `[abc]` a class. */
export function globToRegExp(glob: string): RegExp {
  let pattern = '';
  for (let index = 0; index < glob.length; index++) {
    const char = glob.charAt(index);
    if (char === '*' && glob[index + 1] === '*') {
      pattern += glob[index + 2] === '/' ? '(?:.*/)?' : '.*';
      index += glob[index + 2] === '/' ? 2 : 1;
    } else if (char === '*') pattern += '[^/]*';
    else if (char === '?') pattern += '[^/]';
    else if (char === '[') {
      const close = glob.indexOf(']', index);
      if (close < 0) pattern += '\\[';
      else {
        pattern += `[${glob.slice(index + 1, close).replace(/\\/g, '\\\\')}]`;
        index = close;
      }
    } else pattern += char.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`);
}

async function walk(fs: FileSystem, directory: string, out: string[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(directory);
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const child = directory === '.' ? entry.name : `${directory.replace(/\/$/, '')}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) await walk(fs, child, out);
    } else if (entry.isFile()) out.push(child);
  }
}

export interface Expanded {
  files: string[];
  /** Arguments that matched nothing or could not be read, with the reason. */
  problems: string[];
}

export async function expandArguments(fs: FileSystem, args: readonly string[]): Promise<Expanded> {
  const files: string[] = [];
  const problems: string[] = [];
  for (const arg of args) {
    if (GLOB_CHARS.test(arg)) {
      const normalized = arg.replace(/\\/g, '/');
      const firstGlob = normalized.search(GLOB_CHARS);
      const base =
        normalized.lastIndexOf('/', firstGlob) >= 0 ? normalized.slice(0, normalized.lastIndexOf('/', firstGlob)) : '.';
      const all: string[] = [];
      await walk(fs, base || '/', all);
      const matcher = globToRegExp(normalized.replace(/^\.\//, ''));
      const matched = all.filter((file) => matcher.test(file.replace(/^\.\//, '')));
      if (matched.length === 0) problems.push(`${arg}: no files match`);
      files.push(...matched);
      continue;
    }
    try {
      const stat = await fs.stat(arg);
      if (stat.isDirectory()) {
        const all: string[] = [];
        await walk(fs, arg, all);
        files.push(...all.filter((file) => file.endsWith('.unres')));
      } else files.push(arg);
    } catch (error) {
      problems.push(
        `${arg}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (error as Error).message}`,
      );
    }
  }
  return { files: [...new Set(files)], problems };
}
