import { memoised } from '../memo.js';
import { inflectionStem } from './inflectionStem.js';

/** A word of a text with its character span. `form` is lower-case with curly apostrophes straightened. */
export interface Word {
  readonly form: string;
  readonly stem: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const stemOf = memoised(inflectionStem);

/**
 * The words of a text, in order, each with a light inflection stem (see `inflectionStem`). Hyphens, slashes and
 * punctuation separate words, so "decision-making" is two words, like "decision making".
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const form = m[0].toLowerCase().replace(/’/g, "'");
    out.push({ form, stem: stemOf(form), start: m.index, end: m.index + m[0].length });
  }
  return out;
}
