import { memoised } from '../memo.js';
import { natural } from './natural.js';

/**
 * Two stemmers for two jobs. `porterStem` folds derivations too ("community" and "communicate" -> "commun"): the
 * classifier's and the similarity measures' features, where recall matters. `inflectionStem` strips inflections
 * only: phrase matching, where a taxonomy's words must keep their meaning.
 */

/** The Porter stem (natural) of a word's form (`words`). A memo of form -> stem keeps this cheap. */
export const porterStem = memoised((form: string): string => natural().stem(form));

/**
 * Strip inflections only, never derivations: possessive 's, plural -s/-es/-ies, verb -ing/-ed, a final -e. So
 * "overspends" = "overspend", "communities" = "community", "managing" = "managed" = "manage"; but "community" and
 * "communicate" stay apart. Short words are left alone.
 */
export function inflectionStem(form: string): string {
  let w = form.replace(/'s?$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ches|shes|sses|xes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ed') && w.length > 4 && !w.endsWith('eed')) w = undouble(w.slice(0, -2));
  if (w.endsWith('e') && w.length > 3 && !w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([bdgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}
