// organ-line on fixtures: reported spans are marked inline with ⟦…⟧; fixes are applied and re-checked.
import * as assert from 'node:assert/strict';
import { organLine } from '../../../server/src/core/rules/organ-line';
import { parse } from '../../../server/src/core/parser/parse';
import { checkRule } from '../../support/fixtures';

const MASTHEAD = (symbol: string): string =>
  `United Nations\n${symbol}\nGeneral Assembly\nDistr.: General\n3 February 2005\n\n59/157. Title\n\n`;

describe('organ-line', () => {
  it('accepts a comma before a preamble and none before the operative part', () => {
    checkRule(organLine, 'The General Assembly,\n\nRecalling its resolution 55/25,\n\n1. Decides.\n');
    checkRule(organLine, 'The General Assembly\n\nAdopts the following declaration:\n\nDeclaration\n');
    checkRule(organLine, 'The General Assembly\n\n1. Takes note of the report;\n\n2. Decides.\n');
  });

  it('adds the missing comma before a preamble', () => {
    const fixed = checkRule(organLine, 'The ⟦General Assembly⟧\n\nRecalling its resolution 55/25,\n\n1. Decides.\n', [
      'The organ line has no comma before the preamble; write "The General Assembly,".',
    ]);
    assert.match(fixed, /^The General Assembly,\n/);
  });

  it('replaces other punctuation before a preamble', () => {
    const fixed = checkRule(
      organLine,
      'The Human Rights Council⟦:⟧\n\nRecalling its resolution 7/19,\n\n1. Decides.\n',
      ['The organ line ends with ":" before the preamble; write "The Human Rights Council,".'],
    );
    assert.match(fixed, /^The Human Rights Council,\n/);
  });

  it('removes the comma when no preamble follows, except in the Security Council', () => {
    const fixed = checkRule(organLine, 'The General Assembly⟦,⟧\n\n1. Takes note of the report;\n\n2. Decides.\n', [
      'The organ line ends with "," but no preamble follows; write "The General Assembly" without punctuation.',
    ]);
    assert.match(fixed, /^The General Assembly\n/);
    checkRule(organLine, 'The Security Council,\n\nDecides to adopt the attached declaration.\n');
  });

  it('checks the first organ line against the symbol only', () => {
    checkRule(
      organLine,
      `${MASTHEAD('A/RES/59/157')}The ⟦Security Council⟧,\n\nRecalling its resolution 55/25,\n\n1. Decides.\n`,
      [
        'The organ line names the Security Council, but A/RES/59/157 is a resolution of the General Assembly; write "The General Assembly".',
      ],
    );
    checkRule(organLine, `${MASTHEAD('A/HRC/RES/57/12')}The Human Rights Council,\n\nRecalling,\n\n1. Decides.\n`);
    checkRule(
      organLine,
      `${MASTHEAD('E/RES/2021/23')}The Economic and Social Council\n\nRecommends to the General Assembly the adoption of the following draft resolution:\n\nThe General Assembly,\n\nRecalling its resolution 75/196,\n\n1. Decides.\n`,
    );
  });

  it('does not read a line of an annexed agreement as the organ line', () => {
    checkRule(
      organLine,
      'The Security Council,\n\nRecalling its resolutions,\n\n1. Decides to remain seized of the matter.\n\nAnnex\n\nDeclaration on the conclusion of the negotiations\n\nWHEREAS the Parties reconfirmed their agreement on the six texts;\n\n(Signed)\n\n________________________________\n\nSpecial Representative of the Secretary-General\n\nIn the Presence of:\n\nThe United Nations Security Council.\n\n(Signed) (Signed)\n\nPermanent Representative of Spain Permanent Representative of the United Kingdom\n',
    );
  });

  it('survives empty and garbage input', () => {
    for (const text of ['', 'The General Assembly,', 'The General Assembly\n\nThe General Assembly,\n'])
      assert.doesNotThrow(() => organLine.check(parse(text)));
  });
});
