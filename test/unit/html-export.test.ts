// The resolution as printed in HTML (core/export/html.ts): every word of the text in order, the
// UN's emphasis and layout classes, data-line on what comes from a line, footnotes at the foot,
// escaping with the hovers' policy, and the standalone page's policy and style sheet hash.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { exportResolution } from '../../server/src/core/export/export';
import { renderHtml, PAGE_CSP } from '../../server/src/core/export/html';
import { escapeHtml } from '../../server/src/core/export/html-escape';
import { PAGE_CSS, PAGE_CSS_SHA256 } from '../../server/src/core/export/html-style';
import { allOperative, allPreambular, type Resolution } from '../../server/src/core/model';
import { parse } from '../../server/src/core/parser/parse';
import { LineIndex } from '../../server/src/core/text/positions';
import { corpusOrSkip, corpusTexts, organOfFile, ORGANS, seedText } from '../support/corpus';
import { bodyWords, firstMissing, textContent, wordsOf } from '../support/html';

const DRAFT = `United Nations
A/RES/99/2
General Assembly
Distr.: General
20 December 2044
Ninety-ninth session
Agenda item 12
Resolution adopted by the General Assembly on 15 December 2044

99/2. Cooperation & "trust" <between> States

A

Assistance

The General Assembly,

Recalling its resolution 55/25 of 15 November 2000,1

Deeply concerned at <script>alert("x")</script> & other things,

1. Decides:

(a) To act;

(i) At once;

(ii) Later;

(b) To report;

2. Requests the Secretary-General to report.

52nd plenary meeting
15 December 2044

Annex

Declaration on cooperation

_______________

1 A/99/150.
`;

/** The line of the output holding the element of `className` that starts on source line `line`. */
function elementAt(html: string, className: string, line: number): string | undefined {
  return html.split('\n').find((row) => row.includes(`class="${className}" data-line="${line}"`));
}

function assertWordsInOrder(name: string, model: Resolution, html: string): void {
  const shown = wordsOf(textContent(html));
  const expected = bodyWords(model);
  const missing = firstMissing(expected, shown);
  assert.equal(
    missing,
    -1,
    `${name}: "${expected[missing]}" (word ${missing} of ${expected.length}, after "${expected.slice(Math.max(0, missing - 5), missing).join(' ')}") is not shown in order`,
  );
  const foot = html.slice(html.indexOf('<section class="footnotes">'));
  for (const footnote of model.footnotes) {
    const body = wordsOf(footnote.body.text);
    assert.equal(
      firstMissing(body, wordsOf(textContent(foot))),
      -1,
      `${name}: footnote ${footnote.number.text} at the foot`,
    );
  }
}

function assertEmphasis(name: string, model: Resolution, html: string): void {
  const lines = new LineIndex(model.text);
  for (const paragraph of allPreambular(model)) {
    if (!paragraph.opener) continue;
    const row = elementAt(html, 'preambular', lines.positionAt(paragraph.start).line);
    assert.ok(
      row?.includes(`<em>${escapeHtml(paragraph.opener.text)}</em>`),
      `${name}: opener "${paragraph.opener.text}" in <em>: ${row}`,
    );
  }
  for (const paragraph of allOperative(model)) {
    if (!paragraph.verb) continue;
    const className = paragraph.number ? 'operative' : 'operative unnumbered';
    const row = elementAt(html, className, lines.positionAt(paragraph.start).line);
    assert.ok(
      row?.includes(`<em>${escapeHtml(paragraph.verb.text)}</em>`),
      `${name}: verb "${paragraph.verb.text}" in <em>: ${row}`,
    );
  }
  for (const organLine of model.organLines) {
    const row = elementAt(html, 'organ-line', lines.positionAt(organLine.start).line);
    assert.match(row ?? '', /<em>The [^<]+<\/em>/, `${name}: organ line in italics`);
  }
}

/** Every element with a data-line starts with words of that source line. */
function assertDataLines(name: string, text: string, html: string): void {
  const source = text.split(/\r\n|\r|\n/);
  for (const row of html.split('\n')) {
    const match = /data-line="(\d+)"[^>]*>(.*)$/.exec(row);
    if (!match) continue;
    const first = wordsOf(textContent(match[2] ?? ''))[0];
    const line = source[Number(match[1])] ?? '';
    if (first)
      assert.ok(
        wordsOf(line).some((word) => word.startsWith(first.slice(0, 3))),
        `${name}: line ${match[1]} "${line.slice(0, 60)}" for ${row.slice(0, 120)}`,
      );
  }
}

