import { natural } from './natural.js';

/** Stop words besides natural's list: the modal and linking words of report prose. */
const EXTRA_STOPWORDS = new Set(['will', 'may', 'also', 'within', 'whether', 'us']);
const HAS_LETTER = /[a-z]/;
const POSSESSIVE = /['’]s$/;
const STEMS = new Map<string, string | null>();
const CACHE_LIMIT = 200_000;

/**
 * The Porter stem (natural) of a word as matched in the text, lower-cased without a possessive `'s`; null for a
 * stop word (natural's list and a few more) or a word without letters. A memo of word -> stem keeps this cheap;
 * it cannot change results.
 */
export function wordStem(word: string): string | null {
  const cached = STEMS.get(word);
  if (cached !== undefined) return cached;
  const pieces = natural();
  const lower = word.toLowerCase().replace(POSSESSIVE, '').replace(/’/g, "'");
  const stem = !HAS_LETTER.test(lower) || pieces.stopwords.has(lower) || EXTRA_STOPWORDS.has(lower) ? null : pieces.stem(lower);
  if (STEMS.size >= CACHE_LIMIT) STEMS.clear();
  STEMS.set(word, stem);
  return stem;
}
