// `unres export --format docx|pdf|akn|html [--out FILE] FILE…` and `unres import FILE.xml… [--out FILE]`.
// Every file is written whole or not at all (a temporary file renamed over the target), never over
// its own source, and the command says which file it wrote.
import { ArgumentCursor, isOption } from './argument-cursor';
import * as path from 'node:path';
import { exportResolution, ExportUnavailable } from '../core/export/export';
import {
  defaultExportName,
  EXPORT_FORMATS,
  FORMAT_LABEL,
  isExportFormat,
  type ExportFormat,
} from '../core/export/formats';
import { EXPORT_LAYOUTS, type ExportLayout } from '../core/export/final-layout';
import { fromAkomaNtoso } from '../core/import/akn';
import type { CliHost } from './main';

export const EXPORT_USAGE = `Usage: unres export --format <${EXPORT_FORMATS.join('|')}> [--layout final|negotiation] [--out FILE] <files…>
       unres import <file.xml…> [--out FILE]

export  writes each resolution as a Word document (docx), a PDF (pdf, printed by a Chromium-based
        browser you have), Akoma Ntoso XML in the UN's profile (akn) or a standalone web page (html).
        By default the output goes beside the source with the format's extension
        (draft.unres → draft.docx); --out names the file (one input only) or a directory.
        A negotiated draft is printed in its final layout: inserted paragraphs numbered in sequence
        (5 bis. → 6.), written preambular labels (PP3) left out; brackets and alternatives (5 alt.)
        stay. --layout negotiation prints it as written.
import  turns the UN's Akoma Ntoso files into .unres text (beside each file, or --out; --out -
        writes to standard output).

Exit status: 0 every file written, 2 usage problem, unreadable input, or a file that could not be
written or rendered (the message says why and what to install).
`;

interface Arguments {
  format?: string;
  layout: ExportLayout;
  out?: string;
  inputs: string[];
}

function readArguments(rest: readonly string[], host: CliHost): Arguments | number {
  const parsed: Arguments = { inputs: [], layout: 'final' };
  const cursor = new ArgumentCursor(rest);
  for (;;) {
    const arg = cursor.next();
    if (arg === undefined) break;
    const value = (name: string): string | undefined => cursor.valueOf(arg, name);
    if (arg === '-h' || arg === '--help') {
      host.stdout(EXPORT_USAGE);
      return 0;
    } else if (isOption(arg, '--format')) parsed.format = value('--format');
    else if (isOption(arg, '--layout')) {
      const layout = value('--layout');
      if (!EXPORT_LAYOUTS.includes(layout as ExportLayout)) {
        host.stderr(`unres: --layout takes ${EXPORT_LAYOUTS.join(' or ')}\n`);
        return 2;
      }
      parsed.layout = layout as ExportLayout;
    } else if (isOption(arg, '--out')) {
      parsed.out = value('--out');
      if (!parsed.out) {
        host.stderr('unres: --out takes a file or directory\n');
        return 2;
      }
    } else if (arg === '--') {
      parsed.inputs.push(...cursor.remaining());
      break;
    } else if (arg.startsWith('-')) {
      host.stderr(`unres: unknown option "${arg}"\n\n${EXPORT_USAGE}`);
      return 2;
    } else parsed.inputs.push(arg);
  }
  if (parsed.inputs.length === 0) {
    host.stderr(`unres: no files given\n\n${EXPORT_USAGE}`);
    return 2;
  }
  return parsed;
}

/** Where the output of `input` goes: `--out` as a file or a directory, else beside the input. */
async function targetOf(input: string, defaultName: string, out: string | undefined, host: CliHost): Promise<string> {
  if (out === undefined) return defaultName;
  const isDirectory = await host.fs.stat(out).then(
    (stat) => stat.isDirectory(),
    () => out.endsWith('/') || out.endsWith(path.sep),
  );
  return isDirectory ? path.join(out, path.basename(defaultName)) : out;
}

