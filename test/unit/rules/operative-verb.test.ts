// operative-verb on fixtures: reported spans are marked inline with ⟦…⟧; fixes are applied and re-checked.
import * as assert from 'node:assert/strict';
import { operativeVerb } from '../../../server/src/core/rules/operative-verb';
import { parse } from '../../../server/src/core/parser/parse';
import { checkRule } from '../../support/fixtures';

const GA = (operative: string): string => `The General Assembly,\n\nRecalling its resolution 55/25,\n\n${operative}\n`;

describe('operative-verb', () => {
  it('accepts verbs with adverbs, postposed adverbs and particles', () => {
    checkRule(
      operativeVerb,
      GA(
        [
          '1. Decides to continue;',
          '2. Also requests the Secretary-General;',
          '3. Further requests the Secretary-General;',
          '4. Strongly condemns all acts;',
          '5. Calls once again upon all States;',
          '6. Decides further to remain seized;',
          '7. Takes note with appreciation of the report;',
          '8. The Secretary-General shall be authorized to transfer credits;',
          '9. Trusts that all States will cooperate.',
        ].join('\n\n'),
      ),
    );
  });

  it('accepts an annexed declaration in the first person plural', () => {
    checkRule(
      operativeVerb,
      GA(
        '1. Reaffirm our commitment;\n\n2. Also reaffirm;\n\n3. We commit ourselves;\n\n4. Recognizing the challenges, we pledge to act.',
      ),
    );
  });

  it('fixes a participle in the operative part', () => {
    const fixed = checkRule(
      operativeVerb,
      GA(
        '1. Decides;\n\n2. ⟦Recalling⟧ its resolution 58/4;\n\n3. Also ⟦noting⟧ the report;\n\n4. ⟦Taking⟧ note of the report.',
      ),
      [
        'Operative paragraph opens with the participle "Recalling"; write "Recalls".',
        'Operative paragraph opens with the participle "noting"; write "notes".',
        'Operative paragraph opens with the participle "Taking"; write "Takes".',
      ],
    );
    assert.match(fixed, /2\. Recalls its resolution 58\/4;\n\n3\. Also notes the report;\n\n4\. Takes note/);
  });

  it('reports a preambular adjective in the operative part, without a fix', () => {
    checkRule(operativeVerb, GA('1. Decides;\n\n2. ⟦Deeply concerned⟧ about the situation;\n\n3. Requests.'), [
      'Operative paragraph opens with the preambular phrase "Deeply concerned"; expected a verb in the present tense such as "Notes", "Expresses concern" or "Decides".',
    ]);
  });

  it('leaves a participle leading into the paragraph verb alone', () => {
    checkRule(operativeVerb, GA('1. Decides;\n\n2. Bearing in mind the report, decides to act;\n\n3. Requests.'));
  });

  it('fixes a plural verb among verbs in the third person singular', () => {
    const fixed = checkRule(
      operativeVerb,
      GA(
        '1. Decides;\n\n2. ⟦Request⟧ the Secretary-General;\n\n3. Urges all States;\n\n4. Encourages Member States;\n\n5. Decides to remain seized.',
      ),
      ['Operative paragraph opens with "Request" among verbs in the third person singular; write "Requests".'],
    );
    assert.match(fixed, /2\. Requests the Secretary-General/);
  });

  it('reports Model UN wording', () => {
    checkRule(operativeVerb, GA('1. ⟦Has resolved⟧ to act.'), [
      '"Has resolved" is Model UN wording that UN resolutions do not use; write "Resolves".',
    ]);
  });

  it('accepts `Acting under Chapter VII of the Charter` opening a list of paragraphs with their own verbs', () => {
    checkRule(
      operativeVerb,
      'The Security Council,\n\nRecalling its previous resolutions,\n\n11. Requests the Secretary-General to keep the Council informed;\n\n12. Acting under Chapter VII of the Charter of the United Nations:\n\n(a) Decides that the Mission is authorized to use all necessary means;\n\n(b) Requests the Secretary-General to report;\n\n13. Decides to remain seized of the matter.\n',
    );
    // Without a list of paragraphs after it, the participle is still reported.
    checkRule(
      operativeVerb,
      GA(
        '1. Decides to continue;\n\n2. ⟦Reiterating⟧ its commitment to impose targeted measures;\n\n3. Decides to remain seized.',
      ),
    );
  });

  it('survives empty and garbage input', () => {
    for (const text of ['', '1.', '1. \n\n2. ,;', 'The General Assembly\n\n1. ing;'])
      assert.doesNotThrow(() => operativeVerb.check(parse(text)));
  });
});
