import type { ConfusionRow } from '../chart/types.js';
import type { Classifier } from '../classify/classifier.js';
import { classify } from '../classify/classify.js';
import { bootstrap, cohenKappa } from '../classify/agreement.js';
import type { ConfusionMatrix, EvaluationReport } from '../classify/evaluation.js';
import { evaluate } from '../classify/evaluate.js';
import { fileStem } from '../classify/parseGold.js';
import type { GoldItem } from '../classify/gold.js';
import type { Assignment } from '../classify/types.js';
import type { DocumentSummary } from '../corpus/schema.js';
import type { EvaluationSummary } from '../export/briefingTypes.js';
import { byCodeUnit } from '../order.js';

/** The classifier's figures against hand labels, in the shapes the CLI, charts and briefing read. */
export interface Evaluation {
  readonly report: EvaluationReport;
  readonly summary: EvaluationSummary;
  /** The lenient confusion matrix as rows, for the confusion-matrix chart. */
  readonly confusion: readonly ConfusionRow[];
}

/** Classify the gold texts with one classifier and score them against their labels. */
export function evaluateClassifier(classifier: Classifier, gold: readonly GoldItem[]): Evaluation {
  return evaluation(evaluate(classify(classifier, gold.map((g) => ({ id: g.id, text: g.text }))), gold), 'scored by the classifier of this run', null);
}

function evaluation(report: EvaluationReport, measuredOn: string, inSample: EvaluationReport | null): Evaluation {
  const { labels, matrix } = report.lenient.confusion;
  return {
    report,
    summary: {
      macroF1Lenient: report.lenient.macroF1, kappa: report.lenient.kappa, accuracy: report.lenient.accuracy, n: report.items, measuredOn,
      kappaInterval: kappaInterval(report.lenient.confusion),
      strict: { macroF1: report.strict.macroF1, kappa: report.strict.kappa, kappaInterval: kappaInterval(report.strict.confusion) },
      ...(inSample === null ? {} : { inSample: { macroF1Lenient: inSample.lenient.macroF1, kappa: inSample.lenient.kappa } }),
    },
    confusion: labels.flatMap((actual, i) => labels.map((predicted, j) => ({ actual, predicted, count: matrix[i]?.[j] ?? 0 }))),
  };
}

/** The bootstrap 95% interval of kappa over the items of a confusion matrix (seeded: the same every run). */
function kappaInterval({ labels, matrix }: ConfusionMatrix): readonly [number, number] {
  const pairs = labels.flatMap((actual, i) => labels.flatMap((predicted, j) => Array.from({ length: matrix[i]?.[j] ?? 0 }, () => [actual, predicted] as const)));
  const { low, high } = bootstrap(pairs, cohenKappa, { seed: 19 });
  return [low, high];
}

const UNTRACED = '\u0000untraced';

/**
 * The classifier held out by document: each gold item whose id names a corpus document (`<file stem>#<n>`) is
 * scored by a classifier trained without that document's text (`train` on the other documents; the same
 * classifier as the run's when the document gives no training text, as `givesTrainingText` tells), so no figure
 * comes from a model that learned from the item's own report. Items naming no document are scored by the run's classifier, and the
 * description says how many. The run's in-sample figure is kept beside it, for comparison only.
 */
export async function evaluateHeldOut<D extends DocumentSummary>(
  documents: readonly D[],
  gold: readonly GoldItem[],
  classifier: Classifier,
  train: (documents: readonly D[]) => Promise<Classifier>,
  givesTrainingText: (document: D) => boolean,
): Promise<Evaluation> {
  const inSample = evaluateClassifier(classifier, gold).report;
  const stems = new Set(documents.map((d) => fileStem(d.file)));
  const groups = new Map<string, GoldItem[]>();
  for (const item of gold) groups.set(item.document ?? UNTRACED, [...(groups.get(item.document ?? UNTRACED) ?? []), item]);
  const assignments: Assignment[] = [];
  let retrained = 0;
  for (const [document, items] of [...groups].sort(([a], [b]) => byCodeUnit(a, b))) {
    const own = documents.some((d) => fileStem(d.file) === document && givesTrainingText(d));
    if (own) retrained++;
    const model = own ? await train(documents.filter((d) => fileStem(d.file) !== document)) : classifier;
    assignments.push(...classify(model, items.map((g) => ({ id: g.id, text: g.text }))));
  }
  const untraced = gold.filter((g) => g.document === null || !stems.has(g.document)).length;
  const measuredOn =
    `held out by document: each of the ${gold.length} hand-annotated recommendations scored by a classifier trained without its own ` +
    `document's text (${retrained} of ${groups.size} documents retrained without themselves; the others give no training text)` +
    (untraced === 0 ? '' : `; ${untraced} item(s) not traced to a corpus document were scored by the run's classifier`);
  return evaluation(evaluate(assignments, gold), measuredOn, inSample);
}
