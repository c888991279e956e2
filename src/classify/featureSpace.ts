/** The training vocabulary: sorted term keys, their index, and smoothed IDF `ln((1 + n) / (1 + df)) + 1`. */
export interface FeatureSpace {
  readonly terms: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly idf: Float64Array;
}

/** The feature space of a set of texts' term keys, keeping terms found in at least `minDf` texts. */
export function featureSpace(texts: readonly (readonly string[])[], minDf: number): FeatureSpace {
  const df = new Map<string, number>();
  for (const keys of texts) for (const key of new Set(keys)) df.set(key, (df.get(key) ?? 0) + 1);
  const terms = [...df.keys()].filter((key) => df.get(key)! >= minDf).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const idf = Float64Array.from(terms, (key) => Math.log((1 + texts.length) / (1 + df.get(key)!)) + 1);
  return { terms, index: new Map(terms.map((key, j) => [key, j])), idf };
}
