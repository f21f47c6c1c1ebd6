// compareResolutions below and across paragraphs: the sub-paragraphs of an edited paragraph aligned
// by content (a relettered item is renumbered, not changed), and paragraphs split or merged marked
// as pieces of one another (word coverage), as the JSON, the summary and the redline show them.
import * as assert from 'node:assert/strict';
import { compareResolutions } from '../../server/src/core/compare/compare';
import { renderRedlineSections } from '../../server/src/core/compare/redline-html';
import { formatSummary } from '../../server/src/core/compare/summary';
import type { AlignedParagraph, Comparison } from '../../server/src/core/compare/types';
import { baseOfChanges, draftOfChanges } from '../../server/src/core/compare/word-diff';
import { parse } from '../../server/src/core/parser/parse';

const compare = (base: string, draft: string): Comparison => compareResolutions(parse(base), parse(draft));

const text = (...paragraphs: string[]): string =>
  ['The General Assembly,', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

const FINANCING = (items: string[]): string =>
  ['2. Decides that the requirements shall be financed as follows:', '', ...items.flatMap((item) => [item, ''])].join(
    '\n',
  );

const BASE_ITEMS = [
  '(a) The total amount of 1,916,800 dollars to be applied to the resources required;',
  '(b) The balance of 349,975,200 dollars to be prorated among the budgets of the operations;',
  '(c) The net estimated staff assessment income of 28,128,200 dollars;',
];

const lines = (p: AlignedParagraph): string =>
  `${p.draft?.label ?? p.base?.label}${p.base && p.draft && p.base.label !== p.draft.label ? ` (was ${p.base.label})` : ''}: ${p.change}${p.renumbered ? ' renumbered' : ''}`;

describe('compare: sub-paragraphs', () => {
  const base = text('Recalling its resolution 74/1,', '1. Takes note of the report;', FINANCING(BASE_ITEMS));
  const draft = text(
    'Recalling its resolution 74/1,',
    '1. Takes note of the report;',
    FINANCING([
      '(a) The unencumbered balance of 600 dollars in respect of the period ended 30 June 2020;',
      BASE_ITEMS[0]!.replace('(a)', '(b)'),
      '(c) The balance of 349,975,200 dollars to be prorated among the budgets of the active operations;',
      BASE_ITEMS[2]!.replace('(c)', '(d)'),
    ]),
  );

  it('aligns the items of an edited paragraph by content: relettered is renumbered, not changed', () => {
    const op2 = compare(base, draft).paragraphs.find((p) => p.draft?.label === 'OP2');
    assert.equal(op2?.change, 'changed');
    assert.deepEqual(op2?.subparagraphs?.map(lines), [
      'OP2 (a): new',
      'OP2 (b) (was OP2 (a)): unchanged renumbered',
      'OP2 (c) (was OP2 (b)): changed',
      'OP2 (d) (was OP2 (c)): unchanged renumbered',
    ]);
    const changed = op2?.subparagraphs?.[2];
    assert.equal(changed?.base?.kind, 'subparagraph');
    // An item's words are its own text, label excluded.
    assert.equal(baseOfChanges(changed?.words ?? []), BASE_ITEMS[1]!.slice(4));
    assert.equal(
      draftOfChanges(changed?.words ?? []),
      'The balance of 349,975,200 dollars to be prorated among the budgets of the active operations;',
    );
    // The paragraph's own words still cover its whole text, items included.
    assert.match(draftOfChanges(op2?.words ?? []), /unencumbered balance/);
  });

  it('shows the items under their paragraph in the summary and the redline', () => {
    const comparison = compare(base, draft);
    assert.equal(
      formatSummary(comparison),
      [
        'OP2: changed',
        '  OP2 (a): new',
        '  OP2 (b) (was OP2 (a)): renumbered',
        '  OP2 (c) (was OP2 (b)): changed',
        '  OP2 (d) (was OP2 (c)): renumbered',
        '3 paragraphs: 1 changed, 2 unchanged',
        '',
      ].join('\n'),
    );
    assert.match(
      renderRedlineSections(comparison),
      /<h2>OP2: changed · OP2 \(a\): new · OP2 \(b\) \(was OP2 \(a\)\): renumbered/,
    );
  });

  it('leaves an unchanged paragraph without items, and a new last item does not change the one before it', () => {
    assert.equal(
      compare(base, base).paragraphs.some((p) => p.subparagraphs),
      false,
    );
    const longer = text(
      'Recalling its resolution 74/1,',
      '1. Takes note of the report;',
      FINANCING([
        BASE_ITEMS[0]!,
        BASE_ITEMS[1]!,
        `${BASE_ITEMS[2]!.replace(/;$/, '; and')}`,
        '(d) The rest of the amount to be returned to Member States.',
      ]),
    );
    const op2 = compare(base, longer).paragraphs.find((p) => p.draft?.label === 'OP2');
    assert.deepEqual(op2?.subparagraphs?.map(lines), [
      'OP2 (a): unchanged',
      'OP2 (b): unchanged',
      'OP2 (c): unchanged',
      'OP2 (d): new',
    ]);
  });
});

describe('compare: paragraphs split and merged', () => {
  const whole = text(
    '1. Requests the Secretary-General to report on the implementation of the present resolution and to submit recommendations on the financing of the Office;',
    '2. Decides to remain seized of the matter.',
  );
  const split = text(
    '1. Requests the Secretary-General to report on the implementation of the present resolution;',
    '2. Also requests the Secretary-General to submit recommendations on the financing of the Office;',
    '3. Decides to remain seized of the matter.',
  );

  it('marks the new piece of a split paragraph as split from it, and the kept piece with the others', () => {
    const [op1, op2, op3] = compare(whole, split).paragraphs;
    assert.deepEqual([op1?.change, op1?.splitInto], ['changed', ['OP2']]);
    assert.deepEqual([op2?.change, op2?.splitFrom], ['new', 'OP1']);
    assert.equal(op3?.splitFrom, undefined);
    assert.equal(
      formatSummary(compare(whole, split)).split('\n').slice(0, 3).join('\n'),
      'OP1: changed (split: also OP2)\nOP2: new (split from base OP1)\nOP3 (was OP2): renumbered',
    );
  });

  it('marks the same pieces as merged when the texts are swapped', () => {
    const [op1, deleted, op2] = compare(split, whole).paragraphs;
    assert.deepEqual([op1?.change, op1?.mergedFrom], ['changed', ['OP2']]);
    assert.deepEqual([deleted?.change, deleted?.base?.label, deleted?.mergedInto], ['deleted', 'OP2', 'OP1']);
    assert.equal(op2?.mergedFrom, undefined);
    assert.match(
      formatSummary(compare(split, whole)),
      /^OP1: changed \(merged: also base OP2\)\nOP2: deleted \(merged into OP1\)\n/,
    );
  });

  it('does not make a piece of a new paragraph that only shares common words with an edited one', () => {
    const base = text(
      '1. Requests the Secretary-General to report on the matter at its next session;',
      '2. Decides to remain seized of the matter.',
    );
    const draft = text(
      '1. Requests the Secretary-General to report to it at its eighty-first session;',
      '2. Invites the Secretary-General to report on the matter to the Human Rights Council;',
      '3. Decides to remain seized of the matter.',
    );
    for (const p of compare(base, draft).paragraphs) {
      assert.equal(p.splitFrom, undefined, p.draft?.label);
      assert.equal(p.splitInto, undefined, p.draft?.label);
    }
  });

  it('finds a paragraph split in three, where no piece is like the whole', () => {
    const base = text(
      '1. Welcomes the report of the Special Committee on its fortieth session, encourages Member States to cooperate closely with the Special Rapporteur on the situation, and invites the Special Rapporteur to report to the Human Rights Council at its next session;',
    );
    const draft = text(
      '1. Welcomes the report of the Special Committee on its fortieth session;',
      '2. Encourages Member States to cooperate closely with the Special Rapporteur on the situation;',
      '3. Invites the Special Rapporteur to report to the Human Rights Council at its next session.',
    );
    const pieces = compare(base, draft)
      .paragraphs.filter((p) => p.change === 'new')
      .map((p) => p.splitFrom);
    assert.ok(pieces.length >= 1);
    assert.ok(
      pieces.every((from) => from === 'OP1'),
      JSON.stringify(pieces),
    );
  });
});
