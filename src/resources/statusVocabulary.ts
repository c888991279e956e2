import { fileURLToPath } from 'node:url';
import { parseStatusVocabulary, type StatusVocabulary } from '../lineage/statusVocabulary.js';
import { readTextFile } from '../readTextFile.js';

/** The package's own status vocabulary, found from this module's location (not the working directory). */
export const PACKAGE_STATUS_VOCABULARY = fileURLToPath(new URL('../../data/codebooks/progress-status.yaml', import.meta.url));

/** Read and validate a status vocabulary (default: the package's `data/codebooks/progress-status.yaml`). */
export async function loadStatusVocabulary(file: string = PACKAGE_STATUS_VOCABULARY): Promise<StatusVocabulary> {
  return parseStatusVocabulary(await readTextFile(file, { what: 'the status vocabulary' }), file);
}
