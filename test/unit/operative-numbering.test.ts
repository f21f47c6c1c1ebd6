// operative-numbering on fixtures: expected diagnostics are marked inline in the fixture with
// `⟦…⟧` around the reported text; the fix is applied and the result re-linted to nothing.
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { applyEdits } from '../../server/src/core/text/edits';
import { marked } from '../support/fixtures';

function check(fixture: string, messages: string[] = []): string {
  const { text, spans } = marked(fixture);
  const diagnostics = lint(text).diagnostics.filter((diagnostic) => diagnostic.rule === 'operative-numbering');
  assert.deepEqual(
    diagnostics.map((diagnostic) => ({ start: diagnostic.start, end: diagnostic.end })),
    spans,
    'reported spans',
  );
  if (messages.length > 0)
    assert.deepEqual(
      diagnostics.map((diagnostic) => diagnostic.message),
      messages,
    );
  for (const diagnostic of diagnostics) {
    assert.equal(diagnostic.severity, 'error');
    assert.ok(diagnostic.fix, 'every finding has a fix');
  }
  if (diagnostics.length === 0) return text;
  // Apply the first fix (renumbering covers the whole run) and all period fixes, then re-lint.
  const fixed = applyEdits(
    text,
    diagnostics.flatMap((diagnostic) => diagnostic.fix!.edits),
  );
  assert.deepEqual(
    lint(fixed).diagnostics.filter((diagnostic) => diagnostic.rule === 'operative-numbering'),
    [],
    `fixed text is clean:\n${fixed}`,
  );
  return fixed;
}

const GA = (body: string): string => `The General Assembly,\n\nRecalling its resolution 55/25,\n\n${body}`;

describe('operative-numbering', () => {
  it('accepts 1, 2, 3 and a single unnumbered paragraph', () => {
    check(GA('1. Decides;\n\n2. Requests;\n\n3. Decides to remain seized.\n'));
    check(GA('Decides to defer the item.\n'));
  });

  it('reports a gap once, on the number, with the expected number', () => {
    const fixed = check(GA('1. Decides;\n\n2. Requests;\n\n⟦4.⟧ Urges;\n\n5. Also urges.\n'), [
      'Paragraph number 4 skips 3; expected 3.',
    ]);
    assert.match(fixed, /3\. Urges;\n\n4\. Also urges\./);
  });

  it('reports a duplicate, a step back, a wrong start', () => {
    check(GA('1. Decides;\n\n2. Requests;\n\n⟦2.⟧ Urges;\n\n3. Notes.\n'), [
      'Paragraph number 2 is used twice; expected 3.',
    ]);
    check(GA('1. Decides;\n\n2. Requests;\n\n3. Urges;\n\n⟦1.⟧ Notes;\n\n5. Welcomes.\n'), [
      'Paragraph number 1 goes back after 3; expected 4.',
    ]);
    check(GA('⟦2.⟧ Decides;\n\n3. Requests.\n'), ['Operative numbering starts at 2; expected 1.']);
  });

  it('reports the seed case: paragraph 5 renumbered to 6 gives one diagnostic', () => {
    check(GA('1. A;\n\n2. B;\n\n3. C;\n\n4. D;\n\n⟦6.⟧ Also urges;\n\n6. Welcomes;\n\n7. Requests.\n'), [
      'Paragraph number 6 skips 5; expected 5.',
    ]);
  });

  it('reports a paragraph that lost its number and a number without its period', () => {
    check(GA('1. Decides;\n\n2. Requests;\n\n⟦Urges⟧ all States;\n\n4. Notes.\n'), [
      'Operative paragraph has no number; expected 3.',
    ]);
    const fixed = check(GA('1. Decides;\n\n⟦2⟧ Encourages States;\n\n3. Notes.\n'), [
      'Paragraph number "2" has no period; write "2.".',
    ]);
    assert.match(fixed, /2\. Encourages/);
  });

  it('numbers each part from 1, and lets lettered sections without a preamble count on', () => {
    check(
      'A\n\nThe General Assembly,\n\n1. Decides;\n\n2. Requests.\n\nB\n\nThe General Assembly,\n\n1. Notes;\n\n⟦3.⟧ Urges.\n',
    );
    check('The Security Council,\n\nRecalling,\n\n1. Decides;\n\nA\n\n2. Demands;\n\nB\n\n3. Requests.\n');
  });

  it('moves paragraph N above/below references along with the renumbering', () => {
    const fixed = check(
      GA(
        '1. Decides;\n\n2. Requests, as set out in paragraph 4 below, a report;\n\n⟦4.⟧ Notes;\n\n5. Recalls paragraph 5 of resolution 55/25 and paragraph 4 above.\n',
      ),
    );
    assert.match(fixed, /in paragraph 3 below/);
    assert.match(fixed, /3\. Notes;/);
    assert.match(fixed, /4\. Recalls paragraph 5 of resolution 55\/25 and paragraph 3 above\./);
  });

  it('accepts a section that restarts at 1', () => {
    check(GA('I\n\n1. Decides;\n\n2. Requests;\n\nII\n\n1. Notes;\n\n2. Urges.\n'));
  });
});
