import { natural } from '../classify/natural.js';

/** Whether a lower-case word is one of natural's English stop words (the list `natural()` loads once). */
export function isStopword(word: string): boolean {
  return natural().stopwords.has(word);
}
