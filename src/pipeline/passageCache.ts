import type { DocumentSummary } from '../corpus/schema.js';
import { pdfEngineId } from '../ingest/pdfEngine.js';
import { contentLimits, type ReadLimits } from '../limits.js';
import type { Evidence, FollowUpPassage } from '../lineage/types.js';
import type { ChallengePlan } from '../lineage/traceProgress.js';
import type { StatusVocabulary } from '../lineage/statusVocabulary.js';
import { POPPLER_SOURCE } from '../cache/cache.js';
import { entryFile, readKeyedEntry, storeKeyedEntry } from '../cache/cacheEntries.js';
import { codeFingerprint, sha256 } from '../cache/fingerprint.js';

/**
 * A follow-up document's passages, remembered in `cacheDir/passages/`: the key hashes the document's bytes (its
 * `sha256`), its shown path and id, the limits, the PDF reader and the code of the stages that read and cut it, so
 * a rerun reads no follow-up file again. `read` gives the passages and the SHA-256 of the bytes it read; they are
 * kept only when those are the bytes the document was made from. An entry that cannot be read is a miss.
 */
export async function cachedPassages(
  cacheDir: string,
  document: DocumentSummary,
  limits: ReadLimits,
  read: () => Promise<{ readonly passages: readonly FollowUpPassage[]; readonly sha256: string }>,
): Promise<readonly FollowUpPassage[]> {
  const { key, file } = await passagesEntry(cacheDir, document, limits);
  const cached = await readKeyedEntry(file, key, 'passages', Array.isArray as (value: unknown) => value is FollowUpPassage[]);
  if (cached !== null) return cached;
  const fresh = await read();
  if (fresh.sha256 === document.sha256) await storeKeyedEntry(file, key, 'passages', fresh.passages);
  return fresh.passages;
}

/** Keep the passages ingestion cut from a follow-up it has just read, for `cachedPassages` to find. */
export async function storePassages(cacheDir: string, document: DocumentSummary, limits: ReadLimits, passages: readonly FollowUpPassage[]): Promise<void> {
  const { key, file } = await passagesEntry(cacheDir, document, limits);
  await storeKeyedEntry(file, key, 'passages', passages);
}

/** Where a document's passages are kept, and the key they are kept under. */
async function passagesEntry(cacheDir: string, document: DocumentSummary, limits: ReadLimits): Promise<{ key: string; file: string }> {
  const code = await codeFingerprint(['', 'ingest', 'corpus', 'lineage', 'text', POPPLER_SOURCE]);
  const key = sha256(JSON.stringify([code, pdfEngineId(), document.sha256, document.file, document.id, contentLimits(limits)]));
  return { key, file: entryFile(cacheDir, 'passages', key) };
}

/**
 * What a challenge's follow-ups say of its recommendations (`challengeEvidence`), remembered in `cacheDir/passages/`
 * beside the passages it is made from: the key hashes the base document's recommendations, each follow-up's id,
 * type, date and passages' key (their bytes, path, limits and reading code), the status vocabulary and the code
 * that links and reads them, so a rerun reads no passages of a challenge whose documents did not change.
 * `compute` gives the evidence, and whether every follow-up could be read: only then is it kept.
 */
export async function cachedEvidence(
  cacheDir: string,
  plan: ChallengePlan,
  options: { readonly limits: ReadLimits; readonly vocabulary: StatusVocabulary },
  compute: () => Promise<{ readonly evidence: ReadonlyMap<string, readonly Evidence[]>; readonly complete: boolean }>,
): Promise<ReadonlyMap<string, readonly Evidence[]>> {
  const followUps = await Promise.all(plan.followUps.map(async (d) => [d.id, d.documentType, d.dates.document, (await passagesEntry(cacheDir, d, options.limits)).key]));
  const code = await codeFingerprint(['', 'lineage', 'text']);
  const base = plan.base.recommendations.map((r) => [r.id, r.number, r.text]);
  const key = sha256(JSON.stringify(['evidence', code, vocabularyDigest(options.vocabulary), base, followUps]));
  const file = entryFile(cacheDir, 'passages', key);
  const cached = await readKeyedEntry(file, key, 'evidence', Array.isArray as (value: unknown) => value is [string, Evidence[]][]);
  if (cached !== null) return new Map(cached);
  const fresh = await compute();
  if (fresh.complete) await storeKeyedEntry(file, key, 'evidence', [...fresh.evidence]);
  return fresh.evidence;
}

const vocabularyDigests = new WeakMap<StatusVocabulary, string>();

/** A status vocabulary's digest, made once however many challenges' keys it goes into. */
function vocabularyDigest(vocabulary: StatusVocabulary): string {
  let digest = vocabularyDigests.get(vocabulary);
  if (digest === undefined) vocabularyDigests.set(vocabulary, (digest = sha256(JSON.stringify(vocabulary))));
  return digest;
}
