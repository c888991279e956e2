import { UNCLASSIFIED, type ThemeId, type ThemeOrUnclassified } from '../vocabulary.js';
import type { Scores, ThemeMetrics } from './evaluation.js';
import { kappaOfMatrix } from './agreement.js';
import { round } from './round.js';

/** Per-theme P/R/F1, macro-F1, accuracy, Cohen's kappa and confusion matrix of actual vs predicted pairs. */
export function scores(pairs: readonly { actual: ThemeOrUnclassified; predicted: ThemeOrUnclassified }[], themes: readonly ThemeId[]): Scores {
  const labels: ThemeOrUnclassified[] = [...themes, UNCLASSIFIED];
  const matrix = labels.map(() => labels.map(() => 0));
  for (const { actual, predicted } of pairs) {
    const r = labels.indexOf(actual);
    const c = labels.indexOf(predicted);
    if (r >= 0 && c >= 0) matrix[r]![c]!++;
  }
  const n = pairs.length;
  const rowSum = (r: number) => matrix[r]!.reduce((s, v) => s + v, 0);
  const colSum = (c: number) => matrix.reduce((s, row) => s + row[c]!, 0);
  const perTheme: ThemeMetrics[] = themes.map((theme, k) => {
    const tp = matrix[k]![k]!;
    const support = rowSum(k);
    const predicted = colSum(k);
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { theme, precision: round(precision, 4), recall: round(recall, 4), f1: round(f1, 4), support, predicted };
  });
  const present = perTheme.filter((m) => m.support > 0 || m.predicted > 0);
  const macroF1 = present.length === 0 ? 0 : present.reduce((s, m) => s + m.f1, 0) / present.length;
  const agree = labels.reduce((s, _, i) => s + matrix[i]![i]!, 0);
  const po = n === 0 ? 0 : agree / n;
  const kappa = kappaOfMatrix(matrix);
  return { perTheme, macroF1: round(macroF1, 4), accuracy: round(po, 4), kappa: round(kappa, 4), confusion: { labels, matrix } };
}
