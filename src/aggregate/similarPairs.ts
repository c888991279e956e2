import { cosine, type SparseVector } from '../text/index.js';

/** Two vectors (by index, `a < b`) and their cosine similarity. */
export interface SimilarPair {
  readonly a: number;
  readonly b: number;
  readonly similarity: number;
}

/**
 * Every pair of vectors with cosine >= threshold, without comparing all pairs (all-pairs search with a prefix
 * filter): each vector is indexed only under its rarest terms, up to the point where the rest of its weight could
 * no longer reach the threshold on its own (remaining norm < threshold). Two vectors that reach the threshold must
 * share a term in both prefixes, so probing the index with each vector's prefix finds every such pair, exactly;
 * candidates are then scored in full. Pairs come out ordered by `a`, then `b`.
 */
export function similarPairs(vectors: readonly SparseVector[], threshold: number): SimilarPair[] {
  const index = new Map<number, number[]>();
  const pairs: SimilarPair[] = [];
  vectors.forEach((vector, b) => {
    const prefix = prefixLength(vector, threshold);
    const candidates = new Set<number>();
    for (let k = 0; k < prefix; k++) for (const a of index.get(vector.indices[k]!) ?? []) candidates.add(a);
    for (const a of [...candidates].sort((p, q) => p - q)) {
      const similarity = cosine(vectors[a]!, vector);
      if (similarity >= threshold - 1e-12) pairs.push({ a, b, similarity });
    }
    for (let k = 0; k < prefix; k++) {
      const term = vector.indices[k]!;
      const list = index.get(term) ?? [];
      list.push(b);
      index.set(term, list);
    }
  });
  return pairs.sort((p, q) => p.a - q.a || p.b - q.b);
}

/** How many leading (rarest) terms to index: until the squared weight left over is below threshold². */
function prefixLength(vector: SparseVector, threshold: number): number {
  let rest = vector.values.reduce((sum, w) => sum + w * w, 0);
  let k = 0;
  while (k < vector.indices.length && rest >= threshold * threshold - 1e-12) {
    rest -= vector.values[k]! ** 2;
    k++;
  }
  return k;
}
