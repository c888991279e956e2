import { natural } from './natural.js';

/** A feature occurrence in a text: a stemmed word or a pair of adjacent stemmed words, with its character span. */
export interface Term {
  /** `stem` or `stem stem`. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/** Words: letters and digits, with an optional apostrophe part ("council's"); pure numbers are dropped below. */
const WORD = /[A-Za-z0-9]+(?:['’][A-Za-z]+)?/g;
const HAS_LETTER = /[a-z]/;
const POSSESSIVE = /['’]s$/;
/** Stop words besides natural's list: the modal and linking words of report prose. */
const EXTRA_STOPWORDS = ['will', 'may', 'also', 'within', 'whether', 'us'];
/** Characters that end a phrase: no bigram spans them. */
const BREAKS = new Set(['.', '!', '?', ';', ':', '(', ')', '•', '\u2013', '\u2014']);

const STEMS = new Map<string, string | null>();
const STEM_CACHE_LIMIT = 200_000;

/**
 * The 1- and 2-gram terms of a text: lower-cased words, stop words and numbers removed, Porter-stemmed (natural);
 * a bigram joins two kept words not separated by sentence punctuation. Terms come in text order (a bigram just before
 * the unigram of its second word). A memo of word -> stem keeps this cheap; it cannot change results.
 */
export function terms(text: string): Term[] {
  const out: Term[] = [];
  let prev: string | null = null;
  let prevStart = 0;
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const start = match.index;
    const word = match[0];
    const stem = stemOf(word);
    if (stem === null) continue;
    const end = start + (POSSESSIVE.test(word) ? word.length - 2 : word.length);
    if (prev !== null && !hasBreak(text, prevEnd, start)) out.push({ key: `${prev} ${stem}`, start: prevStart, end });
    out.push({ key: stem, start, end });
    prev = stem;
    prevStart = start;
    prevEnd = end;
  }
  WORD.lastIndex = 0;
  return out;
}

function stemOf(word: string): string | null {
  const cached = STEMS.get(word);
  if (cached !== undefined) return cached;
  const pieces = natural();
  const lower = word.toLowerCase().replace(POSSESSIVE, '').replace(/’/g, "'");
  const stem =
    !HAS_LETTER.test(lower) || pieces.stopwords.has(lower) || EXTRA_STOPWORDS.includes(lower) ? null : pieces.stem(lower);
  if (STEMS.size >= STEM_CACHE_LIMIT) STEMS.clear();
  STEMS.set(word, stem);
  return stem;
}

function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (BREAKS.has(text[i]!)) return true;
  return false;
}
