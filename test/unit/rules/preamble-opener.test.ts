// preamble-opener on fixtures: reported spans are marked inline with ⟦…⟧; fixes are applied and re-checked.
import * as assert from 'node:assert/strict';
import { participleOf } from '../../../server/src/core/data/verb-forms';
import { preambleOpener } from '../../../server/src/core/rules/preamble-opener';
import { parse } from '../../../server/src/core/parser/parse';
import { checkRule } from '../../support/fixtures';

const GA = (preamble: string): string =>
  `The General Assembly,\n\n${preamble}\n\n1. Decides to remain seized of the matter.\n`;

describe('preamble-opener', () => {
  it('accepts the openers of adopted texts, with their modifiers', () => {
    checkRule(
      preambleOpener,
      GA(
        [
          'Recalling its resolution 55/25 of 15 November 2000,',
          'Recalling also its resolution 58/4,',
          'Deeply concerned about the situation,',
          'Noting with concern the report,',
          'Having considered the report of the Secretary-General,',
          'Bearing in mind the Charter,',
          'Having regard to the Charter,',
          'Guided by the purposes and principles of the Charter,',
          'Mindful of its obligations,',
          'Conscious of the need,',
          'Aware that more must be done,',
          'Cognizant of the importance,',
          'Desirous of promoting cooperation,',
          'Disappointed at the continued absence of progress,',
          'Seized of the danger of the use of weapons,',
          'Solemnly reaffirming its commitment,',
          'Registering its concern,',
          'In this regard, expressing concern at the evidence,',
          'Further recalling its resolutions,',
          'Being aware of the situation,',
        ].join('\n\n'),
      ),
    );
  });

  it('fixes an operative verb in the preamble to its participle', () => {
    const fixed = checkRule(
      preambleOpener,
      GA(
        '⟦Recalls⟧ its resolution 55/25,\n\n⟦Notes⟧ the report,\n\n⟦Welcomes⟧ the progress,\n\n⟦Takes⟧ note of the report,\n\nFurther ⟦recalls⟧ its resolution 58/4,',
      ),
      [
        'Preambular paragraph opens with the operative verb "Recalls"; write "Recalling".',
        'Preambular paragraph opens with the operative verb "Notes"; write "Noting".',
        'Preambular paragraph opens with the operative verb "Welcomes"; write "Welcoming".',
        'Preambular paragraph opens with the operative verb "Takes"; write "Taking".',
        'Preambular paragraph opens with the operative verb "recalls"; write "recalling".',
      ],
    );
    assert.match(
      fixed,
      /Recalling its resolution 55\/25,\n\nNoting the report,\n\nWelcoming the progress,\n\nTaking note of the report,\n\nFurther recalling/,
    );
  });

  it('reports an opener that is neither a participle nor an adjective', () => {
    checkRule(preambleOpener, GA('Recalling its resolution 55/25,\n\n⟦The⟧ situation remains grave,'), [
      'Preambular paragraph opens with "The"; expected a participle or an adjective such as "Recalling", "Noting" or "Concerned".',
    ]);
  });

  it('reports Model UN wording', () => {
    checkRule(preambleOpener, GA('⟦Fully alarmed⟧ by the situation,\n\n⟦Noting with zest⟧ the progress,'), [
      '"Fully alarmed" is Model UN wording that UN resolutions do not use; write "Alarmed".',
      '"Noting with zest" is Model UN wording that UN resolutions do not use; write "Noting with satisfaction".',
    ]);
  });

  it('leaves paragraphs that do not end with a comma, declarations and continuation lines alone', () => {
    checkRule(preambleOpener, 'The General Assembly\n\nAdopts the following declaration:\n\nDeclaration\n');
    checkRule(preambleOpener, GA('We, the Heads of State and Government,'));
    checkRule(preambleOpener, GA('Having examined the application of the Republic of\n\nDahomey,'));
  });

  it('derives participles, irregular ones included', () => {
    const pairs: [string, string][] = [
      ['Recalls', 'Recalling'],
      ['Notes', 'Noting'],
      ['Commits', 'Committing'],
      ['Agrees', 'Agreeing'],
      ['Stresses', 'Stressing'],
      ['Applies', 'Applying'],
      ['Is', 'Being'],
      ['Has', 'Having'],
      ['Plans', 'Planning'],
      ['Refers', 'Referring'],
      ['Offers', 'Offering'],
      ['Re-emphasizes', 'Re-emphasizing'],
      ['Establishes', 'Establishing'],
      ['Sees', 'Seeing'],
      ['Draws', 'Drawing'],
      ['Travels', 'Travelling'],
    ];
    for (const [verb, participle] of pairs) assert.equal(participleOf(verb), participle);
  });

  it("accepts the Security Council's concessive `While noting …` and `While welcoming …`", () => {
    checkRule(
      preambleOpener,
      'The Security Council,\n\nRecalling its previous resolutions,\n\nWhile noting some positive developments, expressing concern over the obstacles imposed on the work of the Panel,\n\nWhile welcoming the decrease in reported incidents of piracy, continuing to be gravely concerned by the threat,\n\nWhile expressing its appreciation for the work of the Mission, remaining concerned at the situation,\n\n1. Decides to remain seized of the matter.\n',
    );
    // `While` before anything but a participle is no opener.
    checkRule(preambleOpener, GA('Recalling its resolution 55/25,\n\n⟦While⟧ the situation remains fragile,'));
  });

  it('survives empty and garbage input', () => {
    for (const text of ['', '\n\n', 'The General Assembly,\n\n,,,\n\n1.', '⟦'.repeat(3)])
      assert.doesNotThrow(() => preambleOpener.check(parse(text.replace(/⟦/g, ''))));
  });
});
