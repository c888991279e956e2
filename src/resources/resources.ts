import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { IssueTaxonomy } from '../aggregate/issueTaxonomy.js';
import type { Register } from '../corpus/register.js';
import { loadCodebooks, type Codebooks } from './codebooks.js';
import { sha256 } from '../cache/fingerprint.js';
import { loadRegister } from './register.js';
import { loadIssueTaxonomy } from './taxonomy.js';

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

const DATA = fileURLToPath(new URL('../../data/', import.meta.url));
const DATA_FOLDERS = ['reference', 'codebooks'];

/**
 * SHA-256 of each file of the package's reference data and codebooks (`reference/uk-councils.csv`,
 * `codebooks/classic.yaml`, ...), for the run manifest: two runs agree only if these do.
 */
export async function resourceDigests(): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const folder of DATA_FOLDERS) {
    const names = (await readdir(`${DATA}${folder}`)).filter((name) => /\.(?:csv|ya?ml)$/.test(name)).sort();
    for (const name of names) digests[`${folder}/${name}`] = sha256(await readFile(`${DATA}${folder}/${name}`));
  }
  return digests;
}
