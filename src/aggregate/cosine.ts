import type { SparseVector } from './tfidfVectors.js';

/** Cosine of two unit vectors whose terms are sorted ascending. */
export function cosine(x: SparseVector, y: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < x.terms.length && j < y.terms.length) {
    const dx = x.terms[i]!;
    const dy = y.terms[j]!;
    if (dx === dy) sum += x.weights[i++]! * y.weights[j++]!;
    else if (dx < dy) i++;
    else j++;
  }
  return sum;
}
