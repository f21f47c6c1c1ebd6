// operative-punctuation: each operative paragraph ends with `;`, the last one of the resolution
// with `.`; a lead-in before sub-paragraphs ends with `:`; items end with `;`, and the last item of
// a list ends as its parent would (`;`, or `.` when it ends the resolution).
//
// The helpers below (reading the final punctuation of a span, deciding whether the end of a span can
// be trusted) are shared with preamble-punctuation.
import type { OperativeParagraph, Organ, Resolution, SubParagraph } from '../model';
import { opensWithOperativeVerb } from '../lexicon/match';
import type { Finding, Rule } from './types';

export type Mark = ',' | ';' | ':' | '.';

/** The punctuation that ends a paragraph, as the rules read it. */
export interface EndReading {
  /** The final punctuation, when there is one outside any closing quote or bracket. */
  mark?: Mark;
  /** Where the mark stands (for a replacement). */
  start: number;
  end: number;
  /** Where a missing mark goes: after the last character of content (and any closing quote), before footnote markers. */
  insertAt: number;
  /** Punctuation found just inside a closing quote or bracket (`…ready.”`): not the paragraph's own. */
  inner?: string;
  /** The span of the last word, where a missing mark is reported. */
  lastWord: { start: number; end: number };
}

const FORMAT_CHAR = /[\s\u00A0\u200B-\u200F\u2060\uFEFF]/;
const CLOSER = /[”"’)\]*_»]/;

/**
 * Reads the end of a paragraph's own text. Starts from the model's terminator and contentEnd and
 * also understands what the parser leaves alone: invisible format characters after the mark
 * (`,\u200E`), an OCR'd footnote marker set off by a space (`…Secretary-General; 10`) and the
 * Security Council's `; and` between paragraphs.
 */
export function readEnd(
  model: Resolution,
  node: { start: number; contentEnd: number; terminator?: { start: number; end: number; text: string } },
): EndReading | undefined {
  const text = model.text;
  const start = Math.max(0, Math.min(node.start, text.length));
  let position = Math.max(start, Math.min(node.contentEnd, text.length));
  while (position > start && FORMAT_CHAR.test(text.charAt(position - 1))) position--;
  if (position <= start) return undefined;
  // `…; 10` (OCR, marker detached by a space): the digits are a footnote marker.
  let probe = position;
  let digits = 0;
  while (probe > start && digits < 4 && /[0-9]/.test(text.charAt(probe - 1))) {
    probe--;
    digits++;
  }
  if (
    digits > 0 &&
    digits <= 3 &&
    probe - 1 > start &&
    /[ \u00A0]/.test(text.charAt(probe - 1)) &&
    /[,;:.]/.test(text[probe - 2] ?? '')
  ) {
    position = probe - 1;
    while (position > start && FORMAT_CHAR.test(text.charAt(position - 1))) position--;
  }
  // `…Board of Auditors;1–17` (a range of footnote markers glued to the mark, which the parser does not take as one marker).
  const glued = /[,;:][0-9]{1,3}[–-][0-9]{1,3}$/.exec(text.slice(Math.max(start, position - 10), position));
  if (glued) position = position - glued[0].length + 1;
  const insertAt = position;
  // The last word, for reporting a missing mark.
  let wordStart = position;
  while (wordStart > start && wordStart > position - 60 && !/[\s\u00A0]/.test(text.charAt(wordStart - 1))) wordStart--;
  const lastWord = { start: wordStart, end: position };
  // `…; and`, `…; and,`, `…; or` (Security Council lists of paragraphs), `…, or` (a Council list of items set off by commas).
  const tail = text.slice(Math.max(start, position - 8), position);
  const joined = /([;,])[ \u00A0]+(?:and|or),?$/.exec(tail);
  if (joined) {
    const at = position - tail.length + joined.index;
    return { mark: joined[1] as Mark, start: at, end: at + 1, insertAt, lastWord };
  }
  const last = text.charAt(position - 1);
  if (/[,;:.]/.test(last)) {
    return { mark: last as Mark, start: position - 1, end: position, insertAt, lastWord };
  }
  // Punctuation just inside a closing quote or bracket.
  let inner = position;
  while (inner > start && inner > position - 3 && CLOSER.test(text.charAt(inner - 1))) inner--;
  const innerMark = text.charAt(inner - 1);
  if (inner < position && /[,;:.?!]/.test(innerMark)) {
    return { start: inner - 1, end: inner, insertAt, inner: innerMark, lastWord };
  }
  return { start: position, end: position, insertAt, lastWord };
}

const DATE_ONLY = /^\d{1,2}[\s\u00A0]+[A-Z][a-z]+[\s\u00A0]+\d{4}\.?$/;
const SYMBOL_ONLY = /^(?:[A-Z]{1,6}(?:\.\d{1,3})?\/)+[A-Za-z0-9./\- ]*(?:\(\d{4}\))?$/;
const JOB_ONLY = /^\d{2}-\d{5}/;

/**
 * Whether the end of a span is the end of the paragraph's text. It is not when the parser joined
 * other material to the paragraph: a table (TAB-separated rows), a closing (`Adopted unanimously at
 * the …`, a date line), a running head or print job number, or a stray block after a blank line.
 * Scans the span once.
 */
export function endIsTrustworthy(model: Resolution, start: number, end: number): boolean {
  const text = model.text;
  const stop = Math.min(end, text.length);
  let lineStart = text.indexOf('\n', Math.max(0, start));
  if (lineStart < 0 || lineStart >= stop) return true;
  let afterBlank = false;
  let lastLineAfterBlank = false;
  while (lineStart >= 0 && lineStart < stop) {
    const next = text.indexOf('\n', lineStart + 1);
    const lineEnd = next < 0 || next > stop ? stop : next;
    const line = text.slice(lineStart + 1, lineEnd).replace(/^[\s\u00A0]+|[\s\u00A0]+$/g, '');
    if (line === '') {
      afterBlank = true;
    } else {
      if (line.includes('\t')) return false;
      if (
        /^Adopted\b/.test(line) ||
        DATE_ONLY.test(line) ||
        JOB_ONLY.test(line) ||
        (line.length < 40 && SYMBOL_ONLY.test(line))
      )
        return false;
      lastLineAfterBlank = afterBlank;
      afterBlank = false;
    }
    if (next < 0 || next >= stop) break;
    lineStart = next;
  }
  // A block after a blank line that does not end a sentence: a heading or a fragment joined to the paragraph.
  if (lastLineAfterBlank) {
    const tail = text.slice(Math.max(start, stop - 4), stop).replace(/[\s\u00A0\d”"’)\]*_]+$/, '');
    if (!/[,;:.]$/.test(tail)) return false;
  }
  return true;
}

/**
 * Where a span's own text ends when the parser joined a heading to it: Security Council mandates
 * set headings between the items of a list (`Urgent temporary measures:`, `Reporting:`,
 * `Support for humanitarian assistance`) and the parser leaves each under the item or paragraph
 * before it. A heading is one short line after a blank line that opens with a capital and ends
 * without `;`, `,` or `.` (a colon is its own), after text that ends a paragraph (`;`, `,`, `.`,
 * `:`). A run of such lines (names of judges under `the following judges:`) is not a heading.
 * Returns the end of the text before the heading and any footnote marker, or `end` when there is none.
 */
export function endBeforeHeading(model: Resolution, start: number, end: number): number {
  const text = model.text;
  const body = text.slice(start, Math.min(end, text.length)).replace(/[\s\u00A0]+$/, '');
  const blank = /\n[ \t\u00A0]*\r?\n[\s\u00A0]*(?=\S[^\n]*$)/.exec(body);
  if (!blank) return end;
  const block = body.slice(blank.index + blank[0].length);
  if (block.length > 120 || !/^[A-Z]/.test(block) || /[;,.]\W*$/.test(block) || block.includes(';')) return end;
  let stop = start + blank.index;
  while (stop > start && /[\s\u00A0]/.test(text.charAt(stop - 1))) stop--;
  const marker = model.markers.find((candidate) => candidate.end === stop && candidate.start > start);
  if (marker) stop = marker.start;
  // The text before must end a paragraph and be more than a number (`4.` alone on its line).
  const before = text.slice(start, stop);
  if (!/[;,.:][”"’)\]]?$/.test(before) || !/[a-z]/.test(before)) return end;
  return stop;
}

/**
 * Quoted text never joins the resolution's punctuation: a quotation keeps its own marks.
 * `opensQuotation`: between `from` and `to` a quotation opens (`“`) and does not close (`”`), so
 * what follows (the items of `… shall be replaced by the following: “Decides … (a) …; (b) … .”`)
 * is quoted. `endsInQuotedBlock`: the span ends with a block set out after a blank line that opens
 * with a quotation mark (`… continues to read as follows:` over `“(a) On appointment, …”`).
 */
export function opensQuotation(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let position = from; position < to; position++) {
    const char = text[position];
    if (char === '“') depth++;
    else if (char === '”' && depth > 0) depth--;
  }
  return depth > 0;
}

export function endsInQuotedBlock(text: string, start: number, end: number): boolean {
  const body = text.slice(start, Math.min(end, text.length)).replace(/[\s\u00A0]+$/, '');
  const blank = body.search(/\n[ \t\u00A0]*\r?\n[\s\u00A0]*[“"‘«][^\n]*$/);
  return blank >= 0;
}

const describe = (mark: string): string =>
  mark === ',' ? 'a comma' : mark === ';' ? 'a semicolon' : mark === ':' ? 'a colon' : 'a period';

/**
 * House style per organ: forms an organ routinely publishes, measured on the 2,235 adopted texts of
 * the corpus (GA 1,219, SC 823, HRC 110, ECOSOC 83), are not errors in that organ's texts.
 *
 * - `commaLists`: the Security Council sets off the items of a list with commas (`(a) supplies …,
 *   (b) supplies …, or (c) …`) in mandates and sanctions exemptions, 2004–2024: of 667 Council lists,
 *   19 end every item but the last with a comma, 7 all but headings or an item left without a mark,
 *   and 6 have a lone comma among semicolons (slips). The General Assembly, the Human Rights Council
 *   and ECOSOC never do (0 of 580 lists). A list mostly set off by commas is the Council's style; a
 *   comma among semicolons stays a slip.
 * - `leadInSemicolon`: the Council ends a lead-in that goes on past its announcement with a
 *   semicolon (`Decides that UNMISS shall have the following mandate, authorizes …, and stresses …;`,
 *   sanctions criteria `… designated by the Committee;` over `(a) as engaging in …`): 15 of 520 lead-ins,
 *   in mandates from 2008 to 2026. The other organs end a lead-in with a colon (3 exceptions in 550, all slips).
 */
interface HouseStyle {
  commaLists: boolean;
  leadInSemicolon: boolean;
}

const HOUSE_STYLE: Record<Organ, HouseStyle> = {
  GA: { commaLists: false, leadInSemicolon: false },
  SC: { commaLists: true, leadInSemicolon: true },
  HRC: { commaLists: false, leadInSemicolon: false },
  ECOSOC: { commaLists: false, leadInSemicolon: false },
  other: { commaLists: false, leadInSemicolon: false },
};

/** What a paragraph (or the last item of its lists) may end with: `;`, `.`, or either at the end of a part. */
type Ending = ';' | '.' | 'either';

function expectedText(ending: Ending): Mark {
  return ending === 'either' ? ';' : ending;
}

function accepts(ending: Ending, mark: Mark | undefined): boolean {
  if (mark === undefined) return false;
  if (ending === 'either') return mark === ';' || mark === '.';
  return mark === ending;
}

interface Check {
  what: string;
  /** The accepted ending, or ':' for a lead-in. */
  expected: Ending | ':';
  /** For paragraphs without items: a colon introducing material the parser did not read as items is accepted. */
  colonOk: boolean;
  /** Marks accepted besides the expected one (the organ's house style). */
  also?: readonly Mark[];
}

function checkEnd(
  model: Resolution,
  node: { start: number; contentEnd: number; terminator?: { start: number; end: number; text: string } },
  ownEnd: number,
  check: Check,
): Finding | undefined {
  // A quotation set out as a block at the end, or still open at the end (its paragraphs go on), keeps its own punctuation.
  const spanEnd = Math.min(ownEnd, node.contentEnd);
  if (endsInQuotedBlock(model.text, node.start, spanEnd) || opensQuotation(model.text, node.start, spanEnd))
    return undefined;
  // A heading the parser joined to the span is not its end: read the text before it. A lead-in
  // with a heading after it is not judged: the heading, not the lead-in, may be what opens the list.
  const beforeHeading = endBeforeHeading(model, node.start, spanEnd);
  if (beforeHeading < spanEnd) {
    if (check.expected === ':') return undefined;
    node = { start: node.start, contentEnd: beforeHeading };
    ownEnd = beforeHeading;
  }
  if (!endIsTrustworthy(model, node.start, ownEnd)) return undefined;
  const reading = readEnd(model, node);
  if (!reading) return undefined;
  const { expected } = check;
  const wanted: Mark = expected === ':' ? ':' : expectedText(expected);
  const mark = reading.mark;
  if (expected === ':' ? mark === ':' : accepts(expected, mark)) return undefined;
  if (mark !== undefined && check.also?.includes(mark)) return undefined;
  if (mark === ':' && check.colonOk) return undefined;
  // `…entitled “Oceans”;` is right; `…“Oceans.”` lacks the paragraph's own mark (inserted after the quote).
  if (
    mark === undefined &&
    reading.inner !== undefined &&
    (reading.inner === wanted || (expected === 'either' && reading.inner === '.'))
  )
    return undefined;
  const expectedWords = expected === 'either' ? 'a semicolon or, at the end of a part, a period' : describe(wanted);
  if (mark !== undefined) {
    return {
      start: reading.start,
      end: reading.end,
      message: `${check.what} ends with ${describe(mark)}; expected ${expectedWords}.`,
      fix: {
        title: `Replace "${mark}" with "${wanted}"`,
        edits: [{ start: reading.start, end: reading.end, newText: wanted }],
      },
    };
  }
  // A paragraph cut off mid-phrase (a page break in print) is not missing a mark: inserting one would be wrong.
  const lastWord = model.text.slice(reading.lastWord.start, reading.lastWord.end).toLowerCase();
  if (CUT_OFF_WORDS.has(lastWord)) return undefined;
  if (reading.inner !== undefined && /[?!]/.test(reading.inner)) return undefined;
  // A question put in a list (`(b) How do the policies … affect the legal status of the occupation?`) ends with its own mark.
  if (/[?!]$/.test(model.text.slice(reading.lastWord.start, reading.lastWord.end))) return undefined;
  return {
    start: reading.lastWord.start,
    end: reading.lastWord.end,
    message: `${check.what} has no final punctuation; expected ${expectedWords}.`,
    fix: { title: `Insert "${wanted}"`, edits: [{ start: reading.insertAt, end: reading.insertAt, newText: wanted }] },
  };
}

/** Words a sentence does not end on: a paragraph ending with one was cut off (print page break, lost text). */
export const CUT_OFF_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'to',
  'in',
  'on',
  'for',
  'by',
  'with',
  'from',
  'at',
  'as',
  'that',
  'its',
  'their',
  'his',
  'her',
  'which',
  'whose',
  'under',
  'between',
  'among',
  'into',
  'upon',
  'than',
]);

/**
 * A lead-in over a list of paragraphs: its items open with operative verbs of their own
 * (`12. Acting under Chapter VII of the Charter of the United Nations:` over `(a) Decides …;`,
 * `(b) Requests …;`). The lead-in is a phrase, not a sentence: the Council ends it with a colon or
 * with the comma of the preambular `Acting under Chapter VII …,`, and it opens with no verb.
 */
export function leadsIntoParagraphs(model: Resolution, paragraph: OperativeParagraph): boolean {
  const first = paragraph.items[0];
  if (!first) return false;
  let position = first.label.end;
  while (position < first.end && /[\s\u00A0(]/.test(model.text.charAt(position))) position++;
  return opensWithOperativeVerb(model.text, position);
}

/** An operative paragraph in resolution style: opens with a known third-person verb (not declaration prose such as `We will …`, `The Committee …`). */
function resolutionStyle(model: Resolution, paragraph: OperativeParagraph): boolean {
  return (
    paragraph.verb !== undefined && paragraph.verbKnown && opensWithOperativeVerb(model.text, paragraph.verb.start)
  );
}

/** The mark an item's own text ends with (before any heading joined to it). */
function itemMark(model: Resolution, item: SubParagraph): Mark | undefined {
  const own = Math.min(item.textEnd, item.contentEnd);
  return readEnd(model, { start: item.start, contentEnd: endBeforeHeading(model, item.start, own) })?.mark;
}

/**
 * A list set off by commas: at least two thirds of its items but the last (headings aside) end with
 * a comma. In the Security Council's texts that is house style (HOUSE_STYLE); an item there without
 * any mark is still reported, and a lone comma among semicolons is not such a list.
 */
function isCommaList(model: Resolution, list: SubParagraph[]): boolean {
  const body = list.slice(0, -1).filter((item) => item.children.length === 0 && !isHeading(model, item));
  const commas = body.filter((item) => itemMark(model, item) === ',').length;
  return commas > 0 && commas * 3 >= body.length * 2;
}

function checkItems(model: Resolution, items: SubParagraph[], listEnd: Ending, findings: Finding[]): void {
  const style = HOUSE_STYLE[model.organ];
  const leadInAlso: Mark[] = style.leadInSemicolon ? [';'] : [];
  // Items of one paragraph may sit at several levels in one array (a nested item without a parent): each level is its own list.
  const lastAtLevel = new Map<number, number>();
  items.forEach((item, index) => lastAtLevel.set(item.level, index));
  const commaLevels = new Set<number>();
  if (style.commaLists) {
    for (const level of lastAtLevel.keys()) {
      if (
        isCommaList(
          model,
          items.filter((item) => item.level === level),
        )
      )
        commaLevels.add(level);
    }
  }
  items.forEach((item, index) => {
    const last = lastAtLevel.get(item.level) === index;
    if (item.children.length > 0) {
      // A nested list that does not start at 1 was misread (OCR `(1)` for `(i)`): the nesting, and so the lead-in, is unknown.
      // A lead-in without any punctuation on a short line is a heading (`(a) Protection of civilians` in a mandate).
      if (item.children[0]?.value === 1 && !isHeading(model, item)) {
        const found = checkEnd(model, item, item.textEnd, {
          what: `Sub-paragraph ${item.label.text} introduces sub-paragraphs and`,
          expected: ':',
          colonOk: true,
          also: leadInAlso,
        });
        if (found) findings.push(withLeadInWording(found));
      }
      checkItems(model, item.children, last ? listEnd : ';', findings);
      return;
    }
    if (isHeading(model, item)) return;
    const next = items[index + 1];
    // A colon before a list that breaks off (the next label does not follow) introduces material the parser did not nest.
    const interrupted = next !== undefined && next.level === item.level && next.value !== item.value + 1;
    const announces = /\b(?:the following|as follows)\b/i.test(model.text.slice(item.start, item.textEnd));
    // In a list set off by commas, every item may end with one, the last too when the list does not end the resolution.
    const commaList = commaLevels.has(item.level) && (!last || listEnd !== '.');
    const found = checkEnd(model, item, item.textEnd, {
      what: `Sub-paragraph ${item.label.text}`,
      expected: last ? listEnd : ';',
      colonOk: interrupted || announces,
      also: commaList ? [','] : undefined,
    });
    if (found) findings.push(found);
  });
}

/**
 * A labelled heading: the item's first line is short and has no final punctuation, and either the
 * item has sub-items or its text goes on after a blank line (`(a) Protection of civilians` over
 * dashed bullets in a Security Council mandate).
 */
function isHeading(model: Resolution, item: SubParagraph): boolean {
  // The parser read it as a heading inside its list (a title without final punctuation, items next).
  if (item.heading !== undefined) return true;
  const text = model.text;
  const newline = text.indexOf('\n', item.label.end);
  const firstLineEnd = newline < 0 || newline > item.textEnd ? item.textEnd : newline;
  if (firstLineEnd - item.start > 300) return false;
  const firstLine = text.slice(item.label.end, firstLineEnd).replace(/[\s\u00A0]+$/, '');
  if (firstLine === '') return false;
  // A heading over a block of bullets may carry the bullets' comma (`(i) Support for … elections,`).
  if (/[;:.”"’]$/.test(firstLine) || (firstLine.endsWith(',') && firstLineEnd >= item.textEnd)) return false;
  return item.children.length > 0 || firstLineEnd < item.textEnd;
}

/** `Sub-paragraph (a) introduces sub-paragraphs and ends with …` reads badly: reword for lead-ins. */
function withLeadInWording(finding: Finding): Finding {
  return {
    ...finding,
    message: finding.message
      .replace(
        /^(.*) introduces sub-paragraphs and ends with (.*); expected a colon\.$/,
        '$1 introduces sub-paragraphs but ends with $2; expected a colon.',
      )
      .replace(
        /^(.*) introduces sub-paragraphs and has no final punctuation; expected a colon\.$/,
        '$1 introduces sub-paragraphs but has no final punctuation; expected a colon.',
      ),
  };
}

/**
 * Whether the paragraph announces a following block (`as follows:`, `the following:`, `… the
 * following provisional agenda for the Congress, finalized by the Commission …:`). The announcement
 * may stand anywhere in the paragraph; the colon at its end then introduces the block.
 */
function announcesBlock(model: Resolution, paragraph: OperativeParagraph): boolean {
  const tail = model.text
    .slice(Math.max(paragraph.start, paragraph.contentEnd - 80), paragraph.contentEnd)
    .toLowerCase();
  if (tail.includes('follow') || tail.includes('below')) return true;
  return /\b(?:the following|as follows)\b/i.test(model.text.slice(paragraph.start, paragraph.contentEnd));
}

/**
 * `Decides to remain (actively) seized of the matter.` closes a resolution: its period is right even
 * when the parser reads numbered material after it (an annex set out under the resolution).
 */
const SEIZED = /\bremain (?:actively )?seized of (?:the|this) (?:matter|question)\.$/i;

function closesResolution(model: Resolution, paragraph: { start: number; contentEnd: number }): boolean {
  const tail = model.text
    .slice(Math.max(paragraph.start, paragraph.contentEnd - 60), paragraph.contentEnd)
    .replace(/[\s\u00A0]+$/, '');
  return SEIZED.test(tail);
}

function checkResolution(model: Resolution): Finding[] {
  const findings: Finding[] = [];
  const partsWithOperative = model.parts.filter((part) => part.operative.length > 0);
  partsWithOperative.forEach((part, partIndex) => {
    const lastPart = partIndex === partsWithOperative.length - 1;
    part.operative.forEach((paragraph, index) => {
      const lastOfPart = index === part.operative.length - 1;
      const ending: Ending = !lastOfPart ? ';' : lastPart ? '.' : 'either';
      const prose = !resolutionStyle(model, paragraph);
      // Declaration prose (`We will …`) is written in full sentences: each paragraph may end with a period.
      const own: Ending = prose ? 'either' : ending;
      const insertion = paragraph.number?.insertion ? ` ${paragraph.number.insertion}` : '';
      const number = paragraph.number
        ? `Operative paragraph ${paragraph.number.value}${insertion}`
        : 'The operative paragraph';
      // `14.` alone on its line over `(a)`, `(b)`: the number has no text of its own to punctuate.
      if (paragraph.number && paragraph.textEnd <= paragraph.number.end) {
        checkItems(model, paragraph.items, own, findings);
        return;
      }
      const firstItem = paragraph.items[0];
      if (firstItem !== undefined) {
        // Items inside a quotation opened in the lead-in (a paragraph replaced by quoted text) are not the resolution's.
        if (opensQuotation(model.text, paragraph.start, firstItem.start)) return;
        // `Decides to remain seized of the matter.` ends the resolution: the items the parser reads after
        // it (under an annex heading it joined to the paragraph) are the annex's.
        const firstBlock = /\n[ \t\u00A0]*\r?\n/.exec(model.text.slice(paragraph.start, paragraph.textEnd));
        if (
          closesResolution(model, {
            start: paragraph.start,
            contentEnd: firstBlock ? paragraph.start + firstBlock.index : paragraph.textEnd,
          })
        )
          return;
        const also: Mark[] = HOUSE_STYLE[model.organ].leadInSemicolon ? [';'] : [];
        if (leadsIntoParagraphs(model, paragraph)) also.push(',');
        const found = checkEnd(model, paragraph, paragraph.textEnd, {
          what: `${number} introduces sub-paragraphs and`,
          expected: ':',
          colonOk: true,
          also,
        });
        if (found) findings.push(withLeadInWording(found));
        checkItems(model, paragraph.items, own, findings);
        return;
      }
      const found = checkEnd(model, paragraph, paragraph.textEnd, {
        what: number,
        expected: own,
        // A list the parser read inside the paragraph (an agenda, a quoted amendment) follows its colon.
        colonOk: announcesBlock(model, paragraph) || prose || paragraph.end > paragraph.textEnd,
        also: closesResolution(model, paragraph) ? ['.'] : undefined,
      });
      if (found) findings.push(found);
    });
  });
  return findings;
}

export const operativePunctuation: Rule = {
  meta: {
    id: 'operative-punctuation',
    description:
      'Operative paragraphs end with a semicolon and the last with a period; lead-ins end with a colon; sub-paragraphs end with a semicolon, the last as its parent.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  scope: 'paragraph',
  check(model) {
    return checkResolution(model);
  },
};
