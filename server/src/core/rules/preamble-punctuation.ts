// preamble-punctuation: every preambular paragraph ends with a comma — the last one before the
// operative part too, and the items of a list in the preamble (`(a) International peace and
// security,`); a paragraph introducing such a list, or `Noting with satisfaction:`, ends with a colon.
import type { PreambularParagraph, Resolution } from '../model';
import { CUT_OFF_WORDS, endIsTrustworthy, endsInQuotedBlock, opensQuotation, readEnd } from './operative-punctuation';
import type { Finding, Rule } from './types';

/** `(a)`, `(iv)` at the start of a paragraph: an item of a list in the preamble. */
const ITEM_LABEL = /^\((?:[a-z]{1,3}|[ivxlcdm]{1,7}|\d{1,2})\)/;

const isItem = (model: Resolution, paragraph: PreambularParagraph): boolean =>
  ITEM_LABEL.test(model.text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 12)));

/**
 * Whether the paragraph is one the rule can judge: it opens with a known preambular opener and says
 * something after it. Text the parser left in the preamble without a known opener (a document's
 * title, an unnumbered operative paragraph of an old text, a stray line of print) is not judged;
 * nor is an opener standing alone (text lost in extraction), nor a title written as `Taking stock: …`.
 */
function judged(model: Resolution, paragraph: PreambularParagraph): boolean {
  const opener = paragraph.opener;
  if (!opener || !paragraph.openerKnown) return false;
  let after = opener.end;
  while (after < paragraph.contentEnd && /[*_ \u00A0]/.test(model.text[after] ?? '')) after++;
  if (after >= paragraph.contentEnd - 1) return false;
  if (model.text[after] === ':') return false;
  return true;
}

function check(model: Resolution): Finding[] {
  const findings: Finding[] = [];
  for (const part of model.parts) {
    const preamble = part.preamble;
    // Whether the most recent non-item paragraph was judged: items follow their lead-in's fate.
    let leadJudged = false;
    preamble.forEach((paragraph, index) => {
      const item = isItem(model, paragraph);
      const next = preamble[index + 1];
      const leadsList = !item && next !== undefined && isItem(model, next);
      if (!item) leadJudged = judged(model, paragraph);
      if (!leadJudged) return;
      if (!endIsTrustworthy(model, paragraph.start, paragraph.end)) return;
      // A quotation set out as a block at the end, or still open at the end, keeps its own punctuation.
      if (
        endsInQuotedBlock(model.text, paragraph.start, paragraph.contentEnd) ||
        opensQuotation(model.text, paragraph.start, paragraph.contentEnd)
      )
        return;
      const reading = readEnd(model, paragraph);
      if (!reading) return;
      const { mark } = reading;
      // A colon introduces a list or a quotation; a comma is the rule.
      if (mark === ',' || mark === ':') return;
      // `…entitled “Oceans and the law of the sea”,` — a comma inside the closing quote is accepted too.
      if (mark === undefined && reading.inner === ',') return;
      const wanted = leadsList ? ':' : ',';
      const what = item
        ? 'An item of a list in the preamble'
        : leadsList
          ? 'A preambular paragraph introducing a list'
          : 'A preambular paragraph';
      const expected = wanted === ',' ? 'a comma' : 'a colon';
      if (mark !== undefined) {
        findings.push({
          start: reading.start,
          end: reading.end,
          message: `${what} ends with ${mark === ';' ? 'a semicolon' : 'a period'}; expected ${expected}.`,
          fix: {
            title: `Replace "${mark}" with "${wanted}"`,
            edits: [{ start: reading.start, end: reading.end, newText: wanted }],
          },
        });
        return;
      }
      const lastWord = model.text.slice(reading.lastWord.start, reading.lastWord.end).toLowerCase();
      if (CUT_OFF_WORDS.has(lastWord)) return;
      if (reading.inner !== undefined && /[?!]/.test(reading.inner)) return;
      // Followed by a line that opens no paragraph (`Nations, 79` in old print): one paragraph broken across lines, not a missing comma.
      if (next !== undefined && !next.openerKnown && !isItem(model, next)) return;
      findings.push({
        start: reading.lastWord.start,
        end: reading.lastWord.end,
        message: `${what} has no final punctuation; expected ${expected}.`,
        fix: {
          title: `Insert "${wanted}"`,
          edits: [{ start: reading.insertAt, end: reading.insertAt, newText: wanted }],
        },
      });
    });
  }
  return findings;
}

export const preamblePunctuation: Rule = {
  meta: {
    id: 'preamble-punctuation',
    description:
      'Preambular paragraphs end with a comma (a paragraph introducing a list in the preamble, with a colon).',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check(model) {
    return check(model);
  },
};
