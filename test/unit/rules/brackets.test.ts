// brackets on fixtures: `⟦…⟧` marks each reported span.
import * as assert from 'node:assert/strict';
import { parse } from '../../../server/src/core/parser/parse';
import { brackets } from '../../../server/src/core/rules/brackets';
import { MAX_FINDINGS } from '../../../server/src/core/rules/types';
import { checkRule } from '../../support/fixtures';

const GA = (body: string): string => `The General Assembly,\n\nRecalling its resolution 55/25,\n\n${body}`;

describe('brackets', () => {
  it('a bracket left open and a bracket closing nothing, each in its own paragraph', () => {
    checkRule(brackets, GA('1. ⟦[⟧Strongly condemns the attacks;\n\n2. Urges States to act without delay⟦]⟧;\n'), [
      'This "[" is not closed in its paragraph: close the bracketed text with "]", or remove the bracket once the text is agreed.',
      'This "]" closes no "[" in its paragraph: bracketed text opens with "[" and closes with "]".',
    ]);
  });

  it('leaves paired and nested brackets, sub-paragraphs and quotations alone', () => {
    checkRule(
      brackets,
      GA(
        '1. [Strongly] condemns the attacks [and/or [threats]] against journalists:\n(a) [To protect them;\n(b) To report] on the matter;\n\n2. Recalls that "the term [shall] apply" in article 2;\n',
      ),
    );
  });

  it('reads paragraphs apart: a bracket opened in one is not closed by the next', () => {
    checkRule(brackets, GA('1. ⟦[⟧Decides to act;\n\n2. Requests a report⟦]⟧;\n'), [
      'This "[" is not closed in its paragraph: close the bracketed text with "]", or remove the bracket once the text is agreed.',
      'This "]" closes no "[" in its paragraph: bracketed text opens with "[" and closes with "]".',
    ]);
  });

  it('says nothing of brackets outside the paragraphs (a report line, even broken; a vote line)', () => {
    const text =
      '[on the report of the Third Committee (A/59/494)\n\nThe General Assembly,\n\nNoting the report,\n\n1. Decides to act.\n\n[Adopted without a vote.]\n';
    assert.deepEqual(brackets.check(parse(text)), []);
  });

  it(`stops at ${MAX_FINDINGS} findings`, () => {
    const text = GA(`1. Decides ${'[ '.repeat(MAX_FINDINGS + 10)}to act;\n`);
    assert.equal(brackets.check(parse(text)).length, MAX_FINDINGS);
  });
});
