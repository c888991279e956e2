/**
 * How every stage cuts a text into words. A word is a run of letters and digits (any script) with optional
 * apostrophe parts ("council's", "o'clock"); hyphens, slashes and other punctuation separate words, so
 * "decision-making" is two words, like "decision making".
 */
// [\p{L}\p{N}] with ASCII tried first: the same words, matched about twice as fast in English text.
const WORD = /(?:[a-zA-Z0-9]|[\p{L}\p{N}])+(?:['’](?:[a-zA-Z]|\p{L})+)*/gu;

/** Characters that break a phrase between two words: sentence punctuation, brackets, bullets and dashes. */
const BREAKS = new Set(['.', '!', '?', ';', ':', '(', ')', '•', '\u2013', '\u2014']);

/** A word of a text with its character span. */
export interface Word {
  /** Lower case, curly apostrophes straightened, without a possessive `'s` (`formOf`). */
  readonly form: string;
  readonly start: number;
  /** The end of the word as written, a possessive `'s` included. */
  readonly end: number;
  /** The end without a possessive `'s`. */
  readonly formEnd: number;
}

/**
 * Visit each word of a text as written, with its start: the one scanner behind `words` and `terms` (which uses it
 * directly, to stem each distinct written word once).
 */
export function scanWords(text: string, visit: (written: string, start: number) => void): void {
  const re = new RegExp(WORD);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) visit(m[0], m.index);
}

/** A written word's form: lower case, curly apostrophes straightened, a possessive `'s` dropped. */
export function formOf(written: string): string {
  const lower = written.toLowerCase();
  const straight = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
  return straight.endsWith("'s") ? straight.slice(0, -2) : straight;
}

/** The end of a written word that starts at `start`, without a possessive `'s`. */
export function formEnd(written: string, start: number): number {
  const n = written.length;
  const possessive = n > 2 && (written[n - 1] === 's' || written[n - 1] === 'S') && (written[n - 2] === "'" || written[n - 2] === '’');
  return start + n - (possessive ? 2 : 0);
}

/** Whether at least `n` of the text's words have a form that passes `test`, reading no further than the `n`th. */
export function hasWords(text: string, n: number, test: (form: string) => boolean): boolean {
  if (n <= 0) return true;
  const re = new RegExp(WORD);
  let found = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) if (test(formOf(m[0])) && ++found >= n) return true;
  return false;
}

/** The words of a text, in order. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  scanWords(text, (written, start) => {
    out.push({ form: formOf(written), start, end: start + written.length, formEnd: formEnd(written, start) });
  });
  return out;
}

/** Whether the text between two words (from, to) holds a phrase break, so no phrase spans them. */
export function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (BREAKS.has(text[i]!)) return true;
  return false;
}
