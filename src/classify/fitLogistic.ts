import { seededRandom } from './seededRandom.js';
import { shuffled } from './shuffled.js';
import type { SparseVector } from './tfidfVector.js';

export interface LogisticOptions {
  /** L2 penalty per example (lambda). */
  readonly l2: number;
  readonly epochs: number;
  readonly seed: number;
  /** Weight each theme's positives and negatives so both classes count equally ("balanced"). */
  readonly balanced: boolean;
}

/** One-vs-rest linear model: a weight vector and a bias per theme. */
export interface LinearModel {
  readonly weights: readonly Float64Array[];
  readonly bias: Float64Array;
}

/**
 * Sparse one-vs-rest logistic regression by stochastic gradient descent: a seeded shuffle per epoch, learning rate
 * 1 / (1 + lambda * t), L2 applied lazily through a per-theme scale so each step costs only the example's non-zeros.
 * `labels[i][k]` is 1 when example i has theme k (several themes allowed); `sampleWeights` scale each example's loss.
 */
export function fitLogistic(
  vectors: readonly SparseVector[],
  labels: readonly Uint8Array[],
  sampleWeights: Float64Array,
  dimensions: number,
  themes: number,
  options: LogisticOptions,
): LinearModel {
  const weights = Array.from({ length: themes }, () => new Float64Array(dimensions));
  const bias = new Float64Array(themes);
  const scale = new Float64Array(themes).fill(1);
  const classWeights = classWeightsOf(labels, sampleWeights, themes, options.balanced);
  const random = seededRandom(options.seed);
  const { l2 } = options;
  let t = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const order = shuffled(vectors.length, random);
    for (const i of order) {
      const { indices, values } = vectors[i]!;
      const label = labels[i]!;
      const eta = 1 / (1 + l2 * t++);
      for (let k = 0; k < themes; k++) {
        const w = weights[k]!;
        let dot = 0;
        for (let n = 0; n < indices.length; n++) dot += w[indices[n]!]! * values[n]!;
        const margin = dot * scale[k]! + bias[k]!;
        const y = label[k]!;
        const gradient = (1 / (1 + Math.exp(-margin)) - y) * sampleWeights[i]! * classWeights[2 * k + y]!;
        scale[k] = scale[k]! * (1 - eta * l2);
        if (scale[k]! < 1e-9) rescale(w, scale, k);
        const step = (eta * gradient) / scale[k]!;
        for (let n = 0; n < indices.length; n++) w[indices[n]!] = w[indices[n]!]! - step * values[n]!;
        bias[k] = bias[k]! - eta * gradient;
      }
    }
  }
  for (let k = 0; k < themes; k++) rescale(weights[k]!, scale, k);
  return { weights, bias };
}

/** `[negative, positive]` weight per theme: 1 and 1, or n / (2 * class total) when balanced. */
function classWeightsOf(labels: readonly Uint8Array[], sampleWeights: Float64Array, themes: number, balanced: boolean): Float64Array {
  const out = new Float64Array(2 * themes).fill(1);
  if (!balanced) return out;
  let total = 0;
  const positive = new Float64Array(themes);
  labels.forEach((label, i) => {
    total += sampleWeights[i]!;
    for (let k = 0; k < themes; k++) if (label[k] === 1) positive[k] = positive[k]! + sampleWeights[i]!;
  });
  for (let k = 0; k < themes; k++) {
    const pos = positive[k]!;
    if (pos === 0 || pos === total) continue;
    out[2 * k] = total / (2 * (total - pos));
    out[2 * k + 1] = total / (2 * pos);
  }
  return out;
}

function rescale(w: Float64Array, scale: Float64Array, k: number): void {
  const s = scale[k]!;
  for (let j = 0; j < w.length; j++) w[j] = w[j]! * s;
  scale[k] = 1;
}
