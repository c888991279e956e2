import type { Model } from './model.js';

/** A model in the form classification reads fast: a term index and typed arrays. */
export interface PreparedModel {
  readonly model: Model;
  readonly index: ReadonlyMap<string, number>;
  readonly idf: Float64Array;
  readonly weights: readonly Float64Array[];
}

const PREPARED = new WeakMap<Model, PreparedModel>();

/** The prepared form of a model, built once per model object (a memo: it cannot change results). */
export function preparedModel(model: Model): PreparedModel {
  let prepared = PREPARED.get(model);
  if (prepared === undefined) {
    prepared = {
      model,
      index: new Map(model.terms.map((term, j) => [term, j])),
      idf: Float64Array.from(model.idf),
      weights: model.weights.map((w) => Float64Array.from(w)),
    };
    PREPARED.set(model, prepared);
  }
  return prepared;
}
