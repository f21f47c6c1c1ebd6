// The layouts of every organ's texts, read right: Fifth Committee budget sections, quoted
// amendments and agendas inside a paragraph, annexes under any heading, headings inside lettered
// lists, numbers alone on their line, lists in the preamble — and the slips they could hide
// (misprinted numbers, labels out of order) still caught. Fixtures are written for these tests.
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { allOperative } from '../../server/src/core/model';
import { parse } from '../../server/src/core/parser/parse';
import { operativeNumbering } from '../../server/src/core/rules/operative-numbering';
import { subparagraphLabels } from '../../server/src/core/rules/subparagraph-labels';
import { checkRule } from '../support/fixtures';

const GA = (body: string): string => `The General Assembly,\n\n${body}`;
const numbers = (text: string): string[] => allOperative(parse(text)).map((paragraph) => paragraph.number?.text ?? '-');

describe('budget sections (Fifth Committee)', () => {
  const budget = GA(
    [
      'I Organizational resilience management system',
      'Recalling section II of its resolution 64/260,',
      'Having considered the report of the Secretary-General,',
      '1. Takes note of the report of the Secretary-General;',
      '2. Endorses the conclusions and recommendations contained in the report of the Advisory Committee;',
      'II Estimates in respect of special political missions, good offices and other political initiatives authorized by the General Assembly and/or the Security Council, with the related staff assessment and the resources for the Office of the Special Envoy',
      'Recalling its resolution 76/245,',
      'Having considered the report of the Secretary-General,',
      '1. Takes note of the report of the Secretary-General;',
      '2. Approves the budgets of the missions;',
      'III Gross jointly financed budget of the Joint Inspection Unit',
      'Approves the gross budget of the Joint Inspection Unit;',
      'IV Effects of changes in rates of exchange and inflation',
      '1. Decides to appropriate an additional amount;',
      '2. Also decides to appropriate the staff assessment.',
    ].join('\n\n') + '\n',
  );

  it('reads long section headings, preambles of their own and numbering that starts again', () => {
    const model = parse(budget);
    assert.deepEqual(
      model.headings.filter((heading) => heading.kind === 'section').map((heading) => heading.text.split(' ')[0]),
      ['I', 'II', 'III', 'IV'],
    );
    assert.equal(model.parts.length, 2, 'section II has a preamble of its own');
    assert.equal(model.parts[1]!.preamble.length, 2);
    assert.deepEqual(numbers(budget), ['1.', '2.', '1.', '2.', '-', '1.', '2.']);
    checkRule(operativeNumbering, budget);
  });

  it('still reports a gap inside a section, and a section that carries the numbering on wrongly', () => {
    checkRule(
      operativeNumbering,
      GA('I Financing\n\n1. Decides;\n\n⟦3.⟧ Requests;\n\nII Other matters\n\n4. Decides.\n'),
    );
    checkRule(
      operativeNumbering,
      GA('I Financing\n\n1. Decides;\n\n2. Requests;\n\nII Other matters\n\n⟦4.⟧ Decides.\n'),
    );
  });
});

