// footnotes on fixtures: expected findings are marked inline with `⟦…⟧`.
import * as assert from 'node:assert/strict';
import { parse } from '../../../server/src/core/parser/parse';
import { footnotes } from '../../../server/src/core/rules/footnotes';
import { checkRule, marked } from '../../support/fixtures';

const GA = (body: string, notes: string): string =>
  `59/157. International cooperation\n\nThe General Assembly,\n\n${body}\n\n74th plenary meeting\n20 December 2004\n\n_______________\n\n${notes}\n`;

const severities = (fixture: string): string[] => footnotes.check(parse(marked(fixture).text)).map((finding) => finding.severity ?? footnotes.meta.defaultSeverity);

describe('footnotes', () => {
  it('accepts markers matching their footnotes, repeats and numbering from 2', () => {
    checkRule(footnotes, GA('Recalling its resolution 55/25,1\n\nNoting the report of the Secretary-General,2\n\n1. Takes note of the report;2\n\n2. Welcomes the Convention.3', '1 Resolution 55/25.\n2 A/59/494.\n3 United Nations, Treaty Series, vol. 2225, No. 39574.'));
    checkRule(footnotes, GA('Recalling its resolution 55/25,2\n\n1. Takes note of the report;3\n\n2. Decides.', '2 Resolution 55/25.\n3 A/59/494.'));
  });

  it('reports a marker without a footnote (error), glued after punctuation or a word', () => {
    const fixture = GA('Recalling its resolution 55/25,1\n\n1. Takes note of the report;⟦2⟧\n\n2. Welcomes the Convention⟦3⟧ and the Protocol.', '1 Resolution 55/25.');
    checkRule(footnotes, fixture, ['Footnote marker 2 has no footnote; add footnote 2 or remove the marker.', 'Footnote marker 3 has no footnote; add footnote 3 or remove the marker.']);
    assert.deepEqual(severities(fixture), ['error', 'error']);
    checkRule(footnotes, 'The General Assembly,\n\nRecalling its resolution 55/25,\n\n1. Takes note of the report of the Secretary-General;⟦1⟧\n\n2. Decides.\n');
  });

  it('does not take numbers for markers', () => {
    checkRule(footnotes, 'The General Assembly,\n\nRecalling its resolution 55/25 of 15 November 2000, documents S/25810 and Add.1, para.5 and b.1.,\n\n1. Notes the 2,400 troops, COVID-19 and 5.3 million people and the area of 12 km2;\n\n2. Decides.\n');
  });

  it('reports a gap in the footnotes when no marker for the missing one is found (warning)', () => {
    const fixture = GA('Recalling its resolution 55/25,1\n\nNoting the report,3\n\n1. Decides.', '1 Resolution 55/25.\n⟦3⟧ A/59/494.');
    checkRule(footnotes, fixture, ['Footnote numbering skips 2; expected footnote 2 after footnote 1.']);
    assert.deepEqual(severities(fixture), ['warning']);
  });

  it('reports a footnote never referenced (warning)', () => {
    checkRule(footnotes, GA('Recalling its resolution 55/25,1\n\n1. Decides.', '1 Resolution 55/25.\n⟦2⟧ A/59/494.'), ['Footnote 2 is never referenced; add its marker in the text or remove the footnote.']);
  });

  it('reports a footnote first referenced out of order (warning)', () => {
    checkRule(footnotes, GA('Recalling its resolution 55/25,1\n\nNoting the report,3\n\n1. Takes note of the Convention;⟦2⟧\n\n2. Decides.', '1 Resolution 55/25.\n2 A/59/494.\n3 A/59/495.'), ['Footnote 2 is first referenced after footnote 3; number footnotes in the order of their first reference.']);
  });

  it('hints a footnote text without its final period, and the fix adds it', () => {
    const fixture = GA('Recalling its resolution 55/25,1\n\n1. Decides.', '1 ⟦Resolution 55/25⟧');
    assert.deepEqual(severities(fixture), ['hint']);
    const fixed = checkRule(footnotes, fixture, ['Footnote 1 does not end with a period; end a footnote text with ".".']);
    assert.match(fixed, /\n1 Resolution 55\/25\.\n$/);
  });

  it('survives garbage, empty and large inputs', () => {
    for (const text of ['', '\n\n', '1\n_______________\n1', ';1;2;3', 'x'.repeat(10_000)]) footnotes.check(parse(text));
    const big = GA(Array.from({ length: 3000 }, (_, index) => `${index + 1}. Takes note of the report;${index + 1}`).join('\n\n'), Array.from({ length: 3000 }, (_, index) => `${index + 1} A/59/${index}.`).join('\n'));
    const started = Date.now();
    footnotes.check(parse(big));
    assert.ok(Date.now() - started < 5000);
  });
});
