/** A sparse vector: feature indices ascending, with their values. */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float64Array;
}

/** A vocabulary of term keys, their index, and smoothed IDF `ln((1 + n) / (1 + df)) + 1` over n texts. */
export interface FeatureSpace {
  readonly terms: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly idf: Float64Array;
}

export interface FeatureSpaceOptions {
  /** Keep terms found in at least this many texts (default 1). */
  readonly minDf?: number;
  /**
   * `alphabetical` (default): terms sorted by code unit. `rarest-first`: by document frequency, then term, so each
   * vector lists its rarest terms first (for prefix filtering, see `similarPairs`).
   */
  readonly order?: 'alphabetical' | 'rarest-first';
}

/** The feature space of a set of texts' term keys. */
export function featureSpace(texts: readonly (readonly string[])[], options: FeatureSpaceOptions = {}): FeatureSpace {
  const minDf = options.minDf ?? 1;
  const df = new Map<string, number>();
  for (const keys of texts) for (const key of new Set(keys)) df.set(key, (df.get(key) ?? 0) + 1);
  const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const order = options.order === 'rarest-first' ? (a: string, b: string) => df.get(a)! - df.get(b)! || byKey(a, b) : byKey;
  const terms = [...df.keys()].filter((key) => df.get(key)! >= minDf).sort(order);
  const idf = Float64Array.from(terms, (key) => Math.log((1 + texts.length) / (1 + df.get(key)!)) + 1);
  return { terms, index: new Map(terms.map((key, j) => [key, j])), idf };
}

/** How often each known term occurs: feature index -> count (unknown keys are skipped). */
export function termCounts(keys: readonly string[], index: ReadonlyMap<string, number>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const key of keys) {
    const j = index.get(key);
    if (j !== undefined) counts.set(j, (counts.get(j) ?? 0) + 1);
  }
  return counts;
}

/**
 * TF-IDF values with sublinear term frequency, `(1 + ln tf) * idf`, L2-normalised: for the features `indices`
 * (in any order) occurring `counts` times.
 */
export function tfidfValues(indices: ArrayLike<number>, counts: ArrayLike<number>, idf: ArrayLike<number>): Float64Array {
  const values = new Float64Array(indices.length);
  let norm = 0;
  for (let n = 0; n < values.length; n++) {
    const value = (1 + Math.log(counts[n]!)) * idf[indices[n]!]!;
    values[n] = value;
    norm += value * value;
  }
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let i = 0; i < values.length; i++) values[i] = values[i]! * scale;
  }
  return values;
}

/** The TF-IDF vector (`tfidfValues`) of feature index -> count, indices ascending. */
export function tfidfVector(counts: ReadonlyMap<number, number>, idf: ArrayLike<number>): SparseVector {
  const indices = Int32Array.from(counts.keys()).sort();
  return { indices, values: tfidfValues(indices, Array.from(indices, (j) => counts.get(j)!), idf) };
}

/** Texts' term keys -> their TF-IDF vectors over the feature space they make (see `featureSpace`). */
export function tfidfVectors(texts: readonly (readonly string[])[], options: FeatureSpaceOptions = {}): { space: FeatureSpace; vectors: SparseVector[] } {
  const space = featureSpace(texts, options);
  return { space, vectors: texts.map((keys) => tfidfVector(termCounts(keys, space.index), space.idf)) };
}
