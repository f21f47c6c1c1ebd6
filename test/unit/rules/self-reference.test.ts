// self-reference on fixtures: reported spans are marked inline with ⟦…⟧.
import * as assert from 'node:assert/strict';
import { parse } from '../../../server/src/core/parser/parse';
import { selfReference } from '../../../server/src/core/rules/self-reference';
import { checkRule, findingsOf } from '../../support/fixtures';

describe('self-reference', () => {
  it('accepts "the present resolution" in the General Assembly and "this resolution" in the Security Council', () => {
    checkRule(
      selfReference,
      'The General Assembly,\n\nRecalling,\n\n1. Requests a report on the implementation of the present resolution.\n',
    );
    checkRule(
      selfReference,
      'The Security Council,\n\nRecalling,\n\n1. Requests a report on the implementation of this resolution.\n',
    );
  });

  it('hints at the other form for the organ', () => {
    checkRule(
      selfReference,
      'The General Assembly,\n\nRecalling,\n\n1. Requests a report on the implementation of ⟦this resolution⟧.\n',
      ['A General Assembly resolution refers to itself as "the present resolution".'],
    );
    checkRule(
      selfReference,
      'The Human Rights Council,\n\nRecalling,\n\n1. Decides that ⟦This resolution⟧ applies.\n',
      ['A Human Rights Council resolution refers to itself as "the present resolution".'],
    );
    checkRule(
      selfReference,
      'Resolution 2533 (2020)\n\nThe Security Council,\n\nRecalling,\n\n1. Decides that the measures imposed by this resolution shall apply;\n\n2. Requests a report on ⟦the present\nresolution⟧.\n',
      ['A Security Council resolution refers to itself as "this resolution", as this text does elsewhere.'],
    );
    assert.equal(
      findingsOf(selfReference, 'The General Assembly,\n\n1. Requests a report on this resolution.\n')[0]!.severity,
      undefined,
      'uses the default severity',
    );
    assert.equal(selfReference.meta.defaultSeverity, 'hint');
  });

  it('leaves a Council text that uses the Assembly’s form throughout, and a "this resolution" that points back at one named in words', () => {
    checkRule(
      selfReference,
      'Resolution 2533 (2020)\n\nThe Security Council,\n\nStressing that the present resolution does not seek to make any legal determination,\n\n1. Requests a report on the implementation of the present resolution.\n',
    );
    checkRule(
      selfReference,
      'The General Assembly,\n\nRecalling,\n\n12. Notes the wish to improve the informal consultations on the annual General Assembly resolution on oceans, and decides that the consultations on this resolution will be held in one round;\n',
    );
    checkRule(
      selfReference,
      'The General Assembly,\n\nRecalling,\n\n1. Recalls its resolution 70/1, and requests a report on the implementation of ⟦this resolution⟧.\n',
      ['A General Assembly resolution refers to itself as "the present resolution".'],
    );
  });

  it('leaves quotations and Security Council texts from before 1994 alone', () => {
    checkRule(
      selfReference,
      'The General Assembly,\n\nRecalling the words “implementing this resolution”,\n\n1. Decides.\n',
    );
    checkRule(
      selfReference,
      'Resolution 687 (1991)\n\nThe Security Council,\n\nRecalling,\n\n1. Requests a report on the present resolution.\n',
    );
  });

  it('survives empty and garbage input', () => {
    for (const text of ['', 'this resolution', 'The Security Council,\n\n“this resolution'])
      assert.doesNotThrow(() => selfReference.check(parse(text)));
  });
});
