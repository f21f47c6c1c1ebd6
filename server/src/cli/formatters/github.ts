// `--format github`: GitHub Actions workflow commands, shown as annotations on the changed lines.
import type { Formatter } from './types';

const COMMAND = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' } as const;

/** Workflow-command escaping: properties escape `%`, CR, LF, `:` and `,`; messages `%`, CR, LF. */
const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const formatGithub: Formatter = (reports) =>
  reports
    .flatMap((report) =>
      report.diagnostics.map((diagnostic) => {
        const { start, end } = report.index.rangeOf(diagnostic.start, diagnostic.end);
        const properties = [
          `file=${escapeProperty(report.file)}`,
          `line=${start.line + 1}`,
          `col=${start.character + 1}`,
          `endLine=${end.line + 1}`,
          `endColumn=${end.character + 1}`,
          `title=${escapeProperty(`unres ${diagnostic.rule}`)}`,
        ].join(',');
        return `::${COMMAND[diagnostic.severity]} ${properties}::${escapeData(diagnostic.message)}\n`;
      }),
    )
    .join('');
