import { memoised } from '../memo.js';
import { natural } from './natural.js';

/** Stop words besides natural's list: the modal and linking words of report prose. */
const EXTRA_STOPWORDS = new Set(['will', 'may', 'also', 'within', 'whether', 'us']);
const HAS_LETTER = /[a-z]/;
const POSSESSIVE = /['’]s$/;

/**
 * The Porter stem (natural) of a word as matched in the text, lower-cased without a possessive `'s`; null for a
 * stop word (natural's list and a few more) or a word without letters. A memo of word -> stem keeps this cheap;
 * it cannot change results.
 */
export const wordStem = memoised((word: string): string | null => {
  const pieces = natural();
  const lower = word.toLowerCase().replace(POSSESSIVE, '').replace(/’/g, "'");
  return !HAS_LETTER.test(lower) || pieces.stopwords.has(lower) || EXTRA_STOPWORDS.has(lower) ? null : pieces.stem(lower);
});
