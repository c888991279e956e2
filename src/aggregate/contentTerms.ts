import { natural } from '../classify/natural.js';
import { memoised } from '../memo.js';
import { isStopword } from './stopwords.js';
import { words } from './words.js';

const stem = memoised((word: string) => natural().stem(word));

/** The content words of a text for comparing texts: lower-case, stop words and bare numbers dropped, Porter-stemmed. */
export function contentTerms(text: string): string[] {
  return words(text)
    .map((w) => w.form.replace(/'s$/, ''))
    .filter((w) => !isStopword(w) && !/^\d+$/.test(w) && w.length > 1)
    .map(stem);
}
