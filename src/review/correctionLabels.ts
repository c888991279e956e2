import type { TrainingExample } from '../classify/types.js';
import type { DocumentSummary } from '../corpus/schema.js';
import { documentFramework } from '../corpus/framework.js';
import type { Framework, ThemeId } from '../vocabulary.js';
import type { CorrectedCorpus } from './applyCorrections.js';
import { reviewKey } from './reviewKey.js';

/** A recommendation a researcher gave themes: a training label, and an item to score the model on. */
export interface LabelledItem {
  /** Its review key (the original text's; an added recommendation's own text's). */
  readonly key: string;
  readonly id: string;
  /** The text as corrected. */
  readonly text: string;
  readonly framework: Framework;
  readonly themes: readonly ThemeId[];
  readonly added: boolean;
}

/** The recommendations whose themes a person set, in corpus order, with their texts as corrected. */
export function labelledItems(found: readonly DocumentSummary[], corrected: CorrectedCorpus): LabelledItem[] {
  const originals = new Map(found.flatMap((d) => d.recommendations.map((r) => [r.id, r.text] as const)));
  return corrected.documents.flatMap((d) => d.recommendations.flatMap((r) => {
    const themes = corrected.themes.get(r.id);
    if (themes === undefined) return [];
    const original = originals.get(r.id);
    return [{ key: reviewKey(d.sha256, original ?? r.text), id: r.id, text: r.text, framework: documentFramework(d), themes, added: original === undefined }];
  }));
}

/** Labelled items as training examples (`cpc train --labels` takes the same), of kind `corrections`. */
export function labelsOf(items: readonly LabelledItem[]): TrainingExample[] {
  return items.flatMap((item) => item.themes.map((theme) => ({ text: item.text, theme, kind: 'corrections' as const })));
}

/**
 * Items in `folds` groups for cross-fitting, by key order (so the same corrections give the same folds): each
 * fold is scored by a model trained on the others' labels only.
 */
export function correctionFolds(items: readonly LabelledItem[], folds = 5): LabelledItem[][] {
  const sorted = [...items].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return Array.from({ length: Math.min(folds, sorted.length) }, (_, f) => sorted.filter((_, i) => i % folds === f));
}
