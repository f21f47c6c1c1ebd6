// date-format: dates are written `20 December 2004` — day, full month, year; no comma, no ordinal
// suffix, no leading zero, the month in full. A no-break space between day and month is correct.
// Impossible dates (31 June, 29 February 2023) are errors. Month-first dates are not reported in
// the texts of an organ whose house style they are (data/house-style.ts: the Security Council), nor
// is the form of a date in a sanctions-list entry (`DOB: 01 August 1979`), which records the
// particulars as submitted; an impossible date is reported everywhere.
import { houseStyle } from '../data/house-style';
import type { Resolution, Span } from '../model';
import { inListEntry } from './list-entry';
import type { Finding, Rule } from './types';
import { MONTHS } from '../text/months';

/** Month names and their abbreviations as drafters write them, to the month index. */
const MONTH_INDEX: ReadonlyMap<string, number> = new Map([
  ...MONTHS.map((month, index) => [month, index] as [string, number]),
  ['Jan', 0],
  ['Feb', 1],
  ['Mar', 2],
  ['Apr', 3],
  ['Jun', 5],
  ['Jul', 6],
  ['Aug', 7],
  ['Sep', 8],
  ['Sept', 8],
  ['Oct', 9],
  ['Nov', 10],
  ['Dec', 11],
]);

const MONTH_WORD =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b(\.?)/g;

/** `20th `, `20 `, `the 20th of ` — what may stand before a month, read back from the month. */
const DAY_BEFORE = /(?:^|[^\w/.,\u2011-])((?:the[ \u00A0])?)(\d{1,2})(st|nd|rd|th)?((?:[ \u00A0]of)?)([ \u00A0])$/;
/** `, 2004`, ` 2004` after a day-first month. */
const YEAR_AFTER = /^(,?)[ \u00A0](\d{4})(?!\d{0,3}[/.,]\d)/;
/** ` 20, 2004`, ` 20th 2004`, ` 20th` after a month (the American order). */
const DAY_AFTER = /^[ \u00A0](\d{1,2})(st|nd|rd|th)?(?![\d\w])(?:(,?)[ \u00A0](\d{4})(?!\d{0,3}[/.,]\d))?/;

const MONTH_FIRST = 'the day before the month';

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysIn(month: number, year: number | undefined): number {
  if (month === 1) return year === undefined || isLeap(year) ? 29 : 28;
  return [3, 5, 8, 10].includes(month) ? 30 : 31;
}

/** The texts to scan: every paragraph, item, title, heading, closing, footnote and dated line. */
function regionsOf(model: Resolution): Span[] {
  const regions: Span[] = [];
  if (model.masthead?.date) regions.push(model.masthead.date);
  if (model.adoption) regions.push(model.adoption);
  if (model.title) regions.push(model.title);
  for (const part of model.parts) {
    if (part.title) regions.push(part.title);
    regions.push(...part.preamble, ...part.operative);
  }
  // Lines the parser could not place (a closing date it did not recognise) are text too.
  regions.push(...model.headings, ...model.closings, ...model.footnotes, ...model.unrecognised);
  for (const annex of model.annexes) regions.push(annex.heading, ...annex.paragraphs);
  regions.sort((a, b) => a.start - b.start || b.end - a.end);
  // Merge overlaps so that nothing is reported twice.
  const merged: Span[] = [];
  for (const region of regions) {
    const last = merged[merged.length - 1];
    if (last && region.start <= last.end) last.end = Math.max(last.end, region.end);
    else merged.push({ start: region.start, end: region.end });
  }
  return merged;
}

interface DateMatch extends Span {
  day: number;
  month: number;
  year?: number;
  /** What is wrong with the form, empty when only the day is impossible. */
  problems: string[];
  /** The separator to keep between day and month (a no-break space stays). */
  separator: string;
}

function describe(date: DateMatch): string {
  return `${date.day} ${MONTHS[date.month]}${date.year !== undefined ? ` ${date.year}` : ''}`;
}

