// preamble-punctuation on fixtures: `⟦…⟧` marks each reported span; fixes are applied and re-checked.
import * as assert from 'node:assert/strict';
import { preamblePunctuation } from '../../../server/src/core/rules/preamble-punctuation';
import { checkRule } from '../../support/fixtures';

const GA = (preamble: string): string => `The General Assembly,\n\n${preamble}\n\n1. Decides;\n\n2. Requests.\n`;

describe('preamble-punctuation', () => {
  it('accepts commas, the last preambular paragraph included, and a comma behind a footnote marker', () => {
    checkRule(
      preamblePunctuation,
      `${GA('Recalling its resolution 55/25,\n\nNoting with concern the report,1\n\nMindful of the Charter,')}\n_______________\n1 A/59/1.\n`,
    );
  });

  it('replaces a semicolon or a period with a comma', () => {
    const fixed = checkRule(preamblePunctuation, GA('Recalling its resolution 55/25⟦;⟧\n\nNoting the report⟦.⟧'), [
      'A preambular paragraph ends with a semicolon; expected a comma.',
      'A preambular paragraph ends with a period; expected a comma.',
    ]);
    assert.match(fixed, /55\/25,\n\nNoting the report,\n/);
  });

  it('inserts a missing comma at the end of the content, before a footnote marker and after a closing quote', () => {
    const fixed = checkRule(
      preamblePunctuation,
      `The General Assembly,\n\nRecalling its ⟦resolution⟧1\n\nTaking note of the report entitled “Our Common ⟦Agenda”⟧\n\n1. Decides.\n\n_______________\n1 A/59/1.\n`,
      [
        'A preambular paragraph has no final punctuation; expected a comma.',
        'A preambular paragraph has no final punctuation; expected a comma.',
      ],
    );
    assert.match(fixed, /its resolution,1\n/);
    assert.match(fixed, /Agenda”,\n/);
  });

  it('accepts a list in the preamble: the lead-in ends with a colon, the items with commas', () => {
    checkRule(
      preamblePunctuation,
      GA(
        'Noting with satisfaction:\n\n(a) That the Commission has acted,\n\n(b) That States have acted,\n\nAware of the need,',
      ),
    );
    checkRule(
      preamblePunctuation,
      GA(
        'Noting with satisfaction the following⟦;⟧\n\n(a) That the Commission has acted⟦;⟧\n\n(b) That States have acted,',
      ),
      [
        'A preambular paragraph introducing a list ends with a semicolon; expected a colon.',
        'An item of a list in the preamble ends with a semicolon; expected a comma.',
      ],
    );
  });

  it('does not judge what is not a preambular paragraph: a title line, an opener standing alone, a line cut off mid-phrase', () => {
    checkRule(
      preamblePunctuation,
      GA('Recalling its resolution 55/25,\n\nUnited against racism and intolerance\n\nRecalling also the Charter,'),
    );
    checkRule(preamblePunctuation, GA('Convinced\n\nRecalling the application of the'));
  });

  it('leaves a quotation set out as a block its own punctuation', () => {
    checkRule(
      preamblePunctuation,
      GA(
        'Recalling its resolution 55/25,\n\nRecalling also article 12 of the Statute, which reads as follows: “The Tribunal shall consist of the Chambers and the Registry.\n\n“The Registry shall serve the Tribunal.”',
      ),
    );
  });

  it('survives garbage and empty input', () => {
    checkRule(preamblePunctuation, '');
    checkRule(preamblePunctuation, 'The General Assembly,\n\n,,,\n\n(a)\n');
  });
});
