import type { ConfusionRow } from '../chart/types.js';
import type { Classifier } from '../classify/classifier.js';
import { classify } from '../classify/classify.js';
import type { EvaluationReport } from '../classify/evaluation.js';
import { evaluate } from '../classify/evaluate.js';
import type { GoldItem } from '../classify/gold.js';
import type { EvaluationSummary } from '../export/briefingTypes.js';

/** The classifier's figures against hand labels, in the shapes the CLI, charts and briefing read. */
export interface Evaluation {
  readonly report: EvaluationReport;
  readonly summary: EvaluationSummary;
  /** The lenient confusion matrix as rows, for the confusion-matrix chart. */
  readonly confusion: readonly ConfusionRow[];
}

/** Classify the gold texts (never trained on) and score them against their labels. */
export function evaluateClassifier(classifier: Classifier, gold: readonly GoldItem[]): Evaluation {
  const report = evaluate(classify(classifier, gold.map((g) => ({ id: g.id, text: g.text }))), gold);
  const { labels, matrix } = report.lenient.confusion;
  return {
    report,
    summary: { macroF1Lenient: report.lenient.macroF1, kappa: report.lenient.kappa, accuracy: report.lenient.accuracy, n: report.items },
    confusion: labels.flatMap((actual, i) => labels.map((predicted, j) => ({ actual, predicted, count: matrix[i]?.[j] ?? 0 }))),
  };
}
