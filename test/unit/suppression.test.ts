// Letting a finding stand, in the file: `<!-- unres-disable-next-line rule -->` above a paragraph
// and `<!-- unres-disable-file rule -->`, written by the "Ignore …" quick fixes; the parser reads
// the line as blank, and an edit inside the paragraph keeps the finding silenced.
import * as assert from 'node:assert/strict';
import { ignoreHere, ignoreInFile } from '../../server/src/core/features/ignore';
import { relint } from '../../server/src/core/incremental/relint';
import { updateModel } from '../../server/src/core/incremental/update-model';
import { lint, lintModel } from '../../server/src/core/lint';
import { parse } from '../../server/src/core/parser/parse';
import { applyEdits } from '../../server/src/core/text/edits';

const DRAFT = [
  'The General Assembly,',
  '',
  'Recalling its resolution 55/25 of 16 November 2000,',
  '',
  '1. Takes note of the report of the Secretary-General;',
  '',
  '3. Decides to remain seized of the matter.',
  '',
].join('\n');

const rulesOf = (text: string): string[] => lint(text).diagnostics.map((diagnostic) => diagnostic.rule);
const withLine = (text: string, index: number, line: string): string => {
  const lines = text.split('\n');
  lines.splice(index, 0, line);
  return lines.join('\n');
};

describe('findings let stand in the file', () => {
  it('the draft has the two findings the tests silence', () => {
    assert.deepEqual(rulesOf(DRAFT), ['citation-date', 'operative-numbering']);
  });

  it('a next-line directive silences its rule in the paragraph below only', () => {
    const text = withLine(DRAFT, 2, '<!-- unres-disable-next-line citation-date -->');
    assert.deepEqual(rulesOf(text), ['operative-numbering']);
    const elsewhere = withLine(DRAFT, 4, '<!-- unres-disable-next-line citation-date -->');
    assert.deepEqual(rulesOf(elsewhere), ['citation-date', 'operative-numbering']);
  });

  it('names several rules, or none for every rule', () => {
    const all = withLine(DRAFT, 6, '<!-- unres-disable-next-line -->');
    assert.deepEqual(rulesOf(all), ['citation-date']);
    const other = withLine(DRAFT, 6, '<!-- unres-disable-next-line citation-date, un-terms -->');
    assert.deepEqual(rulesOf(other), ['citation-date', 'operative-numbering']);
  });

  it('a file directive silences its rule anywhere, and is itself reported by no rule', () => {
    const text = `${DRAFT}<!-- unres-disable-file operative-numbering -->\n`;
    assert.deepEqual(rulesOf(text), ['citation-date']);
  });

  it('is read as a blank line: the structure is the same as without it', () => {
    const text = withLine(DRAFT, 6, '<!-- unres-disable-next-line operative-numbering -->');
    const model = parse(text);
    const plain = parse(DRAFT);
    assert.equal(model.directives.length, 1);
    assert.equal(model.parts[0]?.operative.length, plain.parts[0]?.operative.length);
    assert.equal(model.parts[0]?.preamble.length, plain.parts[0]?.preamble.length);
    assert.equal(model.unrecognised.length, 0);
    assert.equal(model.debris.length, 0);
  });

  it('covers a hard-wrapped paragraph to its blank line', () => {
    const wrapped = [
      'The General Assembly,',
      '',
      'Recalling its resolution 55/25 of 15 November 2000, and the report of the',
      'Secretary-General on the matter, and welcoming the work done by the',
      'members of the Commission,',
      '',
      '1. Takes note of the report of the Secretary-General on the implementation',
      'of resolution 55/25 of 16 November 2000;',
      '',
      '2. Decides to remain seized of the matter and to consider it again at its',
      'next session.',
      '',
    ].join('\n');
    const model = parse(wrapped);
    assert.ok(model.wrapped, 'read as hard-wrapped print');
    assert.deepEqual(rulesOf(wrapped), ['citation-date']);
    const finding = lint(wrapped).diagnostics[0]!;
    const fix = ignoreHere(model, 'citation-date', finding.start);
    assert.equal(fix.edits[0]?.start, wrapped.indexOf('1. Takes'), 'above the first line of the paragraph');
    assert.deepEqual(rulesOf(applyEdits(wrapped, fix.edits)), []);
  });

  it('the quick fixes write directives that silence the finding', () => {
    const finding = lint(DRAFT).diagnostics.find((diagnostic) => diagnostic.rule === 'citation-date')!;
    const here = applyEdits(DRAFT, ignoreHere(parse(DRAFT), 'citation-date', finding.start).edits);
    assert.deepEqual(rulesOf(here), ['operative-numbering']);
    const file = applyEdits(DRAFT, ignoreInFile(parse(DRAFT), 'operative-numbering').edits);
    assert.ok(file.endsWith('<!-- unres-disable-file operative-numbering -->\n'), 'at the end: line 1 stays');
    assert.deepEqual(rulesOf(file), ['citation-date']);
    const noBreak = applyEdits('The General Assembly,', ignoreInFile(parse('The General Assembly,'), 'x').edits);
    assert.equal(noBreak, 'The General Assembly,\n<!-- unres-disable-file x -->\n');
  });

  it('an edit inside the silenced paragraph keeps it silenced (incremental check)', () => {
    const text = withLine(DRAFT, 2, '<!-- unres-disable-next-line citation-date -->');
    const before = lintModel(parse(text));
    const at = text.indexOf('its resolution') + 'its'.length;
    const change = { start: at, end: at, text: ' own' };
    const newText = text.slice(0, at) + change.text + text.slice(at);
    const update = updateModel(before.model, change, newText);
    assert.ok(update, 'the edit is taken incrementally');
    const incremental = relint(before, [{ before: before.model, change, update }], {});
    assert.ok(incremental);
    assert.deepEqual(
      incremental.diagnostics.map((diagnostic) => diagnostic.rule),
      ['operative-numbering'],
    );
    assert.deepEqual(rulesOf(newText), ['operative-numbering']);
  });
});
