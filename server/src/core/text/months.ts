// The month names, in one place: dates are read and written by the parser, the citation engine,
// several rules, completion and formatting, and each used to keep its own list.

/** `January` … `December`, index 0–11. */
export const MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `January|February|…|December`, for regular expressions. */
export const MONTH_ALTERNATION = MONTHS.join('|');

/** 1–12 for a month's full name as written (`March` → 3), 0 for anything else. */
export const monthNumber = (name: string): number => MONTHS.indexOf(name) + 1;

const WRITTEN_DATE = new RegExp(`(\\d{1,2})[\\s\\u00A0]+(${MONTH_ALTERNATION})[\\s\\u00A0]*,?[\\s\\u00A0]*(\\d{4})`);

/** yyyy-mm-dd of the first date written out in `text` (`18 December 2019`), or undefined. */
export function isoOfWrittenDate(text: string | undefined): string | undefined {
  const match = text ? WRITTEN_DATE.exec(text) : null;
  if (!match) return undefined;
  const [, day = '', month = '', year = ''] = match;
  if (Number(day) < 1 || Number(day) > 31) return undefined;
  return `${year}-${String(monthNumber(month)).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** `2000-11-15` → `15 November 2000`, as the UN writes dates; undefined for anything else. */
export function writtenDateOfIso(iso: string | undefined): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : undefined;
}
