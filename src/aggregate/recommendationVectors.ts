import { contentTerms, tfidfVectors, type SparseVector } from '../text/index.js';

/**
 * Texts -> TF-IDF vectors over their content terms (`contentTerms`), with term indices ordered rarest first (for
 * the prefix filter of `similarPairs`).
 */
export function recommendationVectors(texts: readonly string[]): SparseVector[] {
  return tfidfVectors(texts.map(contentTerms), { order: 'rarest-first' }).vectors;
}
