// Paragraphs inserted in negotiation (`5 bis.`, `5 ter.`): read as operative paragraphs, left out of
// the numbering sequence by operative-numbering, and given their final numbers (references
// following) by renumberNegotiation.
import * as assert from 'node:assert/strict';
import { renumberNegotiation } from '../../server/src/core/features/renumber-negotiation';
import { outline } from '../../server/src/core/features/symbols';
import { lint } from '../../server/src/core/lint';
import { parse } from '../../server/src/core/parser/parse';
import { applyEdits } from '../../server/src/core/text/edits';

const DRAFT = [
  'The General Assembly,',
  '',
  'Noting the report,',
  '',
  '1.\tDecides to act, as set out in paragraph 3 below;',
  '',
  '2.\tUrges States to act;',
  '',
  '2 bis.\tAlso urges States [to act without delay];',
  '',
  '2 ter.\tFurther urges States to act;',
  '',
  '3.\tRequests a report on the measures taken under paragraph 2 above;',
  '',
  '4.\tDecides to remain seized of the matter.',
  '',
].join('\n');

const numbering = (text: string) =>
  lint(text).diagnostics.filter((diagnostic) => diagnostic.rule === 'operative-numbering');

describe('paragraphs inserted in negotiation', () => {
  it('reads "2 bis." and "2 ter." as operative paragraphs with their insertion', () => {
    const operative = parse(DRAFT).parts[0]!.operative;
    assert.deepEqual(
      operative.map((paragraph) => [paragraph.number?.text, paragraph.number?.value, paragraph.number?.insertion]),
      [
        ['1.', 1, undefined],
        ['2.', 2, undefined],
        ['2 bis.', 2, 'bis'],
        ['2 ter.', 2, 'ter'],
        ['3.', 3, undefined],
        ['4.', 4, undefined],
      ],
    );
    assert.equal(operative[2]!.verb?.text, 'Also urges');
  });

  it('names them as written in the outline', () => {
    const operative = outline(parse(DRAFT)).find((node) => node.name === 'Operative part');
    assert.deepEqual(
      operative?.children.map((node) => /^\d+(?: [a-z]+)?\. \S+/.exec(node.name)?.[0]),
      ['1. Decides', '2. Urges', '2 bis. Also', '2 ter. Further', '3. Requests', '4. Decides'],
    );
  });

  it('operative-numbering leaves them out of the sequence: no finding on the draft', () => {
    assert.deepEqual(numbering(DRAFT), []);
  });

  it('reports an inserted paragraph that does not follow the paragraph it names', () => {
    const text = DRAFT.replace('2 ter.', '7 ter.');
    const found = numbering(text);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(text.slice(found[0]!.start, found[0]!.end), '7 ter.');
    assert.equal(
      found[0]!.message,
      'Paragraph 7 ter follows paragraph 2; a paragraph inserted after 2 is numbered "2 ter".',
    );
  });

  it('still reports a slip in the sequence around them, and its fix leaves them as written', () => {
    const text = DRAFT.replace('4.\tDecides', '5.\tDecides');
    const found = numbering(text);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0]!.message, /expected 4/);
    const fixed = applyEdits(text, found[0]!.fix!.edits);
    assert.equal(fixed, DRAFT);
  });

  it('renumberNegotiation gives the final sequence, and references follow their paragraphs', () => {
    const { edits, inserted } = renumberNegotiation(DRAFT);
    assert.equal(inserted, 2);
    const final = applyEdits(DRAFT, edits);
    assert.equal(
      final,
      DRAFT.replace('paragraph 3 below', 'paragraph 5 below')
        .replace('2 bis.\t', '3.\t')
        .replace('2 ter.\t', '4.\t')
        .replace('3.\tRequests', '5.\tRequests')
        .replace('4.\tDecides to remain', '6.\tDecides to remain'),
    );
    assert.deepEqual(numbering(final), []);
    assert.deepEqual(renumberNegotiation(final), { edits: [], inserted: 0, alternatives: 0 }, 'nothing left to do');
  });

  it('renumberNegotiation does nothing to a text without inserted paragraphs, even misnumbered', () => {
    const text = DRAFT.replace(/\n2 (?:bis|ter)\.[^\n]*\n/g, '').replace('4.\tDecides', '7.\tDecides');
    assert.deepEqual(renumberNegotiation(text), { edits: [], inserted: 0, alternatives: 0 });
  });

  describe('alternative wordings and preambular labels (PP3 alt)', () => {
    const COMPILATION = [
      'The General Assembly,',
      '',
      'PP1 Recalling its resolution 55/25 of 15 November 2000,',
      '',
      'PP2 Noting with concern the situation,',
      '',
      'PP2 alt Noting with deep concern the situation,',
      '',
      'PP2 bis Welcoming the report of the Secretary-General,',
      '',
      'PP3 Bearing in mind its earlier decisions,',
      '',
      '1.\tWelcomes the report;',
      '',
      '1 alt.\tTakes note of the report;',
      '',
      '1 bis.\tUrges all States to cooperate, as set out in paragraph 2 below;',
      '',
      '2.\tDecides to remain seized of the matter.',
      '',
    ].join('\n');

    it('reads the label before the opener, and the alternative as an operative paragraph of its own', () => {
      const model = parse(COMPILATION);
      const preamble = model.parts[0]!.preamble;
      assert.deepEqual(
        preamble.map((p) => [p.negotiationLabel?.value, p.negotiationLabel?.variant, p.opener?.text, p.openerKnown]),
        [
          [1, undefined, 'Recalling', true],
          [2, undefined, 'Noting with concern', true],
          [2, 'alt', 'Noting with deep concern', true],
          [2, 'bis', 'Welcoming', true],
          [3, undefined, 'Bearing in mind', true],
        ],
      );
      assert.deepEqual(
        model.parts[0]!.operative.map((p) => [p.number?.value, p.number?.insertion, p.verb?.text]),
        [
          [1, undefined, 'Welcomes'],
          [1, 'alt', 'Takes note'],
          [1, 'bis', 'Urges'],
          [2, undefined, 'Decides'],
        ],
      );
    });

    it('is no finding of any rule: a negotiated draft is not a misnumbered one', () => {
      assert.deepEqual(
        lint(COMPILATION).diagnostics.map((d) => `${d.rule}: ${COMPILATION.slice(d.start, d.end)}`),
        [],
      );
    });

    it('renumbering puts inserted paragraphs in sequence; an alternative follows its paragraph', () => {
      const { edits, inserted, alternatives } = renumberNegotiation(COMPILATION);
      assert.equal(inserted, 2);
      assert.equal(alternatives, 2);
      assert.equal(
        applyEdits(COMPILATION, edits),
        COMPILATION.replace('PP2 bis Welcoming', 'PP3 Welcoming')
          .replace('PP3 Bearing', 'PP4 Bearing')
          .replace('1 bis.\tUrges', '2.\tUrges')
          .replace('paragraph 2 below', 'paragraph 3 below')
          .replace('2.\tDecides to remain', '3.\tDecides to remain'),
      );
    });

    it('an alternative moves on with the paragraph it is an alternative to', () => {
      const alternativeAfterInsertion = COMPILATION.replace(
        '1 alt.\tTakes note of the report;\n\n1 bis.',
        '1 bis.',
      ).replace('2.\tDecides', '2.\tRequests a report;\n\n2 alt.\tRequests an oral report;\n\n3.\tDecides');
      const renumbered = applyEdits(alternativeAfterInsertion, renumberNegotiation(alternativeAfterInsertion).edits);
      assert.match(
        renumbered,
        /\n2\.\tUrges[^\n]*\n\n3\.\tRequests a report;\n\n3 alt\.\tRequests an oral report;\n\n4\.\tDecides/,
      );
    });
  });
});
