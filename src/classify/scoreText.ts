import type { PreparedModel } from './preparedModel.js';
import { terms } from './terms.js';

/** A known term of a text: feature index, TF-IDF value, and the span of its first occurrence. */
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

/** Score one text: its terms -> TF-IDF vector in the model's feature space -> margins -> calibrated scores. */
export function scoreText(prepared: PreparedModel, text: string): TextScores {
  const { index, idf, weights, model } = prepared;
  const found = new Map<number, { count: number; start: number; end: number }>();
  for (const term of terms(text)) {
    const j = index.get(term.key);
    if (j === undefined) continue;
    const seen = found.get(j);
    if (seen === undefined) found.set(j, { count: 1, start: term.start, end: term.end });
    else seen.count++;
  }
  const features: TextFeature[] = [];
  let norm = 0;
  for (const [j, f] of found) {
    const value = (1 + Math.log(f.count)) * idf[j]!;
    norm += value * value;
    features.push({ j, value, start: f.start, end: f.end });
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  const scores = new Float64Array(model.themes.length);
  for (let k = 0; k < scores.length; k++) {
    const w = weights[k]!;
    let margin = model.bias[k]!;
    for (const f of features) margin += w[f.j]! * f.value * scale;
    const { a, b } = model.calibration[k]!;
    scores[k] = 1 / (1 + Math.exp(-(a * margin + b)));
  }
  return { scores, features: features.map((f) => ({ ...f, value: f.value * scale })) };
}
