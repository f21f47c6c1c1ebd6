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
