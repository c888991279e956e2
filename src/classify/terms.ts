import { wordStem } from './wordStem.js';
import { WORD, hasBreak, wordEnd } from './words.js';

/** A feature occurrence in a text: a stemmed word or a pair of adjacent stemmed words, with its character span. */
export interface Term {
  /** `stem` or `stem stem`. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The 1- and 2-gram terms of a text: lower-cased words, stop words and numbers removed, Porter-stemmed (natural);
 * a bigram joins two kept words not separated by sentence punctuation. Terms come in text order (a bigram just
 * before the unigram of its second word).
 */
export function terms(text: string): Term[] {
  const out: Term[] = [];
  const re = new RegExp(WORD.source, 'g');
  let prev: string | null = null;
  let prevStart = 0;
  let prevEnd = 0;
  for (let match = re.exec(text); match !== null; match = re.exec(text)) {
    const stem = wordStem(match[0]);
    if (stem === null) continue;
    const start = match.index;
    const end = wordEnd(start, match[0]);
    if (prev !== null && !hasBreak(text, prevEnd, start)) out.push({ key: `${prev} ${stem}`, start: prevStart, end });
    out.push({ key: stem, start, end });
    prev = stem;
    prevStart = start;
    prevEnd = end;
  }
  return out;
}
