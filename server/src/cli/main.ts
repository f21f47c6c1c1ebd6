// The CLI: `unres lint [--format stylish|json] [--rule id=severity] <files, directories or globs…>`.
// A thin host over the core; all I/O is passed in, so tests run it in memory.
import { ArgumentCursor, isOption } from './argument-cursor';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, emptyConfig, parseConfig, type ProjectConfig } from '../core/config';
import { fixAll } from '../core/fix-all';
import { lint } from '../core/lint';
import type { Comparison } from '../core/compare/types';
import type { Resolution } from '../core/model';
import { RULES_BY_ID } from '../core/rules/registry';
import { SEVERITY_SETTINGS, type SeveritySetting } from '../core/rules/types';
import { LineIndex } from '../core/text/positions';
import { catalogCommand } from './catalog-command';
import { compareCommand } from './compare-command';
import { exportCommand, importCommand } from './export-command';
import { nextDraftCommand } from './next-draft-command';
import { nearestConfigFile } from '../node/nearest-config';
import { expandArguments, type FileSystem } from './files';
import { formatGithub } from './formatters/github';
import { formatJson } from './formatters/json';
import { sarifFormatter } from './formatters/sarif';
import { formatStylish } from './formatters/stylish';
import type { FileReport, Formatter } from './formatters/types';

export interface CliHost {
  argv: readonly string[];
  fs: FileSystem & {
    /** Replaces `file` with `text` unless it no longer holds `expectedOriginal` (see atomic-write.ts). */
    writeFileAtomic?(file: string, text: string, expectedOriginal: string): Promise<'written' | 'changed-on-disk'>;
    /** Writes `file` whole or not at all (export, import): a temporary file renamed over it. */
    writeNewFile?(file: string, data: string | Uint8Array): Promise<void>;
  };
  /** Prints HTML to PDF with an engine found on this machine (Chromium, LibreOffice); see node/pdf.ts. */
  renderPdf?(html: string, model: Resolution): Promise<Uint8Array>;
  /** Writes the Word document of a parsed resolution (core/export/docx.ts, loaded from its own bundle by node/docx-writer.ts). */
  writeDocx?(model: Resolution): Promise<Uint8Array>;
  /** Writes the draft with its changes against the base as Word tracked changes (core/export/docx-tracked.ts). */
  writeTrackedDocx?(
    base: Resolution,
    draft: Resolution,
    comparison: Comparison,
    options: { author: string },
  ): Promise<Uint8Array>;
  stdout(text: string): void;
  stderr(text: string): void;
  version?: string;
}

const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github'] as const;

function formatterFor(format: string, version: string): Formatter {
  switch (format) {
    case 'json':
      return formatJson;
    case 'sarif':
      return sarifFormatter(version);
    case 'github':
      return formatGithub;
    default:
      return formatStylish;
  }
}

export const USAGE = `Usage: unres lint [options] <files, directories or globs…>
       unres export --format <docx|pdf|akn|html> [--out FILE] <files…>   (see unres export --help)
       unres import <file.xml…> [--out FILE]   (the UN's Akoma Ntoso as .unres text)
       unres compare <base> <draft> [--format stylish|json|html] [--out FILE]   (see unres compare --help)
       unres next-draft <file> [--out FILE]   (the next session's draft of an adopted text)
       unres catalog import <files…> [--out catalog.json]   (see unres catalog import --help)

Checks United Nations resolution drafts. Directories are searched for *.unres files.

Options:
  --format <name>           stylish (default), json, sarif (SARIF 2.1.0), github (workflow annotations)
  --rule <id>=<severity>    set a rule's severity: off, hint, information, warning, error
  --fix                     apply all safe fixes to the files (written atomically), then report what is left
  --max-warnings <n>        exit 1 when there are more than n warnings
  --config <file>           use this configuration file instead of the nearest ${CONFIG_FILE_NAME}
  -h, --help                show this help
  -v, --version             show the version

Exit status: 0 no errors, 1 errors found (or too many warnings), 2 usage problem, unreadable
file or broken configuration.
`;

