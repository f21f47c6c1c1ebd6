// ods-artifact on fixtures and on the seed text: debris is reported and fix-all removes it,
// leaving the resolution's structure as it was.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from '../../../server/src/core/parser/parse';
import { odsArtifact } from '../../../server/src/core/rules/ods-artifact';
import { applyEdits } from '../../../server/src/core/text/edits';
import { checkRule } from '../../support/fixtures';

const SEED = path.resolve(__dirname, '../../../../shared/corpus/seed/A_RES_59_157.ods.txt');

const BODY =
  'The General Assembly,\n\nRecalling its resolution 55/25,\n\n1. Takes note of the report of the Secretary-General;1\n\n2. Decides to remain seized of the matter.\n\n74th plenary meeting\n20 December 2004\n';

describe('ods-artifact', () => {
  it('reports a comment tag on its own line and deletes the line', () => {
    const fixed = checkRule(odsArtifact, `⟦[DU1]⟧\n${BODY}`, [
      'Comment tag "[DU1]" left over from the document system is not part of the resolution; delete it.',
    ]);
    assert.equal(fixed, BODY);
  });

  it('deletes an inline tag but not the words around it', () => {
    const fixed = checkRule(odsArtifact, BODY.replace('Recalling its', 'Recalling ⟦[DU2]⟧ its'));
    assert.equal(fixed, BODY);
  });

  it('deletes trailing lines of tags, rule lines, page numbers and running heads with the blank lines between them', () => {
    const tail =
      '⟦<<ODS JOB NO>>N0448568E<<ODS JOB NO>>⟧\n⟦------------------------------------------------------------⟧\n\n⟦3⟧\n    \n\n⟦04-48568⟧\n';
    const fixed = checkRule(odsArtifact, `${BODY}_______________\n1 A/59/5.\n${tail}`);
    assert.equal(fixed, `${BODY}_______________\n1 A/59/5.\n`);
  });

  it('accepts a clean text and "United Nations," opening a line of wrapped print', () => {
    checkRule(odsArtifact, BODY);
    checkRule(
      odsArtifact,
      'The Security Council,\n\nRecalling the purposes of the\nUnited Nations,\n\n1. Decides to remain seized of the matter.\n',
    );
  });

  it('the seed: every piece of debris is flagged and fix-all leaves the clean resolution', function () {
    if (!fs.existsSync(SEED)) this.skip();
    const text = fs.readFileSync(SEED, 'utf8');
    const findings = odsArtifact.check(parse(text));
    assert.equal(findings.length, 19);
    const fixed = applyEdits(
      text,
      findings.flatMap((finding) => finding.fix!.edits),
    );
    const model = parse(fixed);
    assert.deepEqual(model.debris, []);
    assert.deepEqual(odsArtifact.check(model), []);
    assert.equal(model.parts.length, 1);
    assert.equal(model.parts[0]!.preamble.length, 5);
    assert.deepEqual(
      model.parts[0]!.operative.map((paragraph) => paragraph.number?.value),
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
    );
    assert.deepEqual(
      model.closings.map((closing) => [closing.meeting?.text, closing.date?.text]),
      [['74th plenary meeting', '20 December 2004']],
    );
    assert.deepEqual(
      model.footnotes.map((footnote) => [footnote.number.value, footnote.body.text]),
      [[1, 'E/CN.15/2004/5.']],
    );
    assert.doesNotMatch(fixed, /\[DU1\]|<<ODS|-{5}|04-48568/);
    assert.ok(fixed.startsWith('Resolution adopted by the General Assembly on 20 December 2004\n'));
    assert.ok(fixed.endsWith('74th plenary meeting\n20 December 2004\n1 E/CN.15/2004/5.\n'));
  });

  it('accepts the rules a document prints: the end-of-text rule, signature lines, the separator over a `*` footnote', () => {
    checkRule(
      odsArtifact,
      'The Security Council,\n\nRecalling its resolutions,\n\n1. Decides to remain actively seized of the matter.\n\n-----\n',
    );
    checkRule(
      odsArtifact,
      'The Security Council,\n\nRecalling its resolutions,\n\n1. Decides to remain seized of the matter.\n\n_______________\n\n* Definitions for the purpose of this resolution only: means of delivery.\n',
    );
    checkRule(
      odsArtifact,
      'The Security Council,\n\nRecalling its resolutions,\n\n1. Decides to remain seized of the matter.\n\nAnnex\n\nWitnessed by:\n\n(Signed)\n\n________________________________\n\nSpecial Envoy\n\n(Signed)\n\n________________________________\n\nSpecial Representative of the Secretary-General\n',
    );
    // A rule line with the resolution going on after it is still debris.
    checkRule(
      odsArtifact,
      'The Security Council,\n\nRecalling its resolutions,\n\n1. Decides to renew the mandate;\n\n⟦-----⟧\n\n2. Decides to remain seized of the matter.\n',
    );
  });

  it('accepts the masthead of a presidential statement at the head of the text', () => {
    checkRule(
      odsArtifact,
      'United Nations\nS/PRST/2020/11\nSecurity Council\nDistr.: General\n4 December 2020\n\nStatement by the President of the Security Council\n\nAt its meeting, the President of the Security Council made the following statement on behalf of the Council:\n',
    );
  });

  it('survives empty and garbage input', () => {
    checkRule(odsArtifact, '');
    checkRule(odsArtifact, '<<ODS\n[\n\r\r\n');
  });
});
