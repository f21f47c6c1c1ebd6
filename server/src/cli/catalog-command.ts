// `unres catalog import <file…> [--out catalog.json]`: converts the UN translation service's
// data_extract JSON lines, the UN Digital Library voting-data CSV and MARCXML exports (and other
// unres catalogue files) into the project's catalogue format, merged into the output file.
import { ArgumentCursor, isOption } from './argument-cursor';
import { createReadStream, promises as fs, constants } from 'node:fs';
import * as path from 'node:path';
import type { CatalogFact } from '../core/catalog/catalog';
import { parseCatalogFile, serializeCatalog } from '../core/catalog/file-format';
import {
  detectFormat,
  importDataExtract,
  importMarcXml,
  VotingCsvImporter,
  type ImportFormat,
  type ImportResult,
} from '../core/catalog/import';
import type { CliHost } from './main';

export const CATALOG_USAGE = `Usage: unres catalog import [options] <file…>

Converts catalogue sources into an unres catalogue file (JSON: { "unresCatalog": 1, "entries": […] }),
merged into the output file when it exists (imported facts win; written atomically). Inputs:
  *.jsonl, *.json   UN translation service data_extract (one JSON object per line), or an unres catalogue
  *.csv             UN Digital Library voting data (one row per Member State per recorded vote)
  *.xml             MARCXML (MARC21 slim) export of the UN Digital Library
The format is recognised from the content when the extension does not say.

Options:
  --out <file>    the catalogue to write or update (default: catalog.json; "-" prints it instead)
  --verbose       list every problem, not only the first ${10} per file
  -h, --help      show this help

Exit status: 0 written, 2 usage problem, unreadable or unrecognised input, or nothing written.
`;

const FORMAT_NAMES: Record<ImportFormat, string> = {
  'data-extract': 'data_extract JSON lines',
  'voting-csv': 'voting-data CSV',
  marcxml: 'MARCXML',
  catalogue: 'unres catalogue',
};

const PROBLEMS_SHOWN = 10;

export async function catalogCommand(args: string[], host: CliHost): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '-h' || sub === '--help' || sub === 'help') {
    (sub === undefined ? host.stderr : host.stdout)(CATALOG_USAGE);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== 'import') {
    host.stderr(`unres catalog: unknown command "${sub}"\n\n${CATALOG_USAGE}`);
    return 2;
  }
  let out = 'catalog.json';
  let verbose = false;
  const inputs: string[] = [];
  const cursor = new ArgumentCursor(rest);
  for (;;) {
    const arg = cursor.next();
    if (arg === undefined) break;
    if (arg === '-h' || arg === '--help') {
      host.stdout(CATALOG_USAGE);
      return 0;
    } else if (isOption(arg, '--out')) {
      const value = cursor.valueOf(arg, '--out');
      if (!value) {
        host.stderr('unres catalog: --out takes a file\n');
        return 2;
      }
      out = value;
    } else if (arg === '--verbose') verbose = true;
    else if (arg === '--') {
      inputs.push(...cursor.remaining());
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      host.stderr(`unres catalog: unknown option "${arg}"\n\n${CATALOG_USAGE}`);
      return 2;
    } else inputs.push(arg);
  }
  if (inputs.length === 0) {
    host.stderr(`unres catalog: no files given\n\n${CATALOG_USAGE}`);
    return 2;
  }

  let problem = false;
  const report = (file: string, problems: string[]) => {
    const shown = verbose ? problems : problems.slice(0, PROBLEMS_SHOWN);
    for (const line of shown) host.stderr(`unres catalog: ${file}: ${line}\n`);
    if (shown.length < problems.length)
      host.stderr(`unres catalog: ${file}: … ${problems.length - shown.length} more (--verbose lists them)\n`);
  };

  // The existing catalogue, when there is one: merged into, never replaced by something unreadable.
  let original: string | undefined;
  const merged = new Map<string, CatalogFact>();
  if (out !== '-') {
    try {
      original = await host.fs.readFile(out);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') {
        host.stderr(`unres catalog: ${out}: cannot read (${code ?? (error as Error).message})\n`);
        return 2;
      }
    }
    if (original !== undefined && original.trim() !== '') {
      const existing = parseCatalogFile(original, out);
      if (existing.facts.length === 0 && existing.problems.length > 0) {
        host.stderr(`unres catalog: ${out}: ${existing.problems[0]} It is not overwritten; choose another --out.\n`);
        return 2;
      }
      report(out, existing.problems);
      for (const fact of existing.facts) merged.set(fact.symbol, fact);
    }
  }
  const before = merged.size;

  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const file of inputs) {
    const result = await importFile(file, host);
    if ('error' in result) {
      host.stderr(`unres catalog: ${file}: ${result.error}\n`);
      problem = true;
      continue;
    }
    const { format, imported } = result;
    report(file, imported.problems);
    host.stdout(`${file}: ${FORMAT_NAMES[format]}, ${imported.records} records, ${imported.facts.length} facts\n`);
    if (imported.facts.length === 0) {
      host.stderr(`unres catalog: ${file}: no resolution or decision found\n`);
      problem = true;
    }
    for (const fact of imported.facts) {
      const previous = merged.get(fact.symbol);
      if (!previous) {
        merged.set(fact.symbol, fact);
        added++;
        continue;
      }
      const next: CatalogFact = { ...previous, ...definedFields(fact) };
      if (next.date === previous.date && next.title === previous.title) unchanged++;
      else {
        updated++;
        merged.set(fact.symbol, next);
      }
    }
  }
  if (merged.size === 0) {
    host.stderr('unres catalog: nothing to write\n');
    return 2;
  }
  const text = serializeCatalog(merged.values());
  if (out === '-') {
    host.stdout(text);
    return problem ? 2 : 0;
  }
  if (text === original) {
    host.stdout(`${out}: ${merged.size} entries, unchanged\n`);
    return problem ? 2 : 0;
  }
  try {
    if (original !== undefined) {
      if (!host.fs.writeFileAtomic) throw Object.assign(new Error('no atomic write available'), { code: 'ENOTSUP' });
      const outcome = await host.fs.writeFileAtomic(out, text, original);
      if (outcome === 'changed-on-disk') {
        host.stderr(`unres catalog: ${out}: changed on disk while importing; left untouched\n`);
        return 2;
      }
    } else if (!(await writeNewFile(out, text))) {
      host.stderr(`unres catalog: ${out}: created by someone else while importing; left untouched\n`);
      return 2;
    }
  } catch (error) {
    host.stderr(
      `unres catalog: ${out}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`,
    );
    return 2;
  }
  host.stdout(
    `${out}: ${merged.size} entries (${before} before; ${added} added, ${updated} updated, ${unchanged} unchanged)\n`,
  );
  return problem ? 2 : 0;
}

