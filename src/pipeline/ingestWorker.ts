/**
 * The worker side of the ingestion pool (see `ingestPool.ts`): one file in, its corpus record (or its failure as
 * plain data) out. Each worker loads the readers (poppler or pdf.js, mammoth) and the register once and keeps them
 * for every file it reads.
 */
import { workerData } from 'node:worker_threads';
import { normalise } from '../corpus/normalise.js';
import type { Register } from '../corpus/register.js';
import type { CorpusDocument } from '../corpus/schema.js';
import { isCpcError, type ErrorCode } from '../errors.js';
import type { ReadLimits } from '../limits.js';
import { readDocument } from '../ingest/read.js';
import type { ManifestEntry } from '../ingest/types.js';
import { readAndNormalise } from './readOne.js';

/** One file to read. */
export interface IngestTask {
  readonly file: string;
  readonly cwd: string;
  readonly limits: ReadLimits;
  readonly manifest?: ManifestEntry;
}

/** A worker's answer: the document, or the error's stable code, message and file (errors do not cross threads intact). */
export type IngestReply =
  | { readonly ok: true; readonly document: CorpusDocument }
  | { readonly ok: false; readonly code: ErrorCode | null; readonly message: string; readonly file: string | null };

const register = (workerData as { register: Register }).register;

export default async function ingestOne(task: IngestTask): Promise<IngestReply> {
  try {
    const document = await readAndNormalise(task.file, { cwd: task.cwd, register, limits: task.limits, manifest: task.manifest, read: readDocument, normalise });
    return { ok: true, document };
  } catch (error) {
    if (isCpcError(error)) return { ok: false, code: error.code, message: error.message, file: error.file ?? null };
    return { ok: false, code: null, message: (error as Error | undefined)?.message ?? String(error), file: null };
  }
}
