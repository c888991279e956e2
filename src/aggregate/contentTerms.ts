import { createRequire } from 'node:module';
import { words } from './words.js';

interface Natural {
  readonly stem: (word: string) => string;
  readonly stopwords: ReadonlySet<string>;
}

let natural: Natural | undefined;

/**
 * Natural's Porter stemmer and English stop words, loaded from their own modules on first use (natural's index
 * pulls in dotenv, which prints to stdout, and costs ~0.7 s). Loading cannot change results.
 */
function pieces(): Natural {
  if (natural === undefined) {
    const require = createRequire(import.meta.url);
    const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem: (word: string) => string };
    const stopwords = require('natural/lib/natural/util/stopwords.js') as { words: readonly string[] };
    natural = { stem: (word) => porter.stem(word), stopwords: new Set(stopwords.words) };
  }
  return natural;
}

/** The content words of a text for comparing texts: lower-case, stop words and bare numbers dropped, Porter-stemmed. */
export function contentTerms(text: string): string[] {
  const { stem, stopwords } = pieces();
  return words(text)
    .map((w) => w.form.replace(/'s$/, ''))
    .filter((w) => !stopwords.has(w) && !/^\d+$/.test(w) && w.length > 1)
    .map((w) => stem(w));
}
