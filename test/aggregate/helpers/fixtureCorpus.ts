import { readFileSync } from 'node:fs';
import { loadRegister } from '../../../src/resources/register.js';
import { FIXTURES } from '../../helpers/gold.js';
import { buildCorpus, type DocumentSpec } from './buildCorpus.js';

/** The made-up multi-council corpus of test/fixtures/aggregate/corpus.json (see its `about`). */
export const fixtureSpecs: readonly DocumentSpec[] = (
  JSON.parse(readFileSync(`${FIXTURES}aggregate/corpus.json`, 'utf8')) as { documents: DocumentSpec[] }
).documents;

export async function fixtureCorpus(specs: readonly DocumentSpec[] = fixtureSpecs) {
  return buildCorpus(specs, await loadRegister());
}
