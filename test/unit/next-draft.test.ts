// nextDraft on small adopted texts written for the test: the draft's head and its placeholders, the
// closing gone, the base recalled the three ways GA texts do it, the sessions moved on — and only the
// organ's own sessions from the adopting one on.
import * as assert from 'node:assert/strict';
import { nextDraft, type NextDraftFacts } from '../../server/src/core/features/next-draft';
import { parse } from '../../server/src/core/parser/parse';

function adopted(preamble: string[], operative: string[], head: string[] = []): string {
  return [
    ...head,
    'Resolution adopted by the General Assembly on 4 December 2024',
    '[on the report of the Third Committee (A/79/457)]',
    '',
    '79/123. Widgets and human rights',
    '',
    'The General Assembly,',
    '',
    ...preamble.flatMap((paragraph) => [paragraph, '']),
    ...operative.flatMap((paragraph, index) => [`${index + 1}.\t${paragraph}`, '']),
    '51st plenary meeting',
    '4 December 2024',
    '',
  ].join('\n');
}

const MASTHEAD = [
  'United Nations',
  'A/RES/79/123',
  'General Assembly',
  'Distr.: General',
  '12 December 2024',
  'Seventy-ninth session',
  'Agenda item 71 (b)',
  'Promotion and protection of human rights',
];
const AGENDA = 'Decides to include in the provisional agenda of its eightieth session the item entitled "Widgets".';
const TITLES: Record<string, string> = {
  'A/RES/77/200': 'Widgets and human rights',
  'A/RES/78/200': 'Widgets and human rights',
  'A/RES/78/5': 'Something else',
};
const lookup = (symbol: string): NextDraftFacts | undefined => (TITLES[symbol] ? { title: TITLES[symbol] } : undefined);

