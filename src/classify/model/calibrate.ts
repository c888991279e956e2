/** A theme's calibration: score = sigmoid(a * margin + b); the theme is assigned when score >= threshold. */
export interface Calibration {
  readonly a: number;
  readonly b: number;
  readonly threshold: number;
}

/**
 * Calibrate one theme from out-of-fold margins: Platt scaling (a, b by Newton's method on the log loss, with
 * Platt's smoothed targets), then the threshold on the calibrated score that maximises F1 on the same out-of-fold
 * data (midway between the last score kept and the next below it), kept within [minThreshold, 0.95].
 */
export function calibrate(margins: Float64Array, positive: Uint8Array, minThreshold: number): Calibration {
  const { a, b } = platt(margins, positive);
  const scores = Array.from(margins, (m, i) => ({ score: sigmoid(a * m + b), positive: positive[i]! }));
  scores.sort((x, y) => y.score - x.score || x.positive - y.positive);
  const positives = scores.filter((s) => s.positive === 1).length;
  let best = 0;
  let threshold = 0.95;
  let truePositives = 0;
  for (let i = 0; i < scores.length; i++) {
    truePositives += scores[i]!.positive;
    const next = scores[i + 1]?.score ?? 0;
    if (next === scores[i]!.score) continue;
    const f1 = (2 * truePositives) / (i + 1 + positives);
    if (f1 > best) {
      best = f1;
      threshold = (scores[i]!.score + next) / 2;
    }
  }
  return { a, b, threshold: Math.min(0.95, Math.max(minThreshold, threshold)) };
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Platt (1999) with the Lin, Lin and Weng (2007) Newton iteration. */
function platt(margins: Float64Array, positive: Uint8Array): { a: number; b: number } {
  const n = margins.length;
  let prior1 = 0;
  for (let i = 0; i < n; i++) prior1 += positive[i]!;
  const prior0 = n - prior1;
  if (prior1 === 0 || prior0 === 0) return { a: 0, b: prior1 === 0 ? -10 : 10 };
  const hi = (prior1 + 1) / (prior1 + 2);
  const lo = 1 / (prior0 + 2);
  const target = Array.from(positive, (p) => (p === 1 ? hi : lo));
  let a = 0;
  let b = Math.log((prior1 + 1) / (prior0 + 1));
  const loss = (a0: number, b0: number): number => {
    let f = 0;
    for (let i = 0; i < n; i++) {
      const z = a0 * margins[i]! + b0;
      f += z >= 0 ? (1 - target[i]!) * z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)) - target[i]! * z;
    }
    return f;
  };
  let f = loss(a, b);
  for (let iteration = 0; iteration < 100; iteration++) {
    let h11 = 1e-12, h22 = 1e-12, h21 = 0, g1 = 0, g2 = 0;
    for (let i = 0; i < n; i++) {
      const p = sigmoid(a * margins[i]! + b);
      const d2 = p * (1 - p);
      const d1 = target[i]! - p;
      h11 += margins[i]! * margins[i]! * d2;
      h22 += d2;
      h21 += margins[i]! * d2;
      g1 += margins[i]! * d1;
      g2 += d1;
    }
    if (Math.abs(g1) < 1e-5 && Math.abs(g2) < 1e-5) break;
    const det = h11 * h22 - h21 * h21;
    const da = (h22 * g1 - h21 * g2) / det;
    const db = (-h21 * g1 + h11 * g2) / det;
    let step = 1;
    while (step >= 1e-10) {
      const fNew = loss(a + step * da, b + step * db);
      if (fNew <= f - 1e-4 * step * (g1 * da + g2 * db)) {
        a += step * da;
        b += step * db;
        f = fNew;
        break;
      }
      step /= 2;
    }
    if (step < 1e-10) break;
  }
  return { a, b };
}