describe('HTML export', () => {
  const draft = parse(DRAFT);
  const html = renderHtml(draft);

  it('shows every word of a draft in order, footnotes at the foot', () => {
    assertWordsInOrder('draft', draft, html);
    assertEmphasis('draft', draft, html);
    assertDataLines('draft', DRAFT, html);
    assert.ok(html.lastIndexOf('<section class="footnotes">') > html.lastIndexOf('class="annex-heading"'));
    assert.match(html, /2000,<sup class="footnote-marker">1<\/sup><\/p>/, 'the marker is a superscript');
  });

  it('prints the masthead, the bold title, parts, levels, the closing and annexes with their classes', () => {
    assert.match(
      html,
      /<header class="masthead">\n<p class="united-nations" data-line="0">United Nations<\/p>\n<p class="symbol" data-line="1">A\/RES\/99\/2<\/p>/,
    );
    assert.match(
      html,
      /<h1 class="title numbered" data-line="9"><span class="number">99\/2\. <\/span>Cooperation &amp; &quot;trust&quot; &lt;between&gt; States<\/h1>/,
    );
    assert.match(html, /<h2 class="part-heading" data-line="11">A<\/h2>/);
    assert.match(
      html,
      /<p class="subparagraph level-1" data-line="\d+"><span class="number">\(a\) <\/span>To act;<\/p>/,
    );
    assert.match(
      html,
      /<p class="subparagraph level-2" data-line="\d+"><span class="number">\(ii\) <\/span>Later;<\/p>/,
    );
    assert.match(html, /<p class="operative" data-line="\d+"><span class="number">2\. <\/span><em>Requests<\/em> the/);
    assert.match(
      html,
      /<p class="closing" data-line="\d+">52nd plenary meeting<\/p>\n<p class="closing" data-line="\d+">15 December 2044<\/p>/,
    );
    assert.match(html, /<h2 class="annex-heading" data-line="\d+">Annex<\/h2>/);
  });

  it('lets no markup or script of the document through', () => {
    assert.doesNotMatch(html, /<script|<between/);
    assert.match(html, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; other/);
    const hostile = parse(
      `The General Assembly,\n\nRecalling <img src=x onerror=alert(1)> \u202Eevil\u0007 'q',\n\n1. Decides <b>bold</b>.\n`,
    );
    const out = renderHtml(hostile);
    assert.doesNotMatch(out, /<img|<b>/);
    assert.ok(!out.includes('\u202E') && !out.includes('\u0007'), 'no direction override, no control character');
    assert.match(out, /&lt;img src=x onerror=alert\(1\)&gt; evil &#39;q&#39;/);
  });

  it('gives the symbol from the title when the masthead has none', () => {
    const bare = renderHtml(
      parse('59/157. Title\n\nThe General Assembly,\n\n1. Decides to remain seized of the matter.\n'),
    );
    assert.match(bare, /<header class="masthead">\n<p class="symbol">A\/RES\/59\/157<\/p>/);
  });

  it('writes a standalone page with a strict policy and its style sheet pinned by hash', () => {
    const page = renderHtml(draft, { standalone: true });
    assert.ok(page.startsWith('<!DOCTYPE html>\n<html lang="en">'));
    assert.ok(page.includes(`<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`));
    assert.match(
      PAGE_CSP,
      /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; base-uri 'none'; form-action 'none'$/,
    );
    assert.ok(page.includes(`<style>${PAGE_CSS}</style>`));
    assert.ok(!/<script/i.test(page) && !/ style=/.test(page), 'no script, no style attribute');
    assert.match(page, /<title>A\/RES\/99\/2 — Cooperation &amp; &quot;trust&quot; &lt;between&gt; States<\/title>/);
    assert.ok(renderHtml(draft, { standalone: true, print: true }).includes('<html lang="en" class="print">'));
  });

  it('pins the style sheet by its true SHA-256 (update PAGE_CSS_SHA256 when the style sheet changes)', () => {
    assert.equal(PAGE_CSS_SHA256, createHash('sha256').update(PAGE_CSS, 'utf8').digest('base64'));
  });

  it('is what `unres export --format html` writes', async () => {
    assert.equal(await exportResolution(DRAFT, 'html'), renderHtml(parse(DRAFT), { standalone: true }));
  });

  it('keeps text no element claims', () => {
    const text = 'Something unexpected\n\n<<odd>> line & more\n';
    assert.equal(firstMissing(wordsOf(text), wordsOf(textContent(renderHtml(parse(text))))), -1);
  });

  describe('on adopted texts', function () {
    this.timeout(60_000);

    it('the seed: every word in order, openers and verbs in italics, footnotes at the foot', function () {
      corpusOrSkip(this);
      const text = seedText();
      const model = parse(text);
      const out = renderHtml(model);
      assertWordsInOrder('seed', model, out);
      assertEmphasis('seed', model, out);
      assertDataLines('seed', text, out);
      assert.match(out, /<em>Takes note with appreciation<\/em>/);
      assert.doesNotMatch(out, /ODS|DU1/, 'no debris');
    });

    for (const organ of ORGANS) {
      it(`every ${organ} text of the corpus`, function () {
        corpusOrSkip(this);
        const texts = corpusTexts().filter((entry) => organOfFile(entry.name) === organ);
        assert.ok(texts.length > 0);
        for (const { name, text } of texts) {
          const model = parse(text);
          const out = renderHtml(model);
          assertWordsInOrder(name, model, out);
          assertEmphasis(name, model, out);
          assertDataLines(name, text, out);
        }
      });
    }
  });
});
