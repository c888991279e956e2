import { spacingKey } from '../text/index.js';
import type { TrainingExample } from './types.js';

/** How a researcher's labels combine with the default training data. */
export type MergeMode = 'add' | 'replace';

/**
 * `replace`: the labels alone. `add`: the defaults, except those whose text the labels also label (the labels win),
 * then the labels. Texts are compared after collapsing white space and case.
 */
export function mergeExamples(
  defaults: readonly TrainingExample[],
  labels: readonly TrainingExample[],
  mode: MergeMode,
): TrainingExample[] {
  if (mode === 'replace') return [...labels];
  if (labels.length === 0) return [...defaults];
  const relabelled = new Set(labels.map((example) => spacingKey(example.text)));
  return [...defaults.filter((example) => !relabelled.has(spacingKey(example.text))), ...labels];
}
