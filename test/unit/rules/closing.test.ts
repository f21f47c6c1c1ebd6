// closing on fixtures: reported spans are marked inline with ⟦…⟧.
import * as assert from 'node:assert/strict';
import { parse } from '../../../server/src/core/parser/parse';
import { closing, ordinalSuffix } from '../../../server/src/core/rules/closing';
import { checkRule } from '../../support/fixtures';

const HEAD = 'Resolution adopted by the General Assembly on 20 December 2004\n\n59/157. Title\n\n';
const GA = (tail: string): string =>
  `${HEAD}The General Assembly,\n\nRecalling its resolution 55/25,\n\n1. Decides to remain seized.\n\n${tail}\n`;

describe('closing', () => {
  it('accepts the closings of adopted texts', () => {
    checkRule(closing, GA('74th plenary meeting\n20 December 2004'));
    checkRule(closing, GA('48th (resumed) plenary meeting\n20\u00a0December 2004'));
    checkRule(
      closing,
      'The Human Rights Council,\n\nRecalling,\n\n1. Decides.\n\n47th meeting\n10 October 2024\n\n[Adopted without a vote.]\n',
    );
    checkRule(
      closing,
      'The Security Council,\n\nRecalling,\n\n1. Decides.\n\nAdopted unanimously at the\n1382nd meeting.\n',
    );
  });

  it('knows the ordinal suffixes', () => {
    const expected: [number, string][] = [
      [1, 'st'],
      [2, 'nd'],
      [3, 'rd'],
      [4, 'th'],
      [11, 'th'],
      [12, 'th'],
      [13, 'th'],
      [21, 'st'],
      [22, 'nd'],
      [101, 'st'],
      [111, 'th'],
      [112, 'th'],
    ];
    for (const [value, suffix] of expected) assert.equal(ordinalSuffix(value), suffix);
  });

  it('reports a wrong ordinal suffix, a missing "plenary" and a capitalised or punctuated line', () => {
    checkRule(closing, GA('⟦74rd plenary meeting⟧\n20 December 2004'), [
      '"74rd" has the wrong ordinal suffix; write "74th plenary meeting".',
    ]);
    checkRule(closing, GA('⟦74th meeting⟧\n20 December 2004'), [
      'A General Assembly resolution is adopted at a plenary meeting; write "74th plenary meeting".',
    ]);
    checkRule(closing, GA('⟦74th Plenary Meeting.⟧\n20 December 2004'), [
      'The meeting line should read "74th plenary meeting", in lower case without a period.',
    ]);
  });

  it('reports a meeting in words', () => {
    checkRule(closing, GA('⟦Seventy-fourth plenary meeting⟧\n20 December 2004'), [
      'Meetings are numbered in figures; write "74th plenary meeting".',
    ]);
  });

  it('reports a missing, malformed or impossible date', () => {
    checkRule(closing, GA('⟦74th plenary meeting⟧'), [
      'The meeting line is not followed by the adoption date (for example "20 December 2004").',
    ]);
    checkRule(closing, GA('74th plenary meeting\n⟦December 20, 2004⟧'), [
      'The adoption date should read "20 December 2004".',
    ]);
    checkRule(closing, GA('74th plenary meeting\n⟦31 June 2004⟧'), ['"31 June 2004" is not a valid date.']);
    checkRule(closing, GA('74th plenary meeting\n⟦20 December 2004.⟧'), [
      'The adoption date should read "20 December 2004", without a leading zero or a period.',
    ]);
  });

  it('reports a closing date that contradicts the adoption line', () => {
    checkRule(closing, GA('74th plenary meeting\n⟦21 December 2004⟧'), [
      'The closing date "21 December 2004" differs from the adoption date "20 December 2004" in the heading.',
    ]);
  });

  it('survives empty and garbage input', () => {
    for (const text of [
      '',
      '74th plenary meeting',
      '74th plenary meeting\n99 December 2004\n',
      '1st meeting\n\n',
      '0th plenary meeting\n0 May 0000',
    ]) {
      assert.doesNotThrow(() => closing.check(parse(text)));
    }
  });
});
