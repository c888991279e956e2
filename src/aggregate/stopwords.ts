import { createRequire } from 'node:module';

let words: ReadonlySet<string> | undefined;

/** Whether a lower-case word is one of natural's English stop words (loaded from its own module on first use). */
export function isStopword(word: string): boolean {
  words ??= new Set((createRequire(import.meta.url)('natural/lib/natural/util/stopwords.js') as { words: readonly string[] }).words);
  return words.has(word);
}
