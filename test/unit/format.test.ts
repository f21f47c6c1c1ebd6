// Formatting on fixtures: the expected layout, idempotence, and the word sequence unchanged.
import * as assert from 'node:assert/strict';
import { formatText, type FormatOptions } from '../../server/src/core/features/format';
import { parse } from '../../server/src/core/parser/parse';
import { applyEdits } from '../../server/src/core/text/edits';

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);
/** The text with curly quotation marks read as straight ones: the words curlyQuotes may not change otherwise. */
const straight = (text: string): string => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");

/** Formats, checks the edits are sorted and disjoint, the words unchanged and a second pass empty. */
function format(text: string, options: FormatOptions = {}): string {
  const edits = formatText(parse(text), options);
  for (let index = 1; index < edits.length; index++) {
    assert.ok(
      edits[index]!.start >= edits[index - 1]!.end,
      `edits sorted and non-overlapping: ${JSON.stringify(edits.slice(index - 1, index + 1))}`,
    );
  }
  for (const edit of edits) {
    const quote = options.curlyQuotes && /^["']$/.test(text.slice(edit.start, edit.end));
    if (quote) assert.match(edit.newText, /^[“”‘’]$/, 'a straight quotation mark is made curly');
    else {
      assert.match(text.slice(edit.start, edit.end), /^\s*$/, 'only whitespace is replaced');
      assert.match(edit.newText, /^\s*$/, 'only whitespace is written');
    }
  }
  const out = applyEdits(text, edits);
  assert.deepEqual(words(straight(out)), words(straight(text)), 'the word sequence is unchanged');
  const again = formatText(parse(out), options);
  assert.deepEqual(again, [], `formatting is idempotent on:\n${out}`);
  return out;
}

const MESSY = [
  'United Nations',
  'A/RES/99/1',
  'General Assembly',
  '',
  'Distr.: General',
  '3 February 2005',
  'Resolution adopted by the General Assembly on 20 December 2004',
  '99/1.\tAn example title',
  '\tThe General Assembly,',
  '\tRecalling its resolution 55/25 of 15 November 2000,   ',
  '',
  '',
  '',
  'Noting with concern the report,',
  '1.  Takes note of the report;1',
  '2. Decides:',
  '(a) To act;',
  '(b)    To report;\t',
  '3. Requests the Secretary-General to report at its sixtieth session.',
  '74th plenary meeting',
  '',
  '20 December 2004',
  '_______________',
  '1 A/59/1.',
  '',
  '2 A/59/2.',
  '',
].join('\n');

const TIDY = [
  'United Nations',
  'A/RES/99/1',
  'General Assembly',
  'Distr.: General',
  '3 February 2005',
  'Resolution adopted by the General Assembly on 20 December 2004',
  '',
  '99/1.\tAn example title',
  '',
  'The General Assembly,',
  '',
  'Recalling its resolution 55/25 of 15 November 2000,',
  '',
  'Noting with concern the report,',
  '',
  '1.\tTakes note of the report;1',
  '',
  '2.\tDecides:',
  '',
  '(a)\tTo act;',
  '',
  '(b)\tTo report;',
  '',
  '3.\tRequests the Secretary-General to report at its sixtieth session.',
  '',
  '74th plenary meeting',
  '20 December 2004',
  '',
  '_______________',
  '',
  '1 A/59/1.',
  '2 A/59/2.',
  '',
].join('\n');

describe('formatting', () => {
  it('lays out a resolution as the published texts do', () => {
    assert.equal(format(MESSY), TIDY);
  });

  it('returns no edits on a formatted text', () => {
    assert.deepEqual(formatText(parse(TIDY)), []);
  });

  it('keeps CRLF line breaks', () => {
    const crlf = MESSY.replace(/\n/g, '\r\n');
    assert.equal(format(crlf), TIDY.replace(/\n/g, '\r\n'));
  });

  it('puts a tab after numbers and labels, but never splits a number glued to its text', () => {
    const text = 'The General Assembly,\n\nRecalling x,\n\n1.   Decides;\n\n2.Requests:\n\n(a) \u00A0To act.\n';
    assert.equal(
      format(text),
      'The General Assembly,\n\nRecalling x,\n\n1.\tDecides;\n\n2.Requests:\n\n(a)\tTo act.\n',
    );
  });

  it('joins a paragraph broken over lines, with a tab after a lone number', () => {
    const text =
      'The General Assembly,\n\nRecalling its resolution 55/25 \nof 15 November 2000,\n\n1.\nDecides to act.\n';
    assert.equal(
      format(text),
      'The General Assembly,\n\nRecalling its resolution 55/25 of 15 November 2000,\n\n1.\tDecides to act.\n',
    );
  });

  it('keeps the line breaks of hard-wrapped print', () => {
    const text = [
      'The Security Council,',
      '',
      'Recalling its previous resolutions on the',
      'question, particularly resolution 54 (1948) of 15',
      'July 1948,',
      'Noting the reports of the Chief of Staff of',
      'the Truce Supervision Organization,',
      '',
      '1. Finds that the action taken',
      'by armed forces constitutes a violation of the',
      'cease-fire provisions;',
      '2. Calls upon the parties to take',
      'effective measures.',
      '',
    ].join('\n');
    assert.ok(parse(text).wrapped, 'the fixture is detected as hard-wrapped');
    const out = format(text);
    assert.equal(
      out,
      [
        'The Security Council,',
        '',
        'Recalling its previous resolutions on the',
        'question, particularly resolution 54 (1948) of 15',
        'July 1948,',
        '',
        'Noting the reports of the Chief of Staff of',
        'the Truce Supervision Organization,',
        '',
        '1.\tFinds that the action taken',
        'by armed forces constitutes a violation of the',
        'cease-fire provisions;',
        '',
        '2.\tCalls upon the parties to take',
        'effective measures.',
        '',
      ].join('\n'),
    );
  });

  it('puts a no-break space between day and month only when asked, and never otherwise touches a date', () => {
    const text =
      'The General Assembly,\n\nRecalling its resolution 55/25 of 15 November 2000 and of 1\u00A0May 2001,\n\n1.\tDecides on 3 March.\n';
    assert.equal(format(text), text);
    assert.equal(
      format(text, { noBreakSpaceInDates: true }),
      'The General Assembly,\n\nRecalling its resolution 55/25 of 15\u00A0November 2000 and of 1\u00A0May 2001,\n\n1.\tDecides on 3 March.\n',
    );
  });

  it('makes straight quotation marks and apostrophes curly only when asked', () => {
    const text =
      'The General Assembly,\n\nRecalling the "Agenda 2030" and the \'Beijing+25\' review,\n\n1.  Notes the States\' and the Council\'s views ("final"), a 45°30\' line, 12" pipes and a lone " mark;\n';
    assert.equal(format(text), text.replace('1.  ', '1.\t'), 'straight marks are kept by default');
    assert.equal(
      format(text, { curlyQuotes: true }),
      'The General Assembly,\n\nRecalling the “Agenda 2030” and the ‘Beijing+25’ review,\n\n1.\tNotes the States’ and the Council’s views (“final”), a 45°30\' line, 12" pipes and a lone " mark;\n',
    );
    // In a range, only the lines it touches.
    const model = parse(text);
    const line = text.indexOf('1.');
    const edits = formatText(model, { curlyQuotes: true, range: { start: line, end: line + 3 } });
    assert.ok(edits.length > 0 && edits.every((edit) => edit.start >= line));
  });

  it('formats a range: only edits inside the lines it touches', () => {
    const text = 'The General Assembly,\nRecalling x,  \n1. Decides;  \n2. Requests;  \n3. Urges.  \n';
    const start = text.indexOf('2. Requests');
    const edits = formatText(parse(text), { range: { start: start + 3, end: start + 5 } });
    assert.deepEqual(
      applyEdits(text, edits),
      'The General Assembly,\nRecalling x,  \n1. Decides;  \n2.\tRequests;\n3. Urges.  \n',
    );
    const whole = formatText(parse(text), { range: { start: 0, end: text.length } });
    // The same result (a whole document is formatted to its fixed point, in edits of its own cut).
    assert.equal(applyEdits(text, whole), applyEdits(text, formatText(parse(text))));
  });

  it('leaves tables, debris and unrecognised lines as they are', () => {
    const text = [
      'The General Assembly,',
      '',
      '1.\tDecides that the appropriations shall be as follows:',
      '',
      'Member State\tPercentage',
      'Afghanistan\t0.006',
      'Albania\t0.008\t\t',
      '',
      '2.\tRequests a report.',
      '<<ODS JOB NO>>N0448568E<<ODS JOB NO>>',
      '',
      '',
      '04-48568',
      '',
    ].join('\n');
    assert.equal(format(text), text);
  });

  it('never splits a sentence the parser cut short', () => {
    const text =
      'The Security Council,\n\n1. Decides to remain seized of the matter.\n\nAdopted unanimously at the\n700th meeting.\n';
    const out = format(text);
    assert.match(out, /Adopted unanimously at the\n700th meeting\./);
  });

  it('never throws and returns nothing to do on empty or blank input', () => {
    assert.deepEqual(formatText(parse('')), []);
    assert.deepEqual(formatText(parse('\n\n  \n')), []);
    for (const garbage of ['\uFEFF  1.  x', '1.', '(a)', '\r\r\n\n\t', '\u00A0\u00A0\n1. \n']) {
      format(garbage);
      format(garbage, { noBreakSpaceInDates: true });
    }
  });

  it('keeps a byte-order mark', () => {
    const out = format('\uFEFF\n\tThe General Assembly,\nRecalling x,\n');
    assert.equal(out, '\uFEFF\nThe General Assembly,\n\nRecalling x,\n');
  });
});
