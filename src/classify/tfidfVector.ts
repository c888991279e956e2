/** A sparse vector: feature indices ascending, with their values. */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float64Array;
}

/** TF-IDF with sublinear term frequency, `(1 + ln tf) * idf`, L2-normalised, from feature index -> count. */
export function tfidfVector(counts: ReadonlyMap<number, number>, idf: ArrayLike<number>): SparseVector {
  const indices = Int32Array.from(counts.keys()).sort();
  const values = new Float64Array(indices.length);
  let norm = 0;
  for (let i = 0; i < indices.length; i++) {
    const j = indices[i]!;
    const value = (1 + Math.log(counts.get(j)!)) * idf[j]!;
    values[i] = value;
    norm += value * value;
  }
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let i = 0; i < values.length; i++) values[i] = values[i]! * scale;
  }
  return { indices, values };
}
