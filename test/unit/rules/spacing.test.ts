// spacing on fixtures: `⟦…⟧` marks each reported span; fixes are applied and re-checked.
import * as assert from 'node:assert/strict';
import { spacing } from '../../../server/src/core/rules/spacing';
import { MAX_FINDINGS } from '../../../server/src/core/rules/types';
import { checkRule, findingsOf } from '../../support/fixtures';

const GA = (body: string): string => `The General Assembly,\n\nRecalling its resolution 55/25,\n\n${body}`;

describe('spacing', () => {
  it('a space before the hyphen of a compound', () => {
    const fixed = checkRule(
      spacing,
      GA('1. Requests the ⟦Director -General⟧ to ensure the ⟦follow -up⟧ of the programme in ⟦Guinea\u00a0-Bissau⟧;\n'),
      [
        'No space goes before the hyphen of a compound: write "Director-General", not "Director -General".',
        'No space goes before the hyphen of a compound: write "follow-up", not "follow -up".',
        'No space goes before the hyphen of a compound: write "Guinea-Bissau", not "Guinea -Bissau".',
      ],
    );
    assert.match(fixed, /the Director-General to ensure the follow-up of the programme in Guinea-Bissau;/);
  });

  it('leaves shared compounds, dashes, minus signs and Secretary -General (un-terms) alone', () => {
    checkRule(
      spacing,
      GA(
        '1. Supports country-owned and -driven programmes, data collection and -sharing, pre- and post-conflict work, short- or -long-term plans;\n\n2. Notes a change of -5 per cent - a decline - and requests the Secretary -General to report.\n',
      ),
    );
  });

  it('a comma glued to the next word', () => {
    const fixed = checkRule(
      spacing,
      GA(
        '1. Recalls its resolution 2240 ⟦(2015),reaffirms⟧ its support since March ⟦2011,in⟧ particular ⟦peace,security⟧ and ⟦e.g.,the⟧ goals;\n',
      ),
      [
        'A space goes after the comma: write "(2015), reaffirms", not "(2015),reaffirms".',
        'A space goes after the comma: write "2011, in", not "2011,in".',
        'A space goes after the comma: write "peace, security", not "peace,security".',
        'A space goes after the comma: write "e.g., the", not "e.g.,the".',
      ],
    );
    assert.match(
      fixed,
      /2240 \(2015\), reaffirms its support since March 2011, in particular peace, security and e\.g\., the goals;/,
    );
  });

  it('leaves numbers, footnote markers, citations, quotations and addresses alone', () => {
    checkRule(
      spacing,
      GA(
        '1. Notes the 1,000 participants,2 items 5.2,5.3.1 and resolutions 2019,75/276, the title “Peace,Security” and https://undocs.org/a,b and www.un.org/x,y;\n',
      ),
    );
  });

  it('stays linear on a long run of letters and on a long run of glued commas', () => {
    const started = Date.now();
    const letters = findingsOf(spacing, `${'x'.repeat(1_000_000)} -y ${'a,b'.repeat(300_000)}`);
    assert.equal(letters.length, MAX_FINDINGS, 'stops at MAX_FINDINGS');
    assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
  });
});
