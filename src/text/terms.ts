import { memoised } from '../memo.js';
import { porterStem } from './stems.js';
import { isStopword } from './stopwords.js';
import { formEnd, formOf, hasBreak, scanWords } from './words.js';

/** A feature occurrence in a text: a stemmed word or a pair of adjacent stemmed words, with its character span. */
export interface Term {
  /** `stem` or `stem stem`. */
  readonly key: string;
  readonly start: number;
  /** The end of the (last) word without a possessive `'s`. */
  readonly end: number;
}

/**
 * The Porter stem of a written word's form, or null when it carries no content (no letter, or a stop word).
 * Remembered per written word, so a text's scan does no more than a lookup for words met before.
 */
const contentStem = memoised((written: string): string | null => {
  const form = formOf(written);
  return /\p{L}/u.test(form) && !isStopword(form) ? porterStem(form) : null;
});

/** The content words of a text, Porter-stemmed, in text order: the terms texts are compared by. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (written) => {
    const stem = contentStem(written);
    if (stem !== null) out.push(stem);
  });
  return out;
}

/**
 * Visit the 1- and 2-gram terms of a text in text order, a bigram just before the unigram of its second word: a
 * unigram is a content word, Porter-stemmed (`second` null); a bigram joins two content words (stop words between
 * them are skipped) not separated by a phrase break. Spans end without a possessive `'s`. Scoring visits terms
 * this way to look them up without building their keys.
 */
export function scanTerms(text: string, visit: (first: string, second: string | null, start: number, end: number) => void): void {
  let prev: string | null = null;
  let prevStart = 0;
  let prevEnd = 0;
  scanWords(text, (written, start) => {
    const stem = contentStem(written);
    if (stem === null) return;
    const end = formEnd(written, start);
    if (prev !== null && !hasBreak(text, prevEnd, start)) visit(prev, stem, prevStart, end);
    visit(stem, null, start, end);
    prev = stem;
    prevStart = start;
    prevEnd = end;
  });
}

/** The terms of a text (`scanTerms`), keyed `stem` or `stem stem`. */
export function terms(text: string): Term[] {
  const out: Term[] = [];
  scanTerms(text, (first, second, start, end) => out.push({ key: second === null ? first : `${first} ${second}`, start, end }));
  return out;
}
