import { compareNullable } from '../order.js';
import { contentTerms } from './contentTerms.js';

/** A sparse unit-length TF-IDF vector: term indices in ascending document frequency (rarest first) and weights. */
export interface SparseVector {
  readonly terms: readonly number[];
  readonly weights: readonly number[];
}

/**
 * Texts -> TF-IDF vectors over their content terms (Porter-stemmed, stop words dropped; see `contentTerms`), with
 * tf = 1 + ln(count) and smoothed idf = ln((1 + N) / (1 + df)) + 1, scaled to unit length. Term indices are
 * ordered by document frequency, then term, so each vector lists its rarest terms first (for prefix filtering).
 */
export function tfidfVectors(texts: readonly string[]): SparseVector[] {
  const counted = texts.map((text) => {
    const counts = new Map<string, number>();
    for (const term of contentTerms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
    return counts;
  });
  const df = new Map<string, number>();
  for (const counts of counted) for (const term of counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const order = [...df.keys()].sort((a, b) => df.get(a)! - df.get(b)! || compareNullable(a, b));
  const index = new Map(order.map((term, i) => [term, i]));
  const n = texts.length;
  return counted.map((counts) => {
    const entries = [...counts.entries()]
      .map(([term, count]) => [index.get(term)!, (1 + Math.log(count)) * (Math.log((1 + n) / (1 + df.get(term)!)) + 1)] as const)
      .sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(entries.reduce((sum, [, w]) => sum + w * w, 0));
    return { terms: entries.map(([t]) => t), weights: entries.map(([, w]) => (norm === 0 ? 0 : w / norm)) };
  });
}
