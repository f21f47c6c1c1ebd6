// The citation engine on fixtures: every form of the domain reference §3 with exact spans
// (`⟦…⟧` marks each expected citation span), organs read from context, canonical symbols and dates.
import * as assert from 'node:assert/strict';
import { extractCitations, type Citation } from '../../server/src/core/citations/extract';
import { explainSymbol, normaliseSymbol, undocsUrl } from '../../server/src/core/citations/symbols';
import { parse } from '../../server/src/core/parser/parse';
import { marked } from '../support/fixtures';
import { firstItems } from '../support/must';

const GA = (preamble: string, operative = '1. Decides to remain seized of the matter.'): string =>
  `The General Assembly,\n\n${preamble}\n\n${operative}\n`;

/** Citations of a fixture, checked against its marked spans; returns them for further checks. */
function cites(
  fixture: string,
  filter: (citation: Citation) => boolean = (citation) => citation.kind !== 'self',
): Citation[] {
  const { text, spans } = marked(fixture);
  const found = extractCitations(parse(text)).filter(filter);
  assert.deepEqual(
    found.map(({ start, end }) => ({ start, end })),
    spans,
    `spans: ${JSON.stringify(found.map((citation) => citation.text))}`,
  );
  for (const citation of found) assert.equal(citation.text, text.slice(citation.start, citation.end));
  return found;
}

function dateText(fixture: string, citation: Citation): string | undefined {
  const { text } = marked(fixture);
  return citation.date ? text.slice(citation.date.start, citation.date.end) : undefined;
}

