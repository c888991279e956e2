import type { Classifier } from '../../../src/classify/classifier.js';
import type { CorpusDocument } from '../../../src/corpus/schema.js';
import { analyse, trainOnCorpus, type Analysis } from '../../../src/pipeline/analyse.js';
import { loadResources, type Resources } from '../../../src/resources/resources.js';

/** A test corpus with what `analyse`'s tests compare against: a classifier trained on it and its analysis with the defaults. */
export interface AnalysedCorpus {
  readonly resources: Resources;
  readonly documents: readonly CorpusDocument[];
  readonly classifier: Classifier;
  readonly plain: Analysis;
}

/** The documents `load` gives (with the shipped resources), trained on and analysed with `analyse`'s defaults. */
export async function analysedCorpus(load: (resources: Resources) => Promise<readonly CorpusDocument[]>): Promise<AnalysedCorpus> {
  const resources = await loadResources();
  const documents = await load(resources);
  const classifier = trainOnCorpus(documents, resources);
  return { resources, documents, classifier, plain: analyse(documents, resources, classifier) };
}
