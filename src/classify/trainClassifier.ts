import type { Framework } from '../vocabulary.js';
import { type Classifier, createClassifier } from './classifier.js';
import type { Codebook, Crosswalk } from './codebook.js';
import { examplesThroughCrosswalk, trainingExamplesFrom } from './trainingExamples.js';
import { mergeExamples, type MergeMode } from './mergeExamples.js';
import type { TrainOptions } from './model.js';
import { trainModel } from './trainModel.js';
import type { NameTest, TrainingExample } from './types.js';

export interface TrainClassifierInput {
  /** The sentences of the corpus's theme sections, either framework's (`examplesFromSections`, `SectionSample`). */
  readonly sectionExamples: readonly TrainingExample[];
  /** One codebook per framework to train a model for. */
  readonly codebooks: readonly Codebook[];
  readonly crosswalk: Crosswalk;
  /** A researcher's labels (`parseLabelsCsv`), of either framework: each model gets them through the crosswalk. */
  readonly labels?: readonly TrainingExample[];
  /** `add` (default) to the default training data, or `replace` it. */
  readonly mode?: MergeMode;
  /** The classifier's default framework (default: the first codebook's). */
  readonly framework?: Framework;
  readonly options?: Partial<TrainOptions>;
  /** Which capitalised runs are names (councils'), so that sentences differing only in them train as one. */
  readonly isName?: NameTest;
}

/**
 * The whole training step, built from the public steps: for each codebook, `trainingExamplesFrom` (its seeds +
 * the section sentences, crosswalked as needed), merged with the labels (`mergeExamples`), `trainModel`; then
 * `createClassifier` with the crosswalk.
 */
export function trainClassifier(input: TrainClassifierInput): Classifier {
  const models = input.codebooks.map((codebook) => {
    const defaults = trainingExamplesFrom(input.sectionExamples, codebook, input.crosswalk);
    const labels = examplesThroughCrosswalk(input.labels ?? [], input.crosswalk, codebook.framework);
    return trainModel(mergeExamples(defaults, labels, input.mode ?? 'add'), codebook, input.options, input.isName);
  });
  return createClassifier(models, input.crosswalk, input.framework);
}
