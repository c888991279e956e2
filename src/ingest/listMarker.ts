/** How a list counts: HTML `<ol type>` values and Word's `w:numFmt` values map onto these. */
export type CountStyle = 'decimal' | 'lower-alpha' | 'upper-alpha' | 'lower-roman' | 'upper-roman';

/** A list item's number written in a style: 3 -> `3`, `c`, `C`, `iii`, `III`. */
export function countIn(style: CountStyle, n: number): string {
  switch (style) {
    case 'lower-alpha':
      return alpha(n);
    case 'upper-alpha':
      return alpha(n).toUpperCase();
    case 'lower-roman':
      return roman(n);
    case 'upper-roman':
      return roman(n).toUpperCase();
    default:
      return String(n);
  }
}

/** HTML `<ol type>` -> style (`1`, `a`, `A`, `i`, `I`); anything else counts in decimal. */
export function styleOfOlType(type: string | undefined): CountStyle {
  switch (type) {
    case 'a':
      return 'lower-alpha';
    case 'A':
      return 'upper-alpha';
    case 'i':
      return 'lower-roman';
    case 'I':
      return 'upper-roman';
    default:
      return 'decimal';
  }
}

/**
 * 1 -> a, 26 -> z, 27 -> aa (spreadsheet-style, as browsers count `lower-alpha`). A count that is not a whole
 * number a list could reach (a document may say its list starts at `1e999`, read as Infinity) stays in digits.
 */
function alpha(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) return String(n);
  let out = '';
  let rest = n;
  while (rest > 0) {
    rest -= 1;
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26);
  }
  return out;
}

const ROMAN: readonly [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  let out = '';
  let rest = n;
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}
