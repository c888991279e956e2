import { fileURLToPath } from 'node:url';

/** The hand annotations of the sample corpus, shipped with the package. */
export const SAMPLE_GOLD = fileURLToPath(new URL('../../data/gold/sample-annotations.json', import.meta.url));

/** The sample reports shipped with the package: the corpus to train on when the user has none yet. */
export const SAMPLE_CORPUS = fileURLToPath(new URL('../../data/sample/', import.meta.url));