/** How many files are read ahead of the one being checked. */
const READ_AHEAD = 16;

type Read = { text: string } | { error: unknown };

/** Reads a list of files a few ahead of the one being asked for. */
class ReadAhead {
  private readonly pending = new Map<number, Promise<Read>>();
  private next = 0;

  constructor(
    private readonly fs: FileSystem,
    private readonly files: readonly string[],
    private readonly window: number,
  ) {}

  take(index: number): Promise<Read> {
    while (this.next < this.files.length && this.next <= index + this.window) {
      // Settled either way, so that a failed read ahead is never an unhandled rejection.
      this.pending.set(
        this.next,
        this.fs.readFile(this.files[this.next]!).then(
          (text) => ({ text }),
          (error: unknown) => ({ error }),
        ),
      );
      this.next++;
    }
    const read = this.pending.get(index) ?? Promise.resolve<Read>({ error: new Error('not read') });
    this.pending.delete(index);
    return read;
  }
}

/** Finds and reads the nearest configuration file above each checked file, once per directory and file. */
class ConfigFinder {
  private readonly byDirectory = new Map<string, Promise<string | undefined>>();
  private readonly byFile = new Map<string, Promise<ProjectConfig>>();
  constructor(
    private readonly fs: FileSystem,
    private readonly report: (file: string, message: string) => void,
  ) {}

  async read(file: string): Promise<ProjectConfig> {
    let text: string;
    try {
      text = await this.fs.readFile(file);
    } catch (error) {
      this.report(
        file,
        `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); using the default settings`,
      );
      return emptyConfig();
    }
    const { config, problems } = parseConfig(text);
    for (const problem of problems) this.report(file, problem.message);
    return config;
  }

  async forFile(file: string): Promise<ProjectConfig> {
    const isFile = (candidate: string): Promise<boolean> => this.fs.stat(candidate).then((stat) => stat.isFile());
    const found = await nearestConfigFile(path.dirname(path.resolve(file)), isFile, this.byDirectory);
    if (found === undefined) return emptyConfig();
    let config = this.byFile.get(found);
    if (!config) {
      config = this.read(found);
      this.byFile.set(found, config);
    }
    return config;
  }
}

