/**
 * Ordinal numbers in words, as the United Nations writes session numbers: `sixtieth`,
 * `fifty-ninth`, `one hundred and first`. Hyphenated compounds from twenty-first to
 * ninety-ninth; hundreds joined with "and" (British usage, as in the UN's own texts).
 *
 * `ordinalWords(n)` writes 1–999 in lower case; `parseOrdinalWords(text)` reads it back,
 * in any letter case and with any of the hyphens published texts use (`-`, the non-breaking
 * hyphen U+2011, U+2010) or a space between tens and units.
 */

const UNITS: readonly string[] = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS: readonly string[] = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS: readonly string[] = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const UNIT_ORDINALS: readonly string[] = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEEN_ORDINALS: readonly string[] = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS_ORDINALS: readonly string[] = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/** Cardinal words for 1–99 (`fifty-nine`). */
function cardinalBelowHundred(n: number): string {
  // 1 ≤ n ≤ 99: every index below is within its table.
  if (n < 10) return UNITS[n]!;
  if (n < 20) return TEENS[n - 10]!;
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return units === 0 ? TENS[tens]! : `${TENS[tens]}-${UNITS[units]}`;
}

/** Ordinal words for 1–99 (`fifty-ninth`). */
function ordinalBelowHundred(n: number): string {
  // 1 ≤ n ≤ 99: every index below is within its table.
  if (n < 10) return UNIT_ORDINALS[n]!;
  if (n < 20) return TEEN_ORDINALS[n - 10]!;
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return units === 0 ? TENS_ORDINALS[tens]! : `${TENS[tens]}-${UNIT_ORDINALS[units]}`;
}

/**
 * The ordinal of `n` in words, lower case: `ordinalWords(60) === 'sixtieth'`,
 * `ordinalWords(59) === 'fifty-ninth'`, `ordinalWords(101) === 'one hundred and first'`.
 * Returns undefined outside 1–999 or for a non-integer.
 */
export function ordinalWords(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 999) return undefined;
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return ordinalBelowHundred(rest);
  if (rest === 0) return `${UNITS[hundreds]} hundredth`;
  return `${UNITS[hundreds]} hundred and ${ordinalBelowHundred(rest)}`;
}

/** The cardinal of `n` in words, lower case (`fifty-nine`); undefined outside 1–999. */
export function cardinalWords(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 999) return undefined;
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return cardinalBelowHundred(rest);
  if (rest === 0) return `${UNITS[hundreds]} hundred`;
  return `${UNITS[hundreds]} hundred and ${cardinalBelowHundred(rest)}`;
}

/** Capitalizes the first letter: `Fifty-ninth` (a masthead line, a sentence start). */
export function capitalize(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const BY_WORDS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (let n = 1; n <= 999; n++) map.set(ordinalWords(n)!, n);
  return map;
})();

/**
 * Reads an ordinal written in words (`Fifty‑ninth`, `sixtieth`, `one hundred and first`),
 * ignoring letter case, the kind of hyphen and surrounding space. Undefined when it is not one.
 */
export function parseOrdinalWords(text: string): number | undefined {
  if (text.length > 60) return undefined;
  const normalized = text
    .trim()
    .toLowerCase()
    .replace(/[\u2010\u2011\u2012\u2013]/g, '-')
    .replace(/[\s\u00A0]+/g, ' ')
    // `fifty ninth` and `fifty-ninth` alike.
    .replace(/(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[ -](?=[a-z])/g, '$1-');
  return BY_WORDS.get(normalized);
}

/** The ordinal suffix of a figure: 1 → `st`, 2 → `nd`, 3 → `rd`, 11 → `th`, 74 → `th`. */
export function ordinalSuffix(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  switch (n % 10) {
    case 1:
      return 'st';
    case 2:
      return 'nd';
    case 3:
      return 'rd';
    default:
      return 'th';
  }
}
