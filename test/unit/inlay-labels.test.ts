// Inlay labels: `PP3` / `OP5` where each paragraph starts, counted in document order, restarting in
// each part and carrying the part's letter there.
import * as assert from 'node:assert/strict';
import { inlayLabels } from '../../server/src/core/features/inlay-labels';
import { parse } from '../../server/src/core/parser/parse';

/** Each label with the first characters of the text it stands before. */
const shown = (text: string): string[] =>
  inlayLabels(parse(text)).map(({ offset, label }) => `${label} ${text.slice(offset, offset + 10)}`);

describe('inlay labels', () => {
  it('labels preambular and operative paragraphs at their first character', () => {
    const text = [
      'The General Assembly,',
      '',
      'Recalling its resolution 55/25,',
      '',
      'Noting the report,',
      '',
      '1.\tTakes note of the report;',
      '',
      '2.\tRequests:',
      '(a)\tFirst;',
      '(b)\tSecond;',
      '',
      '3.\tDecides to remain seized of the matter.',
      '',
    ].join('\n');
    assert.deepEqual(shown(text), [
      'PP1 Recalling ',
      'PP2 Noting the',
      'OP1 1.\tTakes n',
      'OP2 2.\tRequest',
      'OP3 3.\tDecides',
    ]);
  });

  it('counts paragraphs in order, not the numbers written: a slip or a missing number does not shift the label', () => {
    const text = [
      'The Security Council,',
      '',
      'Noting,',
      '',
      '1.\tDecides;',
      '',
      '3.\tUrges;',
      '',
      'Requests;',
      '',
    ].join('\n');
    assert.deepEqual(
      inlayLabels(parse(text)).map((label) => label.label),
      ['PP1', 'OP1', 'OP2', 'OP3'],
    );
  });

  it('restarts in each part and prefixes the part letter; paragraphs before the first letter stay plain', () => {
    const text = [
      'The General Assembly,',
      '',
      'Recalling its resolution 55/25,',
      '',
      'A',
      '',
      'Noting the report,',
      '',
      '1.\tWelcomes the report;',
      '',
      '2.\tUrges States to act;',
      '',
      'B',
      '',
      'Noting also the report,',
      '',
      '1.\tDecides to act;',
      '',
    ].join('\n');
    assert.deepEqual(shown(text), [
      'PP1 Recalling ',
      'A PP1 Noting the',
      'A OP1 1.\tWelcome',
      'A OP2 2.\tUrges S',
      'B PP1 Noting als',
      'B OP1 1.\tDecides',
    ]);
  });

  it('gives nothing for a text without paragraphs, and labels a CRLF text at the same characters', () => {
    assert.deepEqual(inlayLabels(parse('')), []);
    const text = 'The General Assembly,\r\n\r\nNoting the report,\r\n\r\n1.\tDecides;\r\n';
    assert.deepEqual(shown(text), ['PP1 Noting the', 'OP1 1.\tDecides']);
  });

  it('names a paragraph inserted in negotiation as written (OP2 bis) and goes on counting after it', () => {
    const text = [
      'The General Assembly,',
      '',
      '1.\tDecides to act;',
      '',
      '2.\tUrges States to act;',
      '',
      '2 bis.\tAlso urges States to act;',
      '',
      '2 ter.\tFurther urges States to act;',
      '',
      '3.\tRequests a report.',
      '',
    ].join('\n');
    assert.deepEqual(
      inlayLabels(parse(text)).map((label) => label.label),
      ['OP1', 'OP2', 'OP2 bis', 'OP2 ter', 'OP3'],
    );
  });

  it('does not repeat a label the draft writes (PP2 alt), and alternatives leave the count alone', () => {
    const text = [
      'The General Assembly,',
      '',
      'Recalling its resolution 55/25,',
      '',
      'PP2 alt Noting the report,',
      '',
      'Noting also the report,',
      '',
      '1. Welcomes the report;',
      '',
      '1 alt. Takes note of the report;',
      '',
      '2. Decides to remain seized of the matter.',
    ].join('\n');
    assert.deepEqual(
      inlayLabels(parse(text)).map((label) => label.label),
      ['PP1', 'PP2', 'OP1', 'OP1 alt', 'OP2'],
    );
  });
});
