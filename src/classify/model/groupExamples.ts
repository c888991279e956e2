import type { ThemeId } from '../../vocabulary.js';
import { hasWords, spacingKey } from '../../text/index.js';
import type { ExampleKind, NameTest, TrainingExample } from '../types.js';

/** A distinct training text with every theme its examples give it. */
export interface TrainingText {
  readonly text: string;
  readonly themes: readonly ThemeId[];
  /** The strongest of its examples' weights. */
  readonly weight: number;
}

/** The weight in training of an example of each kind: `seed` for a codebook seed, `label` for a person's labels. */
export function exampleWeight(kind: ExampleKind, weights: { readonly seed: number; readonly label: number }): number {
  const byKind: Record<ExampleKind, number> = { section: 1, codebook: weights.seed, labels: weights.label, corrections: weights.label };
  return byKind[kind];
}

/** No run is a name: texts group only when they differ in numbers alone. */
export const NO_NAMES: NameTest = () => false;

/**
 * Examples grouped by text (compared after collapsing white space and case), in order of first appearance; texts
 * that differ only in names (`isName`) and numbers ("Stockport Council's budget gap of £20m" and "Sunderland City
 * Council's budget gap of £12m") join one group too: a sentence that a report template repeats for council after
 * council is one piece of evidence, not one per council. Other capitalised words ("Medium Term Financial
 * Strategy", "Local Plan") are kept, so sentences that differ in them stay apart. An example's weight comes from
 * its kind (`exampleWeight`), whether or not it came through the crosswalk.
 */
export function groupExamples(examples: readonly TrainingExample[], weights: { seed: number; label: number }, isName: NameTest = NO_NAMES): TrainingText[] {
  const groups: { text: string; themes: Set<ThemeId>; weight: number }[] = [];
  const byText = new Map<string, (typeof groups)[number]>();
  const byShape = new Map<string, (typeof groups)[number]>();
  // The same text again (a crosswalked example, a sentence a template repeats) joins the same group: skip the keys.
  const byExactText = new Map<string, (typeof groups)[number]>();
  for (const example of examples) {
    const weight = exampleWeight(example.kind, weights);
    const seen = byExactText.get(example.text);
    if (seen !== undefined) {
      seen.themes.add(example.theme);
      seen.weight = Math.max(seen.weight, weight);
      continue;
    }
    const key = spacingKey(example.text);
    if (key === '') continue;
    const shape = shapeOf(example.text, isName);
    let group = byText.get(key) ?? byShape.get(shape);
    if (group === undefined) {
      group = { text: example.text.trim(), themes: new Set([example.theme]), weight };
      groups.push(group);
    } else {
      group.themes.add(example.theme);
      group.weight = Math.max(group.weight, weight);
    }
    byText.set(key, group);
    byExactText.set(example.text, group);
    if (!byShape.has(shape)) byShape.set(shape, group);
  }
  return groups.map((g) => ({ text: g.text, themes: [...g.themes], weight: g.weight }));
}

/**
 * A text with its names (runs of capitalised words that `isName` accepts, without a possessive 's) and its numbers
 * masked, for grouping near-duplicates; a text with fewer than three other words (a heading, a theme's name) is its
 * own shape.
 */
export function shapeOf(text: string, isName: NameTest): string {
  const masked = text.replace(/\b[A-Z][\w'’-]*(?:\s+(?:of|and|upon|on|the)?\s*[A-Z][\w'’-]*)*/g, (run) => {
    const name = run.replace(/['’]s$/, '');
    return isName(name) ? `N${run.slice(name.length)}` : run;
  });
  const shape = spacingKey(masked.replace(/\d+(?:[.,]\d+)*/g, '0'));
  return hasWords(shape, 3, isLongWord) ? shape : spacingKey(text);
}

/** A word of two characters or more with a letter in it: what makes a text more than a heading. */
function isLongWord(form: string): boolean {
  return form.length > 1 && /\p{L}/u.test(form);
}