/** Text files are UTF-8; a BOM is kept (offsets count it) and binary input is checked as text. */
export async function main(host: CliHost): Promise<number> {
  const [command, ...rest] = host.argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    (command === undefined ? host.stderr : host.stdout)(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    host.stdout(`${host.version ?? 'unknown'}\n`);
    return 0;
  }
  if (command === 'catalog') return catalogCommand(rest, host);
  if (command === 'compare') return compareCommand(rest, host);
  if (command === 'next-draft') return nextDraftCommand(rest, host);
  if (command === 'export') return exportCommand(rest, host);
  if (command === 'import') return importCommand(rest, host);
  if (command !== 'lint') {
    host.stderr(`unres: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  let format = 'stylish';
  let fix = false;
  let maxWarnings: number | undefined;
  let configPath: string | undefined;
  const rules: Record<string, SeveritySetting> = {};
  const inputs: string[] = [];
  const cursor = new ArgumentCursor(rest);
  for (;;) {
    const arg = cursor.next();
    if (arg === undefined) break;
    const takeValue = (name: string): string | undefined => cursor.valueOf(arg, name);
    if (arg === '-h' || arg === '--help') {
      host.stdout(USAGE);
      return 0;
    } else if (isOption(arg, '--format')) {
      const value = takeValue('--format');
      if (!value || !(FORMAT_NAMES as readonly string[]).includes(value)) {
        host.stderr(`unres: --format must be one of ${FORMAT_NAMES.join(', ')}\n`);
        return 2;
      }
      format = value;
    } else if (arg === '--fix') {
      fix = true;
    } else if (isOption(arg, '--max-warnings')) {
      const value = takeValue('--max-warnings') ?? '';
      if (!/^\d+$/.test(value)) {
        host.stderr('unres: --max-warnings takes a whole number\n');
        return 2;
      }
      maxWarnings = Number(value);
    } else if (isOption(arg, '--config')) {
      configPath = takeValue('--config');
      if (!configPath) {
        host.stderr('unres: --config takes a file\n');
        return 2;
      }
    } else if (isOption(arg, '--rule')) {
      const value = takeValue('--rule') ?? '';
      // split gives at least one piece: the id is always there, the severity perhaps not.
      const [id = '', severity] = value.split('=');
      if (!RULES_BY_ID.has(id)) {
        host.stderr(`unres: --rule: unknown rule "${id}" (rules: ${[...RULES_BY_ID.keys()].join(', ')})\n`);
        return 2;
      }
      if (severity === undefined || !(SEVERITY_SETTINGS as readonly string[]).includes(severity)) {
        host.stderr(`unres: --rule ${id}: severity must be one of ${SEVERITY_SETTINGS.join(', ')}\n`);
        return 2;
      }
      rules[id] = severity as SeveritySetting;
    } else if (arg === '--') {
      inputs.push(...cursor.remaining());
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      host.stderr(`unres: unknown option "${arg}"\n\n${USAGE}`);
      return 2;
    } else inputs.push(arg);
  }
  if (inputs.length === 0) {
    host.stderr(`unres: no files given\n\n${USAGE}`);
    return 2;
  }
  const { files, problems } = await expandArguments(host.fs, inputs);
  let usageProblem = problems.length > 0;
  for (const problem of problems) host.stderr(`unres: ${problem}\n`);
  const configs = new ConfigFinder(host.fs, (file, message) => {
    usageProblem = true;
    host.stderr(`unres: ${file}: ${message}\n`);
  });
  const explicitConfig = configPath !== undefined ? await configs.read(configPath) : undefined;
  const reports: FileReport[] = [];
  // The next files are read while this one is checked: one read at a time would leave the process
  // waiting on the disk for much of a batch.
  const reads = new ReadAhead(host.fs, files, READ_AHEAD);
  for (const [index, file] of files.entries()) {
    const read = await reads.take(index);
    if ('error' in read) {
      host.stderr(
        `unres: ${file}: cannot read (${(read.error as NodeJS.ErrnoException).code ?? (read.error as Error).message})\n`,
      );
      usageProblem = true;
      continue;
    }
    let text = read.text;
    const config = explicitConfig ?? (await configs.forFile(file));
    // Command-line --rule wins over the configuration file.
    const options = { rules: { ...config.rules, ...rules } };
    if (fix) {
      const fixed = fixAll(text, options);
      if (fixed.text !== text) {
        if (!host.fs.writeFileAtomic) {
          host.stderr(`unres: ${file}: cannot write fixes here\n`);
          usageProblem = true;
        } else {
          try {
            const outcome = await host.fs.writeFileAtomic(file, fixed.text, text);
            if (outcome === 'written') text = fixed.text;
            else {
              host.stderr(`unres: ${file}: changed on disk while fixing; left untouched\n`);
              usageProblem = true;
            }
          } catch (error) {
            host.stderr(
              `unres: ${file}: cannot write fixes (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); left untouched\n`,
            );
            usageProblem = true;
          }
        }
      }
    }
    const result = lint(text, options);
    for (const failure of result.failures)
      host.stderr(`unres: ${file}: rule ${failure.rule} failed: ${failure.error}\n`);
    reports.push({ file, index: new LineIndex(text), diagnostics: result.diagnostics });
  }
  host.stdout(formatterFor(format, host.version ?? '0.0.0')(reports));
  if (usageProblem) return 2;
  const all = reports.flatMap((report) => report.diagnostics);
  if (all.some((diagnostic) => diagnostic.severity === 'error')) return 1;
  if (maxWarnings !== undefined && all.filter((diagnostic) => diagnostic.severity === 'warning').length > maxWarnings) {
    host.stderr(`unres: too many warnings (more than ${maxWarnings})\n`);
    return 1;
  }
  return 0;
}
