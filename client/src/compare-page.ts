// The comparison view's web page: the same strict policy as the preview's (a nonce for its one style
// sheet and its one script, nothing loaded), in the editor's colours. The redline arrives by message,
// already escaped by the server; the summary is set as text, never as HTML.
import { escapeHtml } from '../../server/src/core/export/html-escape';
import { webviewPage } from './preview-page';

const STYLE = `
body { background: var(--vscode-editor-background); color: var(--vscode-editor-foreground); padding: 1em 2em 40vh; }
main { max-width: 48em; margin: 0 auto; font-family: "Times New Roman", Times, serif; line-height: 1.45; }
header p { font: .85em var(--vscode-font-family); color: var(--vscode-descriptionForeground); margin: 0 0 .5em; }
pre { font: .85em var(--vscode-editor-font-family); white-space: pre-wrap; margin: 0 0 1.5em; }
section { margin: 0 0 1em; }
section > h2 { font: 600 .8em var(--vscode-font-family); margin: 0; color: var(--vscode-descriptionForeground); }
section.unchanged { opacity: .75; }
ins { color: var(--vscode-gitDecoration-addedResourceForeground, #0b5d1e); background: var(--vscode-diffEditor-insertedTextBackground, #e6f4ea); text-decoration: underline; }
del { color: var(--vscode-gitDecoration-deletedResourceForeground, #a50e0e); background: var(--vscode-diffEditor-removedTextBackground, #fce8e6); text-decoration: line-through; }
`;

/** Messages in: `update` {html, summary, version}. Out: `ready` once loaded (and after being hidden). */
const SCRIPT = `(() => {
  const vscode = acquireVsCodeApi();
  const redline = document.getElementById('redline');
  const summary = document.getElementById('summary');
  window.addEventListener('message', (event) => {
    const message = event.data || {};
    if (message.type !== 'update' || typeof message.html !== 'string') return;
    redline.innerHTML = message.html;
    summary.textContent = typeof message.summary === 'string' ? message.summary : '';
    document.body.setAttribute('data-version', String(message.version));
  });
  vscode.postMessage({ type: 'ready' });
})();`;

/** The page the comparison's webview loads once, headed by the two file names (escaped: they come from the disk). */
export function comparePage(baseName: string, draftName: string): string {
  return webviewPage(
    STYLE,
    `<main>
<header><p><del>${escapeHtml(baseName)}</del> → <ins>${escapeHtml(draftName)}</ins></p></header>
<pre id="summary"></pre>
<div id="redline"></div>
</main>`,
    SCRIPT,
  );
}
