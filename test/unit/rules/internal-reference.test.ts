// internal-reference on fixtures: expected findings are marked inline with `⟦…⟧`.
import * as assert from 'node:assert/strict';
import { parse } from '../../../server/src/core/parser/parse';
import { internalReference, internalReferences } from '../../../server/src/core/rules/internal-reference';
import { checkRule } from '../../support/fixtures';

const GA = (body: string): string => `The General Assembly,\n\nRecalling its resolution 55/25,\n\n${body}\n`;
const FIVE = (third: string, fifth = 'Notes.'): string =>
  GA(`1. Decides;\n\n2. Requests:\n\n(a) To report;\n\n(b) To assist;\n\n3. ${third}\n\n4. Urges;\n\n5. ${fifth}`);

describe('internal-reference', () => {
  it('accepts references that exist and lie the right way, and citations', () => {
    checkRule(
      internalReference,
      FIVE(
        'Invites the States referred to in paragraphs 1 and 2 above and in paragraph 5 below, paragraphs 1 to 2 above, paragraph 2 (b) above;',
        'Recalls paragraph 5 of resolution 55/25, paragraph 3 of section I above and paragraphs 3, 4 and 4 above.',
      ),
    );
  });

  it('reports a paragraph that does not exist', () => {
    checkRule(internalReference, FIVE('Invites the States referred to in paragraph ⟦12⟧ below;'), [
      'Paragraph 12 does not exist; the operative paragraphs here are numbered 1 to 5.',
    ]);
  });

  it('reports a paragraph that lies the other way', () => {
    checkRule(internalReference, FIVE('Invites the States referred to in paragraph ⟦4⟧ above;'), [
      'Paragraph 4 is below paragraph 3, not above; write "below" or correct the number.',
    ]);
    checkRule(internalReference, FIVE('Invites the States referred to in paragraphs ⟦1⟧ to ⟦2⟧ below;'), [
      'Paragraph 1 is above paragraph 3, not below; write "above" or correct the number.',
      'Paragraph 2 is above paragraph 3, not below; write "above" or correct the number.',
    ]);
  });

  it('reports a sub-paragraph that does not exist', () => {
    checkRule(internalReference, FIVE('Invites the States referred to in paragraph 2 ⟦(j)⟧ above;'), [
      'Paragraph 2 has no sub-paragraph (j); check the reference.',
    ]);
  });

  it('counts in each part separately', () => {
    checkRule(
      internalReference,
      'A\n\nThe General Assembly,\n\n1. Decides;\n\n2. Requests;\n\n3. Urges.\n\nB\n\nThe General Assembly,\n\n1. Notes;\n\n2. Recalls paragraph ⟦3⟧ above.\n',
    );
  });

  it('gives each reference’s number span and target for the renumber fix', () => {
    const text = FIVE('Invites the States referred to in paragraphs 1 and 2 (a) above;');
    const references = internalReferences(parse(text));
    assert.deepEqual(
      references.map((reference) => [
        text.slice(reference.start, reference.end),
        reference.target,
        reference.direction,
        reference.label?.text,
        reference.source?.number?.value,
      ]),
      [
        ['1', 1, 'above', undefined, 3],
        ['2', 2, 'above', '(a)', 3],
      ],
    );
  });

  it('survives garbage, empty and large inputs', () => {
    for (const text of [
      '',
      'paragraph 1 above',
      '1. paragraph 99999999 below',
      '1. paragraphs 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52 above',
    ])
      internalReference.check(parse(text));
    const big = GA(
      Array.from(
        { length: 5000 },
        (_, index) => `${index + 1}. Recalls paragraph ${index + 2} below and paragraphs 1 to ${index + 1} above;`,
      ).join('\n\n'),
    );
    // A runaway (quadratic) scan meets mocha's time-out; speed itself is judged by `npm run bench`.
    assert.equal(internalReference.check(parse(big)).length, 1);
  });
});
