import type { ThemeId } from '../vocabulary.js';
import { normaliseText } from './normaliseText.js';
import type { TrainingExample } from './types.js';

/** A distinct training text with every theme its examples give it. */
export interface TrainingText {
  readonly text: string;
  readonly themes: readonly ThemeId[];
  /** The strongest of its origins' weights. */
  readonly weight: number;
}

/**
 * Examples grouped by text (compared after collapsing white space and case), in order of first appearance; an
 * example's weight comes from its origin kind (`codebook:`, `labels:`, else 1).
 */
export function groupExamples(examples: readonly TrainingExample[], weights: { seed: number; label: number }): TrainingText[] {
  const groups = new Map<string, { text: string; themes: Set<ThemeId>; weight: number }>();
  for (const example of examples) {
    const key = normaliseText(example.text);
    if (key === '') continue;
    const kind = example.origin.split(':')[0];
    const weight = kind === 'codebook' ? weights.seed : kind === 'labels' ? weights.label : 1;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { text: example.text.trim(), themes: new Set([example.theme]), weight });
    else {
      group.themes.add(example.theme);
      group.weight = Math.max(group.weight, weight);
    }
  }
  return [...groups.values()].map((g) => ({ text: g.text, themes: [...g.themes], weight: g.weight }));
}
