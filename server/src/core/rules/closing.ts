// closing: a resolution closes with its meeting in figures with the ordinal suffix
// (`74th plenary meeting`, `48th (resumed) plenary meeting`, Human Rights Council `47th meeting`)
// and the adoption date under it (`20 December 2004`), which is the date of the heading's adoption line.
import type { Closing, Resolution, Token } from '../model';
import type { Finding, Rule } from './types';
import { MONTHS } from '../text/months';

const MONTH_INDEX: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap((month, index): [string, number][] => [
    [month.toLowerCase(), index],
    [month.slice(0, 3).toLowerCase(), index],
    ...(month === 'September' ? [['sept', index] as [string, number]] : []),
  ]),
);

import { ordinalSuffix } from '../data/ordinals';

export { ordinalSuffix };

const UNIT_ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** `Seventy-fourth` → 74, `Twelfth` → 12; undefined for anything else. */
export function ordinalWordValue(word: string): number | undefined {
  const parts = word.toLowerCase().split(/[-\u2011]/);
  const [first, second] = parts;
  if (first === undefined) return undefined;
  if (parts.length === 1) return UNIT_ORDINALS[first];
  const tens = TENS[first];
  if (parts.length === 2 && second !== undefined && tens !== undefined) {
    const unit = UNIT_ORDINALS[second];
    if (unit !== undefined && unit < 10) return tens + unit;
  }
  return undefined;
}

interface ParsedDate {
  day: number;
  month: number;
  year: number;
}

const daysIn = (month: number, year: number): number =>
  month === 1
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month]!; // month: 0–11, from MONTH_INDEX

const formatDate = (date: ParsedDate): string => `${date.day} ${MONTHS[date.month]} ${date.year}`;

const BLANKS = /[\s\u00A0\u202F]+/g;

/** A date written in any common way: `20 December 2004`, `December 20, 2004`, `20th Dec. 2004`. */
function readDate(text: string): ParsedDate | undefined {
  const clean = text.replace(BLANKS, ' ').trim();
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([A-Za-z]+)\.?,? (\d{4})\.?$/.exec(clean);
  const monthFirst = /^([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\.?$/.exec(clean);
  const [dayText, monthText, yearText] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3]]
    : monthFirst
      ? [monthFirst[2], monthFirst[1], monthFirst[3]]
      : [];
  if (dayText === undefined || monthText === undefined || yearText === undefined) return undefined;
  const month = MONTH_INDEX.get(monthText.toLowerCase());
  if (month === undefined) return undefined;
  return { day: Number(dayText), month, year: Number(yearText) };
}

const MEETING = /^(\d{1,5})([A-Za-z]{1,2}) (\((?:resumed|continued)\) )?(plenary )?meeting(\.?)$/i;

/** `Seventy-fourth plenary meeting`: the figure it should be written in, or undefined. */
function meetingInWords(model: Resolution, written: string): string | undefined {
  const words = /^([A-Z][a-z]+(?:[-\u2011][a-z]+)?) (\((?:resumed|continued)\) )?(plenary )?meeting\.?$/.exec(written);
  const value = words ? ordinalWordValue(words[1]!) : undefined;
  if (!words || value === undefined) return undefined;
  return `${value}${ordinalSuffix(value)} ${words[2] ? '(resumed) ' : ''}${words[3] || model.organ === 'GA' || model.organ === 'ECOSOC' ? 'plenary ' : ''}meeting`;
}

function checkMeeting(model: Resolution, meeting: Token): Finding | undefined {
  const written = meeting.text.replace(BLANKS, ' ').trim();
  const match = MEETING.exec(written);
  if (!match) {
    const expected = meetingInWords(model, written);
    return expected
      ? { start: meeting.start, end: meeting.end, message: `Meetings are numbered in figures; write "${expected}".` }
      : undefined;
  }
  const value = Number(match[1]);
  const suffix = ordinalSuffix(value);
  const sc = model.organ === 'SC';
  const plenary = model.organ === 'GA' || model.organ === 'ECOSOC' || match[4] !== undefined;
  const resumed = match[3] ? match[3].toLowerCase() : '';
  const expected = `${value}${suffix} ${resumed}${plenary ? 'plenary ' : ''}meeting`;
  // Old Security Council prints close on a sentence (`Adopted unanimously at the 1382nd meeting.`).
  const compared = sc ? written.replace(/\.$/, '') : written;
  if (compared === expected) return undefined;
  let message: string;
  if (match[2]!.toLowerCase() !== suffix)
    message = `"${match[1]}${match[2]}" has the wrong ordinal suffix; write "${expected}".`;
  else if (!match[4] && plenary)
    message = `A ${model.organ === 'GA' ? 'General Assembly' : 'Economic and Social Council'} resolution is adopted at a plenary meeting; write "${expected}".`;
  else message = `The meeting line should read "${expected}", in lower case without a period.`;
  return { start: meeting.start, end: meeting.end, message };
}

