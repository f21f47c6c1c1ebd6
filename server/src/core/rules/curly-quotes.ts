// curly-quotes: the UN prints typographic quotation marks and apostrophes (“ ” ‘ ’); a keyboard
// types straight ones (" '). Each straight mark is reported with the curly one it stands for
// (text/quotes.ts decides, as the formatter's `unres.format.curlyQuotes` does), as information: a
// draft with straight marks is not wrong in substance, and the formatter or the fix-all corrects
// them at once. Document-system debris is left alone, and so is a mark the text does not decide
// (a prime after a digit, a mark between two blanks).
import type { Resolution } from '../model';
import { curlyQuotes, type CurlyQuote } from '../text/quotes';
import { type Finding, MAX_FINDINGS, type Rule } from './types';

function message(quote: CurlyQuote, straight: string): string {
  switch (quote.role) {
    case 'opening':
      return `Write the opening quotation mark ${quote.newText}, not the straight ${straight}.`;
    case 'apostrophe':
      return `Write the apostrophe ${quote.newText}, not the straight ${straight}.`;
    default:
      return straight === "'"
        ? `Write ${quote.newText} (apostrophe or closing quotation mark), not the straight ${straight}.`
        : `Write the closing quotation mark ${quote.newText}, not the straight ${straight}.`;
  }
}

export const curlyQuotesRule: Rule = {
  meta: {
    id: 'curly-quotes',
    description:
      'Typographic quotation marks and apostrophes (“ ” ‘ ’), as the UN prints them, not straight ones (" \').',
    defaultSeverity: 'information',
    fixable: true,
  },
  // Stops at MAX_FINDINGS: a pasted text full of straight marks cannot flood the editor.
  scope: 'paragraph',
  capped: true,
  check(model: Resolution) {
    const findings: Finding[] = [];
    for (const quote of curlyQuotes(model.text, model.debris)) {
      if (findings.length >= MAX_FINDINGS) break;
      const straight = model.text[quote.start]!;
      findings.push({
        start: quote.start,
        end: quote.end,
        message: message(quote, straight),
        fix: {
          title: `Change to ${quote.newText}`,
          edits: [{ start: quote.start, end: quote.end, newText: quote.newText }],
        },
      });
    }
    return findings;
  },
};
