// The parser on small fixtures, one per structural element and irregular case.
import * as assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parser/parse';
import { allOperative, allPreambular, type Resolution, type SubParagraph } from '../../server/src/core/model';

const GA = `United Nations
A/RES/59/157
General Assembly
Distr.: General
3 February 2005
Fifty-ninth session
Agenda item 96
Resolution adopted by the General Assembly on 20 December 2004
[on the report of the Third Committee (A/59/494)]

59/157. International cooperation in the fight against transnational organized crime

The General Assembly,

Recalling its resolution 55/25 of 15 November 2000,

Recalling also its resolution 55/255 of 31 May 2001,1

Deeply concerned at the impact of transnational organized crime,

1. Takes note with appreciation of the report of the Secretary-General;2

2. Also urges all States to take measures;

3. Requests the Secretary-General to report at its sixtieth session.

74th plenary meeting
20 December 2004

_______________

1 See resolution 55/255, annex.
2 E/CN.15/2004/5.
`;

const text = (model: Resolution, span: { start: number; end: number } | undefined): string | undefined =>
  span ? model.text.slice(span.start, span.end) : undefined;

function labels(model: Resolution): string[] {
  const out: string[] = [];
  const walk = (items: SubParagraph[]): void =>
    items.forEach((item) => {
      out.push(`${item.label.text}:${item.style}:${item.value}:${item.level}`);
      walk(item.children);
    });
  allOperative(model).forEach((paragraph) => walk(paragraph.items));
  return out;
}