describe('citation engine', () => {
  it('GA new style with its date: resolution 55/25 of 15 November 2000', () => {
    const fixture = GA(
      'Recalling its ⟦resolution 55/25⟧ of 15 November 2000, by which it adopted the United Nations Convention against Transnational Organized Crime,',
    );
    const [citation] = firstItems(cites(fixture), 1);
    assert.equal(citation.kind, 'resolution');
    assert.equal(citation.organ, 'GA');
    assert.equal(citation.symbol, 'A/RES/55/25');
    assert.equal(citation.session, 55);
    assert.equal(citation.number, '25');
    assert.equal(citation.date?.iso, '2000-11-15');
    assert.equal(dateText(fixture, citation), '15 November 2000');
    assert.equal(
      citation.description,
      'by which it adopted the United Nations Convention against Transnational Organized Crime',
    );
  });

  it('a description `on …` ends with its paragraph or title line, never past a blank line', () => {
    // A/RES/78/285's title ends with such a description; the organ line follows a blank line.
    const text =
      '78/285. Review of General Assembly resolution 75/290 B on the high-level political forum at the global level\n\nThe General Assembly,\n\nRecalling its resolution 70/1 on the 2030 Agenda\n\n1. Decides to remain seized of the matter.\n';
    const descriptions = extractCitations(parse(text)).map((citation) => citation.description);
    assert.deepEqual(descriptions.filter(Boolean), [
      'on the high-level political forum at the global level',
      'on the 2030 Agenda',
    ]);
    // A single line break in hard-wrapped print does not end it.
    const print = [
      'The General Assembly,',
      '',
      'Recalling its resolution 70/1 on the 2030',
      'Agenda for Sustainable Development, and its',
      'resolution 55/2 on the United Nations Millennium',
      'Declaration, as well as its resolution 66/288 of',
      '27 July 2012, by which it endorsed the',
      'outcome document of the United Nations Conference',
      'on Sustainable Development,',
      '',
      '1. Decides to remain seized of the matter.',
      '',
    ].join('\n');
    const printModel = parse(print);
    assert.equal(printModel.wrapped, true);
    assert.deepEqual(
      extractCitations(printModel)
        .map((citation) => citation.description)
        .filter(Boolean),
      [
        'on the 2030 Agenda for Sustainable Development',
        'on the United Nations Millennium Declaration',
        'by which it endorsed the outcome document of the United Nations Conference on Sustainable Development',
      ],
    );
    // Nor does one CRLF (its \r and \n are one break, not a blank line).
    assert.deepEqual(
      extractCitations(parse(print.replace(/\n/g, '\r\n')))
        .map((citation) => citation.description)
        .filter(Boolean),
      extractCitations(printModel)
        .map((citation) => citation.description)
        .filter(Boolean),
    );
  });

  it('reads a date within the citation’s paragraph only', () => {
    // One paragraph per line: `2002,` on a line of its own is read as a paragraph of its own.
    const lines = parse(
      'The Security Council,\n\nRecalling its resolution 1420 (2002) of 30 June\n2002,\n\n1. Decides to remain seized of the matter.\n',
    );
    assert.equal(lines.wrapped, false);
    assert.equal(extractCitations(lines).find((citation) => citation.kind === 'resolution')?.date, undefined);
    // In hard-wrapped print the same line break is inside the paragraph.
    const print = parse(
      'The Security Council,\n\nRecalling its resolution 1420 (2002) of 30 June\n2002, and recalling the work of the\nmission in the region and the reports\nof the Secretary-General on the situation\nin the region,\n\n1. Decides to remain seized of the matter.\n',
    );
    assert.equal(print.wrapped, true);
    assert.equal(extractCitations(print).find((citation) => citation.kind === 'resolution')?.date?.iso, '2002-06-30');
  });

  it('in text with one paragraph per line, a description ends at its line even without a blank line or a comma', () => {
    const text = [
      'The General Assembly,',
      'Recalling its resolution 70/1 on the 2030 Agenda for Sustainable Development',
      'Recalling also its resolution 55/2, by which it adopted the United Nations Millennium Declaration',
      'Welcoming the work of the Commission;',
      '1. Decides to consider resolution 75/1 on the commemoration of the seventy-fifth anniversary at its next session.',
      '74th plenary meeting',
      '20 December 2004',
      '',
    ].join('\n');
    const model = parse(text);
    assert.equal(model.wrapped, false);
    assert.deepEqual(
      extractCitations(model)
        .map((citation) => citation.description)
        .filter(Boolean),
      [
        'on the 2030 Agenda for Sustainable Development',
        'by which it adopted the United Nations Millennium Declaration',
        'on the commemoration of the seventy-fifth anniversary at its next session.',
      ],
    );
  });

  it('parts: 74/92 A and B, 3419 A to D (XXX), 217 A (III)', () => {
    const [a, b, c] = firstItems(
      cites(GA('Recalling its ⟦resolutions 74/92 A and B⟧, ⟦3419 A to D (XXX)⟧ and ⟦217 A (III)⟧,')),
      3,
    );
    assert.equal(a.symbol, 'A/RES/74/92');
    assert.equal(a.parts, 'A and B');
    assert.equal(b.symbol, 'A/RES/3419(XXX)');
    assert.equal(b.parts, 'A to D');
    assert.equal(b.session, 30);
    assert.equal(c.symbol, 'A/RES/217(III)');
    assert.equal(c.parts, 'A');
  });

  it('old style: resolution 2625 (XXV) of 24 October 1970', () => {
    const fixture = GA('Recalling its ⟦resolution 2625 (XXV)⟧ of 24 October 1970,');
    const [citation] = firstItems(cites(fixture), 1);
    assert.equal(citation.symbol, 'A/RES/2625(XXV)');
    assert.equal(citation.session, 25);
    assert.equal(dateText(fixture, citation), '24 October 1970');
  });

  it('special and emergency special sessions: S-21/1, ES-10/15, 2252 (ES-V)', () => {
    const [s, es, old] = firstItems(
      cites(
        GA(
          'Recalling its ⟦resolutions S-21/1⟧ of 2 July 1999, ⟦ES-10/15⟧ of 20 July 2004 and ⟦2252 (ES-V)⟧ of 4 July 1967,',
        ),
      ),
      3,
    );
    assert.equal(s.symbol, 'A/RES/S-21/1');
    assert.equal(s.specialSession, 'S-21');
    assert.equal(es.symbol, 'A/RES/ES-10/15');
    assert.equal(old.symbol, 'A/RES/2252(ES-V)');
    assert.equal(old.organ, 'GA');
  });

  it('decisions: GA decision 58/542, HRC decision 18/120, ECOSOC decision 2017/206', () => {
    const [ga, hrc, ecosoc] = firstItems(
      cites(
        GA(
          'Recalling its ⟦decision 58/542⟧ of 23 December 2003, Human Rights Council ⟦decision 18/120⟧ and Economic and Social Council ⟦decision 2017/206⟧,',
        ),
      ),
      3,
    );
    assert.deepEqual([ga.kind, ga.organ, ga.symbol], ['decision', 'GA', 'A/DEC/58/542']);
    assert.deepEqual([hrc.kind, hrc.organ, hrc.symbol], ['decision', 'HRC', 'A/HRC/DEC/18/120']);
    assert.deepEqual([ecosoc.kind, ecosoc.organ, ecosoc.symbol], ['decision', 'ECOSOC', 'E/DEC/2017/206']);
  });

  it('Security Council: resolution 1373 (2001), with its year', () => {
    const fixture = GA('Recalling Security Council ⟦resolution 1373 (2001)⟧ of 28 September 2001,');
    const [citation] = firstItems(cites(fixture), 1);
    assert.deepEqual(
      [citation.organ, citation.symbol, citation.year, citation.number],
      ['SC', 'S/RES/1373(2001)', 2001, '1373'],
    );
    assert.equal(citation.date?.iso, '2001-09-28');
  });

  it('ECOSOC: resolution 2004/27 and old style 2008 (LX)', () => {
    const [year, old] = firstItems(
      cites(
        GA(
          'Recalling Economic and Social Council ⟦resolutions 2004/27⟧ of 21 July 2004 and ⟦2008 (LX)⟧ of 14 May 1976,',
        ),
      ),
      2,
    );
    assert.deepEqual([year.organ, year.symbol, year.year], ['ECOSOC', 'E/RES/2004/27', 2004]);
    assert.deepEqual([old.organ, old.symbol, old.session], ['ECOSOC', 'E/RES/2008(LX)', 60]);
  });

  it('HRC: resolution 7/19 in an HRC text, Human Rights Council resolution 49/24 in a GA text', () => {
    const [hrc] = firstItems(
      cites(
        'The Human Rights Council,\n\nRecalling its ⟦resolution 7/19⟧ of 27 March 2008,\n\n1. Decides to remain seized of the matter.\n',
      ),
      1,
    );
    assert.deepEqual([hrc.organ, hrc.symbol], ['HRC', 'A/HRC/RES/7/19']);
    const [inGa] = firstItems(cites(GA('Recalling Human Rights Council ⟦resolution 49/24⟧ of 1 April 2022,')), 1);
    assert.deepEqual([inGa.organ, inGa.symbol], ['HRC', 'A/HRC/RES/49/24']);
  });

  it('lists: resolutions 55/25 and 55/255; a dated list with a final "and"', () => {
    const [a, b] = firstItems(cites(GA('Recalling its ⟦resolutions 55/25⟧ and ⟦55/255⟧,')), 2);
    assert.equal(a.symbol, 'A/RES/55/25');
    assert.equal(b.symbol, 'A/RES/55/255');
    const fixture = GA(
      'Recalling its ⟦resolutions 67/123⟧ of 18 December 2012, ⟦72/89⟧ of 7 December 2017, and ⟦74/91⟧ of 13 December 2019,',
    );
    const list = cites(fixture);
    assert.deepEqual(
      list.map((citation) => [citation.symbol, citation.date?.iso]),
      [
        ['A/RES/67/123', '2012-12-18'],
        ['A/RES/72/89', '2017-12-07'],
        ['A/RES/74/91', '2019-12-13'],
      ],
    );
  });

  it('a list inherits the organ of its head, skipping glued footnote markers (2012,727/5 = marker 7 + 27/5)', () => {
    const fixture = GA(
      'Recalling Human Rights Council ⟦resolutions 21/12⟧ of 27 September 2012,7⟦27/5⟧ of 25 September 20148 and ⟦33/2⟧ of 29 September 2016,9',
      '1. Decides to remain seized of the matter.\n_______________\n7 See A/67/53.\n8 See A/69/53.\n9 See A/71/53.',
    );
    const found = cites(fixture, (citation) => citation.kind === 'resolution');
    assert.deepEqual(
      found.map((citation) => [citation.organ, citation.symbol, citation.date?.iso]),
      [
        ['HRC', 'A/HRC/RES/21/12', '2012-09-27'],
        ['HRC', 'A/HRC/RES/27/5', '2014-09-25'],
        ['HRC', 'A/HRC/RES/33/2', '2016-09-29'],
      ],
    );
    assert.equal(dateText(fixture, found[1]!), '25 September 2014');
  });

  it('paragraph of: paragraph 5 of resolution 55/25, paragraphs 3 to 5 of its resolution 70/1', () => {
    const [a, b] = firstItems(
      cites(GA('Recalling ⟦paragraph 5 of resolution 55/25⟧ and ⟦paragraphs 3 to 5 of its resolution 70/1⟧,')),
      2,
    );
    assert.equal(a.paragraphs, '5');
    assert.equal(a.symbol, 'A/RES/55/25');
    assert.equal(b.paragraphs, '3 to 5');
    assert.equal(b.symbol, 'A/RES/70/1');
  });

  it('the present resolution is a self-reference with the document symbol', () => {
    const { text } = marked(
      '59/157. Title\n\nThe General Assembly,\n\nRecalling its resolution 55/25,\n\n1. Requests a report on the implementation of the present resolution.\n',
    );
    const self = extractCitations(parse(text)).filter((citation) => citation.kind === 'self');
    assert.equal(self.length, 1);
    assert.equal(self[0]!.text, 'the present resolution');
    assert.equal(self[0]!.symbol, 'A/RES/59/157');
  });

  it('document symbols anywhere', () => {
    const found = cites(
      GA(
        'Having considered the reports (⟦A/59/494⟧, ⟦E/CN.15/2004/5⟧, ⟦A/C.3/59/L.20/Rev.1⟧, ⟦S/2001/1234⟧ and ⟦A/74/399/Add.2⟧) and ⟦A/HRC/RES/57/12⟧,',
      ),
    );
    assert.deepEqual(
      found.map((citation) => [citation.kind, citation.organ, citation.symbol]),
      [
        ['document', 'GA', 'A/59/494'],
        ['document', 'ECOSOC', 'E/CN.15/2004/5'],
        ['document', 'GA', 'A/C.3/59/L.20/Rev.1'],
        ['document', 'SC', 'S/2001/1234'],
        ['document', 'GA', 'A/74/399/Add.2'],
        ['resolution', 'HRC', 'A/HRC/RES/57/12'],
      ],
    );
  });

  it('footnotes cite: Resolution 70/1., Resolution 217 A (III)., See resolution 2200 A (XXI), annex.', () => {
    const found = cites(
      GA(
        'Recalling the 2030 Agenda,1 the Universal Declaration of Human Rights2 and the Covenants,3',
        '1. Decides to remain seized of the matter.\n_______________\n1 ⟦Resolution 70/1⟧.\n2 ⟦Resolution 217 A (III)⟧.\n3 See ⟦resolution 2200 A (XXI)⟧, annex.',
      ),
    );
    assert.deepEqual(
      found.map((citation) => citation.symbol),
      ['A/RES/70/1', 'A/RES/217(III)', 'A/RES/2200(XXI)'],
    );
  });

  it('organ from context: ESCAP in its resolution 73/8 is not the General Assembly', () => {
    const [citation] = firstItems(
      cites(
        GA(
          'Welcoming the adoption by the Economic and Social Commission for Asia and the Pacific in its ⟦resolution 73/8⟧ of 19 May 2017 of the declaration,',
        ),
      ),
      1,
    );
    assert.equal(citation.organ, 'other');
    assert.equal(citation.symbol, undefined);
    const [sc] = firstItems(
      cites(GA('Recalling that the Security Council, in its ⟦resolution 2282 (2016)⟧, stressed the importance,')),
      1,
    );
    assert.equal(sc.organ, 'SC');
    const [hrc] = firstItems(
      cites(
        GA('Noting that the Human Rights Council, in its ⟦resolution 42/22⟧ of 26 September 2019, requested a study,'),
      ),
      1,
    );
    assert.equal(hrc.organ, 'HRC');
  });

  it('other bodies named around the citation: adoption frames, `of the …`, `adopted by the …`, a subject after the citation', () => {
    const organs = (fixture: string): string[] =>
      cites(fixture).map((citation) => `${citation.organ} ${citation.symbol ?? '-'}`);
    assert.deepEqual(
      organs(
        GA(
          'Noting the adoption, by the Economic and Social Commission for Asia and the Pacific at its seventy-ninth session, of ⟦resolution 79/3⟧ of 19 May 2023,',
        ),
      ),
      ['other -'],
    );
    assert.deepEqual(
      organs(
        GA('Welcoming the adoption by the General Assembly, without a vote, of ⟦resolution 77/1⟧ of 17 October 2022,'),
      ),
      ['GA A/RES/77/1'],
    );
    const HRC = `The Human Rights Council,\n\n`;
    assert.deepEqual(
      organs(
        `${HRC}Recalling ⟦resolutions 3/4⟧ of 30 January 2018 and ⟦6/5⟧ of 1 March 2024 of the United Nations Environment Assembly,\n`,
      ),
      ['other -', 'other -'],
    );
    assert.deepEqual(
      organs(
        `${HRC}Recalling ⟦resolution 70/1⟧ of the General Assembly and ⟦resolution 10/12⟧ of 15 December 2023, adopted by the Conference of the States Parties to the Convention,\n`,
      ),
      ['GA A/RES/70/1', 'other -'],
    );
    assert.deepEqual(
      organs(
        `${HRC}Recalling that, in its ⟦resolution 60/251⟧, the General Assembly decided to establish the Council,\n`,
      ),
      ['GA A/RES/60/251'],
    );
    assert.deepEqual(
      organs(
        `${HRC}Recalling ⟦resolution 60/251⟧ of 15 March 2006, in which the Assembly decided to establish the Council,\n`,
      ),
      ['GA A/RES/60/251'],
    );
    // After `its`, a relative clause does not override the adopter `its` names.
    assert.deepEqual(
      organs(
        `${HRC}Recalling its ⟦resolution 5/1⟧ of 18 June 2007, in which the Council adopted its institution-building package,\n`,
      ),
      ['HRC A/HRC/RES/5/1'],
    );
    assert.deepEqual(
      organs(
        GA(
          'Noting that, through its ⟦resolution 57/2⟧ of 9 October 2024, the Human Rights Council requested a report,',
        ),
      ),
      ['HRC A/HRC/RES/57/2'],
    );
    // Who acts on a resolution is not who adopted it; an apposition is no subject.
    assert.deepEqual(
      organs(GA('Welcoming the implementation of ⟦resolution 70/1⟧ by the United Nations Development Programme,')),
      ['GA A/RES/70/1'],
    );
    assert.deepEqual(
      organs(
        'The Security Council,\n\nNoting that, under ⟦resolution 2368 (2017)⟧, the Committee maintained the sanctions list,\n',
      ),
      ['SC S/RES/2368(2017)'],
    );
    assert.deepEqual(
      organs(GA('Recalling that, in its ⟦resolution 66/288⟧ of 27 July 2012, the outcome document was endorsed,')),
      ['GA A/RES/66/288'],
    );
    assert.deepEqual(organs(GA('Taking note of decision 1/CP.27 of the Conference of the Parties,')), []);
  });

  it('a bare number whose date cannot fit the GA session but fits the Human Rights Council is HRC', () => {
    const [citation] = firstItems(cites(GA('Recalling also ⟦resolution 37/5⟧ of 22 March 2018,')), 1);
    assert.deepEqual([citation.organ, citation.symbol], ['HRC', 'A/HRC/RES/37/5']);
  });

  it('short forms take the date and description of the first full citation', () => {
    const fixture = GA(
      'Recalling its ⟦resolution 55/25⟧ of 15 November 2000, by which it adopted the United Nations Convention against Transnational Organized Crime,',
      '1. Urges States to implement ⟦resolution 55/25⟧;\n\n2. Decides to remain seized of the matter.',
    );
    const [first, later] = firstItems(cites(fixture), 2);
    assert.equal(later.date?.iso, '2000-11-15');
    assert.equal(later.date?.inherited, true);
    assert.equal(later.date?.start, first.date?.start);
    assert.equal(later.description, first.description);
  });

  it('library forms in the text are read as symbols', () => {
    const [sc, ga] = firstItems(cites(GA('Recalling resolution ⟦S/RES/1373 (2001)⟧ and ⟦A/RES/55/25⟧,')), 2);
    assert.deepEqual([sc.kind, sc.organ, sc.symbol, sc.year], ['resolution', 'SC', 'S/RES/1373(2001)', 2001]);
    assert.deepEqual([ga.kind, ga.organ, ga.symbol, ga.session], ['resolution', 'GA', 'A/RES/55/25', 55]);
  });

  it('never throws and stays linear on a large document', () => {
    const paragraph =
      'Recalling its resolutions 55/25 of 15 November 2000, 55/255 of 31 May 2001 and Security Council resolution 1373 (2001), A/59/494,\n\n';
    const text = `The General Assembly,\n\n${paragraph.repeat(20000)}1. Decides.\n`;
    // A runaway (quadratic) scan meets mocha's time-out; speed itself is judged by `npm run bench`.
    const found = extractCitations(parse(text));
    assert.equal(found.filter((citation) => citation.symbol === 'A/RES/55/255').length, 20000);
    assert.doesNotThrow(() => extractCitations(parse('resolution 55/ and A/RES//25 and resolution (')));
  });
});

