import { fileURLToPath } from 'node:url';
import type { IssueTaxonomy } from '../aggregate/issueTaxonomy.js';
import { parseIssueTaxonomy } from '../aggregate/parseIssueTaxonomy.js';
import { readTextFile } from '../readTextFile.js';

/** The package's own recurring-issue taxonomy, found from this module's location (not the working directory). */
export const PACKAGE_ISSUE_TAXONOMY = fileURLToPath(new URL('../../data/codebooks/issues.yaml', import.meta.url));

/** Read and validate a recurring-issue taxonomy (default: the package's `data/codebooks/issues.yaml`). */
export async function loadIssueTaxonomy(file: string = PACKAGE_ISSUE_TAXONOMY): Promise<IssueTaxonomy> {
  return parseIssueTaxonomy(await readTextFile(file, { what: 'the issue taxonomy' }), file);
}