describe('cases a review found', () => {
  const numbering = (text: string): string[] =>
    lint(text)
      .diagnostics.filter((diagnostic) => diagnostic.rule === 'operative-numbering')
      .map((diagnostic) => `${diagnostic.severity} ${diagnostic.message}`);

  it('a heading between the lines of a quoted agenda does not crash the parser', () => {
    const text = GA(
      '1. Decides to hold the Congress;\n\n2. Approves the following provisional agenda:\n\n1. Opening of the Congress.\n\nSubstantive items\n\n2. Comprehensive strategies for crime prevention.\n\n3. Decides to remain seized of the matter.\n',
    );
    assert.doesNotThrow(() => lint(text));
  });

  it('a quoted list ends where a paragraph comes back, and a skip after it is reported', () => {
    const text = GA(
      '1. Decides;\n\n2. Approves the agenda:\n\n1. Opening.\n\n2. Organizational matters.\n\n3. Adoption of the report.\n\n4. Decides that the workshops shall be held;\n\n5. Requests a report.\n',
    );
    assert.deepEqual(numbering(text), ['warning Paragraph number 4 skips 3; expected 3.']);
  });

  it('the next paragraph after a lead-in is a paragraph, verb or not', () => {
    const text = GA(
      '1. Decides;\n\n2. Decides that the Committee shall consider the following issues:\n\n3. In this regard, urges Member States to act;\n\n4. Encourages all States to act;\n\n6. Decides to remain seized.\n',
    );
    assert.deepEqual(numbering(text), ['error Paragraph number 6 skips 5; expected 5.']);
  });

  it('an item that lost its mark before the next item of its list is no heading', () => {
    const list = (h: string, after: string): string =>
      `The Security Council,\n\nRecalling its resolutions,\n\n1. Decides that the priorities shall be:\n\n(a) Poverty;\n\n(b) Health;\n\n(c) Education;\n\n(d) Water;\n\n(e) Food;\n\n(f) Shelter;\n\n(g) Energy;\n\n${h}\n\n${after}\n\n2. Requests a report.\n`;
    const found = (text: string): string[] =>
      lint(text)
        .diagnostics.filter((diagnostic) => /subparagraph-labels|operative-punctuation/.test(diagnostic.rule))
        .map((diagnostic) => text.slice(diagnostic.start, diagnostic.end));
    assert.deepEqual(found(list('(h) Human rights', '(i) Rule of law;\n\n(j) Peace and security;')), ['rights']);
    assert.deepEqual(
      found(
        list('(h) Disarmament and reintegration', '(i) To support the authorities;\n\n(ii) To regroup combatants;'),
      ),
      [],
    );
  });

  it('a section that goes on with the numbers before it carries the numbering on, its first paragraph unnumbered', () => {
    const text = GA(
      'I. General\n\n1. Reaffirms its commitment;\n\n2. Notes the report;\n\nII. Capacity-building\n\nEncourages States to build capacity;\n\n4. Requests the Secretary-General to report;\n\n5. Decides to continue.\n',
    );
    assert.deepEqual(numbering(text), ['error Operative paragraph has no number; expected 3.']);
  });

  it('a number alone on its line over items is not told to end with a colon', () => {
    const text =
      'The Security Council,\n\nRecalling its resolutions,\n\n1. Decides to extend the mandate;\n\n2.\n\n(a) Underlines the need for a commission;\n\n(b) Calls on the Government to act;\n\n3. Decides to remain seized of the matter.\n';
    assert.deepEqual(
      lint(text).diagnostics.map((diagnostic) => diagnostic.rule),
      [],
    );
  });

  it('a long section heading over a single unnumbered paragraph', () => {
    const heading = `III Gross jointly financed budget of the Joint Inspection Unit for the biennium and the related estimates of the International Civil Service Commission, the United Nations System Chief Executives Board for Coordination and the Department of Safety and Security`;
    const text = GA(
      `I Financing\n\n1. Decides;\n\n2. Requests;\n\n${heading}\n\nApproves the gross budget of the Joint Inspection Unit;\n`,
    );
    assert.ok(heading.length > 200);
    assert.equal(parse(text).headings.filter((candidate) => candidate.kind === 'section').length, 2);
    assert.deepEqual(numbering(text), []);
  });
});

describe('parts and misplaced paragraphs', () => {
  it('a section whose title stands on a line of its own still has a preamble of its own', () => {
    const text = GA(
      'I\n\nOrganizational resilience\n\nRecalling its resolution 64/260,\n\n1. Takes note of the report;\n\n2. Endorses the conclusions;\n\nII\n\nFinancial performance report\n\nRecalling its resolution 72/266 A,\n\nHaving considered the report,\n\n1. Takes note of the report;\n\n2. Approves the return of the balance.\n',
    );
    const model = parse(text);
    assert.equal(model.parts.length, 2);
    assert.equal(model.parts[1]!.preamble.length, 2);
    assert.equal(model.parts[1]!.title?.text, 'Financial performance report');
    assert.deepEqual(model.unrecognised, []);
    checkRule(operativeNumbering, text);
  });

  it('a Council text goes on after a row of asterisks with a preamble and carries its numbering on', () => {
    const text =
      'The Security Council,\n\nRecalling its resolutions,\n\n1. Decides to renew the authorization;\n\n2. Requests reports;\n\n* * *\n\nReaffirming the legal basis of the mission,\n\n3. Decides to extend the mandate;\n\n4. Decides to remain seized of the matter.\n';
    assert.equal(parse(text).parts.length, 2);
    checkRule(operativeNumbering, text);
  });

  it('names a preambular paragraph typed among the operative paragraphs (information), instead of joining it to the paragraph above', () => {
    const text = GA(
      'Recalling its resolution 55/25,\n\n1. Decides to act;\n\n2. Requests a report;\n\nRecalling also its resolution 58/4,\n\n3. Decides to remain seized of the matter.\n',
    );
    const found = lint(text).diagnostics.filter(
      (diagnostic) => diagnostic.rule === 'preamble-opener' || diagnostic.rule === 'operative-punctuation',
    );
    assert.deepEqual(
      found.map((diagnostic) => [diagnostic.rule, diagnostic.severity, text.slice(diagnostic.start, diagnostic.end)]),
      [['preamble-opener', 'information', 'Recalling also']],
    );
  });
});

