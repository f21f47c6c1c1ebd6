// `unres compare BASE DRAFT [--format stylish|json|html] [--out FILE]`: the draft's paragraphs
// against its base resolution's (issue 19), aligned by content (core/compare/compare.ts).
import { ArgumentCursor, isOption } from './argument-cursor';
import { compareResolutions } from '../core/compare/compare';
import { renderRedline } from '../core/compare/redline-html';
import { formatSummary } from '../core/compare/summary';
import type { Comparison } from '../core/compare/types';
import { parse } from '../core/parser/parse';
import { writeOutput } from './export-command';
import type { CliHost } from './main';

const COMPARE_FORMATS = ['stylish', 'json', 'html', 'docx'] as const;
type CompareFormat = (typeof COMPARE_FORMATS)[number];

export const COMPARE_USAGE = `Usage: unres compare <base> <draft> [--format ${COMPARE_FORMATS.join('|')}] [--out FILE] [--author NAME]

Compares a draft with its base (last year's resolution, or the previous revision) paragraph by
paragraph. Paragraphs are paired by their text, not their number, so a paragraph that was only
renumbered or moved is reported as such, not as deleted and new.

  --format stylish   one line per paragraph that is not unchanged (OP5 (was OP4): changed), then
                     the counts (default)
  --format json      the comparison as JSON (the contract is documented in the README)
  --format html      a standalone redline page, insertions underlined and deletions struck through
  --format docx      the draft as a Word document in the UN layout with every change against the
                     base as a real tracked change (what a Main Committee secretary accepts);
                     needs --out
  --author NAME      the author of the tracked changes (default: unres)
  --out FILE         write to FILE instead of standard output

Exit status: 0 compared, 2 usage problem, unreadable input or a file that could not be written.
`;

interface Arguments {
  format: CompareFormat;
  out?: string;
  author?: string;
  inputs: string[];
}

function readArguments(rest: readonly string[], host: CliHost): Arguments | number {
  const parsed: Arguments = { format: 'stylish', inputs: [] };
  const cursor = new ArgumentCursor(rest);
  for (;;) {
    const arg = cursor.next();
    if (arg === undefined) break;
    const value = (name: string): string | undefined => cursor.valueOf(arg, name);
    if (arg === '-h' || arg === '--help') {
      host.stdout(COMPARE_USAGE);
      return 0;
    } else if (isOption(arg, '--format')) {
      const format = value('--format');
      if (!format || !(COMPARE_FORMATS as readonly string[]).includes(format)) {
        host.stderr(`unres: compare: --format must be one of ${COMPARE_FORMATS.join(', ')}\n`);
        return 2;
      }
      parsed.format = format as CompareFormat;
    } else if (isOption(arg, '--out')) {
      parsed.out = value('--out');
      if (!parsed.out) {
        host.stderr('unres: compare: --out takes a file\n');
        return 2;
      }
    } else if (isOption(arg, '--author')) {
      parsed.author = value('--author');
      if (!parsed.author?.trim()) {
        host.stderr('unres: compare: --author takes a name\n');
        return 2;
      }
    } else if (arg === '--') {
      parsed.inputs.push(...cursor.remaining());
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      host.stderr(`unres: compare: unknown option "${arg}"\n\n${COMPARE_USAGE}`);
      return 2;
    } else parsed.inputs.push(arg);
  }
  if (parsed.format === 'docx' && (parsed.out === undefined || parsed.out === '-')) {
    host.stderr('unres: compare: --format docx writes a Word file: give --out FILE.docx\n');
    return 2;
  }
  if (parsed.inputs.length !== 2) {
    host.stderr(`unres: compare takes two files, the base and the draft\n\n${COMPARE_USAGE}`);
    return 2;
  }
  return parsed;
}

function describe(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

function render(
  comparison: Comparison,
  format: Exclude<CompareFormat, 'docx'>,
  baseName: string,
  draftName: string,
): string {
  if (format === 'json') return `${JSON.stringify(comparison, null, 2)}\n`;
  if (format === 'html') return renderRedline(comparison, baseName, draftName);
  return formatSummary(comparison);
}

export async function compareCommand(rest: readonly string[], host: CliHost): Promise<number> {
  const parsed = readArguments(rest, host);
  if (typeof parsed === 'number') return parsed;
  const [baseName = '', draftName = ''] = parsed.inputs;
  const texts: string[] = [];
  for (const input of [baseName, draftName]) {
    try {
      texts.push(await host.fs.readFile(input));
    } catch (error) {
      host.stderr(`unres: ${input}: cannot read (${describe(error)})\n`);
      return 2;
    }
  }
  const [baseText = '', draftText = ''] = texts;
  const base = parse(baseText);
  const draft = parse(draftText);
  const comparison = compareResolutions(base, draft);
  if (parsed.format === 'docx') {
    if (!host.writeTrackedDocx) {
      host.stderr('unres: compare: the Word writer is not available here\n');
      return 2;
    }
    let bytes: Uint8Array;
    try {
      bytes = await host.writeTrackedDocx(base, draft, comparison, { author: parsed.author ?? 'unres' });
    } catch (error) {
      host.stderr(`unres: compare: cannot write the Word file: ${describe(error)}\n`);
      return 2;
    }
    return (await writeOutput(host, parsed.out ?? '', [baseName, draftName], bytes)) ? 0 : 2;
  }
  const output = render(comparison, parsed.format, baseName, draftName);
  if (parsed.out === undefined || parsed.out === '-') {
    host.stdout(output);
    return 0;
  }
  return (await writeOutput(host, parsed.out, [baseName, draftName], output)) ? 0 : 2;
}
