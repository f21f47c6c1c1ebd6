/**
 * The house style of each organ: forms an organ routinely publishes in its adopted texts, which
 * the style rules (un-terms, un-spelling, member-state-name, date-format) therefore do not report
 * in that organ's texts. Everything not listed here follows the UN Editorial Manual.
 *
 * Set by hand from a measurement, not from any text: `npx tsx scripts/house-style.ts` runs the
 * rules with no profile over the adopted texts of each organ and counts the texts that publish
 * each form. A form is house style when the organ publishes it in at least 1 in 50 of its texts
 * and in 10 texts at least (a small organ's handful of texts decides nothing). Measured on 2,235
 * adopted texts (GA 1,219, SC 823, HRC 110, ECOSOC 83):
 *
 * - Security Council: `UN` in running text (19 % of its texts), `Secretary General` without the
 *   hyphen (7.4 %), `member states` for the Members of the United Nations (5.2 %); US spellings
 *   (program, toward, neighboring, defense, fulfill: 17 %) and -ise for -ize (organisation,
 *   recognises: 18 %) — the Council publishes the negotiated text with its drafters' spelling;
 *   month-first dates (`July 31, 2014`: 3.5 %, outside sanctions-list entries). Not house style,
 *   so still reported: `Member states` (1.5 %), `NGOs` (1.2 %), -yze (1.3 %), ordinal days
 *   (`12th August`: 1.8 %), leading zeros (0.4 %), every former or colloquial Member State name (none reaches 1 in 50; the most
 *   frequent, `Democratic Republic of Congo`, is in 1.1 %). `Iran`, which the Council writes
 *   throughout its texts on Iran's nuclear programme (10 texts, 1.2 %, but 10 of the 18 that name
 *   Iran), stays accepted by data/terms.ts (SC_RUNNING_TEXT_NAMES).
 * - General Assembly, Human Rights Council, Economic and Social Council: no form reaches the mark
 *   (the GA's most frequent, `Secretary General` and `toward`, are in about 1 % of its texts; the
 *   HRC's US spellings in 4 texts of 110), so their texts follow the Manual throughout.
 * - `other` (a draft whose organ is not known): the Manual throughout.
 */
import type { Organ } from '../model';

/** un-terms: the forms an organ may publish instead of the fixed term. */
export type TermForm =
  /** `UN` for United Nations in running text. */
  | 'UN'
  /** `Secretary General` without the hyphen. */
  | 'Secretary General'
  /** `member states` (small m and s) for the Members of the United Nations. */
  | 'member states';

/** un-spelling: the kinds of spelling an organ may publish besides the Manual's first forms. */
export type SpellingHabit =
  /** -ise for -ize (organisation, recognises). */
  | 'ise'
  /** US forms (program, toward, neighboring, defense, fulfill, percent). */
  | 'us';

export interface HouseStyle {
  readonly terms: readonly TermForm[];
  readonly spellings: readonly SpellingHabit[];
  /** date-format: month-first dates (`July 31, 2014`, `December 22, 2004`) are the organ's own. */
  readonly monthFirstDates: boolean;
  /**
   * The word-level rules leave the annexes alone: a Council annex is an instrument with its own
   * wording — a tribunal's statute (`judgement`), an agreement, a plan, a designation list — not
   * text the Council's editors wrote. An Assembly annex (a declaration it adopts) is edited as its own.
   */
  readonly annexesKeepTheirWording: boolean;
}

const MANUAL: HouseStyle = { terms: [], spellings: [], monthFirstDates: false, annexesKeepTheirWording: false };

export const HOUSE_STYLE: Readonly<Record<Organ, HouseStyle>> = {
  GA: MANUAL,
  SC: { terms: ['UN', 'Secretary General', 'member states'], spellings: ['ise', 'us'], monthFirstDates: true, annexesKeepTheirWording: true },
  HRC: MANUAL,
  ECOSOC: MANUAL,
  other: MANUAL,
};

export function houseStyle(organ: Organ): HouseStyle {
  return HOUSE_STYLE[organ] ?? MANUAL;
}
