// citation-form on fixtures: ⟦…⟧ marks each reported span; fixes are applied and re-checked.
import * as assert from 'node:assert/strict';
import { citationForm } from '../../../server/src/core/rules/citation-form';
import { checkRule } from '../../support/fixtures';

const GA = (preamble: string): string =>
  `The General Assembly,\n\n${preamble}\n\n1. Decides to remain seized of the matter.\n`;

describe('citation-form', () => {
  it('accepts running-text citations and symbols of reports', () => {
    checkRule(
      citationForm,
      GA(
        'Recalling its resolution 55/25, Security Council resolution 1373 (2001) and resolution 2625 (XXV), and having considered the report (A/59/494),',
      ),
    );
  });

  it('reports a number cut short and a symbol with an empty component', () => {
    checkRule(citationForm, GA('Recalling its resolution ⟦55/⟧ and the report ⟦A/RES//25⟧,'), [
      'The citation "resolution 55/" has no number after the slash; write session/number, as in resolution 55/25.',
      'The symbol "A/RES//25" has an empty component (two slashes); a symbol reads like A/RES/55/25.',
    ]);
  });

  it('fixes the library form after "resolution" to the running-text form', () => {
    const fixed = checkRule(
      citationForm,
      GA('Recalling resolution ⟦S/RES/1373(2001)⟧ and its resolution ⟦A/RES/55/25⟧,'),
      [
        'In running text a resolution is cited as "resolution 1373 (2001)", not by its library symbol S/RES/1373(2001).',
        'In running text a resolution is cited as "resolution 55/25", not by its library symbol A/RES/55/25.',
      ],
    );
    assert.match(fixed, /Recalling resolution 1373 \(2001\) and its resolution 55\/25,/);
  });

  it('leaves the Security Council its library symbols of other organs’ resolutions, not of its own', () => {
    const SC = (preamble: string): string =>
      `The Security Council,\n\n${preamble}\n\n1. Decides to remain seized of the matter.\n`;
    checkRule(
      citationForm,
      SC('Recalling General Assembly resolution A/RES/50/81 and Human Rights Council resolution A/HRC/RES/17/21,'),
    );
    checkRule(
      citationForm,
      SC('Recalling its resolution ⟦S/RES/2282 (2016)⟧ and General Assembly resolution A/RES/70/262,'),
      [
        'In running text a resolution is cited as "resolution 2282 (2016)", not by its library symbol S/RES/2282 (2016).',
      ],
    );
  });

  it('fixes a missing space before the year or session', () => {
    const fixed = checkRule(
      citationForm,
      GA('Recalling Security Council resolutions 2018 (2011) and ⟦2039(2012)⟧ and its resolution ⟦2625(XXV)⟧,'),
      [
        'A space goes between 2039 and (2012): write 2039 (2012).',
        'A space goes between 2625 and (XXV): write 2625 (XXV).',
      ],
    );
    assert.match(fixed, /2039 \(2012\) and its resolution 2625 \(XXV\),/);
  });

  it('fixes a missing space after the comma between a year and the next citation', () => {
    const fixed = checkRule(
      citationForm,
      GA(
        'Recalling its resolutions 74/23 of 12 December 2019, 75/26 of 2 December ⟦2020,76/69⟧ of 9 December 2021 and ⟦2021,76/290⟧ and 78/129 of 18 December 2023,',
      ),
      [
        'A space goes after the comma before the next citation: write "2020, 76/69".',
        'A space goes after the comma before the next citation: write "2021, 76/290".',
      ],
    );
    assert.match(fixed, /2 December 2020, 76\/69 of 9 December 2021 and 2021, 76\/290 and/);
  });

  it('leaves a footnote marker glued after the comma alone (2014,727/5 is 2014, marker 7, 27/5)', () => {
    checkRule(
      citationForm,
      GA(
        'Recalling Human Rights Council resolutions 21/12 of 27 September 2012,727/5 of 25 September 2014 and 30/4 of 1 October 2015,130/15 of 2 October 2015,',
      ),
    );
  });
});
