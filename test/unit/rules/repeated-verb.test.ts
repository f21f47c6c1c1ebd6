// repeated-verb on fixtures: `⟦…⟧` marks each reported phrase (hints, no fix).
import * as assert from 'node:assert/strict';
import { repeatedVerb } from '../../../server/src/core/rules/repeated-verb';
import { checkRule, findingsOf } from '../../support/fixtures';
import { firstItems } from '../../support/must';

const GA = (body: string): string => `The General Assembly,\n\n${body}`;

describe('repeated-verb', () => {
  it('accepts Also then Further on a repeated verb, and Recalling also / further', () => {
    checkRule(
      repeatedVerb,
      GA(
        'Recalling A,\n\nRecalling also B,\n\nRecalling further C,\n\n1. Requests A;\n\n2. Also requests B;\n\n3. Further requests C.\n',
      ),
    );
  });

  it('reports a verb repeated from the paragraph before without a marker', () => {
    checkRule(
      repeatedVerb,
      GA('Recalling A,\n\n⟦Recalling⟧ B,\n\n1. Requests A;\n\n⟦Requests⟧ B;\n\n3. Also requests C.\n'),
      [
        'Preambular opener "Recalling" repeats the one of the paragraph before; write "Recalling also".',
        'Operative verb "Requests" repeats the one of the paragraph before; write "Also requests".',
      ],
    );
  });

  it('asks for Further the third time, also after an Also', () => {
    checkRule(
      repeatedVerb,
      GA(
        'Recalling A,\n\n1. Urges A;\n\n2. Also urges B;\n\n3. ⟦Also urges⟧ C;\n\n4. Requests D;\n\n5. Also requests E;\n\n6. ⟦Requests⟧ F.\n',
      ),
      [
        'Operative verb "urges" takes "also" twice in a row; write "Further urges".',
        'Operative verb "Requests" repeats the one of the paragraph before; write "Further requests".',
      ],
    );
  });

  it('accepts a verb taken up again after other paragraphs, and a new series after Further', () => {
    checkRule(
      repeatedVerb,
      GA(
        'Recalling A,\n\nNoting B,\n\nRecalling C,\n\n1. Requests A;\n\n2. Urges B;\n\n3. Requests C;\n\n4. Also requests D;\n\n5. Further requests E;\n\n6. Requests F.\n',
      ),
    );
  });

  it('treats adverbs and Calls on / Calls upon alike, and keeps "with concern" complements apart', () => {
    checkRule(
      repeatedVerb,
      GA(
        'Recalling A,\n\n1. Calls upon A;\n\n2. ⟦Calls on⟧ B;\n\n3. Notes with concern C;\n\n4. Notes with appreciation D;\n\n5. Strongly condemns E;\n\n6. ⟦Condemns⟧ F.\n',
      ),
    );
  });

  it('follows the Security Council profile: Further requests and Decides further are the repeated forms', () => {
    checkRule(
      repeatedVerb,
      'The Security Council,\n\nRecalling A,\n\nFurther recalling B,\n\n1. Requests A;\n\n2. Further requests B;\n\n3. Decides C;\n\n4. Decides further D;\n\n5. Decides also E.\n',
    );
    const [finding] = firstItems(
      findingsOf(repeatedVerb, 'The Security Council,\n\nRecalling A,\n\n1. Requests A;\n\n2. Requests B.\n'),
      1,
    );
    assert.equal(
      finding.message,
      'Operative verb "Requests" repeats the one of the paragraph before; write "Further requests".',
    );
  });

  it('restarts under a heading: a verb after a heading is not a repetition', () => {
    checkRule(repeatedVerb, GA('Recalling A,\n\n1. Requests A;\n\nFollow-up and review\n\n2. Requests B.\n'));
    checkRule(
      repeatedVerb,
      'The Security Council,\n\nRecalling A,\n\nMandate of the Mission\n\n1. Requests A;\n\nSanctions\n\n2. Requests B;\n\n3. ⟦Requests⟧ C.\n',
    );
  });

  it('restarts in each part and section, is off by default and has no fix', () => {
    checkRule(
      repeatedVerb,
      'A\n\nThe General Assembly,\n\nRecalling A,\n\n1. Requests A.\n\nB\n\nThe General Assembly,\n\nRecalling B,\n\n1. Requests B.\n',
    );
    checkRule(repeatedVerb, GA('Recalling A,\n\nI\n\n1. Requests A;\n\nII\n\n2. Requests B.\n'));
    assert.equal(repeatedVerb.meta.defaultSeverity, 'off');
    assert.ok(
      findingsOf(repeatedVerb, GA('Recalling A,\n\n1. Requests A;\n\n2. Requests B.\n')).every(
        (finding) => finding.fix === undefined,
      ),
    );
  });

  it('survives garbage and empty input', () => {
    checkRule(repeatedVerb, '');
    checkRule(repeatedVerb, 'Also also also\n\n1. Also\n\n2. Also\n');
  });
});
