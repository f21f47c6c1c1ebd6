// The CLI: `unres lint [--format stylish|json] [--rule id=severity] <files, directories or globs…>`.
// A thin host over the core; all I/O is passed in, so tests run it in memory.
import { lint } from '../core/lint';
import { RULES_BY_ID } from '../core/rules/registry';
import { SEVERITY_SETTINGS, type SeveritySetting } from '../core/rules/types';
import { LineIndex } from '../core/text/positions';
import { expandArguments, type FileSystem } from './files';
import { formatJson } from './formatters/json';
import { formatStylish } from './formatters/stylish';
import type { FileReport, Formatter } from './formatters/types';

export interface CliHost {
  argv: readonly string[];
  fs: FileSystem;
  stdout(text: string): void;
  stderr(text: string): void;
  version?: string;
}

const FORMATTERS: Record<string, Formatter> = { stylish: formatStylish, json: formatJson };

export const USAGE = `Usage: unres lint [options] <files, directories or globs…>

Checks United Nations resolution drafts. Directories are searched for *.unres files.

Options:
  --format <stylish|json>   output format (default: stylish)
  --rule <id>=<severity>    set a rule's severity: off, hint, information, warning, error
  -h, --help                show this help
  -v, --version             show the version

Exit status: 0 no errors, 1 errors found, 2 usage problem or unreadable file.
`;

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
  if (command !== 'lint') {
    host.stderr(`unres: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  let format = 'stylish';
  const rules: Record<string, SeveritySetting> = {};
  const inputs: string[] = [];
  for (let index = 0; index < rest.length; index++) {
    const arg = rest[index];
    const takeValue = (name: string): string | undefined => {
      if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
      const value = rest[index + 1];
      index++;
      return value;
    };
    if (arg === '-h' || arg === '--help') {
      host.stdout(USAGE);
      return 0;
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = takeValue('--format');
      if (!value || !FORMATTERS[value]) {
        host.stderr(`unres: --format must be one of ${Object.keys(FORMATTERS).join(', ')}\n`);
        return 2;
      }
      format = value;
    } else if (arg === '--rule' || arg.startsWith('--rule=')) {
      const value = takeValue('--rule') ?? '';
      const [id, severity] = value.split('=');
      if (!RULES_BY_ID.has(id)) {
        host.stderr(`unres: --rule: unknown rule "${id}" (rules: ${[...RULES_BY_ID.keys()].join(', ')})\n`);
        return 2;
      }
      if (!(SEVERITY_SETTINGS as readonly string[]).includes(severity)) {
        host.stderr(`unres: --rule ${id}: severity must be one of ${SEVERITY_SETTINGS.join(', ')}\n`);
        return 2;
      }
      rules[id] = severity as SeveritySetting;
    } else if (arg === '--') {
      inputs.push(...rest.slice(index + 1));
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
  const reports: FileReport[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await host.fs.readFile(file);
    } catch (error) {
      host.stderr(`unres: ${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
      usageProblem = true;
      continue;
    }
    const result = lint(text, { rules });
    for (const failure of result.failures) host.stderr(`unres: ${file}: rule ${failure.rule} failed: ${failure.error}\n`);
    reports.push({ file, index: new LineIndex(text), diagnostics: result.diagnostics });
  }
  host.stdout(FORMATTERS[format](reports));
  if (usageProblem) return 2;
  return reports.some((report) => report.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) ? 1 : 0;
}
