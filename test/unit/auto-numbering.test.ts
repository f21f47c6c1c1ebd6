// renumberFollowing: what `unres.numbering.auto` applies after a paragraph comes or goes.
import * as assert from 'node:assert/strict';
import { renumberFollowing } from '../../server/src/core/features/auto-numbering';
import { lint } from '../../server/src/core/lint';
import { applyEdits } from '../../server/src/core/text/edits';

const paragraphs = (...lines: string[]): string =>
  ['The General Assembly,', '', ...lines.flatMap((line) => [line, ''])].join('\n');

const renumbered = (text: string, typedOffset: number | undefined): string => {
  const { model, diagnostics } = lint(text);
  return applyEdits(text, renumberFollowing(model, diagnostics, typedOffset));
};

describe('renumbering as you go', () => {
  it('after a deletion renumbers every paragraph that follows, and the references to them', () => {
    const text = paragraphs('1. Takes note;', '3. Welcomes paragraph 4 below;', '4. Decides to remain seized.');
    assert.equal(
      renumbered(text, undefined),
      paragraphs('1. Takes note;', '2. Welcomes paragraph 3 below;', '3. Decides to remain seized.'),
    );
  });

  it('leaves a number being typed at the end as it is (`1` of `12.`)', () => {
    const text = paragraphs('1. Takes note;', '2. Welcomes;', '1');
    assert.equal(renumbered(text, text.lastIndexOf('1')), text);
  });

  it('changes nothing in a text numbered right', () => {
    const text = paragraphs('1. Takes note;', '2. Decides to remain seized.');
    assert.equal(renumbered(text, undefined), text);
  });
});
