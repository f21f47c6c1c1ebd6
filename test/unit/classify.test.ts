// The line classifier (parser/classify.ts) that the parser and the incremental path both read lines
// through. The corpus tests (parser-corpus, incremental-corpus) hold the two to each other; these
// pin what a line is by itself, so that a change to it is seen here first.
import * as assert from 'node:assert/strict';
import {
  SHORT_LINE,
  isTableRow,
  leadsDotLabels,
  endsParagraph,
  lengthClass,
  mayBeOwnLine,
  opensLikePrintHeading,
  opensLikeTitle,
  organLineMatch,
  shortLineKind,
} from '../../server/src/core/parser/classify';
import { NUMBERED } from '../../server/src/core/parser/lines';

describe('line classifier', () => {
  it('reads the lines that mean the same in every state of the body', () => {
    assert.equal(shortLineKind('74th plenary meeting', undefined, true), 'meeting');
    assert.equal(shortLineKind('Seventy-fourth plenary meeting', undefined, true), 'meeting');
    assert.equal(shortLineKind('__________', undefined, true), 'footnote-separator');
    assert.equal(shortLineKind('Annex II', undefined, true), 'annex');
    assert.equal(shortLineKind('12', undefined, true), 'page-number');
    assert.equal(shortLineKind('04-48568 (E)', undefined, true), 'job-number');
    assert.equal(shortLineKind('----------', undefined, true), 'rule-line');
    assert.equal(shortLineKind('A/RES/59/157', 'A/RES/59/157', true), 'running-head');
    assert.equal(shortLineKind('A/RES/59/157', undefined, true), undefined);
    assert.equal(shortLineKind('Recalling its resolution 55/25,', undefined, true), undefined);
  });

  it('reads an annex heading only where an annex can start (not among footnotes)', () => {
    assert.equal(shortLineKind('Annex', undefined, false), undefined);
    // Debris is debris in either state.
    assert.equal(shortLineKind('3', undefined, false), 'page-number');
  });

  it('says which lines may be read as something of their own before their numbers', () => {
    assert.ok(mayBeOwnLine('The General Assembly,', undefined));
    assert.ok(mayBeOwnLine('II. Financing', undefined));
    assert.ok(mayBeOwnLine('A Information in the service of humanity', undefined));
    assert.ok(!mayBeOwnLine('1. Decides to remain seized of the matter.', undefined));
  });

  it('tells lines apart by the length limits the parser tests', () => {
    assert.equal(lengthClass(120), lengthClass(1));
    assert.notEqual(lengthClass(121), lengthClass(120));
    assert.notEqual(lengthClass(SHORT_LINE + 1), lengthClass(SHORT_LINE));
    assert.notEqual(lengthClass(2000), lengthClass(1999));
    assert.equal(lengthClass(5000), lengthClass(2000));
    assert.equal(organLineMatch('The General Assembly,', 121), null);
    assert.ok(organLineMatch('The General Assembly,', 21));
  });

  it("reads a paragraph's end, a lead-in's colon and a table row", () => {
    assert.ok(endsParagraph('to report thereon;1', 19));
    assert.ok(!endsParagraph('to report thereon', 17));
    assert.ok(leadsDotLabels('as follows: ', 12));
    assert.ok(!leadsDotLabels('as follows, ', 12));
    const row = '1. Income from staff assessment\t279 138 300';
    assert.ok(isTableRow(row, NUMBERED.exec(row)!));
  });

  it('reads how a heading opens, in a list and in print', () => {
    assert.ok(opensLikeTitle('Protection of civilians', 0));
    assert.ok(!opensLikeTitle('To support the Government', 0));
    assert.ok(!opensLikeTitle('Requests the Secretary-General', 0));
    assert.ok(opensLikePrintHeading('Budget performance report', 0));
    assert.ok(!opensLikePrintHeading('Recalling its resolution', 0));
    assert.ok(!opensLikePrintHeading('budget', 0));
  });
});
