import type { ThemeSection } from '../corpus/schema.js';
import type { Codebook, Crosswalk } from './codebook.js';
import { examplesFromCodebook } from './examplesFromCodebook.js';
import { examplesFromSections } from './examplesFromSections.js';
import { examplesThroughCrosswalk } from './examplesThroughCrosswalk.js';
import type { TrainingExample } from './types.js';

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
