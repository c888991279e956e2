import type { Classifier } from '../classify/classifier.js';
import { classify } from '../classify/classify.js';
import type { Assignment, TrainingExample } from '../classify/types.js';
import type { DocumentSummary } from '../corpus/schema.js';
import type { ReviewRow } from '../export/reviewCsv.js';
import { applyCorrections } from '../review/applyCorrections.js';
import { correctionFolds, labelledItems, labelsOf, type LabelledItem } from '../review/correctionLabels.js';
import type { Correction } from '../review/corrections.js';

/** A researcher's corrected themes as training labels, and the items they label. */
export function correctionLabels(documents: readonly DocumentSummary[], corrections: readonly Correction[]): { items: LabelledItem[]; labels: TrainingExample[] } {
  const items = labelledItems(documents, applyCorrections(documents, corrections));
  return { items, labels: labelsOf(items) };
}

/**
 * The model's themes for each labelled item from a model that never saw its label: the items in five folds, each
 * classified by `train` on the other folds' labels (cross-fitting), by review key.
 */
export async function heldOutAssignments(items: readonly LabelledItem[], train: (labels: readonly TrainingExample[]) => Promise<Classifier>): Promise<Map<string, Assignment>> {
  const held = new Map<string, Assignment>();
  for (const fold of correctionFolds(items)) {
    const classifier = await train(labelsOf(items.filter((item) => !fold.includes(item))));
    const assignments = classify(classifier, fold.map((item) => ({ id: item.key, text: item.text, framework: item.framework })));
    for (const a of assignments) held.set(a.id, a);
  }
  return held;
}

/** Review rows whose model columns show the held-out assignment where there is one (so agreement never scores a label the model trained on). */
export function withHeldOut(rows: readonly ReviewRow[], held: ReadonlyMap<string, Assignment>): ReviewRow[] {
  return rows.map((r) => {
    const a = held.get(r.key);
    return a === undefined ? r : { ...r, modelPrimaryTheme: a.primaryTheme, modelThemes: a.themes };
  });
}
