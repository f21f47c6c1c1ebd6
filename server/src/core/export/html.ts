// The resolution as printed, in HTML: the live preview, `--format html`, and the page PDF export prints.
import type { Resolution } from '../model';

export interface HtmlOptions {
  /** A whole page with its style sheet (export), rather than the body the preview puts in its webview. */
  standalone?: boolean;
  /** The print layout (A4 page, no theme colours), for PDF. */
  print?: boolean;
}

export function renderHtml(_model: Resolution, _options: HtmlOptions = {}): string {
  throw new Error('HTML export is being written (issue 18)');
}