describe("nextDraft: an adopted text becomes the next session's draft", () => {
  it("gives the draft a draft's head, with placeholders for what only the drafter knows", () => {
    const draft = nextDraft(adopted(['Noting the report,'], [AGENDA], MASTHEAD), { lookup });
    const head = draft.text.slice(0, draft.text.indexOf('The General Assembly,'));
    assert.equal(
      head,
      [
        'United Nations',
        'A/C.3/80/L.__',
        'General Assembly',
        'Distr.: Limited',
        '[date]',
        'Original: English',
        'Eightieth session',
        'Third Committee',
        'Agenda item __',
        'Promotion and protection of human rights',
        '[Sponsors]: draft resolution',
        '',
        'Widgets and human rights',
        '',
        '',
      ].join('\n'),
    );
    assert.equal(draft.session, 80);
    assert.doesNotMatch(draft.text, /plenary meeting|4 December 2024|79\/123\.|Resolution adopted/);
    assert.match(draft.text, /the item entitled "Widgets"\.\n$/);
  });

  it('given a draft (run again on its own result), gives it one head: its title kept, no second sponsors or symbol line', () => {
    const draft = nextDraft(adopted(['Noting the report,'], [AGENDA], MASTHEAD), { lookup }).text;
    const again = nextDraft(draft, { lookup }).text;
    const head = again.slice(0, again.indexOf('The General Assembly,'));
    assert.equal(head.match(/: draft resolution$/gm)?.length, 1, head);
    assert.equal(head.match(/L\.__$/gm)?.length, 1, head);
    assert.equal(head.match(/\[date\]/g)?.length, 1, head);
    assert.match(head, /\[Sponsors\]: draft resolution\n\nWidgets and human rights\n\n$/);
    assert.match(head, /Promotion and protection of human rights\n/);
  });

  it('reads a long run of ordinals not followed by `session` once (was quadratic; bounded by the test timeout)', () => {
    const run = 'eighty-first, '.repeat(40_000);
    const text = adopted(
      [],
      [`Requests the Secretary-General to report to it at its ${run}and at its eightieth session;`],
    );
    const draft = nextDraft(text, { lookup });
    assert.ok(draft.text.includes(run), 'the run is left as written');
    assert.match(draft.text, /at its eighty-first session;/);
  });

  it("moves the organ's own sessions on to the one the agenda paragraph names, and no others", () => {
    const text = adopted(
      [
        'Recalling the decision it took at its seventy-fifth session,',
        'Noting that the International Labour Conference at its one hundred and twelfth session adopted a text,',
      ],
      [
        'Requests the Secretary-General to report to it at its eighty\u2011first session;',
        'Decides to consider the question at its seventy-ninth and eightieth sessions;',
        'Decides to include in the provisional agenda of its eighty-first session the item entitled "Widgets".',
      ],
    );
    const draft = nextDraft(text, { lookup });
    assert.equal(draft.session, 81);
    assert.match(draft.text, /^A\/C\.3\/81\/L\.__$/m);
    assert.match(draft.text, /^Eighty-first session$/m);
    assert.match(draft.text, /at its seventy-fifth session,/);
    assert.match(draft.text, /one hundred and twelfth session/);
    assert.match(draft.text, /at its eighty\u2011third session;/, 'the hyphen kept as written');
    assert.match(draft.text, /at its eighty-first and eighty-second sessions;/);
    assert.match(draft.text, /provisional agenda of its eighty-third session/);
  });

  it('reads when a biennial item comes back from `continue its consideration … at its … session`', () => {
    const draft = nextDraft(
      adopted(
        ['Noting the report,'],
        ['Decides to continue its consideration of the question at its eighty-first session.'],
      ),
    );
    assert.equal(draft.session, 81);
    assert.match(draft.text, /consideration of the question at its eighty-third session\.$/m);
  });

  it('appends the base to the paragraph listing earlier resolutions on the item', () => {
    const listed = nextDraft(
      adopted(['Recalling its resolutions 77/200 of 19 December 2022 and 78/200 of 22 December 2023,'], [AGENDA]),
      { lookup },
    );
    assert.equal(listed.recall, 'appended');
    assert.match(
      listed.text,
      /Recalling its resolutions 77\/200 of 19 December 2022, 78\/200 of 22 December 2023 and 79\/123 of 4 December 2024,/,
    );
  });

  it('replaces the one resolution a paragraph cites alone, or singles out as the latest', () => {
    const alone = nextDraft(adopted(['Recalling its resolution 78/200 of 22 December 2023,'], [AGENDA]), { lookup });
    assert.equal(alone.recall, 'replaced');
    assert.match(alone.text, /Recalling its resolution 79\/123 of 4 December 2024,/);
    const draft = nextDraft(
      adopted(
        ['Recalling its previous resolutions on widgets, including resolution 78/200 of 22 December 2023,'],
        [AGENDA],
      ),
      { lookup },
    );
    assert.equal(draft.recall, 'replaced');
    assert.match(draft.text, /including resolution 79\/123 of 4 December 2024,/);
  });

  it('leaves a paragraph on another subject alone, and recalls in a new paragraph only when asked', () => {
    const text = adopted(
      ['Recalling its resolution 78/5 of 1 November 2023, in which it decided,', 'Noting the report,'],
      [AGENDA],
    );
    const plain = nextDraft(text, { lookup });
    assert.equal(plain.recall, 'none');
    assert.match(plain.text, /Recalling its resolution 78\/5 of 1 November 2023, in which/);
    const asked = nextDraft(text, { lookup, recallParagraph: true });
    assert.equal(asked.recall, 'new-paragraph');
    assert.match(
      asked.text,
      /in which it decided,\n\nRecalling also its resolution 79\/123 of 4 December 2024,\n\nNoting/,
    );
  });

  it("takes the base's date from its adoption line or the catalogue when it has no closing, or leaves a placeholder", () => {
    const withAdoptionLine = adopted(
      ['Recalling its resolutions 77/200 of 19 December 2022 and 78/200 of 22 December 2023,'],
      [AGENDA],
    ).replace(/51st plenary meeting\n4 December 2024\n/, '');
    assert.match(
      nextDraft(withAdoptionLine, { lookup }).text,
      /and 79\/123 of 4 December 2024,/,
      "the adoption line's date",
    );
    const text = withAdoptionLine.replace(/Resolution adopted by the General Assembly on 4 December 2024\n/, '');
    const known = nextDraft(text, {
      lookup: (symbol) => (symbol === 'A/RES/79/123' ? { date: '2024-12-04' } : lookup(symbol)),
    });
    assert.match(known.text, /and 79\/123 of 4 December 2024,/);
    const unknown = nextDraft(text, { lookup });
    assert.match(unknown.text, /and 79\/123 of \[date\],/);
  });

  it('keeps the body as written and parses as a resolution again', () => {
    const text = adopted(['Noting the report,'], ['Encourages States to act;', AGENDA], MASTHEAD);
    const draft = nextDraft(text, { lookup });
    const model = parse(draft.text);
    assert.equal(model.parts[0]?.preamble.length, 1);
    assert.equal(model.parts[0]?.operative.length, 2);
    assert.equal(model.closings.length, 0);
    assert.equal(model.organLines[0]?.organ, 'GA');
  });

  it('gives a text it cannot read a graceful answer', () => {
    for (const text of ['', 'hello', '1. Decides;\n', '\r\n\r\n']) {
      const draft = nextDraft(text);
      assert.equal(typeof draft.text, 'string');
      assert.match(draft.text, /draft resolution/);
    }
    assert.ok(nextDraft('hello').notes.length > 0);
  });

  it("keeps the text's line ends", () => {
    const draft = nextDraft(
      adopted(['Recalling its resolution 78/200 of 22 December 2023,'], [AGENDA], MASTHEAD).replace(/\n/g, '\r\n'),
      { lookup },
    );
    assert.doesNotMatch(draft.text, /[^\r]\n/);
  });

  it('removes an HRC vote over several lines with the closing, and drafts for the session a year on', () => {
    const text = [
      '57/99. Widgets',
      '',
      'The Human Rights Council,',
      '',
      'Recalling its resolution 54/99 of 11 October 2023,',
      '',
      '1.\tDecides to continue its consideration of this question at its sixtieth session.',
      '',
      '40th meeting',
      '10 October 2024',
      '',
      '[Adopted by a recorded vote of 28 to 6. The voting was as follows:In favour:',
      'Algeria, Belgium',
      'Abstaining:',
      'Albania]',
      '',
    ].join('\n');
    const draft = nextDraft(text, { lookup: () => ({ title: 'Widgets' }) });
    assert.equal(draft.session, 60);
    assert.match(draft.text, /^A\/HRC\/60\/L\.__$/m);
    assert.match(draft.text, /Recalling its resolution 57\/99 of 10 October 2024,/);
    assert.match(draft.text, /at its sixty-third session\.\n$/);
    assert.doesNotMatch(draft.text, /Adopted|Albania|40th meeting/);
  });

  it("keeps a Human Rights Council text's agenda item (the same at every session), not a General Assembly one's", () => {
    const masthead = (organ: string, symbol: string) => [
      'United Nations',
      symbol,
      'General Assembly',
      'Distr.: General',
      '12 October 2023',
      organ,
      'Agenda item 4',
      'Human rights situations that require the Council’s attention',
    ];
    const hrc = nextDraft(
      [
        'United Nations',
        ...masthead('Human Rights Council', 'A/HRC/RES/54/99').slice(1),
        '',
        '54/99. Widgets',
        '',
        'The Human Rights Council,',
        '',
        '1.\tDecides to act.',
        '',
      ].join('\n'),
    );
    assert.match(hrc.text, /^Agenda item 4$/m);
    // Issued under the General Assembly's name, the Council's above its session, as the base was.
    assert.match(
      hrc.text,
      /^A\/HRC\/\d+\/L\.__\nGeneral Assembly\nDistr\.: Limited\n\[date\]\nOriginal: English\nHuman Rights Council\n/m,
    );
    const ga = nextDraft(
      [
        ...masthead('Seventy-ninth session', 'A/RES/79/99'),
        '',
        '79/99. Widgets',
        '',
        'The General Assembly,',
        '',
        '1.\tDecides to act.',
        '',
      ].join('\n'),
    );
    assert.match(ga.text, /^Agenda item __$/m);
    assert.doesNotMatch(ga.text, /^Agenda item 4$/m);
  });

  it('cites the base with the part its symbol names (`A/RES/77/253 B`)', () => {
    const text = adopted(
      ['Recalling its resolutions 75/200 of 1 December 2020 and 76/200 of 22 December 2021,'],
      [AGENDA],
      ['United Nations', 'A/RES/79/123 B', 'General Assembly'],
    );
    const draft = nextDraft(text, { lookup: () => ({ title: 'Widgets and human rights' }) });
    assert.match(
      draft.text,
      /resolutions 75\/200 of 1 December 2020, 76\/200 of 22 December 2021 and 79\/123 B of 4 December 2024,/,
    );
  });

  it('makes a Security Council draft: no session, a year to fill in, no note about sessions', () => {
    const text = [
      'Resolution 2999 (2025)',
      'Adopted by the Security Council at its 9999th meeting, on 1 July 2025',
      '',
      'The Security Council,',
      '',
      'Recalling its resolutions on widgets,',
      '',
      '1.\tDecides to remain seized of the matter.',
      '',
    ].join('\n');
    const draft = nextDraft(text);
    assert.match(draft.text, /^United Nations\nS\/\[year\]\/__\nSecurity Council\nDistr\.: General\n\[date\]\n/);
    assert.doesNotMatch(draft.text, /Resolution 2999|9999th meeting/);
    assert.equal(draft.session, undefined);
    assert.deepEqual(draft.notes, []);
  });
});
