import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Classifier } from '../classify/classifier.js';
import type { MergeMode } from '../classify/mergeExamples.js';
import type { TrainingExample } from '../classify/types.js';
import type { CorpusDocument } from '../corpus/schema.js';
import { trainOnCorpus } from './analyse.js';
import { classifierFromJson, classifierToJson } from '../resources/classifierFile.js';
import { storeEntry, touchEntry } from '../cache/cacheEntries.js';
import { codeFingerprint, registerFingerprint } from '../cache/fingerprint.js';
import type { Resources } from '../resources/resources.js';

/**
 * `trainOnCorpus`, remembered in `cacheDir/classifiers/`: the key hashes everything training reads (the corpus's
 * theme sections, both codebooks and the crosswalk, the register, the researcher's labels and mode) and the code,
 * so a classifier is trained once per distinct input. No cache (null) trains every time. A cached file that cannot
 * be read back is ignored and replaced.
 */
export async function trainOnCorpusCached(
  documents: readonly CorpusDocument[],
  resources: Resources,
  cacheDir: string | null,
  labels: { readonly examples?: readonly TrainingExample[]; readonly mode?: MergeMode } = {},
): Promise<Classifier> {
  if (cacheDir === null) return trainOnCorpus(documents, resources, labels);
  // the register too: training groups sentences that differ only in council names
  const hash = createHash('sha256').update(`${await codeFingerprint(['', 'classify', 'corpus', 'text'])}\n${registerFingerprint(resources.register)}\n`);
  // the theme sections a document at a time: never one string of the whole corpus's sections (tens of MB at scale)
  for (const document of documents) hash.update(`${JSON.stringify(document.themeSections)}\n`);
  const key = hash.update(JSON.stringify([resources.codebooks, labels.examples ?? null, labels.mode ?? null], (_, v: unknown) => (v instanceof Map ? [...v] : v))).digest('hex');
  const file = join(cacheDir, 'classifiers', `${key}.json`);
  try {
    const cached = classifierFromJson(await readFile(file, 'utf8'), file, resources.codebooks.crosswalk);
    await touchEntry(file);
    return cached;
  } catch {
    // not trained yet on these inputs, or an unreadable file: train
  }
  const classifier = trainOnCorpus(documents, resources, labels);
  await storeEntry(file, classifierToJson(classifier));
  return classifier;
}
