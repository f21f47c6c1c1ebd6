// `--format stylish` (default): grouped by file, `line:column  severity  message  rule`, 1-based as editors show.
import type { Formatter } from './types';

export const formatStylish: Formatter = (reports) => {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const report of reports) {
    if (report.diagnostics.length === 0) continue;
    lines.push(report.file);
    for (const diagnostic of report.diagnostics) {
      counts[diagnostic.severity]++;
      const { line, character } = report.index.positionAt(diagnostic.start);
      lines.push(
        `  ${`${line + 1}:${character + 1}`.padEnd(9)} ${diagnostic.severity.padEnd(11)} ${diagnostic.message}  ${diagnostic.rule}`,
      );
    }
    lines.push('');
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  if (total === 0) return '';
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  lines.push(`✖ ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')})`);
  return lines.join('\n') + '\n';
};
