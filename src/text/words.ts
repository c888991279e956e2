/**
 * How every stage cuts a text into words. A word is a run of letters and digits (any script) with optional
 * apostrophe parts ("council's", "o'clock"); hyphens, slashes and other punctuation separate words, so
 * "decision-making" is two words, like "decision making".
 */
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;
const POSSESSIVE = /'s$/;

/** Characters that break a phrase between two words: sentence punctuation, brackets, bullets and dashes. */
const BREAKS = new Set(['.', '!', '?', ';', ':', '(', ')', '•', '\u2013', '\u2014']);

/** A word of a text with its character span. */
export interface Word {
  /** Lower case, curly apostrophes straightened, without a possessive `'s`. */
  readonly form: string;
  readonly start: number;
  /** The end of the word as written, a possessive `'s` included. */
  readonly end: number;
  /** The end without a possessive `'s`: the span of `form` in the text. */
  readonly formEnd: number;
}

/** The words of a text, in order. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const written = m[0].toLowerCase().replace(/’/g, "'");
    const form = written.replace(POSSESSIVE, '');
    const end = m.index + m[0].length;
    out.push({ form, start: m.index, end, formEnd: end - (written.length - form.length) });
  }
  return out;
}

/** Whether the text between two words (from, to) holds a phrase break, so no phrase spans them. */
export function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (BREAKS.has(text[i]!)) return true;
  return false;
}
