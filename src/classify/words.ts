/**
 * How texts are cut into words, shared by training (`terms`) and scoring (`scoreText`) so both see the same terms.
 * Words are letters and digits with an optional apostrophe part ("council's"); a possessive `'s` is not part of
 * the word's span; no bigram spans sentence punctuation or a dash.
 */
export const WORD = /[A-Za-z0-9]+(?:['’][A-Za-z]+)?/g;

const BREAKS = new Set(['.', '!', '?', ';', ':', '(', ')', '•', '\u2013', '\u2014']);

/** The end of a matched word's span: without a possessive `'s`. */
export function wordEnd(start: number, word: string): number {
  const last = word.length - 1;
  return word.length > 2 && (word[last] === 's' || word[last] === 'S') && (word[last - 1] === "'" || word[last - 1] === '’') ? start + last - 1 : start + word.length;
}

/** Whether the text between two words (from, to) holds a phrase break. */
export function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (BREAKS.has(text[i]!)) return true;
  return false;
}