describe('symbols', () => {
  it('undocs.org links', () => {
    assert.equal(undocsUrl('A/RES/55/25'), 'https://undocs.org/en/A/RES/55/25');
    assert.equal(undocsUrl('S/RES/1373(2001)'), 'https://undocs.org/en/S/RES/1373(2001)');
    assert.equal(undocsUrl('S/RES/1373 (2001)'), 'https://undocs.org/en/S/RES/1373(2001)');
  });

  it('normalises library, link and text forms alike', () => {
    assert.equal(normaliseSymbol('https://undocs.org//en/A/RES/217 (III)'), 'A/RES/217(III)');
    assert.equal(normaliseSymbol('S/RES/1411 (2002)'), 'S/RES/1411(2002)');
    assert.equal(normaliseSymbol('A/RES/37/100[A]'), 'A/RES/37/100');
  });

  it('explains a symbol component by component', () => {
    assert.equal(
      explainSymbol('E/CN.15/2004/5').summary,
      'ECOSOC · Commission on Crime Prevention and Criminal Justice · 2004 · document 5',
    );
    assert.equal(explainSymbol('A/59/494').summary, 'General Assembly · 59th session · document 494');
    assert.equal(
      explainSymbol('A/C.3/59/L.20/Rev.1').summary,
      'General Assembly · Third Committee · 59th session · limited distribution (draft) 20 · revision 1',
    );
    assert.equal(explainSymbol('A/RES/55/25').summary, 'General Assembly · resolution · 55th session · document 25');
    assert.equal(explainSymbol('S/2001/1234').summary, 'Security Council · 2001 · document 1234');
  });
});
