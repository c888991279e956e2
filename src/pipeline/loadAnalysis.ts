/**
 * What the commands start from: a corpus file analysed, with a classifier read from a `cpc train` file or trained on
 * the corpus (the bundled sample when there is no corpus yet), and the classifier's figures on the sample annotations.
 */
import { resolve } from 'node:path';
import type { Classifier } from '../classify/classifier.js';
import { parseGold } from '../classify/parseGold.js';
import type { CorpusDocument } from '../corpus/schema.js';
import { CpcError } from '../errors.js';
import { readTextFile } from '../readTextFile.js';
import { classifierFromJson } from '../resources/classifierFile.js';
import { loadResources, type Resources } from '../resources/resources.js';
import { SAMPLE_CORPUS, SAMPLE_GOLD } from '../resources/sample.js';
import { analyse, type Analysis } from './analyse.js';
import { trainingCorpusOf, trainOnCorpusCached } from './classifierCache.js';
import { loadCorpusFile } from './corpusIo.js';
import { evaluateHeldOut, type Evaluation } from './evaluation.js';
import { ingestCorpus } from './ingestCorpus.js';

/** The classifier: from a `cpc train` file when given, else trained on the corpus (or the sample corpus). */
export async function classifierFor(documents: readonly CorpusDocument[], resources: Resources, model: string | undefined, cwd: string, cacheDir: string | null = null): Promise<Classifier> {
  if (model !== undefined) return classifierFromJson(await readTextFile(model, { cwd }), model, resources.codebooks.crosswalk);
  return trainOnCorpusCached(trainingCorpusOf(documents), resources, cacheIn(cwd, cacheDir));
}

/** A cache folder as the caller named it, resolved against `cwd`; null for none. */
export function cacheIn(cwd: string, cacheDir: string | null | undefined): string | null {
  return cacheDir === undefined || cacheDir === null ? null : resolve(cwd, cacheDir);
}

/** Load a corpus file and analyse it; with a cache folder, a classifier trained before on the same inputs is reused. */
export async function loadAnalysis(corpus: string, cwd: string, model?: string, cacheDir: string | null = null): Promise<{ analysis: Analysis; resources: Resources; documents: readonly CorpusDocument[] }> {
  const [documents, resources] = await Promise.all([loadCorpusFile(corpus, cwd), loadResources()]);
  return { analysis: analyse(documents, resources, await classifierFor(documents, resources, model, cwd, cacheDir)), resources, documents };
}

/** The corpus to train on when the user has none yet: the bundled sample. */
export async function corpusOrSample(corpus: string, cwd: string, resources: Resources): Promise<CorpusDocument[]> {
  try {
    return await loadCorpusFile(corpus, cwd);
  } catch (error) {
    if (!(error instanceof CpcError) || error.code !== 'file-not-found') throw error;
    return [...(await ingestCorpus([SAMPLE_CORPUS], { cwd: SAMPLE_CORPUS, register: resources.register })).documents];
  }
}

/** The classifier against the sample annotations, held out by document (see `evaluateHeldOut`). */
export async function sampleEvaluation(documents: readonly CorpusDocument[], classifier: Classifier, resources: Resources, cacheDir: string | null): Promise<Evaluation> {
  const gold = parseGold(await readTextFile(SAMPLE_GOLD), SAMPLE_GOLD);
  const train = (kept: readonly CorpusDocument[]) => trainOnCorpusCached(trainingCorpusOf(kept), resources, cacheDir);
  return evaluateHeldOut(documents, gold, classifier, train, (d) => d.themeSections.length > 0);
}
