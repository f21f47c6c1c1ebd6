// The preview's web page: a strict policy, the UN layout shared with the HTML export, the theme,
// and one small script (with a nonce) that puts the server's HTML in place and keeps the scroll in
// step with the editor. The resolution itself arrives by message, already escaped by the server;
// even so, the policy lets no script but this one run and no style but this page's apply.
import { LAYOUT_CSS } from '../../server/src/core/export/html-style';

export type PreviewTheme = 'editor' | 'print';

/** The resolution in the editor's colours and font size, or black on a white sheet as printed. */
const THEME_CSS: Record<PreviewTheme, string> = {
  editor: `
body { background: var(--vscode-editor-background); color: var(--vscode-editor-foreground); padding: 1em 2em 40vh; }
.unres-resolution { --unres-ink: var(--vscode-editor-foreground); --unres-font-size: 15px; max-width: 46em; margin: 0 auto; }
.unres-resolution .masthead { border-color: var(--vscode-editorRuler-foreground, currentColor); }
`,
  print: `
body { background: var(--vscode-editorWidget-background, #e6e6e6); padding: 1.5em 1em 40vh; }
.unres-resolution {
  --unres-ink: #000; --unres-font-size: 10pt; color-scheme: light;
  box-sizing: border-box; max-width: 21cm; min-height: 29.7cm; margin: 0 auto; padding: 2.5cm 2.2cm;
  background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.35);
}
`,
};

/**
 * Runs in the webview. Messages in: `update` {html} replaces the resolution (the scroll position
 * stays), `scroll` {line} brings the element of that source line to the top. Messages out: `ready`
 * when loaded, `reveal` {line} when the reader scrolls the preview. A scroll the script makes
 * itself is not reported back, so that editor and preview do not chase each other.
 */
const SCRIPT = `(() => {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('unres-preview');
  let elements = [];
  let quietUntil = 0;
  const lineOf = (element) => Number(element.getAttribute('data-line'));
  const elementFor = (line) => {
    let best;
    for (const element of elements) if (lineOf(element) <= line && (!best || lineOf(element) > lineOf(best))) best = element;
    return best || elements[0];
  };
  const scrollToLine = (line) => {
    const element = elementFor(line);
    if (!element) return;
    quietUntil = Date.now() + 200;
    window.scrollTo(0, line === 0 ? 0 : element.getBoundingClientRect().top + window.scrollY - 8);
  };
  window.addEventListener('message', (event) => {
    const message = event.data || {};
    if (message.type === 'update' && typeof message.html === 'string') {
      root.innerHTML = message.html;
      elements = Array.from(root.querySelectorAll('[data-line]'));
      document.body.setAttribute('data-version', String(message.version));
    } else if (message.type === 'scroll' && Number.isInteger(message.line)) scrollToLine(message.line);
  });
  let pending = false;
  window.addEventListener('scroll', () => {
    if (pending || Date.now() < quietUntil) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      const first = elements.find((element) => element.getBoundingClientRect().bottom > 0);
      if (first) vscode.postMessage({ type: 'reveal', line: lineOf(first) });
    });
  }, { passive: true });
  vscode.postMessage({ type: 'ready' });
})();`;

/** A fresh nonce per page: 128 random bits. */
export function nonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * A webview page under a strict policy: nothing loads, and only this page's own style sheet and
 * script run (a fresh nonce each time). Shared by the preview and the comparison.
 */
export function webviewPage(style: string, body: string, script: string, bodyAttributes = ''): string {
  const once = nonce();
  const policy = [
    "default-src 'none'",
    `style-src 'nonce-${once}'`,
    `script-src 'nonce-${once}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${once}">${style}</style>
</head>
<body${bodyAttributes}>
${body}
<script nonce="${once}">${script}</script>
</body>
</html>`;
}

/** The page the preview's webview loads once; the resolution follows by message. */
export function previewPage(theme: PreviewTheme): string {
  return webviewPage(
    `${LAYOUT_CSS}${THEME_CSS[theme]}`,
    '<main id="unres-preview"></main>',
    SCRIPT,
    ` data-theme="${theme}"`,
  );
}