describe('parser', () => {
  describe('a General Assembly resolution', () => {
    const model = parse(GA);
    it('reads the masthead', () => {
      assert.equal(model.masthead?.symbol?.text, 'A/RES/59/157');
      assert.equal(model.masthead?.organName?.text, 'General Assembly');
      assert.equal(model.masthead?.date?.text, '3 February 2005');
      assert.equal(model.masthead?.session?.text, 'Fifty-ninth session');
      assert.equal(model.masthead?.agendaItem?.text, 'Agenda item 96');
    });
    it('reads the adoption, report and title lines', () => {
      assert.equal(model.adoption?.date?.text, '20 December 2004');
      assert.equal(model.reportLine?.text, '[on the report of the Third Committee (A/59/494)]');
      assert.equal(model.title?.number?.text, '59/157');
      assert.equal(
        model.title?.title?.text,
        'International cooperation in the fight against transnational organized crime',
      );
    });
    it('reads the organ line', () => {
      assert.equal(model.organ, 'GA');
      assert.equal(model.organLines[0]!.name.text, 'General Assembly');
      assert.equal(model.organLines[0]!.terminator?.text, ',');
    });
    it('reads preambular paragraphs with the longest opening phrase', () => {
      const preamble = allPreambular(model);
      assert.deepEqual(
        preamble.map((paragraph) => paragraph.opener?.text),
        ['Recalling', 'Recalling also', 'Deeply concerned'],
      );
      assert.ok(preamble.every((paragraph) => paragraph.openerKnown));
      assert.deepEqual(
        preamble.map((paragraph) => paragraph.terminator?.text),
        [',', ',', ','],
      );
    });
    it('reads operative paragraphs: number, verb phrase, terminator behind a marker', () => {
      const operative = allOperative(model);
      assert.deepEqual(
        operative.map((paragraph) => paragraph.number?.value),
        [1, 2, 3],
      );
      assert.deepEqual(
        operative.map((paragraph) => paragraph.verb?.text),
        ['Takes note with appreciation', 'Also urges', 'Requests'],
      );
      assert.deepEqual(
        operative.map((paragraph) => paragraph.terminator?.text),
        [';', ';', '.'],
      );
    });
    it('reads the closing, the footnotes and their markers', () => {
      assert.equal(model.closings[0]!.meeting?.text, '74th plenary meeting');
      assert.equal(model.closings[0]!.date?.text, '20 December 2004');
      assert.equal(model.footnoteSeparator?.text, '_______________');
      assert.deepEqual(
        model.footnotes.map((footnote) => [footnote.number.value, footnote.body.text]),
        [
          [1, 'See resolution 55/255, annex.'],
          [2, 'E/CN.15/2004/5.'],
        ],
      );
      assert.deepEqual(
        model.markers.map((marker) => marker.value),
        [1, 2],
      );
      assert.equal(model.text.slice(model.markers[1]!.start - 1, model.markers[1]!.end), ';2');
    });
    it('gives every node offsets into the text', () => {
      for (const paragraph of [...allPreambular(model), ...allOperative(model)]) {
        assert.ok(paragraph.start >= 0 && paragraph.end <= GA.length && paragraph.start < paragraph.end);
      }
      assert.equal(text(model, allOperative(model)[0]!.number), '1.');
    });
  });

  describe('footnote markers', () => {
    const withNotes = (body: string, notes: number[]): Resolution =>
      parse(
        `The General Assembly,\n\n${body}\n\n_______________\n\n${notes.map((note) => `${note} Note ${note}.`).join('\n')}\n`,
      );
    it('reads a marker glued to a year: 19 June 20207', () => {
      const model = withNotes('1. Recalls the decision of 19 June 20207 and the report;8', [7, 8]);
      assert.deepEqual(
        model.markers.map((marker) => marker.value),
        [7, 8],
      );
      assert.equal(model.text.slice(model.markers[0]!.start - 4, model.markers[0]!.end), '20207');
    });
    it('splits a marker from a citation that follows it: 2012,727/5', () => {
      const model = withNotes(
        'Recalling resolutions 21/12 of 27 September 2012,727/5 of 25 September 2014,8 and 33/2,',
        [7, 8],
      );
      assert.deepEqual(
        model.markers.map((marker) => marker.text),
        ['7', '8'],
      );
    });
    it('recognises no marker without a footnote, and none inside symbols or numbers', () => {
      const model = withNotes(
        '1. Takes note of document A/59/494/Add.1 and target 16.10, and of the G20 summit;3',
        [1],
      );
      assert.deepEqual(model.markers, []);
      assert.equal(withNotes('1. Takes note;1', []).markers.length, 0);
    });
  });

  describe('sub-paragraphs', () => {
    it('nests (a) → (i) and reads (i) after (h) as a letter, (v) after (iv) as roman', () => {
      const items = ['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)', '(h)', '(i)']
        .map((label) => `${label} To act;`)
        .join('\n');
      const model = parse(
        `The General Assembly,\n\n1. Requests:\n${items}\n(j) To act:\n(i) First;\n(ii) Second;\n(iii) Third;\n(iv) Fourth;\n(v) Fifth;\n(k) To finish.\n`,
      );
      const read = labels(model);
      assert.equal(read[8], '(i):alpha-paren:9:1');
      assert.deepEqual(read.slice(10, 15), [
        '(i):roman-paren:1:2',
        '(ii):roman-paren:2:2',
        '(iii):roman-paren:3:2',
        '(iv):roman-paren:4:2',
        '(v):roman-paren:5:2',
      ]);
      assert.equal(read[15], '(k):alpha-paren:11:1');
      const paragraph = allOperative(model)[0]!;
      assert.equal(paragraph.items.length, 11);
      assert.equal(paragraph.items[9]!.children.length, 5);
      assert.equal(paragraph.terminator?.text, ':');
    });
    it('reads a. and i. levels after a lead-in', () => {
      const model = parse('The General Assembly,\n\n1. Decides:\n(a) That:\n(i) First:\na. one;\nb. two;\n');
      assert.deepEqual(labels(model), [
        '(a):alpha-paren:1:1',
        '(i):roman-paren:1:2',
        'a.:alpha-dot:1:3',
        'b.:alpha-dot:2:3',
      ]);
    });
  });

  describe('parts and sections', () => {
    it('restarts parts A and B, each with its organ line', () => {
      const model = parse(
        '74/92. Questions relating to information\n\nA\n\nThe General Assembly,\n\nRecalling its resolution,\n\n1. Decides;\n\n2. Requests.\n\nB\n\nThe General Assembly,\n\n1. Notes.\n',
      );
      assert.equal(model.parts.length, 2);
      assert.deepEqual(
        model.parts.map((part) => part.heading?.label?.text),
        ['A', 'B'],
      );
      assert.deepEqual(
        model.parts.map((part) => part.operative.length),
        [2, 1],
      );
      assert.equal(model.organLines.length, 2);
    });
    it('reads a part letter with its title on the same line', () => {
      const model = parse(
        '74/92. Questions\n\nA Information in the service of humanity\n\nThe General Assembly,\n\nUrges all countries:\n(a) To cooperate;\n(b) To act.\n',
      );
      assert.equal(model.parts[0]!.title?.text, 'Information in the service of humanity');
      assert.equal(model.parts[0]!.operative.length, 1, 'a single unnumbered operative paragraph');
      assert.equal(model.parts[0]!.operative[0]!.items.length, 2);
    });
    it('reads section headings (I, II) and the paragraphs under them', () => {
      const model = parse(
        'The General Assembly,\n\nI\n\nIntroduction\n\n1. Decides;\n\nII\n\nFinancing\n\n2. Requests.\n',
      );
      assert.deepEqual(
        model.headings.filter((heading) => heading.kind === 'section').map((heading) => heading.text),
        ['I', 'II'],
      );
      assert.deepEqual(
        allOperative(model).map((paragraph) => paragraph.section),
        [0, 2],
      );
    });
  });

  describe('other organs', () => {
    it('reads a Security Council resolution (no title, adoption line after the heading)', () => {
      const model = parse(
        'Resolution 1373 (2001)\nAdopted by the Security Council at its 4385th meeting, on 28 September 2001\n\nThe Security Council,\n\nReaffirming its resolutions,\n\n1. Decides that all States shall;\n\n2. Decides to remain seized of the matter.\n',
      );
      assert.equal(model.organ, 'SC');
      assert.equal(model.title?.number?.text, '1373 (2001)');
      assert.equal(model.adoption?.date?.text, '28 September 2001');
      assert.equal(allOperative(model).length, 2);
    });
    it('reads Human Rights Council and ECOSOC organ lines and the HRC vote line', () => {
      const hrc = parse(
        '57/12. Title\n\nThe Human Rights Council,\n\nRecalling,\n\n1. Decides.\n\n47th meeting\n9 October 2024\n[Adopted without a vote.]\n',
      );
      assert.equal(hrc.organ, 'HRC');
      assert.equal(hrc.closings[0]!.vote?.text, '[Adopted without a vote.]');
      assert.equal(parse('The Economic and Social Council,\n\n1. Decides.\n').organ, 'ECOSOC');
    });
  });

  describe('irregular input', () => {
    it('accepts CRLF, a BOM, no-break spaces, a tab or spaces after numbers, *emphasis*', () => {
      const model = parse(
        '\uFEFFThe General Assembly,\r\n\r\n*Recalling* its resolution,\r\n\r\n1.\tDecides;\r\n2.  Requests\u00A0the Secretary-General.\r\n',
      );
      assert.equal(allPreambular(model)[0]!.opener?.text, 'Recalling');
      assert.deepEqual(
        allOperative(model).map((paragraph) => paragraph.number?.value),
        [1, 2],
      );
      assert.equal(allOperative(model)[1]!.terminator?.text, '.');
    });
    it('joins hard-wrapped print and word-\\nbreak hyphenation into paragraphs', () => {
      const model = parse(
        'The Security Council,\n\nExpressing its continuing concern with the grave\nsituation in the Middle East,\n\nEmphasizing the inadmissibility of the acqui-\nsition of territory by war,\n\n1. Affirms that the fulfilment of Charter principles\nrequires the establishment of a just and lasting peace\nin the Middle East;\n\n2. Requests the Secretary-General to report\nto the Council.\n',
      );
      assert.equal(model.wrapped, true);
      assert.equal(allPreambular(model).length, 2);
      assert.equal(allOperative(model).length, 2);
      assert.equal(allOperative(model)[0]!.terminator?.text, ';');
    });
    it('reads what wraps in print: headings over several lines, numerals, labels, numbers and dates at line starts', () => {
      const model = parse(
        [
          'The General Assembly,',
          '',
          'Reaffirming its resolutions 1265 (1999), 1325 (2000), 1368 (2001),',
          '1624 (2005) and 2170 (2014), and the order in the case (South Africa v.',
          'Israel) and the work of the organization in this respect,',
          '',
          'Noting with appreciation the report of the Secretary-General on the',
          'implementation of the resolution and the recommendations',
          'contained therein,',
          '',
          '1. Emphasizes the implementation of Part',
          'XII of the Convention, the lists provided for by paragraph 10',
          '(g) of resolution 1533 and the measures it takes, by means of legislative measures,',
          'training and outreach, and that the debate commence on 25 October',
          '2021.',
          '',
          'Budget performance report for the period from 1 July 2018 to 30 June',
          '2019',
          '',
          '2. Takes note of the report of the Secretary-General on the budget performance',
          'of the Mission and of the views of the Advisory Committee on the matter.1',
          '',
          '_______________',
          '1 See Official Records of the General Assembly, Seventy-third Session, Supplement No.',
          '8 (A/73/8), chap. IV, sect.',
          'A., and the Security Council,',
          '1 August 2015–31 December 2016 (S/INF/71).',
          '',
        ].join('\n'),
      );
      assert.equal(model.wrapped, true);
      assert.equal(allPreambular(model).length, 2);
      const operative = allOperative(model);
      assert.deepEqual(
        operative.map((paragraph) => paragraph.number?.value),
        [1, 2],
      );
      assert.deepEqual(operative[0]!.items, []);
      assert.equal(operative[0]!.terminator?.text, '.');
      assert.deepEqual(
        model.headings.map((heading) => heading.kind),
        ['heading'],
      );
      assert.equal(
        model.text.slice(model.headings[0]!.start, model.headings[0]!.end),
        'Budget performance report for the period from 1 July 2018 to 30 June\n2019',
      );
      assert.deepEqual(
        model.footnotes.map((footnote) => footnote.number.value),
        [1],
      );
      assert.ok(model.text.slice(model.footnotes[0]!.start, model.footnotes[0]!.end).endsWith('(S/INF/71).'));
    });
    it('keeps in print what a review found the wrapping rules hid: a skipped number, a list, a part letter', () => {
      // Pasted from print with no blank lines (a found review case each).
      const head = [
        'The General Assembly,',
        'Recalling its resolution 68/163 of 18 December 2013, in which it proclaimed',
        '2 November as the International Day to End Impunity for Crimes against',
        'Journalists, and its subsequent resolutions on the subject,',
        'Mindful that the right to freedom of opinion and expression is a human',
        'right guaranteed to all, in accordance with article 19 of the Universal',
        'Declaration of Human Rights and of the International Covenant,',
      ];
      const skipped = parse(
        [
          ...head,
          '1. Condemns all attacks against journalists and',
          'media workers;',
          '2. Calls upon States to cooperate with the Office of the High Commissioner',
          'for Human Rights',
          '4. Requests the Secretary-General to report to the General Assembly at its',
          'seventy-sixth session on the implementation of the present resolution.',
          '',
        ].join('\n'),
      );
      assert.equal(skipped.wrapped, true);
      assert.deepEqual(
        allOperative(skipped).map((paragraph) => paragraph.number?.value),
        [1, 2, 4],
      );
      const list = parse(
        [
          ...head,
          '1. Calls upon States:',
          '(a) To apply the measures set out in paragraph 8 (a) of resolution 2231',
          '(2015) and to report on them;',
          '(b) To report on paragraphs (a) and (b) of that resolution;',
          '(c) To cooperate with the Committee;',
          '2. Decides to remain seized of the matter.',
          '',
        ].join('\n'),
      );
      assert.deepEqual(
        allOperative(list)[0]!.items.map((item) => item.label.text),
        ['(a)', '(b)', '(c)'],
      );
      const omnibus = parse(
        [
          'A',
          'The General Assembly,',
          ...head.slice(1),
          '1. Decides to remain seized of the matter.',
          '50th plenary meeting',
          '18 December 2019',
          'B',
          'The General Assembly,',
          ...head.slice(1),
          '1. Decides to continue.',
          '50th plenary meeting',
          '18 December 2019',
          '',
        ].join('\n'),
      );
      assert.equal(omnibus.parts.length, 2);
    });
    it('reads a number that stands alone on its line, and a number without its period', () => {
      const model = parse('The General Assembly,\n\n1.\nDecides to act;\n\n2 Encourages States.\n');
      const operative = allOperative(model);
      assert.deepEqual(
        operative.map((paragraph) => [paragraph.number?.value, paragraph.number?.dotted]),
        [
          [1, true],
          [2, false],
        ],
      );
      assert.equal(operative[0]!.verb?.text, 'Decides');
    });
    it('reads a single unnumbered operative paragraph', () => {
      const model = parse(
        'The General Assembly,\n\nRecalling its resolution 60/1,\n\nDecides to defer consideration of the item.\n',
      );
      assert.equal(allPreambular(model).length, 1);
      assert.equal(allOperative(model).length, 1);
      assert.equal(allOperative(model)[0]!.number, undefined);
    });
    it('marks document-system debris and keeps it out of paragraphs', () => {
      const model = parse(
        '[DU1]\nThe General Assembly,\n\n1. Decides.\n\n74th plenary meeting\n20 December 2004\n1 E/CN.15/2004/5.\n[DU1]<<ODS JOB NO>>N0448568E<<ODS JOB NO>>\n---------------\n3\n04-48568\n',
      );
      assert.deepEqual(
        model.debris.map((debris) => debris.debris),
        ['comment-tag', 'comment-tag', 'ods-tag', 'rule-line', 'page-number', 'job-number'],
      );
      assert.equal(model.footnotes.length, 1);
    });
    it('turns what it cannot place into unrecognised nodes', () => {
      const model = parse(
        'The General Assembly,\n\n1. Decides.\n\n74th plenary meeting\n20 December 2004\n\n1 A note.\n\nsomething odd here\n',
      );
      assert.deepEqual(
        model.unrecognised.map((node) => node.text),
        ['something odd here'],
      );
    });
  });
});
