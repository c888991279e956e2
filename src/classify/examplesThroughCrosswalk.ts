import { frameworkOf, type Framework } from '../vocabulary.js';
import type { Crosswalk } from './codebook.js';
import { mappedThemes } from './mappedThemes.js';
import type { TrainingExample } from './types.js';

/**
 * Examples of the other framework relabelled into `framework` through the crosswalk: an example becomes one per
 * target theme whose weight reaches the crosswalk's threshold times the strongest (so a classic governance sentence
 * teaches both "Governance and culture" and "Organisational and place leadership"). Each keeps its kind and file
 * (so its weight), and names the framework it came from in `crosswalkedFrom`. Examples already of `framework` pass
 * unchanged.
 */
export function examplesThroughCrosswalk(
  examples: readonly TrainingExample[],
  crosswalk: Crosswalk,
  framework: Framework,
): TrainingExample[] {
  return examples.flatMap((example) => {
    const from = frameworkOf(example.theme);
    if (from === framework) return [example];
    const targets = mappedThemes(crosswalk, example.theme);
    const strongest = Math.max(...targets.map((t) => t.weight));
    return targets.filter((t) => t.weight >= crosswalk.threshold * strongest).map((t) => ({ ...example, theme: t.theme, crosswalkedFrom: from }));
  });
}
