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
  const pairs: SimilarPair[] = [];
  probe(vectors, threshold, (a, b) => {
    const similarity = cosine(vectors[a]!, vectors[b]!);
    if (similarity >= threshold - 1e-12) pairs.push({ a, b, similarity });
  });
  return pairs.sort((p, q) => p.a - q.a || p.b - q.b);
}

/**
 * The single-link clusters of `similarPairs` without listing its pairs: for each vector, the smallest index of
 * the vectors it is linked to through pairs at or above the threshold (itself when none). Vectors equal term for
 * term are one vector to the search (their cosine is 1), and a candidate already in the vector's cluster is not
 * scored, so a template's recommendation repeated by a thousand councils costs a thousand comparisons at most, not
 * half a million.
 */
export function similarClusters(vectors: readonly SparseVector[], threshold: number): number[] {
  // each vector's first equal (itself when it is the first), and the distinct vectors in order
  const firstEqual = new Map<string, number>();
  const distinct: number[] = [];
  const same = vectors.map((vector, i) => {
    // only a vector the search would link to its equal is merged with it (one it indexes, reaching the threshold)
    if (prefixLength(vector, threshold) === 0 || !(cosine(vector, vector) >= threshold - 1e-12)) return distinct.push(i) - 1;
    const key = `${vector.indices.join(',')}|${vector.values.join(',')}`;
    const seen = firstEqual.get(key);
    if (seen !== undefined) return seen;
    firstEqual.set(key, distinct.length);
    return distinct.push(i) - 1;
  });
  const parent = distinct.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const searched = distinct.map((i) => vectors[i]!);
  probe(searched, threshold, (a, b) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb && cosine(searched[a]!, searched[b]!) >= threshold - 1e-12) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  });
  // a distinct vector's position is its index's rank, so the smallest in a cluster is the smallest index there
  return same.map((d) => distinct[find(d)]!);
}

/**
 * The candidate pairs of the prefix filter, each once, as `visit(a, b)` with `a < b`, in order of `b`: each vector
 * is indexed only under its rarest terms, up to the point where the rest of its weight could no longer reach the
 * threshold on its own; two vectors that reach the threshold share a term in both prefixes.
 */
function probe(vectors: readonly SparseVector[], threshold: number, visit: (a: number, b: number) => void): void {
  const index = new Map<number, number[]>();
  // the last b each a was a candidate of: a repeated candidate is skipped without a set per vector
  const lastVisit = new Int32Array(vectors.length).fill(-1);
  vectors.forEach((vector, b) => {
    const prefix = prefixLength(vector, threshold);
    for (let k = 0; k < prefix; k++) {
      for (const a of index.get(vector.indices[k]!) ?? NO_VECTORS) {
        if (lastVisit[a] === b) continue;
        lastVisit[a] = b;
        visit(a, b);
      }
    }
    for (let k = 0; k < prefix; k++) {
      const term = vector.indices[k]!;
      const list = index.get(term) ?? [];
      list.push(b);
      index.set(term, list);
    }
  });
}

const NO_VECTORS: readonly number[] = [];

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
