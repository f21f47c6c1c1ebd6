// `--format sarif`: SARIF 2.1.0, for code-scanning dashboards. Columns are 1-based there.
import { RULES } from '../../core/rules/registry';
import type { Formatter } from './types';

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note', off: 'none' } as const;

export function sarifFormatter(version: string): Formatter {
  return (reports) =>
    JSON.stringify(
      {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: 'unres',
                version,
                informationUri: 'https://undocs.org/',
                rules: RULES.map(({ meta }) => ({
                  id: meta.id,
                  shortDescription: { text: meta.description },
                  // A rule off by default is listed as disabled (SARIF `enabled: false`, level `none`).
                  defaultConfiguration:
                    meta.defaultSeverity === 'off'
                      ? { enabled: false, level: LEVEL.off }
                      : { level: LEVEL[meta.defaultSeverity] },
                })),
              },
            },
            results: reports.flatMap((report) =>
              report.diagnostics.map((diagnostic) => {
                const { start, end } = report.index.rangeOf(diagnostic.start, diagnostic.end);
                return {
                  ruleId: diagnostic.rule,
                  level: LEVEL[diagnostic.severity],
                  message: { text: diagnostic.message },
                  locations: [
                    {
                      physicalLocation: {
                        artifactLocation: { uri: report.file.replace(/\\/g, '/') },
                        region: {
                          startLine: start.line + 1,
                          startColumn: start.character + 1,
                          endLine: end.line + 1,
                          endColumn: end.character + 1,
                        },
                      },
                    },
                  ],
                };
              }),
            ),
          },
        ],
      },
      null,
      2,
    ) + '\n';
}
