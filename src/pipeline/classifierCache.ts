import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Classifier } from '../classify/classifier.js';
import type { MergeMode } from '../classify/mergeExamples.js';
import type { NameTest, TrainingExample } from '../classify/types.js';
import type { CorpusDocument } from '../corpus/schema.js';
import { themeSectionsDigest } from '../cache/storedRecord.js';
import { sampledSectionExamples } from '../classify/sectionSample.js';
import { trainOnSectionExamples } from './analyse.js';
import { councilNameTest } from '../classify/councilNames.js';
import { classifierFromJson, classifierToJson } from '../resources/classifierFile.js';
import { storeEntry, touchEntry } from '../cache/cacheEntries.js';
import { codeFingerprint, registerFingerprint } from '../cache/fingerprint.js';
import type { Resources } from '../resources/resources.js';

/** What training reads of a corpus: a digest of its theme sections now, their sentences only when it trains. */
export interface TrainingCorpus {
  /**
   * SHA-256 over `themeSectionsDigest` of each document that has theme sections (the text training reads), in order:
   * a document without them (a cabinet report, an action plan) added to a corpus leaves its classifier as it was.
   */
  readonly digest: string;
  /** The sentences to train on (`SectionSample`, its shapes masking the names `isName` accepts), read on a miss. */
  sectionExamples(isName: NameTest): Promise<readonly TrainingExample[]>;
}

/** `TrainingCorpus.digest` from the documents' `themeSectionsDigest`s. */
export function trainingDigest(digests: Iterable<string>): string {
  const hash = createHash('sha256');
  for (const digest of digests) hash.update(`${digest}\n`);
  return hash.digest('hex');
}

/** The training corpus of documents in memory. */
export function trainingCorpusOf(documents: readonly CorpusDocument[]): TrainingCorpus {
  return {
    digest: trainingDigest(documents.flatMap((d) => (d.themeSections.length === 0 ? [] : [themeSectionsDigest(JSON.stringify(d.themeSections))]))),
    sectionExamples: async (isName) => sampledSectionExamples(documents.flatMap((d) => d.themeSections), isName),
  };
}

/**
 * `trainOnSectionExamples`, remembered in `cacheDir/classifiers/`: the key hashes everything training reads (the
 * corpus's theme sections, by digest; both codebooks and the crosswalk, the register, the researcher's labels and
 * mode) and the code, so a classifier is trained once per distinct input. No cache (null) trains every time. A
 * cached file that cannot be read back is ignored and replaced.
 */
export async function trainOnCorpusCached(
  corpus: TrainingCorpus,
  resources: Resources,
  cacheDir: string | null,
  labels: { readonly examples?: readonly TrainingExample[]; readonly mode?: MergeMode } = {},
): Promise<Classifier> {
  const train = async () => trainOnSectionExamples(await corpus.sectionExamples(councilNameTest(resources.register)), resources, labels);
  if (cacheDir === null) return train();
  // the register too: training groups sentences that differ only in council names
  const hash = createHash('sha256').update(`${await codeFingerprint(['', 'classify', 'corpus', 'text'])}\n${registerFingerprint(resources.register)}\n${corpus.digest}\n`);
  const key = hash.update(JSON.stringify([resources.codebooks, labels.examples ?? null, labels.mode ?? null], (_, v: unknown) => (v instanceof Map ? [...v] : v))).digest('hex');
  const file = join(cacheDir, 'classifiers', `${key}.json`);
  try {
    const cached = classifierFromJson(await readFile(file, 'utf8'), file, resources.codebooks.crosswalk);
    await touchEntry(file);
    return cached;
  } catch {
    // not trained yet on these inputs, or an unreadable file: train
  }
  const classifier = await train();
  await storeEntry(file, classifierToJson(classifier));
  return classifier;
}
