import { createRequire } from 'node:module';

/**
 * The two pieces of natural cpc uses: the Porter stemmer and the English stop-word list. They are loaded from their
 * own modules, lazily, on first use: natural's index pulls in storage back-ends and dotenv (which prints to stdout
 * and reads `.env`), and costs ~0.7 s to import.
 */
export interface NaturalPieces {
  readonly stem: (word: string) => string;
  readonly stopwords: ReadonlySet<string>;
}

let loaded: NaturalPieces | undefined;

/** Natural's Porter stemmer and stop words, loaded once. Callers memoise stems where they stem many words. */
export function natural(): NaturalPieces {
  if (loaded === undefined) {
    const require = createRequire(import.meta.url);
    const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem: (word: string) => string };
    const stopwords = require('natural/lib/natural/util/stopwords.js') as { words: readonly string[] };
    loaded = { stem: (word) => porter.stem(word), stopwords: new Set(stopwords.words) };
  }
  return loaded;
}
