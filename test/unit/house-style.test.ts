// The organ profiles of the style rules (data/house-style.ts): what each organ publishes as its own.
import * as assert from 'node:assert/strict';
import { HOUSE_STYLE, houseStyle } from '../../server/src/core/data/house-style';
import { lint } from '../../server/src/core/lint';
import { parse } from '../../server/src/core/parser/parse';
import { unTerms } from '../../server/src/core/rules/un-terms';

describe('house style per organ', () => {
  it('gives the Security Council its own forms and every other organ the Editorial Manual', () => {
    assert.deepEqual([...houseStyle('SC').terms].sort(), ['Secretary General', 'UN', 'member states']);
    assert.deepEqual([...houseStyle('SC').spellings].sort(), ['ise', 'us']);
    assert.equal(houseStyle('SC').monthFirstDates, true);
    assert.equal(houseStyle('SC').annexesKeepTheirWording, true);
    for (const organ of ['GA', 'HRC', 'ECOSOC', 'other'] as const) {
      assert.deepEqual(
        HOUSE_STYLE[organ],
        { terms: [], spellings: [], monthFirstDates: false, annexesKeepTheirWording: false },
        organ,
      );
    }
  });

  it('reads the organ from the text: the same paragraph is silent in a Council text and reported in an Assembly text', () => {
    const paragraph = '1. Requests the Secretary General to report on UN support to member states;\n';
    assert.equal(
      unTerms.check(parse(`The Security Council,\n\nRecalling its resolution 1373 (2001),\n\n${paragraph}`)).length,
      0,
    );
    assert.equal(
      unTerms.check(parse(`The General Assembly,\n\nRecalling its resolution 55/25,\n\n${paragraph}`)).length,
      3,
    );
    // A draft whose organ is not known follows the Manual.
    assert.equal(unTerms.check(parse(paragraph)).length, 3);
  });
});

describe('annexes as instruments', () => {
  it('a Council annex keeps its own wording; an Assembly annex is checked', () => {
    const annex = '\n\nAnnex\n\nArticle 12\n\n1. The judgement of the Trial Chamber shall be delivered in public.\n';
    const sc = lint(
      `The Security Council,\n\nRecalling its resolutions,\n\n1. Decides to amend the statute as set out in the annex;\n\n2. Decides to remain seized of the matter.${annex}`,
    );
    assert.deepEqual(
      sc.diagnostics.filter((diagnostic) => diagnostic.rule === 'un-spelling'),
      [],
    );
    const ga = lint(
      `The General Assembly,\n\nRecalling its resolutions,\n\n1. Adopts the statute annexed to the present resolution.${annex}`,
    );
    assert.deepEqual(
      ga.diagnostics
        .filter((diagnostic) => diagnostic.rule === 'un-spelling')
        .map((diagnostic) => ga.model.text.slice(diagnostic.start, diagnostic.end)),
      ['judgement'],
    );
  });
});
