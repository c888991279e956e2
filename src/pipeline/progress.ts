import { resolve } from 'node:path';
import { toBlocks } from '../corpus/blocks.js';
import type { DocumentSummary } from '../corpus/schema.js';
import { isCpcError } from '../errors.js';
import { followUpPassages } from '../lineage/followUpPassages.js';
import { IMPLEMENTATION_GROUPINGS, implementationTable, type ImplementationRow } from '../lineage/implementationTable.js';
import type { StatusVocabulary } from '../lineage/statusVocabulary.js';
import { isFollowUp, traceProgress } from '../lineage/traceProgress.js';
import type { FollowUpPassage, RecommendationProgress } from '../lineage/types.js';
import type { ReadLimits } from '../limits.js';
import type { Analysis } from './analyse.js';
import { loadStatusVocabulary } from '../resources/statusVocabulary.js';
import type { FileFailure } from './ingestCorpus.js';
import { cachedPassages } from './passageCache.js';

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
  const passages = new Map<string, readonly FollowUpPassage[]>();
  const failures: FileFailure[] = [];
  const limits = options.limits ?? {};
  const read = async (document: DocumentSummary) => {
    // the readers load only when a file is read (a run answered from its cache never loads them)
    const { readDocument } = await import('../ingest/read.js');
    const raw = await readDocument(resolve(options.cwd, document.file), limits);
    return { passages: followUpPassages(document.id, toBlocks(raw, document.file)), sha256: raw.sha256 };
  };
  for (const document of documents.filter(isFollowUp)) {
    try {
      const cacheDir = options.cacheDir ?? null;
      passages.set(document.id, cacheDir === null ? (await read(document)).passages : await cachedPassages(cacheDir, document, limits, () => read(document)));
    } catch (error) {
      const code = isCpcError(error) ? error.code : 'unreadable';
      failures.push({ file: document.file, code, message: `${document.file}: cannot read it again for progress: ${(error as Error).message.split(`${options.cwd}/`).join('')}` });
    }
  }
  return { passages, failures };
}

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
  const { passages, failures } = await readFollowUpPassages(analysis.documents, options);
  const progress = traceProgress({ challenges: analysis.challenges, documents: analysis.documents, passages, vocabulary });
  const tables = Object.fromEntries(IMPLEMENTATION_GROUPINGS.map((g) => [g, implementationTable(progress, g)])) as unknown as ProgressResult['tables'];
  return { progress, tables, failures, vocabularyVersion: vocabulary.version };
}
