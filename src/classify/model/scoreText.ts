import { terms, tfidfVector } from '../../text/index.js';
import type { Model } from '../model.js';

/** A model in the form scoring reads fast: term keys indexed, IDF and weights in typed arrays. */
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
    const index = new Map(model.terms.map((key, j) => [key, j]));
    prepared = { model, index, idf: Float64Array.from(model.idf), weights: model.weights.map((w) => Float64Array.from(w)) };
    PREPARED.set(model, prepared);
  }
  return prepared;
}

/** A known term of a text: feature index, normalised TF-IDF value, and the span of its first occurrence. */
export interface TextFeature {
  readonly j: number;
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

/** A text's calibrated score per theme (model order) and the known terms they came from. */
export interface TextScores {
  readonly scores: Float64Array;
  readonly features: readonly TextFeature[];
}

/**
 * Score one text: its terms (`terms`, as in training) -> TF-IDF vector in the model's feature space
 * (`tfidfVector`) -> margin per theme -> calibrated score.
 */
export function scoreText(prepared: PreparedModel, text: string): TextScores {
  const { index, idf, weights, model } = prepared;
  const counts = new Map<number, number>();
  const spans = new Map<number, { readonly start: number; readonly end: number }>();
  for (const term of terms(text)) {
    const j = index.get(term.key);
    if (j === undefined) continue;
    counts.set(j, (counts.get(j) ?? 0) + 1);
    if (!spans.has(j)) spans.set(j, term);
  }
  const vector = tfidfVector(counts, idf);
  const features: TextFeature[] = Array.from(vector.indices, (j, n) => ({ j, value: vector.values[n]!, ...spans.get(j)! }));
  const scores = new Float64Array(model.themes.length);
  for (let k = 0; k < scores.length; k++) {
    const w = weights[k]!;
    let margin = model.bias[k]!;
    for (const f of features) margin += w[f.j]! * f.value;
    const { a, b } = model.calibration[k]!;
    scores[k] = 1 / (1 + Math.exp(-(a * margin + b)));
  }
  return { scores, features };
}
