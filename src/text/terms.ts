import { porterStem } from './stems.js';
import { isStopword } from './stopwords.js';
import { hasBreak, words } from './words.js';

/** A feature occurrence in a text: a stemmed word or a pair of adjacent stemmed words, with its character span. */
export interface Term {
  /** `stem` or `stem stem`. */
  readonly key: string;
  readonly start: number;
  /** The end of the (last) word without a possessive `'s`. */
  readonly end: number;
}

/** Whether a word's form carries content: it has a letter, and is not a stop word. */
function isContent(form: string): boolean {
  return /\p{L}/u.test(form) && !isStopword(form);
}

/** The content words of a text, Porter-stemmed, in text order: the terms texts are compared by. */
export function contentTerms(text: string): string[] {
  return words(text).flatMap((w) => (isContent(w.form) ? [porterStem(w.form)] : []));
}

/**
 * The 1- and 2-gram terms of a text: its content words, Porter-stemmed; a bigram joins two content words (stop
 * words between them are skipped) not separated by a phrase break. Terms come in text order, a bigram just before
 * the unigram of its second word.
 */
export function terms(text: string): Term[] {
  const out: Term[] = [];
  let prev: { stem: string; start: number; end: number } | null = null;
  for (const word of words(text)) {
    if (!isContent(word.form)) continue;
    const stem = porterStem(word.form);
    const { start, formEnd: end } = word;
    if (prev !== null && !hasBreak(text, prev.end, start)) out.push({ key: `${prev.stem} ${stem}`, start: prev.start, end });
    out.push({ key: stem, start, end });
    prev = { stem, start, end };
  }
  return out;
}
