// A comparison as a readable redline page (`unres compare --format html`): every paragraph of the
// draft in order, insertions in <ins>, deletions in <del>, each labelled as delegates name it.
// Every text is escaped as in the export (export/html-escape.ts), and the page has the export's
// strict policy: nothing loads or runs, and its one style sheet is named by its hash.
import { escapeHtml } from '../export/html-escape';
import type { AlignedParagraph, Comparison, WordChange } from './types';
import { paragraphHeading, subparagraphHeadings } from './summary';

/** Fixed, so that its hash is known in advance (a test checks REDLINE_CSS_SHA256 against it). */
export const REDLINE_CSS = [
  'body{font-family:"Times New Roman",Times,serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#000;background:#fff}',
  'h1{font-size:1.2rem}',
  'p.files{color:#444}',
  'section{margin:0 0 1rem}',
  'section>h2{font:600 .8rem system-ui,sans-serif;margin:0;color:#555}',
  'section.unchanged{color:#555}',
  'ins{color:#0b5d1e;background:#e6f4ea;text-decoration:underline}',
  'del{color:#a50e0e;background:#fce8e6;text-decoration:line-through}',
].join('\n');

export const REDLINE_CSS_SHA256 = 'UgtPxSSuLANFOmkp36ngA31syipfZVYcrJTs+gUC8ig=';

export const REDLINE_CSP = `default-src 'none'; style-src 'sha256-${REDLINE_CSS_SHA256}'; base-uri 'none'; form-action 'none'`;

/** The whole page; `baseName` and `draftName` say which texts were compared (file names, as given). */
export function renderRedline(comparison: Comparison, baseName: string, draftName: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REDLINE_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`Comparison: ${draftName}`)}</title>`,
    `<style>${REDLINE_CSS}</style>`,
    '</head>',
    '<body>',
    '<h1>Comparison</h1>',
    `<p class="files"><del>${escapeHtml(baseName)}</del> → <ins>${escapeHtml(draftName)}</ins></p>`,
    ...comparison.paragraphs.map(renderParagraph),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The paragraphs alone, one <section> each, escaped: the page's body, and what the editor's compare view shows. */
export function renderRedlineSections(comparison: Comparison): string {
  return comparison.paragraphs.map(renderParagraph).join('\n');
}

function renderParagraph(paragraph: AlignedParagraph): string {
  // The sub-paragraphs' changes after the paragraph's (`OP5: changed · OP5 (c) (was OP5 (b)): changed`):
  // its words below already show every item's text.
  const heading = `<h2>${escapeHtml([paragraphHeading(paragraph), ...subparagraphHeadings(paragraph)].join(' · '))}</h2>`;
  return `<section class="${paragraph.change}">${heading}<p>${paragraphBody(paragraph)}</p></section>`;
}

function paragraphBody(paragraph: AlignedParagraph): string {
  if (paragraph.words) return paragraph.words.map(renderWords).join('');
  if (paragraph.change === 'deleted') return `<del>${escapeHtml(paragraph.base?.text ?? '')}</del>`;
  if (paragraph.change === 'new') return `<ins>${escapeHtml(paragraph.draft?.text ?? '')}</ins>`;
  return escapeHtml(paragraph.draft?.text ?? '');
}

function renderWords(change: WordChange): string {
  const text = escapeHtml(change.text);
  if (change.op === 'insert') return `<ins>${text}</ins>`;
  if (change.op === 'delete') return `<del>${text}</del>`;
  return text;
}