function describe(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/**
 * Writes an output file whole, never over one of the files it was made from (`sources`, named in
 * messages by the first), and says which file it wrote. Shared with `unres compare`.
 */
export async function writeOutput(
  host: CliHost,
  target: string,
  sources: readonly string[],
  data: string | Uint8Array,
): Promise<boolean> {
  const replaced = sources.find((source) => path.resolve(source) === path.resolve(target));
  if (replaced !== undefined) {
    const what = sources.length > 1 ? 'a compared file' : 'the source';
    host.stderr(`unres: ${replaced}: the output would replace ${what}; give another --out\n`);
    return false;
  }
  if (!host.fs.writeNewFile) {
    host.stderr(`unres: ${sources[0] ?? target}: cannot write files here\n`);
    return false;
  }
  try {
    await host.fs.writeNewFile(target, data);
  } catch (error) {
    host.stderr(`unres: ${target}: cannot write (${describe(error)})\n`);
    return false;
  }
  host.stderr(`unres: wrote ${target}\n`);
  return true;
}

export async function exportCommand(rest: readonly string[], host: CliHost): Promise<number> {
  const parsed = readArguments(rest, host);
  if (typeof parsed === 'number') return parsed;
  const format = parsed.format;
  if (!format || !isExportFormat(format)) {
    host.stderr(`unres: export needs --format ${EXPORT_FORMATS.join(', ')}\n`);
    return 2;
  }
  if (parsed.out !== undefined && parsed.inputs.length > 1 && !(await isDirectory(host, parsed.out))) {
    host.stderr('unres: with several files, --out must be an existing directory\n');
    return 2;
  }
  let failed = false;
  for (const input of parsed.inputs) {
    if (!(await exportOne(host, input, format, parsed))) failed = true;
  }
  return failed ? 2 : 0;
}

async function exportOne(
  host: CliHost,
  input: string,
  format: ExportFormat,
  { out, layout }: Pick<Arguments, 'out' | 'layout'>,
): Promise<boolean> {
  let text: string;
  try {
    text = await host.fs.readFile(input);
  } catch (error) {
    host.stderr(`unres: ${input}: cannot read (${describe(error)})\n`);
    return false;
  }
  let data: string | Uint8Array;
  try {
    data = await exportResolution(text, format, { renderPdf: host.renderPdf, writeDocx: host.writeDocx }, layout);
  } catch (error) {
    const reason = error instanceof ExportUnavailable ? error.message : describe(error);
    host.stderr(`unres: ${input}: cannot export to ${FORMAT_LABEL[format]}: ${reason}\n`);
    return false;
  }
  return writeOutput(host, await targetOf(input, defaultExportName(input, format), out, host), [input], data);
}

async function isDirectory(host: CliHost, file: string): Promise<boolean> {
  return host.fs.stat(file).then(
    (stat) => stat.isDirectory(),
    () => false,
  );
}

export async function importCommand(rest: readonly string[], host: CliHost): Promise<number> {
  const parsed = readArguments(rest, host);
  if (typeof parsed === 'number') return parsed;
  if (parsed.format !== undefined) {
    host.stderr('unres: import reads Akoma Ntoso XML; it takes no --format\n');
    return 2;
  }
  if (
    parsed.out !== undefined &&
    parsed.out !== '-' &&
    parsed.inputs.length > 1 &&
    !(await isDirectory(host, parsed.out))
  ) {
    host.stderr('unres: with several files, --out must be an existing directory or -\n');
    return 2;
  }
  let failed = false;
  for (const input of parsed.inputs) {
    let xml: string;
    try {
      xml = await host.fs.readFile(input);
    } catch (error) {
      host.stderr(`unres: ${input}: cannot read (${describe(error)})\n`);
      failed = true;
      continue;
    }
    let result;
    try {
      result = fromAkomaNtoso(xml);
    } catch (error) {
      host.stderr(`unres: ${input}: cannot import: ${describe(error)}\n`);
      failed = true;
      continue;
    }
    for (const problem of result.problems) host.stderr(`unres: ${input}: ${problem}\n`);
    if (parsed.out === '-') host.stdout(result.text);
    else {
      const stem = input.replace(/\.xml$/i, '');
      const target = await targetOf(input, `${stem}.unres`, parsed.out, host);
      if (!(await writeOutput(host, target, [input], result.text))) failed = true;
    }
  }
  return failed ? 2 : 0;
}
