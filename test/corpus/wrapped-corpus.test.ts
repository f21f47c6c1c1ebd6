// Hard-wrapped print is one of the two ways resolutions reach the tool (the other: one paragraph per
// line). Every corpus text published with one paragraph per line is wrapped here as print would
// wrap it, at several widths, and must give the findings it gives as published: the same rules,
// the same messages, as often. What wrapping alone cannot tell apart is named below with the reason.
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { parse } from '../../server/src/core/parser/parse';
import { corpusOrSkip, corpusTexts, wrapAsPrint } from '../support/corpus';

/** Print measures: a narrow column, the usual A4 measures, a wide one. */
const WIDTHS = [72, 80, 100];

/** Texts whose wrapped form reads differently at a width, and why the difference is not the tool's. */
const AMBIGUOUS: Record<string, { widths: number[]; reason: string }> = {
  A_HRC_RES_54_10: {
    widths: [72],
    reason:
      'a line that opens "Indigenous Peoples and toxics;3" below one ending "rights;2" reads as a paragraph of its own',
  },
  A_RES_74_157: {
    widths: [100],
    reason:
      'an enumeration inside a paragraph ("by means of (a) legislative measures;") wraps before "(b)", which then opens a line like a sub-paragraph',
  },
  A_RES_78_70: {
    widths: [100],
    reason:
      'an enumeration inside item (e) ("(i) to countries affected by mines …, and") wraps before "(ii)", which then opens a line like a sub-paragraph',
  },
  'S_RES_124(1957)': {
    widths: [80],
    reason:
      'published with a space before the marker ("United Nations, 16"): wrapped there, "16" stands alone like a page number',
  },
};

const findings = (text: string): string[] =>
  lint(text)
    .diagnostics.map((diagnostic) => `${diagnostic.rule} ${diagnostic.severity}: ${diagnostic.message}`)
    .sort();

describe('hard-wrapped print (corpus)', () => {
  it('wraps a text as print does: lines within the width, the same words', () => {
    const text =
      'Recalling its resolution 74/259 of 27 December 2019, which appropriated 78 242 900 dollars,\nshort line';
    const wrapped = wrapAsPrint(text, 40);
    assert.ok(wrapped.split('\n').every((line) => line.length <= 40));
    assert.equal(wrapped.replace(/\n/g, ' '), text.replace(/\n/g, ' '));
    assert.ok(wrapped.includes('78 242 900'));
  });

  it(`gives every text published one paragraph per line the same findings, wrapped at ${WIDTHS.join(', ')} columns`, function () {
    corpusOrSkip(this);
    this.timeout(300_000);
    const differences: string[] = [];
    let checked = 0;
    let readAsPrint = 0;
    for (const { name, text: published } of corpusTexts()) {
      const text = published.replace(/\r\n?/g, '\n');
      if (parse(text).wrapped) continue; // already print
      checked++;
      const expected = findings(text);
      for (const width of WIDTHS) {
        if (AMBIGUOUS[name]?.widths.includes(width)) continue;
        const wrapped = wrapAsPrint(text, width);
        if (parse(wrapped).wrapped) readAsPrint++;
        const actual = findings(wrapped);
        if (actual.join('\n') === expected.join('\n')) continue;
        const gained = actual.filter((finding) => !expected.includes(finding));
        const lost = expected.filter((finding) => !actual.includes(finding));
        differences.push(
          `${name} at ${width}: ${[...gained.map((finding) => `+ ${finding}`), ...lost.map((finding) => `- ${finding}`)].join(' | ') || 'counts differ'}`,
        );
      }
    }
    console.log(
      `      ${checked} texts, each wrapped at ${WIDTHS.length} widths; ${readAsPrint} of the wrapped texts read as print (the others too short to tell)`,
    );
    assert.ok(checked > 200, `only ${checked} texts published one paragraph per line`);
    assert.ok(readAsPrint > 0.9 * checked * WIDTHS.length, `only ${readAsPrint} wrapped texts read as print`);
    assert.deepEqual(differences, []);
  });

  it('still needs every text named as ambiguous (a name left over after a fix is removed)', function () {
    corpusOrSkip(this);
    this.timeout(60_000);
    const texts = new Map(corpusTexts().map(({ name, text }) => [name, text.replace(/\r\n?/g, '\n')]));
    for (const [name, { widths }] of Object.entries(AMBIGUOUS)) {
      const text = texts.get(name);
      assert.ok(text !== undefined, `${name} is in the corpus`);
      for (const width of widths)
        assert.notDeepEqual(findings(wrapAsPrint(text, width)), findings(text), `${name} at ${width} still differs`);
    }
  });
});
