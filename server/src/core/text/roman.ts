// Roman numerals as resolutions write them: annex labels (`Annex II`), section numbers.

const NUMERALS: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** `4` → `IV`; empty for 0 or less. */
export function toRoman(value: number): string {
  let rest = Math.floor(value);
  let roman = '';
  for (const [size, numeral] of NUMERALS) {
    while (rest >= size) {
      roman += numeral;
      rest -= size;
    }
  }
  return roman;
}
