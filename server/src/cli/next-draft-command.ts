// `unres next-draft FILE [--out FILE]`: the next session's draft of an adopted resolution (issue 19),
// made by core/features/next-draft.ts with the bundled catalogue for dates and earlier titles. The
// draft goes to standard output or to a new file, never over the adopted text; notes go to stderr.
import { ArgumentCursor, isOption } from './argument-cursor';
import { bundledProviders, Catalog } from '../core/catalog/catalog';
import { catalogLookup, nextDraft } from '../core/features/next-draft';
import { writeOutput } from './export-command';
import type { CliHost } from './main';

export const NEXT_DRAFT_USAGE = `Usage: unres next-draft <file> [--out FILE]

Turns an adopted resolution into the draft of the session its item comes back at: the draft's
masthead (symbol A/C.3/81/L.__, Distr.: Limited, [date], Agenda item __, [Sponsors]: draft
resolution) instead of the adopted one, the closing meeting and date removed, the base added to the
paragraph recalling earlier resolutions on the item, the organ's own session references moved on.
Fill in the placeholders (__, [date], [Sponsors]), then compare: unres compare <file> <draft>.

  --out FILE   write the draft to FILE instead of standard output

Exit status: 0 written, 2 usage problem, unreadable input or a file that could not be written.
`;

export async function nextDraftCommand(rest: readonly string[], host: CliHost): Promise<number> {
  let out: string | undefined;
  const inputs: string[] = [];
  const cursor = new ArgumentCursor(rest);
  for (;;) {
    const arg = cursor.next();
    if (arg === undefined) break;
    if (arg === '-h' || arg === '--help') {
      host.stdout(NEXT_DRAFT_USAGE);
      return 0;
    } else if (isOption(arg, '--out')) {
      out = cursor.valueOf(arg, '--out');
      if (!out) {
        host.stderr('unres: next-draft: --out takes a file\n');
        return 2;
      }
    } else if (arg.startsWith('-') && arg !== '-') {
      host.stderr(`unres: next-draft: unknown option "${arg}"\n\n${NEXT_DRAFT_USAGE}`);
      return 2;
    } else inputs.push(arg);
  }
  const [input] = inputs;
  if (input === undefined || inputs.length !== 1) {
    host.stderr(`unres: next-draft takes one file, the adopted resolution\n\n${NEXT_DRAFT_USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = await host.fs.readFile(input);
  } catch (error) {
    host.stderr(
      `unres: ${input}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`,
    );
    return 2;
  }
  const draft = nextDraft(text, { lookup: catalogLookup(new Catalog(bundledProviders())) });
  for (const note of draft.notes) host.stderr(`unres: next-draft: ${input}: ${note}\n`);
  if (draft.recall === 'none')
    host.stderr(
      `unres: next-draft: ${input}: no paragraph recalls earlier resolutions on the item; the base was not added\n`,
    );
  if (out === undefined || out === '-') {
    host.stdout(draft.text);
    return 0;
  }
  return (await writeOutput(host, out, [input], draft.text)) ? 0 : 2;
}
