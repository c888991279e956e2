import { frameworkOf, type Framework } from '../vocabulary.js';
import type { Crosswalk } from './codebook.js';
import { mappedThemes } from './mappedThemes.js';
import type { TrainingExample } from './types.js';

/**
 * Examples of the other framework relabelled into `framework` through the crosswalk: an example becomes one per
 * target theme whose weight reaches the crosswalk's threshold times the strongest (so a classic governance sentence
 * teaches both "Governance and culture" and "Organisational and place leadership"). Origin `crosswalk:<origin>`.
 * Examples already of `framework` pass unchanged.
 */
export function examplesThroughCrosswalk(
  examples: readonly TrainingExample[],
  crosswalk: Crosswalk,
  framework: Framework,
): TrainingExample[] {
  // one origin string per source origin (a document's thousands of sentences share it), not one per example
  const origins = new Map<string, string>();
  return examples.flatMap((example) => {
    if (frameworkOf(example.theme) === framework) return [example];
    const targets = mappedThemes(crosswalk, example.theme);
    const strongest = Math.max(...targets.map((t) => t.weight));
    let origin = origins.get(example.origin);
    if (origin === undefined) {
      origin = `crosswalk:${example.origin}`;
      origins.set(example.origin, origin);
    }
    return targets.filter((t) => t.weight >= crosswalk.threshold * strongest).map((t) => ({ text: example.text, theme: t.theme, origin }));
  });
}
