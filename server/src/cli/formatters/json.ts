// `--format json`: a stable shape that CI integrations depend on (see README, "JSON output").
import type { Formatter } from './types';

export const formatJson: Formatter = (reports) =>
  JSON.stringify(
    reports.map((report) => ({
      file: report.file,
      diagnostics: report.diagnostics.map((diagnostic) => ({
        code: diagnostic.rule,
        severity: diagnostic.severity,
        message: diagnostic.message,
        range: report.index.rangeOf(diagnostic.start, diagnostic.end),
      })),
    })),
  ) + '\n';
