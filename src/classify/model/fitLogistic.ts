import { seededRandom, shuffled } from '../seededRandom.js';
import type { SparseVector } from '../../text/index.js';

export interface LogisticOptions {
  /** L2 penalty per example (lambda). */
  readonly l2: number;
  /** Most passes over the data. */
  readonly epochs: number;
  /** Stop early once an epoch lowers the mean training loss by less than this. */
  readonly tolerance: number;
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
 * 1 / (1 + lambda * t), L2 applied lazily through a per-theme scale so each step costs only the example's non-zeros,
 * weights stored feature-major so one pass over an example serves all themes. `labels[i][k]` is 1 when example i
 * has theme k (several allowed); `sampleWeights` scale each example's loss.
 */
export function fitLogistic(
  vectors: readonly SparseVector[],
  labels: readonly Uint8Array[],
  sampleWeights: Float64Array,
  dimensions: number,
  themes: number,
  options: LogisticOptions,
): LinearModel {
  const K = themes;
  const w = new Float64Array(dimensions * K);
  const bias = new Float64Array(K);
  const scale = new Float64Array(K).fill(1);
  const dots = new Float64Array(K);
  const steps = new Float64Array(K);
  const classWeights = classWeightsOf(labels, sampleWeights, K, options.balanced);
  const random = seededRandom(options.seed);
  const { l2 } = options;
  let t = 0;
  let previousLoss = Infinity;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    let loss = 0;
    for (const i of shuffled(vectors.length, random)) {
      const { indices, values } = vectors[i]!;
      const label = labels[i]!;
      const eta = 1 / (1 + l2 * t++);
      dots.fill(0);
      for (let n = 0; n < indices.length; n++) {
        const base = indices[n]! * K;
        const value = values[n]!;
        for (let k = 0; k < K; k++) dots[k] = dots[k]! + w[base + k]! * value;
      }
      for (let k = 0; k < K; k++) {
        const y = label[k]!;
        const margin = dots[k]! * scale[k]! + bias[k]!;
        const p = 1 / (1 + Math.exp(-margin));
        const weight = sampleWeights[i]! * classWeights[2 * k + y]!;
        loss += weight * (y === 1 ? -Math.log(p + 1e-12) : -Math.log(1 - p + 1e-12));
        const gradient = (p - y) * weight;
        scale[k] = scale[k]! * (1 - eta * l2);
        if (scale[k]! < 1e-9) rescale(w, scale, K);
        steps[k] = (eta * gradient) / scale[k]!;
        bias[k] = bias[k]! - eta * gradient;
      }
      for (let n = 0; n < indices.length; n++) {
        const base = indices[n]! * K;
        const value = values[n]!;
        for (let k = 0; k < K; k++) w[base + k] = w[base + k]! - steps[k]! * value;
      }
    }
    loss /= vectors.length * K;
    if (previousLoss - loss < options.tolerance) break;
    previousLoss = loss;
  }
  rescale(w, scale, K);
  const weights = Array.from({ length: K }, (_, k) => {
    const out = new Float64Array(dimensions);
    for (let j = 0; j < dimensions; j++) out[j] = w[j * K + k]!;
    return out;
  });
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

/** Fold every theme's scale into its weights. */
function rescale(w: Float64Array, scale: Float64Array, K: number): void {
  for (let j = 0; j < w.length; j++) w[j] = w[j]! * scale[j % K]!;
  scale.fill(1);
}
