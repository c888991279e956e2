/**
 * The child-process side of the ingestion pool (see `ingestPool.ts`): one file in, its corpus record (or its failure
 * as plain data) out. Each child loads the readers (poppler or pdf.js, mammoth) once and reads one file at a time,
 * so whatever a file does to it (a runaway loop, memory exhausted, a crash in native code) touches that file only.
 */
import { normalise } from '../corpus/normalise.js';
import type { Register } from '../corpus/register.js';
import { isCpcError, type ErrorCode } from '../errors.js';
import type { ReadLimits } from '../limits.js';
import { readDocument } from '../ingest/read.js';
import type { ManifestEntry } from '../ingest/types.js';
import { readAndNormalise, type ParsedFile } from './readOne.js';

/** One file to read. */
export interface IngestTask {
  readonly file: string;
  readonly cwd: string;
  readonly limits: ReadLimits;
  readonly manifest?: ManifestEntry;
}

/** A child's answer: the document, or the error's stable code, message and file (errors do not cross processes intact). */
export type IngestReply =
  | ({ readonly ok: true } & ParsedFile)
  | { readonly ok: false; readonly code: ErrorCode | null; readonly message: string; readonly file: string | null };

/** What a child says once it has loaded the readers, before any file is handed to it. */
export interface ChildReady {
  readonly ready: true;
}

/** What the pool sends: the register once, then tasks. */
export type ChildMessage = { readonly register: Register } | { readonly task: IngestTask };

/** Read and normalise one file; every failure comes back as data. */
export async function ingestOne(task: IngestTask, register: Register): Promise<IngestReply> {
  try {
    const parsed = await readAndNormalise(task.file, { cwd: task.cwd, register, limits: task.limits, manifest: task.manifest, read: readDocument, normalise });
    return { ok: true, ...parsed };
  } catch (error) {
    if (isCpcError(error)) return { ok: false, code: error.code, message: error.message, file: error.file ?? null };
    return { ok: false, code: null, message: (error as Error | undefined)?.message ?? String(error), file: null };
  }
}

if (process.send !== undefined) {
  let register: Register | null = null;
  process.on('message', (message: ChildMessage) => {
    if ('register' in message) register = message.register;
    else if (register !== null) void ingestOne(message.task, register).then((reply) => process.send?.(reply));
  });
  // the pool has gone (closed, or its process ended): nothing is left to read for
  process.on('disconnect', () => process.exit(0));
  // the readers are loaded (static imports): the pool starts a file's clock only from here
  process.send({ ready: true } satisfies ChildReady);
}
