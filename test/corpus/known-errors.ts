// The errors the rules report on adopted texts of corpus/texts because the published text really is
// wrong: named once, for rules-corpus.test.ts and organs-corpus.test.ts.

export interface KnownError {
  /** The reported text of each expected error, in order. */
  reported: string[];
  reason: string;
}

/** Published texts that really are wrong: rule → file → what is reported, and why it is right to. */
export const KNOWN_ERRORS: Record<string, Record<string, KnownError>> = {
  'operative-numbering': {
    A_RES_79_160: {
      reported: ['26', '27'],
      reason: 'the published text prints "26 Condemns" and "27 Affirms" without periods',
    },
    'S_RES_239(1967)': {
      reported: ['4,', '5,'],
      reason: 'OCR of the 1967 print reads the periods of 4 and 5 as commas',
    },
    'S_RES_587(1986)': { reported: ['7,'], reason: 'OCR of the 1986 print reads the period of 7 as a comma' },
  },
  'subparagraph-labels': {
    'S_RES_242(1967)': {
      reported: ['(ii)'],
      reason: 'OCR of the 1967 print reads (i) as (1), so the list seems to start at (ii)',
    },
    'S_RES_27(1947)': { reported: ['(6)'], reason: 'OCR reads (b) as (6)' },
    'S_RES_82(1950)': { reported: ['(5)', '(c)'], reason: 'OCR reads (b) as (5), so (c) then skips (b)' },
  },
  'citation-date': {
    A_RES_74_258: {
      reported: ['24 December 2107'],
      reason: 'resolution 72/256 is cited "of 24 December 2107": a misprint for 2017',
    },
    A_RES_80_24: {
      reported: ['19 December 2019', '19 December 2019', '17 December 2020'],
      reason:
        'resolutions 74/45 and 74/54 were adopted on 12 December 2019 and 75/45 on 7 December 2020 (UN data extract; other corpus texts cite them so)',
    },
    A_RES_76_148: {
      reported: ['16 April 2020'],
      reason:
        'decision 75/561 belongs to the 75th session (September 2020 – September 2021), so "16 April 2020" contradicts its number: one of the two is misprinted',
    },
  },
};
