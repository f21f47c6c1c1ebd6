// operative-punctuation on fixtures: `⟦…⟧` marks each reported span; fixes are applied and re-checked.
import * as assert from 'node:assert/strict';
import { operativePunctuation } from '../../../server/src/core/rules/operative-punctuation';
import { checkRule } from '../../support/fixtures';

const GA = (body: string): string => `The General Assembly,\n\nRecalling its resolution 55/25,\n\n${body}`;

describe('operative-punctuation', () => {
  it('accepts `;` then `.` at the end, lead-ins with `:` and items with `;`', () => {
    checkRule(operativePunctuation, GA('1. Decides;\n\n2. Requests the Secretary-General:\n\n(a) To report;\n\n(b) To consult;\n\n3. Decides to remain seized of the matter.\n'));
    checkRule(operativePunctuation, GA('1. Decides;\n\n2. Requests the Secretary-General:\n\n(a) To report;\n\n(b) To consult.\n'));
    checkRule(operativePunctuation, GA('1. Takes note of the report;1\n\n2. Decides to include the item entitled “Oceans”.2\n\n_______________\n1 A/59/1.\n2 A/59/2.\n'));
  });

  it('reports a wrong mark on a paragraph and replaces it', () => {
    const fixed = checkRule(operativePunctuation, GA('1. Decides⟦.⟧\n\n2. Requests⟦,⟧\n\n3. Urges⟦;⟧\n'), [
      'Operative paragraph 1 ends with a period; expected a semicolon.',
      'Operative paragraph 2 ends with a comma; expected a semicolon.',
      'Operative paragraph 3 ends with a semicolon; expected a period.',
    ]);
    assert.match(fixed, /1\. Decides;\n\n2\. Requests;\n\n3\. Urges\./);
  });

  it('reports a missing mark on the last word and inserts it before a footnote marker', () => {
    const fixed = checkRule(operativePunctuation, GA('1. Takes note of the ⟦report⟧1\n\n2. Decides.\n\n_______________\n1 A/59/1.\n'), ['Operative paragraph 1 has no final punctuation; expected a semicolon.']);
    assert.match(fixed, /the report;1/);
  });

  it('checks lead-ins and items; the last item ends as its parent', () => {
    const fixed = checkRule(operativePunctuation, GA('1. Requests the Secretary-General⟦;⟧\n\n(a) To report⟦.⟧\n\n(b) To consult⟦.⟧\n\n2. Requests:\n\n(a) To report;\n\n(b) To ⟦consult⟧\n'), [
      'Operative paragraph 1 introduces sub-paragraphs but ends with a semicolon; expected a colon.',
      'Sub-paragraph (a) ends with a period; expected a semicolon.',
      'Sub-paragraph (b) ends with a period; expected a semicolon.',
      'Sub-paragraph (b) has no final punctuation; expected a period.',
    ]);
    assert.match(fixed, /Secretary-General:\n\n\(a\) To report;\n\n\(b\) To consult;/);
  });

  it('checks nested items: a lead-in item ends with `:`, the last nested item as its parent', () => {
    checkRule(operativePunctuation, GA('1. Decides:\n\n(a) That:\n\n(i) One;\n\n(ii) Two;\n\n(b) Three;\n\n2. Notes.\n'));
    checkRule(operativePunctuation, GA('1. Decides:\n\n(a) That⟦;⟧\n\n(i) One;\n\n(ii) Two⟦.⟧\n\n2. Notes.\n'));
  });

  it('lets each part of a multi-part resolution end with `.` or `;`', () => {
    checkRule(operativePunctuation, 'A\n\nThe General Assembly,\n\nRecalling,\n\n1. Decides;\n\n2. Requests.\n\nB\n\nThe General Assembly,\n\nRecalling,\n\n1. Notes;\n\n2. Urges.\n');
    checkRule(operativePunctuation, 'A\n\nThe General Assembly,\n\nRecalling,\n\n1. Decides;\n\n2. Requests;\n\nB\n\nThe General Assembly,\n\nRecalling,\n\n1. Notes;\n\n2. Urges⟦;⟧\n');
  });

  it('accepts declaration prose in full sentences and the Security Council `; and`', () => {
    checkRule(operativePunctuation, GA('1. We, the Heads of State, gather. We will act.\n\n2. We reaffirm our commitment.\n'));
    checkRule(operativePunctuation, 'The Security Council,\n\nRecalling its resolutions,\n\n1. Decides to renew the mandate; and\n\n2. Decides to remain seized of the matter.\n');
  });

  it('accepts a colon introducing a block and does not judge a paragraph that runs into a table', () => {
    checkRule(operativePunctuation, GA('1. Approves the budget as follows:\n\n2. Decides.\n'));
    checkRule(operativePunctuation, GA('1. Resolves that the scale shall be\nAfghanistan\t0.006\nAlbania\t0.008\n\n2. Decides.\n'));
  });

  it('survives garbage and empty input', () => {
    checkRule(operativePunctuation, '');
    checkRule(operativePunctuation, '(((;;;\n\n1.\n\n(a)\n');
  });
});
