// Access to the shared corpus of real resolutions (../shared/corpus beside the repository).
// Tests that need it call `corpusOrSkip(this)`: a user's clone has no ../shared, and the tests
// then skip with a message instead of failing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const CORPUS_DIR = path.resolve(REPO_ROOT, '..', 'shared', 'corpus');

export const corpusAvailable = (): boolean => existsSync(path.join(CORPUS_DIR, 'texts'));

export function corpusOrSkip(context: Mocha.Context): void {
  if (!corpusAvailable()) {
    console.log(`      (skipped: no corpus at ${CORPUS_DIR})`);
    context.skip();
  }
}

export interface CorpusText {
  /** File name without extension: `A_RES_74_157`. */
  name: string;
  text: string;
  /** The Akoma Ntoso XML for the same resolution, when the corpus has it. */
  akn?: string;
}

let cache: CorpusText[] | undefined;

/** Every text of the corpus (the seed not included). */
export function corpusTexts(): CorpusText[] {
  if (cache) return cache;
  const textsDir = path.join(CORPUS_DIR, 'texts');
  const aknDir = path.join(CORPUS_DIR, 'akn');
  cache = readdirSync(textsDir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -4);
      const aknPath = path.join(aknDir, `${name}.xml`);
      return {
        name,
        text: readFileSync(path.join(textsDir, file), 'utf8'),
        akn: existsSync(aknPath) ? readFileSync(aknPath, 'utf8') : undefined,
      };
    });
  return cache;
}

export const SEED_PATH = path.join(CORPUS_DIR, 'seed', 'A_RES_59_157.ods.txt');
export const seedText = (): string => readFileSync(SEED_PATH, 'utf8');

/** Wraps every line longer than `width` at its last space within the width, never inside a number (`78 242 900`). */
export function wrapAsPrint(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const lines: string[] = [];
      let rest = line;
      while (rest.length > width) {
        let cut = rest.lastIndexOf(' ', width);
        while (cut > 0 && /\d/.test(rest[cut - 1]!) && /\d/.test(rest[cut + 1] ?? ''))
          cut = rest.lastIndexOf(' ', cut - 1);
        if (cut <= 0) break;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut + 1);
      }
      lines.push(rest);
      return lines.join('\n');
    })
    .join('\n');
}

let devCache: CorpusText[] | undefined;

/** The development texts (`dev/texts`): 1,933 more adopted resolutions of every organ; empty when absent. */
export function devTexts(): CorpusText[] {
  if (devCache) return devCache;
  const dir = path.join(CORPUS_DIR, 'dev', 'texts');
  devCache = existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => file.endsWith('.txt'))
        .sort()
        .map((file) => ({ name: file.slice(0, -4), text: readFileSync(path.join(dir, file), 'utf8') }))
    : [];
  return devCache;
}

/** The UN's own markup of each development text (`dev/structure.jsonl`), by file name without extension. */
export function devStructure(): Map<string, { operative: string[]; subs: number; preamble: number; notes: number }> {
  const file = path.join(CORPUS_DIR, 'dev', 'structure.jsonl');
  const out = new Map<string, { operative: string[]; subs: number; preamble: number; notes: number }>();
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as {
      file: string;
      operative: string[];
      subs: number;
      preamble: number;
      notes: number;
    };
    out.set(row.file.replace(/\.txt$/, ''), row);
  }
  return out;
}

export type OrganKey = 'GA' | 'SC' | 'HRC' | 'ECOSOC';
export const ORGANS: readonly OrganKey[] = ['GA', 'SC', 'HRC', 'ECOSOC'];

/** The organ of a corpus file, from its name (`A_HRC_RES_…`, `S_RES_…`, `E_RES_…`, `A_RES_…`). */
export function organOfFile(name: string): OrganKey {
  if (name.startsWith('A_HRC_')) return 'HRC';
  if (name.startsWith('S_')) return 'SC';
  if (name.startsWith('E_')) return 'ECOSOC';
  return 'GA';
}
