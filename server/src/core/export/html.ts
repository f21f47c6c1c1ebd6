// The resolution as printed, in HTML: the live preview, `--format html`, and the page PDF export prints.
import { documentInfo } from '../features/info';
import type { Resolution } from '../model';
import { HtmlBody } from './html-body';
import { escapeHtml } from './html-escape';
import { PAGE_CSS, PAGE_CSS_SHA256 } from './html-style';

export interface HtmlOptions {
  /** A whole page with its style sheet (export), rather than the body the preview puts in its webview. */
  standalone?: boolean;
  /** The print layout (A4 page, no theme colours), for PDF. */
  print?: boolean;
  /** A draft exported as written in negotiation: bracketed text, not yet agreed, is shaded. */
  negotiation?: boolean;
}

/**
 * The page's policy: nothing may load or run, and the one style sheet is the page's own, named by
 * its hash. A hash rather than `style-src 'unsafe-inline'`: the style sheet is fixed, so its hash
 * is known in advance, and no style a document could smuggle in (were escaping ever to fail) would
 * apply; no nonce, since the page is a file that is written once, not served. base-uri and
 * form-action do not fall back to default-src, so they are closed by name.
 */
export const PAGE_CSP = `default-src 'none'; style-src 'sha256-${PAGE_CSS_SHA256}'; base-uri 'none'; form-action 'none'`;

/** The resolution's article (for the preview) or, with `standalone`, a whole page with its style sheet. */
export function renderHtml(model: Resolution, options: HtmlOptions = {}): string {
  const body = new HtmlBody(model, { shadeBrackets: options.negotiation === true }).render();
  if (!options.standalone) return body;
  const info = documentInfo(model);
  const title = [info.symbol, info.title].filter(Boolean).join(' — ') || 'Resolution';
  return [
    '<!DOCTYPE html>',
    `<html lang="en"${options.print ? ' class="print"' : ''}>`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${PAGE_CSS}</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
