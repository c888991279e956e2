import { round } from './round.js';
import { seededRandom } from './seededRandom.js';

/**
 * Agreement between coders on nominal codes: Cohen's kappa (two coders, every unit coded by both), Krippendorff's
 * alpha for nominal data (any number of coders, missing codes allowed) and a seeded bootstrap interval for either.
 */

/** Cohen's kappa of a square confusion matrix (`matrix[r][c]`: units coder A put in r and coder B in c). */
export function kappaOfMatrix(matrix: readonly (readonly number[])[]): number {
  const n = matrix.reduce((s, row) => s + row.reduce((a, b) => a + b, 0), 0);
  if (n === 0) return 0;
  const rowSum = (r: number) => matrix[r]!.reduce((s, v) => s + v, 0);
  const colSum = (c: number) => matrix.reduce((s, row) => s + (row[c] ?? 0), 0);
  const po = matrix.reduce((s, row, i) => s + (row[i] ?? 0), 0) / n;
  const pe = matrix.reduce((s, _, i) => s + (rowSum(i) / n) * (colSum(i) / n), 0);
  return pe === 1 ? (po === 1 ? 1 : 0) : (po - pe) / (1 - pe);
}

/** Cohen's kappa of paired codes: `[a, b]` per unit. */
export function cohenKappa(pairs: readonly (readonly [string, string])[]): number {
  const labels = [...new Set(pairs.flat())].sort();
  const matrix = labels.map(() => labels.map(() => 0));
  for (const [a, b] of pairs) matrix[labels.indexOf(a)]![labels.indexOf(b)]!++;
  return kappaOfMatrix(matrix);
}

/**
 * Krippendorff's alpha for nominal codes. `units[u]` holds the codes the coders gave unit u (null: not coded);
 * units with fewer than two codes are not pairable and are left out (Krippendorff 2011, "Computing
 * Krippendorff's alpha-reliability"). alpha = 1 - (n - 1) * D_o / D_e over the coincidence matrix.
 */
export function krippendorffAlpha(units: readonly (readonly (string | null)[])[]): number {
  const coincidence = new Map<string, Map<string, number>>();
  const add = (a: string, b: string, w: number) => {
    const row = coincidence.get(a) ?? new Map<string, number>();
    row.set(b, (row.get(b) ?? 0) + w);
    coincidence.set(a, row);
  };
  for (const unit of units) {
    const codes = unit.filter((c): c is string => c !== null);
    const m = codes.length;
    if (m < 2) continue;
    codes.forEach((a, i) => codes.forEach((b, j) => {
      if (i !== j) add(a, b, 1 / (m - 1));
    }));
  }
  const totals = new Map([...coincidence].map(([c, row]) => [c, [...row.values()].reduce((s, v) => s + v, 0)]));
  const n = [...totals.values()].reduce((s, v) => s + v, 0);
  if (n <= 1) return 0;
  let observed = 0;
  for (const [a, row] of coincidence) for (const [b, v] of row) if (a !== b) observed += v;
  let expected = 0;
  for (const [a, na] of totals) for (const [b, nb] of totals) if (a !== b) expected += na * nb;
  if (expected === 0) return 1;
  return 1 - ((n - 1) * observed) / expected;
}

/** A statistic with its bootstrap 95% percentile interval. */
export interface Estimate {
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

/**
 * Percentile bootstrap: `statistic` on `samples` resamplings of `items` (with replacement, mulberry32 seeded by
 * `seed`), the 2.5th and 97.5th percentiles. The same items, seed and sample count give the same interval.
 */
export function bootstrap<T>(items: readonly T[], statistic: (items: readonly T[]) => number, options: { readonly seed?: number; readonly samples?: number } = {}): Estimate {
  const value = round(statistic(items), 4);
  if (items.length === 0) return { value, low: value, high: value };
  const random = seededRandom(options.seed ?? 1);
  const samples = options.samples ?? 1000;
  const stats: number[] = [];
  for (let s = 0; s < samples; s++) {
    stats.push(statistic(items.map(() => items[Math.floor(random() * items.length)]!)));
  }
  stats.sort((a, b) => a - b);
  const at = (q: number) => round(stats[Math.min(samples - 1, Math.max(0, Math.floor(q * samples)))]!, 4);
  return { value, low: at(0.025), high: at(0.975) };
}
