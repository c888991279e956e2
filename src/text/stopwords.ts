import { natural } from './natural.js';

/** Stop words besides natural's list: the modal and linking words of report prose. */
const EXTRA_STOPWORDS = new Set(['will', 'may', 'also', 'within', 'whether', 'us']);

/** Whether a word's form (`words`) is a stop word: natural's English list and a few more. */
export function isStopword(form: string): boolean {
  return natural().stopwords.has(form) || EXTRA_STOPWORDS.has(form);
}
