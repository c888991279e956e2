import type { ThemeSection } from '../corpus/schema.js';
import { splitSentences } from '../text/index.js';
import { frameworkOf, type Framework } from '../vocabulary.js';
import type { Codebook, Crosswalk } from './codebook.js';
import { mappedThemes } from './crosswalkAssignment.js';
import type { TrainingExample } from './types.js';

/**
 * The default training data, example by example: sentences of the corpus's theme sections, the codebook's seeds,
 * and both carried into the other framework through the crosswalk.
 */

/**
 * Weak labels: every sentence of the feedback text under a theme heading, labelled with that theme, of kind
 * `section` with the section's source file, so cross-validation can leave one document out.
 */
export function examplesFromSections(sections: readonly ThemeSection[]): TrainingExample[] {
  return sections.flatMap((section) => {
    const file = section.source.file;
    return splitSentences(section.text).map((text) => ({ text, theme: section.theme, kind: 'section' as const, file }));
  });
}

/**
 * Seed examples from a codebook, of kind `codebook`: each theme's label, key question, description (by sentence),
 * and every term and phrase on its own.
 */
export function examplesFromCodebook(codebook: Codebook): TrainingExample[] {
  return codebook.themes.flatMap((theme) => {
    const texts = [
      theme.label,
      ...theme.question.split(/(?<=\?)\s+/),
      ...theme.description.split(/(?<=\.)\s+(?=[A-Z])/),
      ...theme.terms,
      ...theme.phrases,
    ];
    return texts.map((text) => ({ text: text.trim(), theme: theme.id, kind: 'codebook' as const }));
  });
}

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

/**
 * The default training data for the codebook's framework: the codebook's seed examples plus the sentences of the
 * corpus theme sections. Sections of the other framework are relabelled through the crosswalk, so the current
 * framework is trained on its seeds and on classic feedback sections mapped to current themes (and vice versa).
 */
export function trainingExamples(sections: readonly ThemeSection[], codebook: Codebook, crosswalk: Crosswalk): TrainingExample[] {
  return trainingExamplesFrom(examplesFromSections(sections), codebook, crosswalk);
}

/**
 * `trainingExamples` from section sentences already split by `examplesFromSections`, so the models of several
 * codebooks share one split of the corpus (on a large corpus, the split is most of training's memory).
 */
export function trainingExamplesFrom(sectionExamples: readonly TrainingExample[], codebook: Codebook, crosswalk: Crosswalk): TrainingExample[] {
  return examplesThroughCrosswalk([...examplesFromCodebook(codebook), ...sectionExamples], crosswalk, codebook.framework);
}
