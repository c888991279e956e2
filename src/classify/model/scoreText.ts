import { scanTerms, tfidfValues } from '../../text/index.js';
import type { Model } from '../model.js';

/**
 * A model in the form scoring reads fast: unigram and bigram features looked up by stem (the stems `scanTerms`
 * gives are remembered strings, so no key is built per text), IDF and weights in typed arrays.
 */
export interface PreparedModel {
  readonly model: Model;
  readonly unigram: ReadonlyMap<string, number>;
  /** First stem -> second stem -> bigram feature index. */
  readonly bigram: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly idf: Float64Array;
  readonly weights: readonly Float64Array[];
}

const PREPARED = new WeakMap<Model, PreparedModel>();

/** The prepared form of a model, built once per model object (a memo: it cannot change results). */
export function preparedModel(model: Model): PreparedModel {
  const cached = PREPARED.get(model);
  if (cached !== undefined) return cached;
  const unigram = new Map<string, number>();
  const bigram = new Map<string, Map<string, number>>();
  model.terms.forEach((term, j) => {
    const space = term.indexOf(' ');
    if (space < 0) {
      unigram.set(term, j);
      return;
    }
    const first = term.slice(0, space);
    const inner = bigram.get(first) ?? new Map<string, number>();
    inner.set(term.slice(space + 1), j);
    bigram.set(first, inner);
  });
  const prepared = { model, unigram, bigram, idf: Float64Array.from(model.idf), weights: model.weights.map((w) => Float64Array.from(w)) };
  PREPARED.set(model, prepared);
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
 * Score one text: its terms (`scanTerms`, as in training) -> TF-IDF values in the model's feature space
 * (`tfidfValues`, as in training) -> margin per theme -> calibrated score.
 */
export function scoreText(prepared: PreparedModel, text: string): TextScores {
  const { unigram, bigram, idf, weights, model } = prepared;
  // Known terms in text order, each with its count and the span of its first occurrence.
  const js: number[] = [];
  const counts: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  scanTerms(text, (first, second, start, end) => {
    const j = second === null ? unigram.get(first) : bigram.get(first)?.get(second);
    if (j === undefined) return;
    const at = js.indexOf(j);
    if (at >= 0) {
      counts[at]!++;
      return;
    }
    js.push(j);
    counts.push(1);
    starts.push(start);
    ends.push(end);
  });
  const values = tfidfValues(js, counts, idf);
  const features: TextFeature[] = js.map((j, n) => ({ j, value: values[n]!, start: starts[n]!, end: ends[n]! }));
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
