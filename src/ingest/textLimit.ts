import { CpcError } from '../errors.js';

/** A count of characters for a message: `1000`, `12.5 million`. */
function characters(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)} million` : String(n);
}

/**
 * The `too-large` error of a file whose text passes `maxChars` characters: with the count when the whole text is
 * known, without it when reading stopped at the limit (a reader stops as soon as it passes, not after).
 */
export function tooMuchText(file: string, maxChars: number, count?: number): CpcError {
  const what = count === undefined ? `more than ${characters(maxChars)} characters of text; reading stopped at the limit` : `${characters(count)} characters of text is over the ${characters(maxChars)} limit`;
  return new CpcError('too-large', `${file}: ${what}`, { file });
}
