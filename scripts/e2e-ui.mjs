// @ts-check
// The UI checks of scripts/e2e.mjs: a person's view of the extension in the browser workbench.
// Each step waits on elements (never a fixed sleep) and saves a screenshot under test-results/.
// Selectors are VS Code 1.100's (code-server 4.100.3).

import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const WAIT = 15_000;
const FEATURE_STEPS = [
  'problems',
  'quickfix-menu',
  'quickfix-applied',
  'outline',
  'inlay-labels',
  'hover-problem',
  'hover-citation',
  'completion-preamble',
  'completion-operative',
  'typography',
  'preview',
  'preview-follows-typing',
  'preview-scroll',
  'palette-commands',
  'log-channel',
  'empty-draft',
  'citation-with-date',
  'citation-date-fix',
  'compare-redline',
  'compare-export-tracked',
];

/**
 * @param {object} o
 * @param {import('playwright-core').BrowserContext} o.context
 * @param {string} o.base
 * @param {(path: string) => string} o.remote the path as the (possibly remote) VS Code sees it
 * @param {string} [o.root]
 * @param {string} o.workspace
 * @param {string} o.results
 * @param {string} [o.developmentPath]
 * @param {(message: string) => void} o.log
 * @param {boolean} [o.web]
 * @returns {Promise<{name: string, ok: boolean, error?: string, screenshot?: string}[]>}
 */
