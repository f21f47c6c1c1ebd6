// subparagraph-labels on fixtures: `⟦…⟧` marks each reported label; the relabel fix is applied and re-checked.
import * as assert from 'node:assert/strict';
import { subparagraphLabels } from '../../../server/src/core/rules/subparagraph-labels';
import { checkRule, findingsOf } from '../../support/fixtures';

const GA = (body: string): string => `The General Assembly,\n\nRecalling its resolution 55/25,\n\n${body}`;

describe('subparagraph-labels', () => {
  it('accepts (a)–(z), (aa), nested (i), (ii), then a., i.', () => {
    const letters = Array.from({ length: 28 }, (_, index) => {
      const value = index + 1;
      const label = String.fromCharCode(97 + ((value - 1) % 26)).repeat(Math.floor((value - 1) / 26) + 1);
      return `(${label}) Item;`;
    }).join('\n\n');
    checkRule(subparagraphLabels, GA(`1. Decides:\n\n${letters}\n\n2. Notes.\n`));
    checkRule(
      subparagraphLabels,
      GA(
        '1. Decides:\n\n(a) That:\n\n(i) One:\n\na. Alpha;\n\nb. Beta:\n\ni. Deep;\n\nii. Deeper;\n\n(ii) Two;\n\n(b) Three.\n',
      ),
    );
  });

  it('reads (i) after (h) as a letter and (v) after (iv) as roman', () => {
    checkRule(
      subparagraphLabels,
      GA(
        '1. Decides:\n\n(a) A;\n\n(b) B;\n\n(c) C;\n\n(d) D;\n\n(e) E;\n\n(f) F;\n\n(g) G;\n\n(h) H;\n\n(i) I;\n\n(j) J.\n',
      ),
    );
    checkRule(
      subparagraphLabels,
      GA('1. Decides:\n\n(a) That:\n\n(i) One;\n\n(ii) Two;\n\n(iii) Three;\n\n(iv) Four;\n\n(v) Five;\n\n(b) B.\n'),
    );
  });

  it('reports a skipped label once, naming the expected one, and relabels the list', () => {
    const fixed = checkRule(subparagraphLabels, GA('1. Decides:\n\n(a) A;\n\n⟦(c)⟧ C;\n\n(d) D.\n'), [
      'Sub-paragraph label (c) skips (b); expected (b).',
    ]);
    assert.match(fixed, /\(a\) A;\n\n\(b\) C;\n\n\(c\) D\./);
  });

  it('reports a duplicate, a step back and a wrong start', () => {
    checkRule(subparagraphLabels, GA('1. Decides:\n\n(a) A;\n\n(b) B;\n\n⟦(b)⟧ C.\n'), [
      'Sub-paragraph label (b) is used twice; expected (c).',
    ]);
    checkRule(subparagraphLabels, GA('1. Decides:\n\n⟦(b)⟧ A;\n\n(c) B.\n'), [
      'Sub-paragraph labels start at (b); expected (a).',
    ]);
    checkRule(
      subparagraphLabels,
      GA('1. Decides:\n\n(a) That:\n\n(i) One;\n\n(ii) Two;\n\n⟦(ii)⟧ Three;\n\n(b) B.\n'),
      ['Sub-paragraph label (ii) is used twice; expected (iii).'],
    );
  });

  it('checks each paragraph and each level on its own', () => {
    checkRule(subparagraphLabels, GA('1. Decides:\n\n(a) A;\n\n(b) B;\n\n2. Requests:\n\n(a) A;\n\n⟦(c)⟧ B.\n'), [
      'Sub-paragraph label (c) skips (b); expected (b).',
    ]);
  });

  it('reports an OCR misreading such as (1) for (i) as what it is', () => {
    checkRule(subparagraphLabels, GA('1. Affirms:\n\n(1) Withdrawal;\n\n⟦(ii)⟧ Termination.\n'));
  });

  it('survives garbage and empty input', () => {
    checkRule(subparagraphLabels, '');
    checkRule(subparagraphLabels, '1. Decides:\n\n⟦(zzz)⟧\n\n(mmmmmmm)\n\n⟦(99)⟧\n');
    // A huge list with every label the same: one finding per repeated label, in linear time.
    const findings = findingsOf(subparagraphLabels, `1. Decides:\n\n${'(a) x;\n\n'.repeat(20000)}`);
    assert.equal(findings.length, 19999);
  });
});
