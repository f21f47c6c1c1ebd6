// The look of the printed resolution. LAYOUT_CSS is the UN's layout (fonts, indents, italics,
// masthead, footnotes) in colours given by two custom properties, shared by the exported page and
// the VS Code preview, which sets them from the editor's theme. PAGE_CSS is the exported page's
// whole style sheet: black on white, an A4 sheet on screen, A4 pages in print.
// No imports: the VS Code client bundles this file for its webview, and nothing else of the core.

/** Deeper sub-paragraph levels are indented as this one (the style sheet has classes up to it). */
export const DEEPEST_LEVEL_CLASS = 6;

/** Indent of one level: the hanging box of a number or label, and the first-line indent. */
const STEP = 2.5;

function levelRules(): string {
  const rules: string[] = [];
  for (let level = 1; level <= DEEPEST_LEVEL_CLASS; level++)
    rules.push(`.unres-resolution .subparagraph.level-${level} { padding-left: ${STEP * (level + 1)}em; }`);
  return rules.join('\n');
}

export const LAYOUT_CSS = `
.unres-resolution {
  font-family: "Times New Roman", "Liberation Serif", Times, serif;
  font-size: var(--unres-font-size, 10pt);
  line-height: 1.25;
  color: var(--unres-ink, #000);
  text-align: justify;
  hyphens: manual;
}
.unres-resolution p, .unres-resolution h1, .unres-resolution h2, .unres-resolution h3 { margin: 0 0 0.6em; }
.unres-resolution h1, .unres-resolution h2, .unres-resolution h3 { font-size: 1em; font-weight: bold; text-align: left; }
.unres-resolution em { font-style: italic; }
.unres-resolution sup { font-size: 0.7em; line-height: 0; vertical-align: super; }
.unres-resolution .masthead {
  display: grid;
  grid-template-columns: 1fr auto;
  grid-auto-flow: row dense;
  column-gap: 2em;
  align-items: baseline;
  border-bottom: 2px solid var(--unres-ink, #000);
  padding-bottom: 0.4em;
  margin-bottom: 2em;
}
.unres-resolution .masthead p { margin: 0; text-align: left; }
.unres-resolution .masthead .united-nations, .unres-resolution .masthead .organ-name,
.unres-resolution .masthead .session, .unres-resolution .masthead .agenda-item { grid-column: 1; }
.unres-resolution .masthead .symbol, .unres-resolution .masthead .distribution,
.unres-resolution .masthead .issued { grid-column: 2; text-align: right; }
.unres-resolution .masthead .masthead-line, .unres-resolution .masthead .report-line { grid-column: 1 / -1; }
.unres-resolution .masthead .symbol { font-size: 1.6em; }
.unres-resolution .masthead .organ-name { font-size: 1.8em; font-weight: bold; margin-bottom: 0.3em; }
.unres-resolution .adoption { font-weight: bold; font-size: 1.1em; }
.unres-resolution .report-line { margin-bottom: 1.5em; }
.unres-resolution .title { font-size: 1.2em; margin: 1.2em 0; }
.unres-resolution .title.numbered { padding-left: 4em; }
.unres-resolution .title .number { display: inline-block; width: 4em; margin-left: -4em; }
.unres-resolution .organ-line, .unres-resolution .preambular, .unres-resolution .operative.unnumbered,
.unres-resolution .annex-paragraph, .unres-resolution .unrecognised, .unres-resolution .text {
  text-indent: ${STEP}em;
}
.unres-resolution .organ-line { margin-top: 1em; }
.unres-resolution .operative { padding-left: ${STEP}em; }
.unres-resolution .operative.unnumbered { padding-left: 0; }
.unres-resolution .number { display: inline-block; width: ${STEP}em; margin-left: -${STEP}em; text-indent: 0; }
${levelRules()}
.unres-resolution .list-heading { font-style: italic; }
.unres-resolution .part-heading, .unres-resolution .part-title, .unres-resolution .annex-heading {
  text-align: center;
  margin-top: 1.5em;
}
.unres-resolution .section-heading, .unres-resolution .heading-heading { margin-top: 1.2em; }
.unres-resolution .closing { text-align: right; margin: 0; }
.unres-resolution :not(.closing) + .closing { margin-top: 1.5em; }
.unres-resolution .vote { margin-top: 1em; }
.unres-resolution .footnotes { margin-top: 2.5em; font-size: 0.85em; }
.unres-resolution .footnotes::before {
  content: "";
  display: block;
  width: 10em;
  border-top: 1px solid var(--unres-ink, #000);
  margin-bottom: 0.6em;
}
.unres-resolution .footnote { text-indent: ${STEP}em; margin-bottom: 0.2em; }
.unres-resolution .bracketed {
  background: var(--unres-bracketed, rgba(128, 128, 128, 0.22));
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
`;

export const PAGE_CSS = `
:root { --unres-ink: #000; --unres-paper: #fff; color-scheme: light; }
@page { size: A4; margin: 2.5cm 2.2cm; }
html, body { margin: 0; padding: 0; background: var(--unres-paper); }
@media screen {
  html:not(.print) { background: #e6e6e6; }
  html:not(.print) body { padding: 1.5em 0; }
  html:not(.print) .unres-resolution {
    box-sizing: border-box;
    width: 21cm;
    min-height: 29.7cm;
    margin: 0 auto;
    padding: 2.5cm 2.2cm;
    background: var(--unres-paper);
    box-shadow: 0 1px 4px rgba(0, 0, 0, 0.35);
  }
}
@media print {
  .unres-resolution .annex-heading { break-before: page; }
  .unres-resolution h1, .unres-resolution h2, .unres-resolution h3 { break-after: avoid; }
  .unres-resolution p { orphans: 2; widows: 2; }
}
${LAYOUT_CSS}`;

/**
 * SHA-256 of PAGE_CSS, base64, for the page's Content-Security-Policy. The core runs where no
 * synchronous hash function exists (a web worker has only the asynchronous WebCrypto), so the
 * value is written here; test/unit/html-export.test.ts computes it and fails, naming the new
 * value, when the style sheet changes without it.
 */
export const PAGE_CSS_SHA256 = 'v6HzBOrKXpjHX+IdeTZEBDIF8i12/zvytA+YC+VmYpQ=';
