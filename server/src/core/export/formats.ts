// The formats a resolution can be issued in, shared by the CLI (`unres export --format`), the
// language server's export request and the VS Code commands, so that a format is named once.

export const EXPORT_FORMATS = ['docx', 'pdf', 'akn', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_EXTENSION: Record<ExportFormat, string> = {
  docx: '.docx',
  pdf: '.pdf',
  akn: '.xml',
  html: '.html',
};

/** What people call the format (messages, save dialogs). */
export const FORMAT_LABEL: Record<ExportFormat, string> = {
  docx: 'Word',
  pdf: 'PDF',
  akn: 'Akoma Ntoso',
  html: 'HTML',
};

export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}

/** The file an export of `source` is written to by default: the same name with the format's extension. */
export function defaultExportName(source: string, format: ExportFormat): string {
  const slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
  const dot = source.lastIndexOf('.');
  const stem = dot > slash + 1 ? source.slice(0, dot) : source;
  return stem + FORMAT_EXTENSION[format];
}

/**
 * What a host without the Word writer (the browser worker, vscode.dev) says of the tracked-changes
 * export: the same Word file comes from the desktop or the CLI. Named here, beside the formats, so
 * that the language server and the web client say it in the same words.
 */
export const TRACKED_DOCX_UNAVAILABLE =
  'Word export with tracked changes needs the desktop VS Code, or the command line: unres compare --format docx --out DRAFT.docx BASE DRAFT';