describe('numbered lists inside a paragraph', () => {
  it('an agenda after a lead-in is not operative numbering', () => {
    const text = GA(
      '1. Decides to hold the Congress;\n\n2. Approves the following provisional agenda for the Congress:\n\n1. Opening of the Congress.\n\n2. Organizational matters.\n\n3. Adoption of the report.\n\n3. Decides that the workshops shall be held.\n',
    );
    assert.deepEqual(numbers(text), ['1.', '2.', '3.']);
    checkRule(operativeNumbering, text);
  });

  it('an amendment quoted after its lead-in is not operative numbering', () => {
    const text = GA(
      '13. Recalls its resolution 63/253;\n\n14. Decides to approve the following amendment to the statute of the Tribunal:\n\nArticle 9, new paragraph 4:\n\n4. In hearing an application to appeal a disciplinary measure, the Tribunal shall pass judgment.\n\n15. Invites the Sixth Committee to consider the report.\n'
        .replace(/^13/, '1')
        .replace('14.', '2.')
        .replace('15.', '3.'),
    );
    assert.deepEqual(numbers(text), ['1.', '2.', '3.']);
    checkRule(operativeNumbering, text);
  });

  it('a gap next to a quoted list is a warning without a renumbering fix (the structure is not certain)', () => {
    const text = GA(
      '1. Decides to hold the Congress;\n\n2. Approves the following provisional agenda:\n\n1. Opening of the Congress.\n\n2. Organizational matters.\n\n4. Decides that the workshops shall be held.\n',
    );
    const found = lint(text).diagnostics.filter((diagnostic) => diagnostic.rule === 'operative-numbering');
    assert.deepEqual(
      found.map((diagnostic) => [diagnostic.severity, diagnostic.message, diagnostic.fix]),
      [['warning', 'Paragraph number 4 skips 3; expected 3.', undefined]],
    );
  });

  it('a misnumbered paragraph after a lead-in is still a paragraph', () => {
    checkRule(operativeNumbering, GA('1. Decides as follows:\n\n(a) To act;\n\n⟦3.⟧ Requests a report.\n'));
  });
});

describe('annexes under any heading', () => {
  for (const heading of [
    'ANNEX 1 - Comprehensive plan to end the conflict',
    'Designation Annex',
    'Annex Article 11: Composition of the Chambers',
    'Appendix',
  ]) {
    it(`"${heading}" opens an annex with its own numbering`, () => {
      const text = `The Security Council,\n\nRecalling its resolutions,\n\n1. Decides to amend the statute;\n\n2. Decides to remain seized of the matter.\n\n${heading}\n\n1. The parties shall cease fire.\n\n2. Each Chamber may be divided into sections.\n`;
      const model = parse(text);
      assert.equal(model.annexes.length, 1);
      assert.deepEqual(numbers(text), ['1.', '2.']);
      checkRule(operativeNumbering, text);
    });
  }
});