function findDates(text: string, region: Span): DateMatch[] {
  const dates: DateMatch[] = [];
  // Read the region's own text: a search never runs past its end.
  const within = text.slice(region.start, region.end);
  MONTH_WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = MONTH_WORD.exec(within)) !== null) {
    match.index += region.start;
    const monthStart = match.index;
    const name = match[1]!;
    const dotted = match[2] === '.';
    const monthEnd = monthStart + match[0].length;
    if (monthEnd > region.end) break;
    const month = MONTH_INDEX.get(name);
    if (month === undefined) continue;
    const abbreviated = name !== MONTHS[month];
    // An abbreviation without its period must still be followed by a space ("Mar del Plata" is not).
    const before = DAY_BEFORE.exec(text.slice(Math.max(region.start, monthStart - 12), monthStart));
    const afterText = text.slice(monthEnd, Math.min(region.end, monthEnd + 16));
    if (before) {
      // Only the suffix's group may stay out of a match; the others match, if only the empty string.
      const [, article = '', dayText = '', suffix, of = '', separator = ''] = before;
      const day = Number(dayText);
      const year = YEAR_AFTER.exec(afterText);
      // Abbreviated months are dates only with their year (`20 Dec. 2004`, not `Mar del Plata`).
      if (abbreviated && !year) continue;
      const problems: string[] = [];
      if (suffix) problems.push(`no ordinal "${suffix}"`);
      if (of) problems.push('no "of"');
      if (dayText.length === 2 && dayText.startsWith('0')) problems.push('no leading zero');
      if (abbreviated) problems.push('the month in full');
      if (year?.[1]) problems.push('no comma before the year');
      const dayStart = monthStart - separator.length - of.length - (suffix?.length ?? 0) - dayText.length;
      const start = suffix || of ? dayStart - article.length : dayStart;
      const end = year ? monthEnd + year[0].length : monthEnd;
      dates.push({
        start,
        end,
        day,
        month,
        year: year ? Number(year[2]) : undefined,
        problems,
        separator: separator === '\u00A0' ? '\u00A0' : ' ',
      });
      continue;
    }
    const after = DAY_AFTER.exec(afterText);
    if (after && (after[4] !== undefined || after[2] !== undefined)) {
      // `December 20, 2004`, `December 20th`: the American order.
      const [, dayText, suffix, comma, yearText] = after;
      if (abbreviated && (yearText === undefined || !dotted)) continue;
      const problems = [MONTH_FIRST];
      if (suffix) problems.push(`no ordinal "${suffix}"`);
      if (abbreviated) problems.push('the month in full');
      if (comma) problems.push('no comma');
      dates.push({
        start: monthStart,
        end: monthEnd + after[0].length,
        day: Number(dayText),
        month,
        year: yearText !== undefined ? Number(yearText) : undefined,
        problems,
        separator: ' ',
      });
    }
  }
  return dates;
}

export const dateFormat: Rule = {
  meta: {
    id: 'date-format',
    description:
      'Dates are written "20 December 2004": day, month in full, year, without comma, ordinal or leading zero; impossible dates are errors.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  scope: 'paragraph',
  check(model) {
    const findings: Finding[] = [];
    const { text } = model;
    const monthFirst = houseStyle(model.organ).monthFirstDates;
    for (const region of regionsOf(model)) {
      for (const date of findDates(text, region)) {
        if (date.day < 1 || date.day > 31) continue;
        if (date.day > daysIn(date.month, date.year)) {
          const when =
            date.month === 1 && date.day === 29 && date.year !== undefined
              ? `${date.year} is not a leap year`
              : `${MONTHS[date.month]} has ${daysIn(date.month, date.year)} days`;
          findings.push({
            start: date.start,
            end: date.end,
            severity: 'error',
            message: `"${text.slice(date.start, date.end)}" is not a date: ${when}.`,
          });
          continue;
        }
        if (date.problems.length === 0 || inListEntry(text, date.start)) continue;
        // The organ writes `July 31, 2014`: what else is wrong with the date is still reported.
        if (monthFirst && date.problems[0] === MONTH_FIRST) {
          if (date.problems.length === 1 || (date.problems.length === 2 && date.problems[1] === 'no comma')) continue;
        }
        const wanted = describe(date).replace(' ', date.separator);
        findings.push({
          start: date.start,
          end: date.end,
          message: `Write the date "${text.slice(date.start, date.end)}" as "${describe(date)}" (${date.problems.join(', ')}).`,
          fix: { title: `Write "${describe(date)}"`, edits: [{ start: date.start, end: date.end, newText: wanted }] },
        });
      }
    }
    return findings;
  },
};
