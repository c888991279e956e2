import { createRequire } from 'node:module';
import { isStopword } from './stopwords.js';
import { words } from './words.js';

let porter: ((word: string) => string) | undefined;
/** word -> stem, remembered: reports repeat their vocabulary, and stemming is pure. */
const STEMS = new Map<string, string>();
const MEMO_LIMIT = 200_000;

/**
 * Natural's Porter stemmer, loaded from its own module on first use (natural's index pulls in dotenv, which prints
 * to stdout, and costs ~0.7 s). Loading and the memo cannot change results.
 */
function stem(word: string): string {
  const known = STEMS.get(word);
  if (known !== undefined) return known;
  porter ??= (createRequire(import.meta.url)('natural/lib/natural/stemmers/porter_stemmer.js') as { stem: (word: string) => string }).stem;
  const stemmed = porter(word);
  if (STEMS.size >= MEMO_LIMIT) STEMS.clear();
  STEMS.set(word, stemmed);
  return stemmed;
}

/** The content words of a text for comparing texts: lower-case, stop words and bare numbers dropped, Porter-stemmed. */
export function contentTerms(text: string): string[] {
  return words(text)
    .map((w) => w.form.replace(/'s$/, ''))
    .filter((w) => !isStopword(w) && !/^\d+$/.test(w) && w.length > 1)
    .map((w) => stem(w));
}
