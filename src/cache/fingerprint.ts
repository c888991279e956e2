import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Register } from '../corpus/register.js';
import { VERSION } from './version.js';

/** Bump when the layout of cache entries changes. */
export const CACHE_FORMAT = 2;

/** SHA-256 of a string, hex. */
export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A hash of the council register's contents, for cache keys of values that depend on it. */
export function registerFingerprint(register: Register): string {
  return sha256(JSON.stringify([[...register.entries], [...register.byExact], [...register.byCore]]));
}

const fingerprints = new Map<string, Promise<string>>();

/**
 * A hash of the code that produces a cached value: the tool version, the cache format, and every file of the named
 * source folders and the package's dependencies (`ingest`, `corpus`, ...; '' for the top-level files such as
 * `errors` and `vocabulary`; a stage's sub-folders count as the stage; `.ts` under tsx, `.js` once built; a path such as `../native/poppler/src` for the
 * PDF addon's C++). Editing a reader changes it, so a
 * cache written by other code is never read back.
 */
export function codeFingerprint(stages: readonly string[]): Promise<string> {
  const key = stages.join(',');
  let fingerprint = fingerprints.get(key);
  if (fingerprint === undefined) {
    fingerprint = hashStages(stages);
    fingerprints.set(key, fingerprint);
  }
  return fingerprint;
}

async function hashStages(stages: readonly string[]): Promise<string> {
  const hash = createHash('sha256').update(`cpc ${VERSION} cache ${CACHE_FORMAT}\n`);
  // the dependencies (pdf.js, mammoth, vega...) as the package asks for them
  hash.update(await readFile(fileURLToPath(new URL('../../package.json', import.meta.url))).catch(() => ''));
  for (const stage of stages) {
    const dir = fileURLToPath(new URL(stage === '' ? '../' : `../${stage}/`, import.meta.url));
    // a stage's sub-folders are its own (classify/model/); the top level's are the other stages
    for (const name of await sourceFiles(dir, stage !== '')) hash.update(`${stage}/${name}\n`).update(await readFile(join(dir, name)));
  }
  return hash.digest('hex');
}

/** The source files under `dir` (relative paths, sorted), in its sub-folders too when `deep`. */
export async function sourceFiles(dir: string, deep: boolean): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files = entries.filter((e) => e.isFile() && /\.(?:ts|js|json|yaml|cc)$/.test(e.name) && !e.name.endsWith('.d.ts')).map((e) => e.name);
  if (deep) {
    for (const sub of entries.filter((e) => e.isDirectory())) files.push(...(await sourceFiles(join(dir, sub.name), true)).map((name) => `${sub.name}/${name}`));
  }
  return files.sort();
}
