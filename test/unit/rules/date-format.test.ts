// date-format on fixtures: expected findings are marked inline with `⟦…⟧`; fixes applied and re-checked.
import * as assert from 'node:assert/strict';
import { parse } from '../../../server/src/core/parser/parse';
import { dateFormat } from '../../../server/src/core/rules/date-format';
import { checkRule, marked } from '../../support/fixtures';

const GA = (preamble: string): string =>
  `The General Assembly,\n\n${preamble}\n\n1. Decides to remain seized of the matter.\n`;
const severities = (fixture: string): string[] =>
  dateFormat.check(parse(marked(fixture).text)).map((finding) => finding.severity ?? dateFormat.meta.defaultSeverity);

describe('date-format', () => {
  it('accepts 20 December 2004, with a no-break space, ranges and month-year', () => {
    checkRule(
      dateFormat,
      GA(
        'Recalling its resolution 55/25 of 15 November 2000, its decision of 20\u00A0December 2004, the Conference held from 17 to 20 October 2016 and from 26 August–4 September 2002, and the reports of December 2004, of 29 February 2024 and of 19 June 20207 held at Mar del Plata,',
      ),
    );
  });

  it('fixes the American order', () => {
    const fixed = checkRule(dateFormat, GA('Recalling its resolution 55/25 of ⟦November 15, 2000⟧,'), [
      'Write the date "November 15, 2000" as "15 November 2000" (the day before the month, no comma).',
    ]);
    assert.match(fixed, /of 15 November 2000,/);
  });

  it('fixes an ordinal day, an abbreviated month, a comma and a leading zero', () => {
    const fixed = checkRule(
      dateFormat,
      GA(
        'Recalling its decisions of ⟦20th December 2004⟧, of ⟦20 Dec. 2004⟧, of ⟦20 December, 2004⟧, of ⟦05 June 2001⟧ and of ⟦the 1st of May 2005⟧,',
      ),
      [
        'Write the date "20th December 2004" as "20 December 2004" (no ordinal "th").',
        'Write the date "20 Dec. 2004" as "20 December 2004" (the month in full).',
        'Write the date "20 December, 2004" as "20 December 2004" (no comma before the year).',
        'Write the date "05 June 2001" as "5 June 2001" (no leading zero).',
        'Write the date "the 1st of May 2005" as "1 May 2005" (no ordinal "st", no "of").',
      ],
    );
    assert.match(
      fixed,
      /of 20 December 2004, of 20 December 2004, of 20 December 2004, of 5 June 2001 and of 1 May 2005,/,
    );
  });

  it('keeps a no-break space between day and month when fixing', () => {
    const fixed = checkRule(dateFormat, GA('Recalling its decision of ⟦20th\u00A0December 2004⟧,'));
    assert.match(fixed, /of 20\u00A0December 2004,/);
  });

  it('reports impossible dates as errors, without a fix', () => {
    const fixture = GA('Recalling its decisions of ⟦31 June 2004⟧, of ⟦29 February 2023⟧ and of ⟦30 February⟧,');
    checkRule(dateFormat, fixture, [
      '"31 June 2004" is not a date: June has 30 days.',
      '"29 February 2023" is not a date: 2023 is not a leap year.',
      '"30 February" is not a date: February has 29 days.',
    ]);
    assert.deepEqual(severities(fixture), ['error', 'error', 'error']);
  });

  it('follows the Security Council house style: month-first dates pass, ordinals and leading zeros are reported', () => {
    const SC = (body: string): string =>
      `The Security Council,\n\nRecalling its resolution 1373 (2001),\n\n${body}\n\n2. Decides to remain seized of the matter.\n`;
    checkRule(
      dateFormat,
      SC(
        '1. Decides to extend the mandate until July 31, 2014 and requests a report by August 1, 2015, by ⟦the 1st of August 2015⟧ and by ⟦05 May 2015⟧;',
      ),
    );
    checkRule(dateFormat, GA('Recalling the agreement of ⟦July 31, 2014⟧,'));
    // An impossible date is an error in every organ.
    assert.deepEqual(severities(SC('1. Requests a report by ⟦31 June 2013⟧;')), ['error']);
  });

  it('leaves the particulars of a sanctions-list entry alone', () => {
    checkRule(
      dateFormat,
      GA(
        'Recalling the list,\n\nc. Identifiers: DOB: 01 August 1979; Passport no.: 745420176, expires on October 19, 2020; Nationality: DPRK\n\nRecalling also the agreement of ⟦05 May 2015⟧,',
      ),
    );
  });

  it('checks the closing and the footnotes too', () => {
    checkRule(
      dateFormat,
      'The General Assembly,\n\nRecalling its resolution 55/25,1\n\n1. Decides.\n\n74th plenary meeting\n⟦December 20, 2004⟧\n\n_______________\n\n1 Adopted on ⟦31 April 2000⟧.\n',
    );
  });

  it('survives garbage, empty and large inputs', () => {
    for (const text of ['', 'December', '31 June', 'June 31, 2004', '0 June 2004 99 May 2004'])
      dateFormat.check(parse(text));
    const big = GA(
      Array.from({ length: 20_000 }, () => 'Recalling 20 December 2004 and December 20, 2004,').join('\n\n'),
    );
    // A runaway (quadratic) scan meets mocha's time-out; speed itself is judged by `npm run bench`.
    assert.equal(dateFormat.check(parse(big)).length, 20_000);
  });
});
