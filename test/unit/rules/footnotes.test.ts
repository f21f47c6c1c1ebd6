// footnotes on fixtures: expected findings are marked inline with `⟦…⟧`.
import * as assert from 'node:assert/strict';
import { parse } from '../../../server/src/core/parser/parse';
import { footnotes } from '../../../server/src/core/rules/footnotes';
import { checkRule, marked } from '../../support/fixtures';

const GA = (body: string, notes: string): string =>
  `59/157. International cooperation\n\nThe General Assembly,\n\n${body}\n\n74th plenary meeting\n20 December 2004\n\n_______________\n\n${notes}\n`;

const severities = (fixture: string): string[] =>
  footnotes.check(parse(marked(fixture).text)).map((finding) => finding.severity ?? footnotes.meta.defaultSeverity);

describe('footnotes', () => {
  it('accepts markers matching their footnotes, repeats and numbering from 2', () => {
    checkRule(
      footnotes,
      GA(
        'Recalling its resolution 55/25,1\n\nNoting the report of the Secretary-General,2\n\n1. Takes note of the report;2\n\n2. Welcomes the Convention.3',
        '1 Resolution 55/25.\n2 A/59/494.\n3 United Nations, Treaty Series, vol. 2225, No. 39574.',
      ),
    );
    checkRule(
      footnotes,
      GA(
        'Recalling its resolution 55/25,2\n\n1. Takes note of the report;3\n\n2. Decides.',
        '2 Resolution 55/25.\n3 A/59/494.',
      ),
    );
  });

  it('reports a marker without a footnote (error), glued after punctuation or a word', () => {
    const fixture = GA(
      'Recalling its resolution 55/25,1\n\n1. Takes note of the report;⟦2⟧\n\n2. Welcomes the Convention⟦3⟧ and the Protocol.',
      '1 Resolution 55/25.',
    );
    checkRule(footnotes, fixture, [
      'Footnote marker 2 has no footnote; add footnote 2 or remove the marker.',
      'Footnote marker 3 has no footnote; add footnote 3 or remove the marker.',
    ]);
    assert.deepEqual(severities(fixture), ['error', 'error']);
    checkRule(
      footnotes,
      'The General Assembly,\n\nRecalling its resolution 55/25,\n\n1. Takes note of the report of the Secretary-General;⟦1⟧\n\n2. Decides.\n',
    );
  });

  it('does not take numbers for markers', () => {
    checkRule(
      footnotes,
      'The General Assembly,\n\nRecalling its resolution 55/25 of 15 November 2000, documents S/25810 and Add.1, para.5 and b.1.,\n\n1. Notes the 2,400 troops, COVID-19 and 5.3 million people and the area of 12 km2;\n\n2. Decides.\n',
    );
  });

  it('reports a gap in the footnotes when no marker for the missing one is found (warning)', () => {
    const fixture = GA(
      'Recalling its resolution 55/25,1\n\nNoting the report,3\n\n1. Decides.',
      '1 Resolution 55/25.\n⟦3⟧ A/59/494.',
    );
    checkRule(footnotes, fixture, ['Footnote numbering skips 2; expected footnote 2 after footnote 1.']);
    assert.deepEqual(severities(fixture), ['warning']);
  });

  it('reports a footnote never referenced (warning)', () => {
    checkRule(footnotes, GA('Recalling its resolution 55/25,1\n\n1. Decides.', '1 Resolution 55/25.\n⟦2⟧ A/59/494.'), [
      'Footnote 2 is never referenced; add its marker in the text or remove the footnote.',
    ]);
  });

  it('reports a footnote first referenced out of order (warning)', () => {
    checkRule(
      footnotes,
      GA(
        'Recalling its resolution 55/25,1\n\nNoting the report,3\n\n1. Takes note of the Convention;⟦2⟧\n\n2. Decides.',
        '1 Resolution 55/25.\n2 A/59/494.\n3 A/59/495.',
      ),
      ['Footnote 2 is first referenced after footnote 3; number footnotes in the order of their first reference.'],
    );
  });

  it('hints a footnote text without its final period, and the fix adds it', () => {
    const fixture = GA('Recalling its resolution 55/25,1\n\n1. Decides.', '1 ⟦Resolution 55/25⟧');
    assert.deepEqual(severities(fixture), ['hint']);
    const fixed = checkRule(footnotes, fixture, [
      'Footnote 1 does not end with a period; end a footnote text with ".".',
    ]);
    assert.match(fixed, /\n1 Resolution 55\/25\.\n$/);
  });

  describe('markers decided from the whole text', () => {
    const markers = (fixture: string): string[] => {
      const model = parse(fixture);
      return model.markers.map(
        (marker) => `${model.text.slice(Math.max(0, marker.start - 8), marker.start)}⟨${marker.text}⟩`,
      );
    };

    it('does not read figures and symbols as markers: 1,137 students, CM/Rec(2022)17, Res.9, a range ;1–17', () => {
      const fixture = GA(
        'Recalling its resolution 55/25,1\n\nRecalling also recommendation CM/Rec(2022)17 of the Committee of Ministers and resolution C.18/Res.9 of 7 November 2019,2\n\n1. Notes that 1,137 students took part;3\n\n2. Endorses the recommendations in the reports of the Board;4–9\n\n3. Takes note of the Convention;17',
        Array.from({ length: 17 }, (_, index) => `${index + 1} A/59/${index + 1}.`).join('\n'),
      );
      const model = parse(fixture);
      assert.deepEqual(
        model.markers.map((marker) => marker.value),
        [1, 2, 3, 17],
      );
      // Footnotes 4–9 are cited as a range and 10–16 nowhere: only those are reported, not Rec(2022)17 or Res.9 out of order.
      const messages = footnotes.check(model).map((finding) => finding.message);
      assert.ok(!messages.some((message) => /first referenced after/.test(message)), messages.join('\n'));
    });

    it('splits a marker glued to a resolution number (71/2052) and to a decision (1/CMA.55), where the order needs it', () => {
      const fixture = GA(
        'Recalling the Paris Agreement,1\n\nTaking note of the reports submitted pursuant to resolutions 71/2052 and 72/190,3\n\nRecalling decision 1/CMA.54 on the global stocktake,\n\n1. Decides to remain seized of the matter.',
        '1 FCCC/CP/2015/10/Add.1.\n2 A/72/498.\n3 A/73/404.\n4 FCCC/PA/CMA/2023/16/Add.1.',
      );
      assert.deepEqual(markers(fixture), ['reement,⟨1⟩', 's 71/205⟨2⟩', ' 72/190,⟨3⟩', ' 1/CMA.5⟨4⟩']);
      checkRule(footnotes, fixture);
    });

    it('keeps a resolution number whole when the footnotes are referenced elsewhere (63/211, 50/221 B)', () => {
      const fixture = GA(
        'Recalling its resolutions 62/188 of 19 December 2007, 63/211 of 19 December 2008 and 50/221 B of 7 June 1996,\n\nTaking note of the report of the Secretary-General1 and of the Convention,2\n\n1. Decides.',
        '1 A/74/100.\n2 United Nations, Treaty Series, vol. 2225.',
      );
      assert.deepEqual(markers(fixture), ['-General⟨1⟩', 'vention,⟨2⟩']);
    });

    it('reads a marker glued to a year as the first reference, before the plain one that repeats it', () => {
      const fixture = GA(
        'Having considered the reports on the period from 1 July 2018 to 30 June 20191 and from 1 July 2020 to 30 June 2021,2 and the report of the Advisory Committee,3\n\n1. Takes note of the report on the period ended 30 June 2019;1\n\n2. Decides.',
        '1 A/74/622.\n2 A/74/743.\n3 A/74/809.',
      );
      assert.deepEqual(markers(fixture), ['une 2019⟨1⟩', 'ne 2021,⟨2⟩', 'mmittee,⟨3⟩', 'ne 2019;⟨1⟩']);
      checkRule(footnotes, fixture);
    });

    it('reads markers after a closing bracket or quote that ends a sentence, and in a list ,7,8', () => {
      const fixture = GA(
        'Recalling its resolution 55/25 (thematic priority 7).1\n\nRecalling also “The future we want”.2\n\n1. Condemns the annexation of Crimea,3,4 and decides.',
        '1 A/1.\n2 A/2.\n3 A/3.\n4 A/4.',
      );
      assert.deepEqual(
        parse(fixture).markers.map((marker) => marker.value),
        [1, 2, 3, 4],
      );
      checkRule(footnotes, fixture);
    });

    it('reads a marker after a decimal only where a sentence ends (strategy 10.24 Furthermore), not in 28.2 per cent', () => {
      const fixture = GA(
        'Noting that women comprised 28.2 per cent of the total,1\n\n1. Notes the programmes under model strategy 10.2 Furthermore, it decides.',
        '1 A/1.\n2 A/2.',
      );
      assert.deepEqual(markers(fixture), ['e total,⟨1⟩', 'tegy 10.⟨2⟩']);
    });
  });

  describe('a marker inside a word', () => {
    it('reports a marker the converter set inside a word (t6he, a11nd) as that, not as a footnote never referenced', () => {
      const fixture = GA(
        'Recalling the Sendai Framework,1 t⟦2⟧he Addis Ababa Action Agenda a⟦3⟧nd the New Urban Agenda,4\n\n1. Decides.',
        '1 Resolution 69/283.\n2 Resolution 69/313.\n3 Resolution 71/256.\n4 Resolution 71/256, annex.',
      );
      checkRule(footnotes, fixture, [
        'Footnote marker 2 inside a word: “t2he”; a marker follows the word it belongs to (and its punctuation) without a space, and a space follows it.',
        'Footnote marker 3 inside a word: “a3nd”; a marker follows the word it belongs to (and its punctuation) without a space, and a space follows it.',
      ]);
      assert.deepEqual(severities(fixture), ['warning', 'warning']);
    });

    it('reports a marker glued to the next word (Agreement,38and, weapons 6and) or set apart (Development 2 through)', () => {
      const fixture = GA(
        'Recalling the Paris Agreement,⟦1⟧and the Treaty on the Non-Proliferation of Nuclear Weapons ⟦2⟧and the 2030 Agenda for Sustainable Development ⟦3⟧ through its Goals,\n\n1. Decides.',
        '1 FCCC/CP/2015/10/Add.1.\n2 United Nations, Treaty Series, vol. 729.\n3 Resolution 70/1.',
      );
      const messages = footnotes
        .check(parse(marked(fixture).text))
        .map((finding) => finding.message.replace(/;.*/, ''));
      assert.deepEqual(messages, [
        'Footnote marker 1 glued to the next word: “1and”',
        'Footnote marker 2 glued to the next word: “2and”',
        'Footnote marker 3 set apart from the word before it: “Development 3”',
      ]);
    });

    it('does not read digits inside words as markers where the footnotes are cited properly (H5N1, Pier2Peer, km2)', () => {
      checkRule(
        footnotes,
        GA(
          'Recalling the H5N1 outbreak, the Pier2Peer network and 12 km2 of land,1\n\n1. Notes the report;2',
          '1 A/1.\n2 A/2.',
        ),
      );
    });
  });

  it('reads no missing marker in a form to fill in (a sanctions list annex without footnotes)', () => {
    checkRule(
      footnotes,
      'The Security Council,\n\n1. Decides to use the following cover sheet: (b) supplying arms to any cell or derivative thereof.1 Name(s) of cell: ______________ (c) any affiliate thereof.2 Name(s): ______________\n',
    );
  });

  it('survives garbage, empty and large inputs', () => {
    for (const text of ['', '\n\n', '1\n_______________\n1', ';1;2;3', 'x'.repeat(10_000)])
      footnotes.check(parse(text));
    const big = GA(
      Array.from({ length: 3000 }, (_, index) => `${index + 1}. Takes note of the report;${index + 1}`).join('\n\n'),
      Array.from({ length: 3000 }, (_, index) => `${index + 1} A/59/${index}.`).join('\n'),
    );
    // A runaway (quadratic) scan meets mocha's time-out; speed itself is judged by `npm run bench`.
    footnotes.check(parse(big));
  });
});
