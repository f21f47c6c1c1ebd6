// Trust on every organ's texts: all 2,235 adopted resolutions of the corpus (`texts/` and
// `dev/texts/`: General Assembly with its Fifth Committee budgets, Security Council of every
// period, Human Rights Council, ECOSOC) are linted, and per organ
// - no error but the real slips named here (file, line, rule, the reported text and why);
// - at most 0.3 warnings and 1 hint per text;
// - operative numbers agree with the UN's own markup of the dev texts on ≥ 99.5 % of the files
//   whose markup is unambiguous.
// The README's table of these rates comes from the same sweep (`npm run rates`).
import * as assert from 'node:assert/strict';
import { ORGANS, corpusOrSkip, organOfFile } from '../support/corpus';
import { ratesTable, sweepCorpus, type Sweep } from '../support/organ-rates';
import { KNOWN_ERRORS } from './known-errors';

interface RealSlip {
  file: string;
  line: number;
  rule: string;
  reported: string;
  why: string;
}

/** Errors in the published development texts that really are there (the texts in `texts/` are named in rules-corpus.test.ts). */
export const REAL_SLIPS: RealSlip[] = [
  {
    file: 'A_RES_76_256',
    line: 38,
    rule: 'operative-numbering',
    reported: 'l.',
    why: 'paragraph 1 is printed with the letter l ("l. Decides"); the UN markup has "l" too',
  },
  {
    file: 'A_RES_77_248',
    line: 640,
    rule: 'operative-numbering',
    reported: '232 .',
    why: 'printed "232 .Recognizes": the period after a space and glued to the verb',
  },
  {
    file: 'A_HRC_RES_54_27',
    line: 70,
    rule: 'operative-numbering',
    reported: '5',
    why: 'printed "5 Encourages" without its period; the UN markup skips 5',
  },
  {
    file: 'A_RES_75_68',
    line: 42,
    rule: 'operative-numbering',
    reported: '3',
    why: 'printed without its period; the UN markup skips 3',
  },
  {
    file: 'A_RES_80_167',
    line: 54,
    rule: 'operative-numbering',
    reported: '6',
    why: 'printed "6 Also reaffirms" without its period; the UN markup skips 6',
  },
  {
    file: 'S_RES_1643(2005)',
    line: 77,
    rule: 'operative-numbering',
    reported: '13',
    why: 'printed without its period; the UN markup skips 13',
  },
  {
    file: 'S_RES_2328(2016)',
    line: 29,
    rule: 'operative-numbering',
    reported: '6',
    why: 'printed without its period; the UN markup skips 6',
  },
  {
    file: 'S_RES_2730(2024)',
    line: 75,
    rule: 'operative-numbering',
    reported: '11',
    why: 'printed without its period; the UN markup skips 11',
  },
  {
    file: 'A_HRC_RES_59_17',
    line: 26,
    rule: 'citation-date',
    reported: '27 September 2015',
    why: 'resolution 70/1 was adopted on 25 September 2015; about 270 other citations in the corpus say so',
  },
  {
    file: 'A_RES_74_285',
    line: 100,
    rule: 'citation-date',
    reported: '15 December 1995',
    why: 'resolution 973 (X) belongs to the tenth session: 15 December 1955, as 34 other citations say',
  },
  {
    file: 'A_RES_75_193',
    line: 22,
    rule: 'citation-date',
    reported: '14 January 2020',
    why: 'resolution 74/262 was adopted on 27 December 2019 (UN records; 10 other texts say so)',
  },
  {
    file: 'A_RES_75_248',
    line: 16,
    rule: 'citation-date',
    reported: '24 December 2107',
    why: 'resolution 72/256 cited "of 24 December 2107": a misprint for 2017',
  },
  {
    file: 'A_RES_78_248',
    line: 16,
    rule: 'citation-date',
    reported: '24 December 2107',
    why: 'resolution 72/256 cited "of 24 December 2107": a misprint for 2017',
  },
  {
    file: 'A_RES_77_279',
    line: 16,
    rule: 'citation-date',
    reported: '15 April 2018',
    why: 'resolution 73/287 belongs to the 73rd session (September 2018 – September 2019): adopted in 2019',
  },
  {
    file: 'A_RES_78_276',
    line: 16,
    rule: 'citation-date',
    reported: '15 April 2018',
    why: 'resolution 73/287 belongs to the 73rd session: adopted in 2019',
  },
  {
    file: 'A_RES_79_281',
    line: 16,
    rule: 'citation-date',
    reported: '15 April 2018',
    why: 'resolution 73/287 belongs to the 73rd session: adopted in 2019',
  },
  {
    file: 'A_RES_80_255',
    line: 16,
    rule: 'citation-date',
    reported: '15 April 2018',
    why: 'resolution 73/287 belongs to the 73rd session: adopted in 2019',
  },
  {
    file: 'A_RES_79_275',
    line: 48,
    rule: 'citation-date',
    reported: '1 December 2001',
    why: 'resolution 55/56 was adopted on 1 December 2000 (S/RES/1385 (2001) cites it so)',
  },
  {
    file: 'A_RES_79_50',
    line: 68,
    rule: 'citation-date',
    reported: '19 December 2019',
    why: 'resolution 74/54 was adopted on 12 December 2019 (UN records; A/RES/75/45 cites it so)',
  },
  {
    file: 'A_RES_77_202',
    line: 18,
    rule: 'citation-date',
    reported: '23 December 2020',
    why: 'resolution 75/161 was adopted on 16 December 2020 (the DGACM metadata; records win over a cited date)',
  },
  {
    file: 'A_RES_78_187',
    line: 40,
    rule: 'citation-date',
    reported: '10 October 2023',
    why: 'resolution Human Rights Council resolution 54/5 was adopted on 11 October 2023 (the DGACM metadata; records win over a cited date)',
  },
  {
    file: 'A_RES_78_279',
    line: 24,
    rule: 'citation-date',
    reported: '17 March 2022',
    why: 'resolution 76/253 was adopted on 15 March 2022 (the DGACM metadata; records win over a cited date)',
  },
  {
    file: 'A_RES_79_145',
    line: 16,
    rule: 'citation-date',
    reported: '9 December 2023',
    why: 'resolution 78/68 was adopted on 5 December 2023 (the DGACM metadata; records win over a cited date)',
  },
  {
    file: 'A_RES_79_175',
    line: 18,
    rule: 'citation-date',
    reported: '16 October 2023',
    why: 'resolution Human Rights Council resolution 54/21 was adopted on 12 October 2023 (the DGACM metadata; records win over a cited date)',
  },
  {
    file: 'A_RES_79_308',
    line: 22,
    rule: 'citation-date',
    reported: '19 June 2022',
    why: 'resolution 76/290 was adopted on 29 June 2022 (the DGACM metadata; records win over a cited date)',
  },
  {
    file: 'A_RES_79_50',
    line: 16,
    rule: 'citation-date',
    reported: '19 December 2019',
    why: 'resolution 74/45 was adopted on 12 December 2019 (the DGACM metadata; records win over a cited date)',
  },
  {
    file: 'A_RES_79_50',
    line: 68,
    rule: 'citation-date',
    reported: '17 December 2020',
    why: 'resolution 75/45 was adopted on 7 December 2020 (the DGACM metadata; records win over a cited date)',
  },
  {
    file: 'A_RES_79_57',
    line: 40,
    rule: 'citation-date',
    reported: '6 December 2023',
    why: 'resolution 78/31 was adopted on 4 December 2023 (the DGACM metadata; records win over a cited date)',
  },
  {
    file: 'A_RES_80_132',
    line: 18,
    rule: 'citation-date',
    reported: '20 July 2021',
    why: 'resolution 75/313 was adopted on 29 July 2021 (the DGACM metadata; records win over a cited date)',
  },
  {
    file: 'A_RES_80_134',
    line: 16,
    rule: 'citation-date',
    reported: '21 December 2023',
    why: 'resolution 78/145 was adopted on 19 December 2023 (the DGACM metadata; records win over a cited date)',
  },
  {
    file: 'A_RES_80_142',
    line: 16,
    rule: 'citation-date',
    reported: '23 December 2024',
    why: 'resolution 79/211 was adopted on 19 December 2024 (the DGACM metadata; records win over a cited date)',
  },
  {
    file: 'S_RES_1485(2003)',
    line: 11,
    rule: 'citation-date',
    reported: '31 July 2002',
    why: 'resolution 1429 (2002) was adopted on 30 July 2002 (the DGACM metadata and the Library tables; records win over a cited date)',
  },
  {
    file: 'S_RES_1618(2005)',
    line: 15,
    rule: 'citation-date',
    reported: '25 October 1999',
    why: 'resolution 1267 (1999) was adopted on 15 October 1999 (the Library tables; 12 other dev texts cite 15 October; records win over a cited date)',
  },
  {
    file: 'S_RES_2529(2020)',
    line: 21,
    rule: 'citation-date',
    reported: '21 April 2020',
    why: 'resolution General Assembly resolution 74/273 was adopted on 20 April 2020 (the DGACM metadata; records win over a cited date)',
  },
  {
    file: 'S_RES_2083(2012)',
    line: 219,
    rule: 'date-format',
    reported: '31 June 2013',
    why: 'June has 30 days; the second deadline of the same sentence is 31 December 2013',
  },
];