function checkDate(model: Resolution, closing: Closing): Finding[] {
  const date = closing.date;
  if (!date) return [];
  const written = date.text.replace(BLANKS, ' ').trim();
  const parsed = readDate(written);
  if (!parsed) return [];
  if (parsed.day < 1 || parsed.day > daysIn(parsed.month, parsed.year)) {
    return [{ start: date.start, end: date.end, message: `"${written}" is not a valid date.` }];
  }
  const findings: Finding[] = [];
  const wanted = formatDate(parsed);
  if (written !== wanted && model.organ !== 'SC') {
    findings.push({
      start: date.start,
      end: date.end,
      message: `The adoption date should read "${wanted}", without a leading zero or a period.`,
    });
  }
  const adoption = model.adoption?.date ? readDate(model.adoption.date.text) : undefined;
  if (adoption && adoption.day <= daysIn(adoption.month, adoption.year) && formatDate(adoption) !== wanted) {
    findings.push({
      start: date.start,
      end: date.end,
      message: `The closing date "${wanted}" differs from the adoption date "${formatDate(adoption)}" in the heading.`,
    });
  }
  return findings;
}

/** The line after the meeting line when the parser did not take it as a date: `December 20, 2004`. */
function checkMissingDate(model: Resolution, closing: Closing, meeting: Token): Finding | undefined {
  if (closing.date || model.organ === 'SC' || model.organ === 'other') return undefined;
  const text = model.text;
  let start = meeting.end;
  const limit = Math.min(text.length, start + 200);
  while (start < limit && /[\s\u00A0]/.test(text.charAt(start))) start++;
  let end = start;
  while (end < limit && text[end] !== '\n' && text[end] !== '\r') end++;
  while (end > start && /[\s\u00A0]/.test(text.charAt(end - 1))) end--;
  const line = text.slice(start, end);
  const parsed = line.length > 0 && line.length <= 40 ? readDate(line) : undefined;
  if (parsed) {
    return { start, end, message: `The adoption date should read "${formatDate(parsed)}".` };
  }
  return {
    start: meeting.start,
    end: meeting.end,
    message: 'The meeting line is not followed by the adoption date (for example "20 December 2004").',
  };
}

const WORDS_MEETING =
  /(?:^|\n)[ \t\u00A0]*([A-Z][a-z]+(?:[-\u2011][a-z]+)?)[ \u00A0]+(\((?:resumed|continued)\)[ \u00A0]+)?(plenary[ \u00A0]+)?meeting\.?[ \t\u00A0]*(?=\r?\n|$)/g;

/** `Seventy-fourth plenary meeting` at the end of the last paragraph of a part, where the parser left it. */
function checkMeetingInWords(model: Resolution): Finding[] {
  const findings: Finding[] = [];
  for (const part of model.parts) {
    const last = part.operative[part.operative.length - 1];
    if (!last) continue;
    const from = Math.max(last.start, last.end - 300);
    const tail = model.text.slice(from, last.end);
    WORDS_MEETING.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = WORDS_MEETING.exec(tail)) !== null) {
      const written = match[1]!;
      const value = ordinalWordValue(written);
      if (value === undefined) continue;
      const start = from + match.index + match[0].indexOf(written);
      const end = from + match.index + match[0].replace(/[ \t\u00A0]+$/, '').length;
      const expected = `${value}${ordinalSuffix(value)} ${match[2] ? '(resumed) ' : ''}${match[3] || model.organ === 'GA' || model.organ === 'ECOSOC' ? 'plenary ' : ''}meeting`;
      findings.push({ start, end, message: `Meetings are numbered in figures; write "${expected}".` });
    }
  }
  return findings;
}

export const closing: Rule = {
  meta: {
    id: 'closing',
    description:
      'The closing names the meeting in figures with its ordinal suffix ("74th plenary meeting") followed by the adoption date ("20 December 2004").',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(model) {
    const findings: Finding[] = [];
    for (const entry of model.closings) {
      if (!entry.meeting) continue;
      const meeting = checkMeeting(model, entry.meeting);
      if (meeting) findings.push(meeting);
      findings.push(...checkDate(model, entry));
      const missing = checkMissingDate(model, entry, entry.meeting);
      if (missing) findings.push(missing);
    }
    // The same meeting line can be found both ways (as a closing, and in a paragraph's tail).
    for (const finding of checkMeetingInWords(model)) {
      if (!findings.some((other) => other.start === finding.start)) findings.push(finding);
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
