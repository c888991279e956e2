import type { IssueTaxonomy } from '../aggregate/issueTaxonomy.js';
import type { Register } from '../corpus/register.js';
import { loadCodebooks, type Codebooks } from '../ingest/codebooks.js';
import { loadRegister } from '../ingest/register.js';
import { loadIssueTaxonomy } from '../ingest/taxonomy.js';

/** The data every analysis needs, loaded and validated once: the council register, codebooks and crosswalk, issues. */
export interface Resources {
  readonly register: Register;
  readonly codebooks: Codebooks;
  readonly taxonomy: IssueTaxonomy;
}

/** Load the package's own reference data and codebooks (data/reference, data/codebooks). */
export async function loadResources(): Promise<Resources> {
  const [register, codebooks, taxonomy] = await Promise.all([loadRegister(), loadCodebooks(), loadIssueTaxonomy()]);
  return { register, codebooks, taxonomy };
}