const MAX_WARNINGS_PER_TEXT = 0.3;
const MAX_HINTS_PER_TEXT = 1;
const MIN_NUMBERING_AGREEMENT = 0.995;

describe("trust on every organ's adopted texts", function () {
  this.timeout(300_000);
  let sweep: Sweep;

  before(function () {
    corpusOrSkip(this);
    sweep = sweepCorpus();
    console.log(ratesTable(sweep).replace(/^/gm, '      '));
  });

  it('reports no error but the real slips named in the tests', function () {
    const named = (file: string, rule: string, text: string, line: number): boolean =>
      KNOWN_ERRORS[rule]?.[file]?.reported.includes(text) === true ||
      REAL_SLIPS.some(
        (slip) => slip.file === file && slip.rule === rule && slip.reported === text && slip.line === line,
      );
    const unexpected = sweep.reported
      .filter((found) => found.severity === 'error' && !named(found.file, found.rule, found.text, found.line))
      .map((found) => `${found.rule} ${found.file}:${found.line} "${found.text}" ${found.message}`);
    assert.deepEqual(unexpected, [], 'errors on adopted texts that are not named as real slips');
    const missing = REAL_SLIPS.filter(
      (slip) =>
        !sweep.reported.some(
          (found) =>
            found.severity === 'error' &&
            found.file === slip.file &&
            found.rule === slip.rule &&
            found.text === slip.reported &&
            found.line === slip.line,
        ),
    );
    assert.deepEqual(
      missing.map((slip) => `${slip.rule} ${slip.file}:${slip.line} "${slip.reported}" (${slip.why})`),
      [],
      'real slips no longer reported',
    );
  });

  for (const organ of ORGANS) {
    it(`keeps warnings under ${MAX_WARNINGS_PER_TEXT} and hints under ${MAX_HINTS_PER_TEXT} per ${organ} text`, function () {
      const rates = sweep.organs[organ];
      const warnings = rates.warnings / rates.texts;
      const hints = rates.hints / rates.texts;
      const worst = (severity: (s: string) => boolean): string => {
        const byRule = new Map<string, number>();
        for (const found of sweep.reported)
          if (severity(found.severity) && organOfFile(found.file) === organ)
            byRule.set(found.rule, (byRule.get(found.rule) ?? 0) + 1);
        return [...byRule]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 5)
          .map(([rule, count]) => `${rule} ${count}`)
          .join(', ');
      };
      assert.ok(
        warnings <= MAX_WARNINGS_PER_TEXT,
        `${organ}: ${warnings.toFixed(2)} warnings per text (${worst((s) => s === 'warning')})`,
      );
      assert.ok(
        hints <= MAX_HINTS_PER_TEXT,
        `${organ}: ${hints.toFixed(2)} hints per text (${worst((s) => s === 'hint' || s === 'information')})`,
      );
    });
  }

  it(`agrees with the UN's markup on operative numbers (≥ ${MIN_NUMBERING_AGREEMENT * 100} % of unambiguous files)`, function () {
    const { files, agree, disagreements } = sweep.numbering;
    if (files === 0) this.skip();
    assert.ok(agree / files >= MIN_NUMBERING_AGREEMENT, `${agree}/${files}:\n${disagreements.join('\n')}`);
  });
});
