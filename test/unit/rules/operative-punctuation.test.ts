// operative-punctuation on fixtures: `⟦…⟧` marks each reported span; fixes are applied and re-checked.
import * as assert from 'node:assert/strict';
import { operativePunctuation } from '../../../server/src/core/rules/operative-punctuation';
import { checkRule } from '../../support/fixtures';

const GA = (body: string): string => `The General Assembly,\n\nRecalling its resolution 55/25,\n\n${body}`;

describe('operative-punctuation', () => {
  it('accepts `;` then `.` at the end, lead-ins with `:` and items with `;`', () => {
    checkRule(
      operativePunctuation,
      GA(
        '1. Decides;\n\n2. Requests the Secretary-General:\n\n(a) To report;\n\n(b) To consult;\n\n3. Decides to remain seized of the matter.\n',
      ),
    );
    checkRule(
      operativePunctuation,
      GA('1. Decides;\n\n2. Requests the Secretary-General:\n\n(a) To report;\n\n(b) To consult.\n'),
    );
    checkRule(
      operativePunctuation,
      GA(
        '1. Takes note of the report;1\n\n2. Decides to include the item entitled “Oceans”.2\n\n_______________\n1 A/59/1.\n2 A/59/2.\n',
      ),
    );
  });

  it('reports a wrong mark on a paragraph and replaces it', () => {
    const fixed = checkRule(operativePunctuation, GA('1. Decides⟦.⟧\n\n2. Requests⟦,⟧\n\n3. Urges⟦;⟧\n'), [
      'Operative paragraph 1 ends with a period; expected a semicolon.',
      'Operative paragraph 2 ends with a comma; expected a semicolon.',
      'Operative paragraph 3 ends with a semicolon; expected a period.',
    ]);
    assert.match(fixed, /1\. Decides;\n\n2\. Requests;\n\n3\. Urges\./);
  });

  it('reports a missing mark on the last word and inserts it before a footnote marker', () => {
    const fixed = checkRule(
      operativePunctuation,
      GA('1. Takes note of the ⟦report⟧1\n\n2. Decides.\n\n_______________\n1 A/59/1.\n'),
      ['Operative paragraph 1 has no final punctuation; expected a semicolon.'],
    );
    assert.match(fixed, /the report;1/);
  });

  it('checks lead-ins and items; the last item ends as its parent', () => {
    const fixed = checkRule(
      operativePunctuation,
      GA(
        '1. Requests the Secretary-General⟦;⟧\n\n(a) To report⟦.⟧\n\n(b) To consult⟦.⟧\n\n2. Requests:\n\n(a) To report;\n\n(b) To ⟦consult⟧\n',
      ),
      [
        'Operative paragraph 1 introduces sub-paragraphs but ends with a semicolon; expected a colon.',
        'Sub-paragraph (a) ends with a period; expected a semicolon.',
        'Sub-paragraph (b) ends with a period; expected a semicolon.',
        'Sub-paragraph (b) has no final punctuation; expected a period.',
      ],
    );
    assert.match(fixed, /Secretary-General:\n\n\(a\) To report;\n\n\(b\) To consult;/);
  });

  it('checks nested items: a lead-in item ends with `:`, the last nested item as its parent', () => {
    checkRule(
      operativePunctuation,
      GA('1. Decides:\n\n(a) That:\n\n(i) One;\n\n(ii) Two;\n\n(b) Three;\n\n2. Notes.\n'),
    );
    checkRule(operativePunctuation, GA('1. Decides:\n\n(a) That⟦;⟧\n\n(i) One;\n\n(ii) Two⟦.⟧\n\n2. Notes.\n'));
  });

  it('lets each part of a multi-part resolution end with `.` or `;`', () => {
    checkRule(
      operativePunctuation,
      'A\n\nThe General Assembly,\n\nRecalling,\n\n1. Decides;\n\n2. Requests.\n\nB\n\nThe General Assembly,\n\nRecalling,\n\n1. Notes;\n\n2. Urges.\n',
    );
    checkRule(
      operativePunctuation,
      'A\n\nThe General Assembly,\n\nRecalling,\n\n1. Decides;\n\n2. Requests;\n\nB\n\nThe General Assembly,\n\nRecalling,\n\n1. Notes;\n\n2. Urges⟦;⟧\n',
    );
  });

  it('accepts declaration prose in full sentences and the Security Council `; and`', () => {
    checkRule(
      operativePunctuation,
      GA('1. We, the Heads of State, gather. We will act.\n\n2. We reaffirm our commitment.\n'),
    );
    checkRule(
      operativePunctuation,
      'The Security Council,\n\nRecalling its resolutions,\n\n1. Decides to renew the mandate; and\n\n2. Decides to remain seized of the matter.\n',
    );
  });

  it('accepts a colon introducing a block and does not judge a paragraph that runs into a table', () => {
    checkRule(operativePunctuation, GA('1. Approves the budget as follows:\n\n2. Decides.\n'));
    checkRule(
      operativePunctuation,
      GA('1. Resolves that the scale shall be\nAfghanistan\t0.006\nAlbania\t0.008\n\n2. Decides.\n'),
    );
  });

  // House style per organ: forms an organ routinely publishes.
  const SC = (body: string): string =>
    `The Security Council,\n\nRecalling its resolutions on the situation in the region,\n\nActing under Chapter VII of the Charter of the United Nations,\n\n${body}`;

  it('accepts a Security Council list set off by commas, the last item too, and `, or` before it', () => {
    checkRule(
      operativePunctuation,
      SC(
        '1. Decides that the measures imposed by paragraph 7 above shall not apply to:\n\n(a) supplies intended solely for the support of or use by the mission,\n\n(b) supplies of non-lethal military equipment intended solely for humanitarian or protective use, as approved in advance by the Committee, or\n\n(c) protective clothing temporarily exported by United Nations personnel for their personal use only,\n\n2. Decides to remain seized of the matter.\n',
      ),
    );
    checkRule(
      operativePunctuation,
      SC(
        '1. Decides that the Committee shall have the following mandate:\n\n(a) To seek information from all States,\n\n(b) To examine information concerning alleged violations,\n\n(c) To present regular reports to the Council;\n\n2. Decides to remain seized of the matter.\n',
      ),
    );
  });

  it('reports a comma among semicolons in a Council list, and any comma list outside the Council', () => {
    checkRule(
      operativePunctuation,
      SC(
        '1. Decides that the Committee shall have the following mandate:\n\n(a) To seek information from all States;\n\n(b) To examine information concerning alleged violations;\n\n(c) To consider requests for exemptions⟦,⟧\n\n(d) To present regular reports to the Council;\n\n2. Decides to remain seized of the matter.\n',
      ),
      ['Sub-paragraph (c) ends with a comma; expected a semicolon.'],
    );
    checkRule(
      operativePunctuation,
      GA(
        '1. Requests the Secretary-General:\n\n(a) To report⟦,⟧\n\n(b) To consult⟦,⟧\n\n(c) To inform Member States;\n\n2. Decides.\n',
      ),
    );
    // A comma list is still punctuated: an item with no mark at all is reported.
    checkRule(
      operativePunctuation,
      SC(
        '1. Determines that both parties should take the measures listed below:\n\n(1) Patrols: achieve full freedom of movement,\n\n(2) Team sites: support the team site,\n\n(3) Demarcation: hold two meetings of the ⟦Committee⟧\n\n(4) Monitors: maintain deployment of national monitors;\n\n2. Decides to remain seized of the matter.\n',
      ),
    );
  });

  it('accepts a Council lead-in that goes on past its announcement with a semicolon; the General Assembly writes a colon', () => {
    checkRule(
      operativePunctuation,
      SC(
        '1. Decides that the Mission shall have the following mandate, authorizes it to use all necessary means to implement its mandate, and stresses that the protection of civilians shall be given priority;\n\n(a) To protect civilians under threat of physical violence;\n\n(b) To support the delivery of humanitarian assistance;\n\n2. Decides to remain seized of the matter.\n',
      ),
    );
    checkRule(
      operativePunctuation,
      GA(
        '1. Decides that the organizational arrangements for the meeting shall be as follows⟦;⟧\n\n(a) The meeting will comprise an opening segment;\n\n(b) The meeting will be held in New York;\n\n2. Decides.\n',
      ),
    );
  });

  it('accepts `Acting under Chapter VII of the Charter,` opening a list of paragraphs', () => {
    checkRule(
      operativePunctuation,
      SC(
        '11. Requests the Secretary-General to keep the Council informed;\n\n12. Acting under Chapter VII of the Charter of the United Nations,\n\n(a) Decides that the Mission is authorized to use all necessary means in the areas of deployment of its forces;\n\n(b) Requests the Secretary-General to report;\n\n13. Decides to remain seized of the matter.\n',
      ),
    );
    checkRule(
      operativePunctuation,
      SC(
        '12. Acting under Chapter VII of the Charter of the United Nations:\n\n(a) Decides that the Mission is authorized to use all necessary means;\n\n(b) Requests the Secretary-General to report;\n\n13. Decides to remain seized of the matter.\n',
      ),
    );
  });

  it('reads an item or paragraph before a heading the parser joined to it', () => {
    const mandate = (mark: string): string =>
      SC(
        `1. Decides that the mandate of the Mission shall be the following:\n\n(a) To help build the capacities of the national human rights institution${mark}\n\nUrgent temporary measures:\n\n(b) To adopt urgent temporary measures on an exceptional basis;\n\nReporting:\n\n2. Requests the Secretary-General to report;\n\n3. Decides to remain seized of the matter.\n`,
      );
    checkRule(operativePunctuation, mandate(';'));
    checkRule(operativePunctuation, mandate('⟦.⟧'), ['Sub-paragraph (a) ends with a period; expected a semicolon.']);
    // Names under `the following judges:` are a list, not a heading: the colon stays the item's.
    checkRule(
      operativePunctuation,
      SC(
        '1. Decides:\n\n(a) To extend the terms of office of the following permanent judges:\n\nCarmel Agius (Malta)\n\nLiu Daqun (China)\n\n(b) To remain seized of the matter.\n',
      ),
    );
  });

  it('accepts the period of `Decides to remain seized of the matter.` with an annex read after it', () => {
    checkRule(
      operativePunctuation,
      SC(
        '1. Decides to renew the mandate;\n\n2. Decides to remain actively seized of the matter.\n\nAnnex\n\n1. The Panel shall consist of five experts.\n',
      ),
    );
    checkRule(
      operativePunctuation,
      SC(
        '1. Decides to renew the mandate;\n\n2. Decides to remain actively seized of the matter.\n\nAnnex I\n\nCover sheet for Member State submissions\n\n(a) participating in the financing of acts ____________\n\n(b) supplying arms ____________\n',
      ),
    );
  });

  it('accepts a colon after an announcement anywhere in the paragraph', () => {
    checkRule(
      operativePunctuation,
      GA(
        '1. Approves the following provisional agenda for the Fifteenth Congress, finalized by the Commission at its thirty-second session, after informal consultations held in Vienna:\n\n2. Decides.\n',
      ),
    );
  });

  it('leaves quoted text its own punctuation', () => {
    checkRule(
      operativePunctuation,
      GA(
        '1. Notes that rule 3.3 of the Staff Rules continues to read as follows:\n\n“(a) On appointment, a staff member shall normally be placed at the first step of the level.\n\n“(b) On promotion, a staff member shall be placed at the lowest step of the level.”\n\n2. Decides.\n',
      ),
    );
    checkRule(
      operativePunctuation,
      SC(
        '1. Decides that paragraph 29 of resolution 2270 (2016) shall be replaced by the following:\n\n“Decides that the country shall not supply coal, and that all States shall prohibit its procurement, except:\n\n(a) Coal that originated outside the country,\n\n(b) Transactions that are exclusively for livelihood purposes.”\n\n2. Decides to remain seized of the matter.\n',
      ),
    );
  });

  it('accepts questions put in a list and reads a range of footnote markers glued to the mark', () => {
    checkRule(
      operativePunctuation,
      GA(
        '1. Decides to request the International Court of Justice to render an advisory opinion on the following questions:\n\n(a) What are the legal consequences arising from the ongoing violation?\n\n(b) How do the policies referred to above affect the legal status of the occupation?\n\n2. Decides.\n',
      ),
    );
    checkRule(
      operativePunctuation,
      GA(
        '1. Accepts the financial reports and audited financial statements and the reports and audit opinions of the Board of Auditors;1–3\n\n2. Decides.\n\n_______________\n1 A/74/5.\n2 A/74/5/Add.1.\n3 A/74/5/Add.2.\n',
      ),
    );
  });

  it('survives garbage and empty input', () => {
    checkRule(operativePunctuation, '');
    checkRule(operativePunctuation, '(((;;;\n\n1.\n\n(a)\n');
  });
});
