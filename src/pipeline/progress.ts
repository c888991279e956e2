import { resolve } from 'node:path';
import { toBlocks } from '../corpus/blocks.js';
import type { DocumentSummary } from '../corpus/schema.js';
import { isCpcError } from '../errors.js';
import { followUpPassages } from '../lineage/followUpPassages.js';
import { IMPLEMENTATION_GROUPINGS, implementationTable, type ImplementationRow } from '../lineage/implementationTable.js';
import type { StatusVocabulary } from '../lineage/statusVocabulary.js';
import { isFollowUp } from '../lineage/followUp.js';
import { challengeEvidence, challengeProgress, planChallenge } from '../lineage/traceProgress.js';
import type { Evidence, FollowUpPassage, RecommendationProgress } from '../lineage/types.js';
import type { ReadLimits } from '../limits.js';
import type { Analysis } from './analyse.js';
import { loadStatusVocabulary } from '../resources/statusVocabulary.js';
import type { FileFailure } from './ingestCorpus.js';
import { cachedEvidence, cachedPassages } from './passageCache.js';

/** Where progress is traced: the working directory, the limits, and the cache folder (none when absent or null). */
export interface ProgressOptions {
  readonly cwd: string;
  readonly limits?: ReadLimits;
  /** Folder of the cache (see `cpc run`): a follow-up's passages are read from its file once, then from here. */
  readonly cacheDir?: string | null;
}

/**
 * The passages of every follow-up document (`isFollowUp`: progress reviews, action plans, council updates), read again from
 * its file (or, with a cache, from the passages kept the first time): the corpus record keeps recommendations, not
 * the rows and paragraphs around them. A file that cannot be read any more is a failure with its code; its
 * document then says nothing.
 */
export async function readFollowUpPassages(
  documents: readonly DocumentSummary[],
  options: ProgressOptions,
): Promise<{ passages: Map<string, readonly FollowUpPassage[]>; failures: FileFailure[] }> {
  const failed = new Map<DocumentSummary, FileFailure>();
  const passages = await passagesOfFollowUps(documents, options, failed);
  return { passages, failures: [...failed.values()] };
}

/**
 * The passages of the follow-ups among `documents`, by document id; a follow-up that cannot be read goes into
 * `failed` instead, and one already there is not read again.
 */
async function passagesOfFollowUps(
  documents: readonly DocumentSummary[],
  options: ProgressOptions,
  failed: Map<DocumentSummary, FileFailure>,
): Promise<Map<string, readonly FollowUpPassage[]>> {
  const passages = new Map<string, readonly FollowUpPassage[]>();
  for (const document of documents.filter((d) => isFollowUp(d) && !failed.has(d))) {
    const read = await passagesOf(document, options);
    if ('failure' in read) failed.set(document, read.failure);
    else passages.set(document.id, read.passages);
  }
  return passages;
}

/** One follow-up document's passages, as `readFollowUpPassages` reads them, or why they cannot be read. */
async function passagesOf(document: DocumentSummary, options: ProgressOptions): Promise<{ readonly passages: readonly FollowUpPassage[] } | { readonly failure: FileFailure }> {
  const limits = options.limits ?? {};
  const read = async () => {
    // the readers load only when a file is read (a run answered from its cache never loads them)
    const { readDocument } = await import('../ingest/read.js');
    const raw = await readDocument(resolve(options.cwd, document.file), limits);
    return { passages: followUpPassages(document.id, toBlocks(raw, document.file)), sha256: raw.sha256 };
  };
  try {
    const cacheDir = options.cacheDir ?? null;
    return { passages: cacheDir === null ? (await read()).passages : await cachedPassages(cacheDir, document, limits, read) };
  } catch (error) {
    const code = isCpcError(error) ? error.code : 'unreadable';
    return { failure: { file: document.file, code, message: `${document.file}: cannot read it again for progress: ${(error as Error).message.split(`${options.cwd}/`).join('')}` } };
  }
}

/** Challenges whose evidence (or follow-ups' passages) is read ahead of the one being traced. */
const READ_AHEAD = 16;

/** How far the analysis's recommendations got, and the implementation tables. */
export interface ProgressResult {
  readonly progress: readonly RecommendationProgress[];
  readonly tables: Readonly<Record<(typeof IMPLEMENTATION_GROUPINGS)[number], readonly ImplementationRow[]>>;
  readonly failures: readonly FileFailure[];
  readonly vocabularyVersion: string;
}

/** Analysis -> progress: read the follow-ups' passages, trace each original recommendation, tabulate. */
export async function progressOf(
  analysis: Pick<Analysis, 'challenges' | 'documents'>,
  options: ProgressOptions & { readonly vocabulary?: StatusVocabulary },
): Promise<ProgressResult> {
  const vocabulary = options.vocabulary ?? (await loadStatusVocabulary());
  // A challenge at a time, its follow-ups' passages read for it and let go after: all of them at once would be the
  // largest thing a sector's run holds. With a cache, a challenge whose documents have not changed reads what they
  // said last time instead (`cachedEvidence`). Follow-ups in no challenge are read too, for their failures.
  const byId = new Map(analysis.documents.map((d) => [d.id, d]));
  const failed = new Map<DocumentSummary, FileFailure>();
  const progress: RecommendationProgress[] = [];
  const traced = new Set<DocumentSummary>();
  const challenges = analysis.challenges.map((challenge) => {
    const documents = challenge.documentIds.map((id) => byId.get(id)).filter((d): d is DocumentSummary => d !== undefined);
    documents.forEach((d) => traced.add(d));
    return { challenge, documents, plan: planChallenge(documents) };
  });
  const cacheDir = options.cacheDir ?? null;
  const limits = options.limits ?? {};
  const evidenceOf = async ({ documents, plan }: (typeof challenges)[number]): Promise<ReadonlyMap<string, readonly Evidence[]> | null> => {
    const linked = async () => {
      const passages = await passagesOfFollowUps(documents, options, failed);
      return { evidence: plan === null ? new Map() : challengeEvidence(plan, passages, vocabulary), complete: !documents.some((d) => failed.has(d)) };
    };
    if (plan === null) {
      await linked(); // nothing to trace: the follow-ups are read for their failures only
      return null;
    }
    return cacheDir === null ? (await linked()).evidence : cachedEvidence(cacheDir, plan, { limits, vocabulary }, linked);
  };
  // The next challenges' evidence is read while one is traced, so the run does not wait on each file in turn.
  const reads: (Promise<ReadonlyMap<string, readonly Evidence[]> | null> | undefined)[] = [];
  const read = (i: number) => {
    const next = challenges[i];
    if (next === undefined) return;
    const evidence = evidenceOf(next);
    evidence.catch(() => undefined); // awaited in turn below, where a failure surfaces
    reads[i] = evidence;
  };
  for (let i = 0; i < READ_AHEAD; i++) read(i);
  for (const [i, { challenge, plan }] of challenges.entries()) {
    const evidence = await reads[i]!;
    reads[i] = undefined;
    read(i + READ_AHEAD);
    if (plan !== null && evidence !== null) progress.push(...challengeProgress(challenge, plan, evidence));
  }
  await passagesOfFollowUps(analysis.documents.filter((d) => !traced.has(d)), options, failed);
  const failures = analysis.documents.flatMap((d) => failed.get(d) ?? []);
  const tables = Object.fromEntries(IMPLEMENTATION_GROUPINGS.map((g) => [g, implementationTable(progress, g)])) as unknown as ProgressResult['tables'];
  return { progress, tables, failures, vocabularyVersion: vocabulary.version };
}