export async function uiChecks({ context, base, remote, workspace, results, developmentPath, log, web = false }) {
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  page.on('pageerror', (error) => log(`[ui page error] ${error.message}`));
  const steps = [];
  let shot = 0;
  const screenshot = async (name) => {
    shot++;
    const file = join(results, `${String(shot).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file });
    return relative(process.cwd(), file);
  };
  const step = async (name, body) => {
    try {
      await body();
      const file = await screenshot(name);
      steps.push({ name, ok: true, screenshot: file });
      log(`ui ${name}: ok`);
      return true;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      let file;
      try {
        file = await screenshot(`${name}-failed`);
      } catch {
        /* page gone */
      }
      steps.push({ name, ok: false, error: message, screenshot: file });
      log(`ui ${name}: FAILED: ${message}`);
      return false;
    }
  };

  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  const line = (text) => editor.locator('.view-line', { hasText: text }).first();
  /** Waits until the status-bar problem counts add up to a total in [min, max]. */
  const waitForCounts = (min, max) =>
    page.waitForFunction(
      ([lo, hi]) => {
        const el = document.getElementById('status.problems');
        if (!el) return false;
        const label = el.getAttribute('aria-label') || el.textContent || '';
        const total = (label.match(/\d+/g) || []).map(Number).reduce((a, b) => a + b, 0);
        return total >= lo && total <= hi;
      },
      [min, max],
      { timeout: WAIT },
    );
  /** Moves the cursor to the start of a 1-based line with Go to Line (the line may be scrolled away). */
  const gotoLine = async (number) => {
    await editor.click();
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type(String(number));
    await page.keyboard.press('Enter');
    await page.locator('[id="status.editor.selection"]', { hasText: `Ln ${number}, Col 1` }).waitFor();
    // The cursor moves before the quick input hands focus back to the editor: a key pressed in
    // between goes to the closing input (a CI run lost Ctrl+. that way).
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await page.waitForFunction(
      () => !!document.activeElement?.closest('.editor-group-container.active .monaco-editor'),
    );
  };
  /** Opens the quick-fix menu on a line, pressing Ctrl+. again if the first press found no menu. */
  const openQuickFix = async (number) => {
    const rows = page.locator('.action-widget .monaco-list-row.action');
    for (let attempt = 1; ; attempt++) {
      await gotoLine(number);
      await page.keyboard.press('Control+.');
      try {
        await rows.first().waitFor({ timeout: 5000 });
        return;
      } catch (error) {
        if (attempt >= 3) throw error;
        log(`ui quick fix: no menu after Ctrl+. (attempt ${attempt}), pressing it again`);
        await page.keyboard.press('Escape');
      }
    }
  };
  /** The 1-based number of the line holding `text` in the active editor's document (from the status bar after a click). */
  const lineNumberOf = async (text) => {
    await line(text).click();
    const status = (await page.locator('[id="status.editor.selection"]').textContent()) ?? '';
    const match = /Ln (\d+)/.exec(status);
    if (!match) throw new Error(`no line number in "${status}"`);
    return Number(match[1]);
  };
  const fixture = readFileSync(join(workspace, 'misnumbered.unres'), 'utf8').split(/\r?\n/);
  const misnumberedLine = fixture.findIndex((text) => /^4\.\s/.test(text)) + 1;

  let url = `${base}/?folder=${encodeURIComponent(workspace)}`;
  if (developmentPath) {
    url += `&payload=${encodeURIComponent(JSON.stringify([['extensionDevelopmentPath', remote(developmentPath)]]))}`;
  }

  const opened = await step('open', async () => {
    await page.goto(url);
    await page.locator('.monaco-workbench').waitFor();
    const explorer = page.locator('.explorer-folders-view');
    if (!(await explorer.isVisible())) await page.keyboard.press('Control+Shift+E');
    const row = explorer.locator('.monaco-list-row', { hasText: 'misnumbered.unres' });
    await row.waitFor();
    await row.dblclick();
    await line('Condemns unequivocally').waitFor();
    await page.locator('.tab.active', { hasText: 'misnumbered.unres' }).waitFor();
  });
  // The extension registers the language: without it every later step would only time out.
  const language = await step('language', async () => {
    await page.waitForFunction(() => {
      const mode = document.getElementById('status.editor.mode');
      const text = mode?.textContent?.trim();
      return !!text && text !== 'Plain Text';
    });
  });
  if (!opened || !language) {
    for (const name of FEATURE_STEPS)
      steps.push({
        name,
        ok: false,
        error: opened
          ? 'skipped: the unres language is not registered'
          : 'skipped: the workbench did not open the file',
      });
    await page.close().catch(() => {});
    return steps;
  }

  await step('problems', async () => {
    await waitForCounts(1, 1e9);
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'operative-numbering' }).first().waitFor();
  });

  await step('quickfix-menu', async () => {
    await openQuickFix(misnumberedLine);
  });

  await step('quickfix-applied', async () => {
    const widget = page.locator('.action-widget .monaco-list-row.action');
    if (!(await widget.first().isVisible())) await openQuickFix(misnumberedLine);
    await page.keyboard.press('Enter');
    await page
      .waitForFunction(() =>
        [...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-line')].some((el) => {
          const text = (el.textContent || '').replace(/\u00a0/g, ' ');
          // The paragraph's inlay label (`OP3`) may stand before its number.
          return text.includes('Decides to continue') && /^\s*(?:OP\S*\s*)?3\.\s/.test(text);
        }),
      )
      .catch(() => {
        throw new Error('the paragraph was not renumbered 3.');
      });
    await page
      .locator('.markers-panel .monaco-list-row', { hasText: 'operative-numbering' })
      .waitFor({ state: 'detached' })
      .catch(() => {
        throw new Error('the problem is still listed in the Problems panel');
      });
    await waitForCounts(0, 0).catch(() => {
      throw new Error('the status bar still counts problems');
    });
  });

  await step('outline', async () => {
    await editor.click();
    await page.keyboard.press('Control+Shift+O');
    await page
      .locator('.quick-input-widget .monaco-list-row', { hasText: /^\s*1\./ })
      .first()
      .waitFor();
  });
  await page.keyboard.press('Escape');

  await step('inlay-labels', async () => {
    // The negotiation labels (unres.inlayLabels.enabled, on by default) before the paragraphs.
    await page
      .waitForFunction(() => {
        const lines = [...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-line')];
        const text = lines.map((el) => (el.textContent || '').replace(/\u00a0/g, ' ')).join('\n');
        return /(^|\n)\s*OP2\s*2\.\s+Calls upon/.test(text) && /(^|\n)\s*PP\d\s*Deeply concerned/.test(text);
      })
      .catch(() => {
        throw new Error('no OP2 / PP label before the paragraphs');
      });
  });

  await step('hover-problem', async () => {
    // The squiggle's own hover: the problem's message and source, as a drafter sees it.
    await page.keyboard.press('Control+Z'); // undo the fix so the problem is back
    await gotoLine(misnumberedLine);
    // The undo brings the problem back only once the server has checked the text again: wait for
    // its squiggle, then hover (again, if the first hover came before the diagnostic).
    await page.locator('.view-overlays .squiggly-error').first().waitFor();
    const number = line('Decides to continue')
      .locator('span', { hasText: /^4\.?$/ })
      .first();
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'operative-numbering' }).first();
    for (let attempt = 1; ; attempt++) {
      await number.hover();
      try {
        await hover.waitFor({ timeout: 3000 });
        break;
      } catch (error) {
        if (attempt >= 4) throw error;
        await page.mouse.move(0, 0);
      }
    }
  });
  await page.mouse.move(0, 0);
  await page.keyboard.press('Escape');

  await step('hover-citation', async () => {
    const target = line('74/157').locator('span', { hasText: '74/157' }).last();
    await target.hover();
    const hover = page.locator('.monaco-hover:not(.hidden)').first();
    await hover.waitFor();
    // The server's facts, not merely VS Code's own "Follow link" hover on the document link.
    await hover.getByText('A/RES/74/157').first().waitFor();
  });
  await page.mouse.move(0, 0);
  await page.keyboard.press('Escape');

  await step('completion-preamble', async () => {
    await line('Deeply concerned').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Rec');
    await page.keyboard.press('Control+Space');
    await page.locator('.suggest-widget.visible .monaco-list-row').first().waitFor();
  });
  await page.keyboard.press('Escape');

  await step('completion-operative', async () => {
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Space');
    await page.locator('.suggest-widget.visible .monaco-list-row').first().waitFor();
  });
  await page.keyboard.press('Escape');

  // UN typography is not boxed as suspicious Unicode (no-break spaces in dates, curly quotes, en
  // dashes, the non-breaking hyphen): the extension's defaults allow them. The zero-width space the
  // fixture also holds is still boxed, so the count shows the highlighter ran.
  await step('typography', async () => {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type('typography.unres');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'typography.unres' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: 'typography.unres' }).waitFor();
    const boxes = editor.locator('.unicode-highlight');
    await boxes.first().waitFor();
    const count = await boxes.count();
    if (count !== 1)
      throw new Error(`${count} characters boxed as suspicious Unicode; expected only the zero-width space`);
  });
  await page.keyboard.press('Escape');

  // The live preview: the command opens it beside the editor, it shows the resolution as printed
  // (organ line and verbs in italics) and follows typing. Its page is a webview: an iframe in an
  // iframe, whose document the locators below reach.
  const clean = readFileSync(join(workspace, 'clean.unres'), 'utf8').split(/\r?\n/);
  const cleanLine = (text) => clean.findIndex((row) => row.includes(text)) + 1;
  const preview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  const previewOpened = await step('preview', async () => {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type('clean.unres');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'clean.unres' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: 'clean.unres' }).waitFor();
    await line('Condemns unequivocally').waitFor();
    await page.keyboard.press('Control+Shift+P');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type('unres: Open Preview to the Side');
    await page
      .locator('.quick-input-widget .monaco-list-row', { hasText: 'Open Preview to the Side' })
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab', { hasText: 'Preview clean.unres' }).waitFor();
    await preview.locator('.unres-resolution .organ-line em', { hasText: 'The General Assembly' }).waitFor();
    await preview.locator('.unres-resolution .operative em', { hasText: 'Condemns unequivocally' }).waitFor();
    // The editor keeps the focus, as with the Markdown preview opened to the side.
    await page.waitForFunction(() => !!document.activeElement?.closest('.monaco-editor'));
    // The editor and its preview alone, for the README (docs/images/preview.png is copied from it).
    const left = await page.locator('.editor-group-container').first().boundingBox();
    if (left)
      await page.screenshot({
        path: join(results, 'preview-readme.png'),
        clip: { x: left.x, y: left.y, width: 1400 - left.x, height: Math.min(left.height, 520) },
      });
  });
  if (previewOpened) {
    await step('preview-follows-typing', async () => {
      // Back in the text (the preview's group may be the active one now), on the blank line after
      // paragraph 1: a sentence typed there shows in the preview, then goes again.
      await page.locator('.monaco-editor .view-line', { hasText: 'Distr.: General' }).first().click();
      await gotoLine(cleanLine('Condemns unequivocally') + 1);
      await page.keyboard.type('Previewed at once.');
      const started = Date.now();
      const typed = preview.locator('.unres-resolution p', { hasText: 'Previewed at once.' });
      await typed.waitFor();
      log(`ui preview: the typed words shown after ${Date.now() - started} ms`);
      await page.keyboard.press('Shift+Home');
      await page.keyboard.press('Delete');
      await typed.waitFor({ state: 'detached' });
    });
    // Scrolled together both ways: the editor to its end takes the preview down; the preview back
    // to its top takes the editor up (retried: a scroll right after the editor's is taken for its echo).
    await step('preview-scroll', async () => {
      const previewTop = () => preview.locator('body').evaluate(() => window.scrollY);
      await page.keyboard.press('Control+End');
      for (const deadline = Date.now() + WAIT; (await previewTop()) < 100;) {
        if (Date.now() > deadline) throw new Error('the preview did not follow the editor to its end');
        await page.waitForTimeout(50);
      }
      for (let attempt = 1; ; attempt++) {
        // A pixel either way: each attempt is a scroll of its own (the first may fall in the echo window).
        await preview.locator('body').evaluate((_body, top) => window.scrollTo(0, top), attempt % 2);
        try {
          await line('United Nations').waitFor({ timeout: 1500 });
          break;
        } catch (error) {
          if (attempt >= 5) throw new Error('the editor did not follow the preview to its top');
        }
      }
    });
  } else
    for (const name of ['preview-follows-typing', 'preview-scroll'])
      steps.push({ name, ok: false, error: 'skipped: the preview did not open' });

  /** Runs a Command Palette command by its title. */
  const runCommand = async (title) => {
    await page.keyboard.press('Control+Shift+P');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type(title);
    await page
      .locator('.quick-input-widget .monaco-list-row', { hasText: title.replace(/^.*: /, '') })
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
  };
  const suggestions = page.locator('.suggest-widget.visible .monaco-list-row');

  // As a user meets them with VS Code's defaults: the unres commands in the palette, the log.
  await step('palette-commands', async () => {
    await page.keyboard.press('Control+Shift+P');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type('unres: ');
    for (const title of ['Renumber Paragraphs', 'Export to Word', 'Show Log', 'Show Rule Documentation'])
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor();
  });
  await page.keyboard.press('Escape');

  await step('log-channel', async () => {
    await runCommand('unres: Show Log');
    await page.locator('.monaco-editor .view-line', { hasText: 'language server ready' }).first().waitFor();
  });

  // An empty draft: the organ line comes first, and nothing from VS Code's word-based suggestions
  // (the words of the other open files) is in the list.
  const emptyOpened = await step('empty-draft', async () => {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type('empty.unres');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'empty.unres' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: 'empty.unres' }).waitFor();
    await editor.click();
    await page.keyboard.press('Control+Space');
    await suggestions.first().waitFor();
    const first = (await suggestions.first().textContent()) ?? '';
    if (!first.includes('The General Assembly,')) throw new Error(`the first suggestion is "${first}"`);
    const words = await page.locator('.suggest-widget.visible .monaco-list-row .codicon-symbol-text').count();
    if (words > 0) throw new Error(`${words} word-based suggestions in the list`);
  });
  if (emptyOpened) {
    // A cited resolution is inserted with its date, from the bundled records.
    await step('citation-with-date', async () => {
      // The organ line offered first (the list the last step left open), then a citation.
      await page.keyboard.press('Enter');
      await line('The General Assembly,').waitFor();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Recalling its resolution 55/2');
      await page.keyboard.press('Control+Space');
      await page.locator('.suggest-widget.visible .monaco-list-row', { hasText: '55/25' }).first().waitFor();
      await page.locator('.suggest-widget.visible .monaco-list-row', { hasText: '55/25' }).first().click();
      // Not the year: with the preview beside, the editor is narrow and the line may wrap before it.
      await line('55/25 of 15 November').waitFor();
    });
    // A wrong date is fixed from the records by the quick fix.
    await step('citation-date-fix', async () => {
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Recalling also its resolution 55/25 of 16 November 2000,');
      await page.keyboard.press('Escape');
      await openQuickFix(await lineNumberOf('Recalling also'));
      // The record's date is the first (preferred) fix: chosen with Enter, as a keyboard user does.
      const fixRow = page.locator('.action-widget .monaco-list-row.action').first();
      await fixRow.filter({ hasText: '15 November 2000' }).waitFor();
      await page.keyboard.press('Enter');
      // Word wrap is on: the fixed date may stand on a view line of its own; the wrong one is gone.
      await editor.locator('.view-line', { hasText: '16 November' }).first().waitFor({ state: 'detached' });
    });
    await runCommand('View: Revert File');
  } else
    for (const name of ['citation-with-date', 'citation-date-fix'])
      steps.push({ name, ok: false, error: 'skipped: the empty draft did not open' });

  // The comparison with a base (issue 19): the redline beside the draft, whose paragraphs carry their
  // negotiation labels; docs/images/compare-redline.png is copied from the clip saved here. Then the
  // comparison's title-bar button, Export Tracked Changes to Word: on the desktop it asks for the author
  // and where to save, and writes the tracked changes; in the browser it says where that can be done.
  const redline = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  const compareOpened = await step('compare-redline', async () => {
    // The earlier steps leave edited files: closed without saving, so the fixtures stay as they are.
    await runCommand('View: Close All Editors');
    const tabs = page.locator('.editor-group-container .tab').first();
    const dontSave = page.locator('.monaco-dialog-box .monaco-button', { hasText: /Don.t Save/ });
    await Promise.race([dontSave.click().catch(() => {}), tabs.waitFor({ state: 'detached' }).catch(() => {})]);
    await tabs.waitFor({ state: 'detached' });
    if (await page.locator('.part.panel').isVisible()) await page.keyboard.press('Control+J');
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type('springs-draft.unres');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'springs-draft.unres' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: 'springs-draft.unres' }).waitFor();
    await line('Encourages Member States').waitFor();
    await runCommand('unres: Compare with Base Resolution…');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'springs-base.unres' }).first().waitFor();
    await page.keyboard.type('springs-base');
    await page.keyboard.press('Enter');
    await page.locator('.tab', { hasText: 'Compare springs-draft.unres with springs-base.unres' }).waitFor();
    await redline.locator('#summary', { hasText: 'OP2: new' }).waitFor();
    await redline.locator('#redline ins', { hasText: 'and monitor' }).first().waitFor();
    await redline.locator('#redline del', { hasText: 'Aware of the work' }).first().waitFor();
    // The draft's labels, beside the redline that names the same paragraphs.
    await page
      .waitForFunction(() => {
        const lines = [...document.querySelectorAll('.monaco-editor .view-line')];
        const text = lines.map((el) => (el.textContent || '').replace(/\u00a0/g, ' ')).join('\n');
        return /(^|\n)\s*OP2\s*2\.\s+Calls upon States to share/.test(text);
      })
      .catch(() => {
        throw new Error('no OP2 label before the new paragraph of the draft');
      });
    await page.mouse.move(0, 0);
    const area = await page.locator('.part.editor').boundingBox();
    if (area)
      await page.screenshot({
        path: join(results, 'compare-redline-readme.png'),
        clip: { x: area.x, y: area.y, width: area.width, height: area.height },
      });
  });
  if (compareOpened) {
    await step('compare-export-tracked', async () => {
      // The button shows while the comparison is the active editor.
      await page.locator('.tab', { hasText: 'Compare springs-draft.unres with springs-base.unres' }).click();
      await page
        .locator('.editor-group-container.active .editor-actions a[aria-label*="Export Tracked Changes to Word"]')
        .click();
      const toast = page.locator('.notifications-toasts .notification-toast');
      if (web) {
        await toast.filter({ hasText: 'needs the desktop VS Code' }).first().waitFor();
        return;
      }
      // Asked once (the setting is empty in this profile), then VS Code's save dialog, at springs-draft.docx.
      await page.locator('.quick-input-widget input').waitFor();
      await page.keyboard.type('Delegation of Testland');
      await page.keyboard.press('Enter');
      const pathInput = page.locator('.quick-input-widget input');
      await page.waitForFunction(() => {
        const input = /** @type {HTMLInputElement | null} */ (document.querySelector('.quick-input-widget input'));
        return /springs-draft\.docx$/.test(input?.value ?? '');
      });
      await pathInput.press('Enter');
      await toast.filter({ hasText: 'Exported springs-draft.docx' }).first().waitFor();
      const xml = strFromU8(
        unzipSync(readFileSync(join(workspace, 'springs-draft.docx')))['word/document.xml'] ?? new Uint8Array(),
      );
      for (const mark of ['ins', 'del'])
        if (!new RegExp(`<w:${mark}\\b[^>]*w:author="Delegation of Testland"`).test(xml))
          throw new Error(`no <w:${mark}> by the author typed in springs-draft.docx`);
    });
  } else steps.push({ name: 'compare-export-tracked', ok: false, error: 'skipped: the comparison did not open' });

  if (web) {
    // The server in the worker says once what the browser lacks, in the extension's output channel.
    await step('web-output', async () => {
      await page.keyboard.press('Control+Shift+P');
      await page.locator('.quick-input-widget input').waitFor();
      await page.keyboard.type('Output: Show Output Channels');
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Show Output Channels' }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'UN Resolutions (unres)' }).first().click();
      // The message is among the first lines; the channel then logs every check: read it from the top.
      const output = page.locator('.part.panel .monaco-editor').first();
      await output.waitFor();
      await output.click();
      await page.keyboard.press('Control+Home');
      await output.locator('.view-line', { hasText: 'running in the browser' }).first().waitFor();
    });
  }

  await page.close().catch(() => {});
  return steps;
}