function definedFields(fact: CatalogFact): Partial<CatalogFact> {
  const fields: Partial<CatalogFact> = {};
  if (fact.date) fields.date = fact.date;
  if (fact.title) fields.title = fact.title;
  if (fact.organ) fields.organ = fact.organ;
  if (fact.kind) fields.kind = fact.kind;
  return fields;
}

type FileImport = { format: ImportFormat; imported: ImportResult } | { error: string };

async function importFile(file: string, host: CliHost): Promise<FileImport> {
  const lower = file.toLowerCase();
  if (lower.endsWith('.csv')) {
    // Voting data runs to hundreds of megabytes: streamed, never held as one string.
    try {
      return { format: 'voting-csv', imported: await streamCsv(file) };
    } catch (error) {
      return { error: `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
    }
  }
  let text: string;
  try {
    text = await host.fs.readFile(file);
  } catch (error) {
    return { error: `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  const format = detectFormat(file, text.slice(0, 4096));
  switch (format) {
    case 'data-extract':
      return { format, imported: importDataExtract(text) };
    case 'marcxml':
      return { format, imported: importMarcXml(text) };
    case 'voting-csv': {
      const importer = new VotingCsvImporter();
      importer.push(text);
      return { format, imported: importer.end() };
    }
    case 'catalogue': {
      const parsed = parseCatalogFile(text, file);
      return { format, imported: { facts: parsed.facts, problems: parsed.problems, records: parsed.facts.length } };
    }
    default:
      return { error: 'format not recognised (expected data_extract JSON lines, voting-data CSV or MARCXML)' };
  }
}

function streamCsv(file: string): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const importer = new VotingCsvImporter();
    const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
    stream.on('data', (chunk) => importer.push(chunk as string));
    stream.on('error', reject);
    stream.on('end', () => resolve(importer.end()));
  });
}

/**
 * Creates `file` with `text` through a temporary file in the same directory, flushed, then linked
 * into place — so a reader never sees half a catalogue, and a file someone created meanwhile is not
 * replaced (false). Where hard links are unsupported, a rename after a last check does it.
 */
async function writeNewFile(file: string, text: string): Promise<boolean> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.unres-${process.pid}-${Date.now()}.tmp`);
  const handle = await fs.open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    try {
      await fs.link(temporary, file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV' && code !== 'ENOSYS')
        throw error;
      const exists = await fs.stat(file).then(
        () => true,
        () => false,
      );
      if (exists) return false;
      await fs.rename(temporary, file);
    }
    return true;
  } finally {
    await fs.unlink(temporary).catch(() => undefined);
  }
}