describe('headings and numbers in sub-paragraph lists', () => {
  it('a heading item in a lettered list opens a roman list under it', () => {
    const text =
      'The Security Council,\n\nRecalling its resolutions,\n\n1. Decides that the mandate shall include:\n\n(g) To protect civilians;\n\n(h) Disarmament, demobilization and reintegration\n\n(i) To support the authorities;\n\n(ii) To regroup combatants;\n\n(i) To monitor the arms embargo;\n\n2. Decides to remain seized of the matter.\n'.replace(
        '(g)',
        '(a)',
      );
    checkRule(subparagraphLabels, text.replace('(h)', '(b)').replace('(i) To monitor', '(c) To monitor'));
  });

  it('headings with roman labels between lettered items that run on', () => {
    const text =
      'The Security Council,\n\nRecalling its resolutions,\n\n1. Decides that the mandate shall be:\n\n(i) Protection of civilians\n\n(a) Ensure the protection of civilians;\n\n(b) Maintain a protective environment;\n\n(ii) Stabilization and the strengthening of institutions\n\n(c) Support the Government;\n\n(d) Advise the authorities;\n\n2. Decides to remain seized of the matter.\n';
    checkRule(subparagraphLabels, text);
    checkRule(subparagraphLabels, text.replace('(d) Advise', '⟦(e)⟧ Advise'));
  });

  it('headings with letters, each over a roman list of its own', () => {
    const text =
      'The Security Council,\n\nRecalling its resolutions,\n\n1. Decides that the mandate shall be:\n\n(a) Protection of civilians\n\n(i) To protect civilians;\n\n(ii) To mitigate the risk;\n\n(b) Good offices and support to the peace process\n\n(i) To support the peace process;\n\n(ii) To coordinate support;\n\n(c) Protection of the United Nations\n\nTo protect United Nations personnel;\n\n2. Decides to remain seized of the matter.\n';
    checkRule(subparagraphLabels, text);
  });

  it('a heading over a subheading of its own, and a heading that opens with a figure', () => {
    const text =
      'The Security Council,\n\nRecalling its resolutions,\n\n1. Decides that the mandate shall be:\n\n(i) Protection of civilians\n\n(a) Ensure the protection of civilians;\n\n(ii) Support to stabilization and the strengthening of State institutions,\n\nStabilization\n\n(a) Provide coordination between the Government and its partners;\n\n(iii) 2020/2021 elections\n\n(a) Assist the authorities in the elections;\n\n2. Decides to remain seized of the matter.\n';
    checkRule(subparagraphLabels, text);
  });

  it('a number alone on its line leads the items after it', () => {
    const text =
      'The Security Council,\n\nRecalling its resolutions,\n\n1. Decides;\n\n2.\n\n(a) Underlines the need for a commission;\n\n(b) Calls on the Government to act;\n\n3. Decides to remain seized of the matter.\n';
    const items = allOperative(parse(text))[1]!.items.map((item) => item.label.text);
    assert.deepEqual(items, ['(a)', '(b)']);
    checkRule(subparagraphLabels, text);
  });

  it('an item of a running sentence is no heading: its missing label is still reported', () => {
    checkRule(
      subparagraphLabels,
      GA(
        'Recalling its resolution,\n\n1. Decides that States may add to the accounts:\n\n(a) interest due on those accounts; and\n\n⟦(c)⟧ payments due under contracts;\n\n2. Requests a report.\n',
      ),
    );
  });
});

describe('lists in the preamble', () => {
  it('are checked like sub-paragraphs', () => {
    checkRule(
      subparagraphLabels,
      GA(
        'Recalling the principles, namely:\n\n(a) That all States are equal;\n\n⟦(c)⟧ That disputes are settled peacefully,\n\n1. Decides to act.\n',
      ),
    );
    checkRule(
      subparagraphLabels,
      GA(
        'Recalling the principles, namely:\n\n(a) That all States are equal;\n\n(b) That disputes are settled peacefully,\n\n1. Decides to act.\n',
      ),
    );
  });
});

describe('numbers written wrong', () => {
  it('reports "l." (a letter for 1) on itself, not on the next paragraph', () => {
    const fixed = checkRule(
      operativeNumbering,
      GA(
        'Recalling its resolution,\n\n⟦l.⟧ Decides to designate 12 May;\n\n2. Invites all Member States to observe it.\n',
      ),
      ['Paragraph number "l." is written wrong; write "1.".'],
    );
    assert.match(fixed, /\n1\. Decides/);
  });

  it('reports "232 .Recognizes" as a period out of place, not as a gap', () => {
    const fixed = checkRule(
      operativeNumbering,
      GA('Recalling its resolution,\n\n1. Notes;\n\n⟦2 .⟧Recognizes the need;\n\n3. Decides.\n'),
      ['Paragraph number "2 ." is written wrong; write "2.".'],
    );
    assert.match(fixed, /\n2\.\tRecognizes/);
  });

  it('reads a number with an invisible direction mark after its period', () => {
    assert.deepEqual(numbers(GA('1. Notes;\n\n2.\u200E Reaffirms;\n\n3. Decides.\n')), ['1.', '2.', '3.']);
  });

  it('reads a part letter with a footnote marker', () => {
    const model = parse(
      '76/246. Special subjects\n\nB 1\n\nThe General Assembly,\n\nRecalling its resolution,\n\n1. Decides.\n\n_______________\n1 Previously issued as A/76/L.1.\n',
    );
    assert.equal(model.headings[0]?.kind, 'part');
  });

  it('checks a whole budget text without errors', () => {
    assert.deepEqual(
      lint(
        GA('I Financing\n\nHaving considered the report,\n\n1. Takes note;\n\nII Staffing\n\nApproves the posts;\n'),
      ).diagnostics.filter((diagnostic) => diagnostic.severity === 'error'),
      [],
    );
  });
});
