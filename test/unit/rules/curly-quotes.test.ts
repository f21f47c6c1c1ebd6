// curly-quotes on fixtures: `⟦…⟧` marks each reported mark; fixes are applied and re-checked.
import * as assert from 'node:assert/strict';
import { curlyQuotesRule } from '../../../server/src/core/rules/curly-quotes';
import { checkRule } from '../../support/fixtures';

const GA = (body: string): string => `The General Assembly,\n\nRecalling its resolution 55/25,\n\n${body}`;

describe('curly-quotes', () => {
  it('reports each straight mark with the curly one it stands for, and the fix writes it', () => {
    const fixed = checkRule(
      curlyQuotesRule,
      GA(
        '1. Welcomes the report entitled ⟦"⟧Agenda 2030⟦"⟧, the Council⟦\'⟧s ⟦\'⟧views⟦\'⟧ and the States⟦\'⟧ efforts (⟦"⟧final⟦"⟧);\n',
      ),
      [
        'Write the opening quotation mark “, not the straight ".',
        'Write the closing quotation mark ”, not the straight ".',
        "Write the apostrophe ’, not the straight '.",
        "Write the opening quotation mark ‘, not the straight '.",
        "Write ’ (apostrophe or closing quotation mark), not the straight '.",
        "Write ’ (apostrophe or closing quotation mark), not the straight '.",
        'Write the opening quotation mark “, not the straight ".',
        'Write the closing quotation mark ”, not the straight ".',
      ],
    );
    assert.match(fixed, /entitled “Agenda 2030”, the Council’s ‘views’ and the States’ efforts \(“final”\);/);
  });

  it('leaves curly marks, primes after digits, marks standing alone and document-system debris alone', () => {
    checkRule(
      curlyQuotesRule,
      GA('1. Welcomes “Agenda 2030” and the Council’s views, a 45°30\' line, 12" pipes, a lone " mark [DU1];\n'),
    );
  });

  it('survives empty and garbage input', () => {
    checkRule(curlyQuotesRule, '');
    checkRule(curlyQuotesRule, '" \' ⟦"⟧⟦\'⟧⟦"⟧\n\n\'\n"');
  });
});
