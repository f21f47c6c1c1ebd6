// Entries of sanctions lists quote particulars as submitted; rules that judge the resolution's own
// prose (dates, Member State names) leave them alone.

/**
 * Field labels of a sanctions-list entry (`DOB: 01 August 1979`, `a.k.a.`, `Passport no.:`,
 * `Location: Pyongyang, North Korea`): the entry records a person's or an entity's particulars as
 * the designating States submitted them, not the resolution's own prose.
 */
const LIST_ENTRY_FIELD =
  /(?:^|[\s;(])(?:DOB|POB|a\.k\.a\.|f\.k\.a\.|[Aa]lias(?:es)?:|Passport(?: [Nn]o\.?| number)?:?|Nationality:|Identifiers:|Address(?:es)?:|Location:|Designation:|Gender:|SWIFT\/BIC|Listed on:?|Date of birth:|Place of birth:)/;

const LIST_ENTRY_FIELDS = new RegExp(LIST_ENTRY_FIELD.source, 'g');

/** True when the line holding `position` is an entry of a sanctions list (it carries an entry's field labels). */
export function inListEntry(text: string, position: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', position - 1) + 1, 0);
  let lineEnd = text.indexOf('\n', position);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  // A short line with one label is an entry's line (`c. Identifiers: DOB: …`); a long one must carry
  // two labels (an entry on one line, `Title: … DOB: … Nationality: …`): prose may name one.
  const labels = line.match(LIST_ENTRY_FIELDS)?.length ?? 0;
  return labels >= 2 || (labels === 1 && line.length < 400);
}
