import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { IssueTaxonomy } from '../aggregate/issueTaxonomy.js';
import { parseIssueTaxonomy } from '../aggregate/parseIssueTaxonomy.js';
import { CpcError } from '../errors.js';

/** The package's own recurring-issue taxonomy, found from this module's location (not the working directory). */
export const PACKAGE_ISSUE_TAXONOMY = fileURLToPath(new URL('../../data/codebooks/issues.yaml', import.meta.url));

/** Read and validate a recurring-issue taxonomy (default: the package's `data/codebooks/issues.yaml`). */
export async function loadIssueTaxonomy(file: string = PACKAGE_ISSUE_TAXONOMY): Promise<IssueTaxonomy> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'file-not-found' : 'unreadable';
    throw new CpcError(code, `cannot read the issue taxonomy ${file}`, { file, cause });
  }
  return parseIssueTaxonomy(text, file);
}
