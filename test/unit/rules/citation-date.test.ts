// citation-date on fixtures: ⟦…⟧ marks each reported date.
import * as assert from 'node:assert/strict';
import { citationDate } from '../../../server/src/core/rules/citation-date';
import { checkRule, findingsOf } from '../../support/fixtures';

const GA = (preamble: string): string =>
  `The General Assembly,\n\n${preamble}\n\n1. Decides to remain seized of the matter.\n`;

describe('citation-date', () => {
  it('accepts dates that fit the session, the year and the catalogue', () => {
    checkRule(
      citationDate,
      GA(
        'Recalling its resolutions 55/25 of 15 November 2000 and 55/255 of 31 May 2001, Security Council resolution 1373 (2001) of 28 September 2001 and Economic and Social Council resolution 2004/27 of 21 July 2004,',
      ),
    );
    checkRule(
      citationDate,
      GA('Recalling its resolution 2625 (XXV) of 24 October 1970 and resolution ES-10/15 of 20 July 2004,'),
    );
  });

  it('reports a date outside the regular GA session (the corpus misprint 2107 and 55/56 of 1 December 2001)', () => {
    checkRule(
      citationDate,
      GA(
        'Recalling its resolutions 71/266 of 23 December 2016, 72/256 of ⟦24 December 2107⟧ and 73/27 of 5 December 2018,',
      ),
      [
        'The date 24 December 2107 is outside the 72nd session of the General Assembly (September 2017 – September 2018), to which resolution 72/256 belongs.',
      ],
    );
    checkRule(citationDate, GA('Recalling General Assembly resolution 55/56 of ⟦1 December 2001⟧,'), [
      'The date 1 December 2001 is outside the 55th session of the General Assembly (September 2000 – September 2001), to which resolution 55/56 belongs.',
    ]);
  });

  it('reports an SC date outside the year the resolution carries', () => {
    checkRule(citationDate, GA('Recalling Security Council resolution 1373 (2001) of ⟦28 September 2002⟧,'), [
      'The date 28 September 2002 is not in 2001, the year resolution 1373 (2001) carries.',
    ]);
  });

  it("reports a date the UN's records contradict, naming the record, with a fix that writes its date", () => {
    const text = GA('Recalling its resolution 74/54 of 19 December 2019,');
    const findings = findingsOf(citationDate, text);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.severity, 'error');
    assert.equal(
      findings[0]!.message,
      'The UN documentation metadata (DGACM) records A/RES/74/54 as adopted on 12 December 2019, not 19 December 2019.',
    );
    assert.deepEqual(findings[0]!.fix?.edits, [
      {
        start: text.indexOf('19 December'),
        end: text.indexOf('19 December') + '19 December 2019'.length,
        newText: '12 December 2019',
      },
    ]);
    const library = findingsOf(
      citationDate,
      GA(
        'Recalling its resolution 62/270 of 20 June 2008 and resolution 61/250 B of 2 April 2007, and resolution 60/100 of 9 December 2005,',
      ),
    );
    assert.deepEqual(
      library.map((finding) => finding.message),
      ['The UN Digital Library records A/RES/60/100 as adopted on 8 December 2005, not 9 December 2005.'],
    );
  });

  it('holds a disputed record against no text, and tells a date other texts cite as information only', () => {
    // S/RES/1265 (1999): the records say 21 September, five adopted texts 17 September.
    checkRule(citationDate, GA('Recalling Security Council resolutions 1265 (1999) of 17 September 1999,'));
    checkRule(citationDate, GA('Recalling Security Council resolutions 1265 (1999) of 21 September 1999,'));
    const findings = findingsOf(citationDate, GA('Recalling its resolution 51/242 of 16 September 1997,'));
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.severity, 'information');
    assert.match(
      findings[0]!.message,
      /^Other adopted texts cite resolution 51\/242 as of 15 September 1997 \(\d+ of them\), not 16 September 1997; no UN record is bundled for it\.$/,
    );
    assert.equal(findings[0]!.fix?.edits[0]!.newText, '15 September 1997');
  });

  it('still checks the curated catalogue where the records are silent, with the fix', () => {
    const findings = findingsOf(citationDate, GA('Recalling its resolution 55/25 of 16 November 2000,'));
    assert.equal(
      findings[0]!.message,
      'The bundled catalogue records A/RES/55/25 as adopted on 15 November 2000, not 16 November 2000.',
    );
    assert.equal(findings[0]!.fix?.edits[0]!.newText, '15 November 2000');
  });

  it('warns when one resolution is cited with two dates', () => {
    const findings = findingsOf(
      citationDate,
      GA(
        'Recalling its resolution 60/99 of 8 December 2005,\n\nRecalling also its resolution 60/99 of 9 December 2005,',
      ),
    );
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.severity, 'warning');
    assert.equal(
      findings[0]!.message,
      'Resolution 60/99 is cited here as of 9 December 2005 but earlier as of 8 December 2005; one resolution has one adoption date.',
    );
  });

  it('checks Human Rights Council sessions by their year (three a year since 2006)', () => {
    checkRule(
      citationDate,
      GA('Recalling Human Rights Council resolutions 7/19 of 27 March 2008 and 48/1 of 7 October 2021,'),
    );
    checkRule(citationDate, GA('Recalling Human Rights Council resolution 7/19 of ⟦27 March 2030⟧,'), [
      'The date 27 March 2030 does not fit the 7th session of the Human Rights Council (2008), to which resolution 7/19 belongs.',
    ]);
    // A number the Council had not reached, dated in the GA session of that number: a GA resolution.
    checkRule(
      citationDate,
      'The Human Rights Council,\n\nRecalling its resolution 54/1 and resolution 77/27 of 1 December 2022,\n',
    );
  });

  it('does not check special sessions or other bodies', () => {
    checkRule(
      citationDate,
      GA('Recalling its resolution S-21/2 of 1 January 2010 and Human Rights Council resolution S-7/1 of 22 May 2030,'),
    );
    checkRule(
      citationDate,
      GA(
        'Welcoming the Economic and Social Commission for Asia and the Pacific in its resolution 73/8 of 19 May 2017,',
      ),
    );
  });

  it('reports a cited date later than the text’s own date, whichever body adopted the cited text', () => {
    const adopted = (preamble: string): string =>
      `The General Assembly,\n\n${preamble}\n\n1. Decides to remain seized of the matter.\n\n73rd plenary meeting\n7 June 2021\n`;
    checkRule(
      citationDate,
      adopted(
        'Recalling resolution 27/3 of ⟦18 May 2027⟧ of the Commission on Crime Prevention and Criminal Justice and its resolution 75/1 of 21 September 2020,',
      ),
      [
        'The date 18 May 2027 of resolution 27/3 is later than the present text (7 June 2021): nothing it cites can have been adopted after it.',
      ],
    );
    // A draft carries no date of its own; the same citation is not judged.
    checkRule(
      citationDate,
      GA('Recalling resolution 27/3 of 18 May 2027 of the Commission on Crime Prevention and Criminal Justice,'),
    );
    // A date that does not fit its session is reported once, as such.
    checkRule(citationDate, adopted('Recalling its resolution 72/256 of ⟦24 December 2107⟧,'), [
      'The date 24 December 2107 is outside the 72nd session of the General Assembly (September 2017 – September 2018), to which resolution 72/256 belongs.',
    ]);
  });

  describe('citations of other bodies are never judged against the principal organs’ sessions', () => {
    const HRC = (preamble: string): string =>
      `The Human Rights Council,\n\n${preamble}\n\n1. Decides to remain seized of the matter.\n`;

    it('a regional commission named in an adoption frame before the number', () => {
      checkRule(
        citationDate,
        GA(
          'Noting the adoption, by the Economic and Social Commission for Asia and the Pacific at its seventy-ninth session, of resolution 79/3 of 19 May 2023 on regional cooperation for disaster resilience,',
        ),
      );
      checkRule(
        citationDate,
        GA(
          'Welcoming the adoption by the Economic Commission for Africa at its fifty-fifth session of resolution 1001 (LV) of 20 March 2023 on the African Continental Free Trade Area,',
        ),
      );
      checkRule(
        citationDate,
        GA(
          'Noting that the Economic and Social Commission for Asia and the Pacific, at its seventy-ninth session, in its resolution 79/3 of 19 May 2023, decided to convene a conference,',
        ),
      );
      checkRule(
        citationDate,
        GA(
          'Recalling the adoption by the Economic Commission for Latin America and the Caribbean on 14 May 2021 of its resolution 750 (XXXVIII) on the associate members,',
        ),
      );
    });

    it('a body named after the number: of the …, adopted by the …', () => {
      checkRule(
        citationDate,
        HRC(
          'Recalling resolution 6/5 of 1 March 2024 of the United Nations Environment Assembly on the environmental aspects of minerals,',
        ),
      );
      checkRule(
        citationDate,
        HRC(
          'Welcoming resolution 11/1 of 21 October 2022, adopted by the Conference of the Parties to the United Nations Convention against Transnational Organized Crime at its eleventh session,',
        ),
      );
      checkRule(
        citationDate,
        HRC(
          'Recalling resolution 7/2021 of 2 July 2021 of the Conference of the Food and Agriculture Organization of the United Nations,',
        ),
      );
    });

    it('a body named after the citation as the subject of its clause', () => {
      checkRule(
        citationDate,
        GA(
          '7. Notes that, through its resolution 57/2 of 9 October 2024, the Human Rights Council requested the High Commissioner to prepare a report,',
        ),
      );
      checkRule(
        citationDate,
        GA(
          'Recalling that in its resolution 66/1 of 17 March 2023, the Commission on Narcotic Drugs decided to hold a high-level segment,',
        ),
      );
      checkRule(
        citationDate,
        GA(
          'Noting that the Economic Commission for Africa, at its fifty-fifth session, adopted resolution 1001 (LV) of 20 March 2023,',
        ),
      );
      checkRule(
        citationDate,
        GA(
          'Recalling resolution 79/3 of 19 May 2023, in which the Economic and Social Commission for Asia and the Pacific decided to convene a ministerial conference,',
        ),
      );
    });

    it('conference-of-parties decisions and agencies’ own symbols are no citation of a principal organ', () => {
      checkRule(
        citationDate,
        GA(
          'Taking note of decision 1/CP.27 of 20 November 2022 of the Conference of the Parties and of World Health Assembly resolution WHA76.7 of 30 May 2023,',
        ),
      );
      checkRule(
        citationDate,
        GA(
          'Recalling that the Committee on the Elimination of Discrimination against Women, in its decision 84/1 of 14 February 2023, requested information,',
        ),
      );
    });

    it('a General Assembly citation in the same paragraph is still checked', () => {
      checkRule(
        citationDate,
        GA(
          'Noting the adoption, by the Economic Commission for Africa at its fifty-fifth session, of resolution 1001 (LV) of 20 March 2023, and recalling its resolution 77/154 of ⟦14 December 2023⟧,',
        ),
        [
          'The date 14 December 2023 is outside the 77th session of the General Assembly (September 2022 – September 2023), to which resolution 77/154 belongs.',
        ],
      );
      checkRule(
        citationDate,
        HRC(
          'Recalling that, in its resolution 60/251 of ⟦15 March 2007⟧, the General Assembly decided to establish the Council,',
        ),
        [
          'The date 15 March 2007 is outside the 60th session of the General Assembly (September 2005 – September 2006), to which resolution 60/251 belongs.',
        ],
      );
    });
  });
});
