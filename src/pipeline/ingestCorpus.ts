import { relative, isAbsolute } from 'node:path';
import { normalise } from '../corpus/normalise.js';
import type { Register } from '../corpus/register.js';
import type { CorpusDocument } from '../corpus/schema.js';
import { withUniqueIds } from '../corpus/uniqueIds.js';
import { isCpcError, warning, type ErrorCode, type Warning } from '../errors.js';
import { discoverFiles } from '../ingest/discover.js';
import { manifestFor } from '../ingest/manifest.js';
import { readDocument } from '../ingest/read.js';
import type { RawDocument } from '../ingest/types.js';

/** One file that could not be read, with a stable code. */
export interface FileFailure {
  readonly file: string;
  readonly code: ErrorCode;
  readonly message: string;
}

export interface IngestOptions {
  readonly cwd: string;
  readonly register: Register;
  /** Per-file size limit in bytes. */
  readonly maxBytes?: number;
  /** Per-archive-entry limit for DOCX, in bytes. */
  readonly maxEntryBytes?: number;
  /** Files read at once. */
  readonly concurrency?: number;
  readonly onProgress?: (done: number, total: number, file: string) => void;
  /** Read one file; defaults to reading it here. The performance path passes a worker pool's reader. */
  readonly read?: (file: string, options: ReadOptions) => Promise<RawDocument>;
}

export interface ReadOptions {
  readonly maxBytes?: number;
  readonly maxEntryBytes?: number;
}

export interface IngestResult {
  /** Documents in file order, duplicates (same bytes) kept once. */
  readonly documents: readonly CorpusDocument[];
  readonly failures: readonly FileFailure[];
  /** Batch-level warnings: duplicates, skipped files, symlink loops. Per-document warnings stay on documents. */
  readonly warnings: readonly Warning[];
}

/**
 * Files, folders and globs -> corpus documents. A broken file becomes a `FileFailure`; the rest are processed.
 *
 * Phases: discover (recurse, glob, sort) -> read each file (bounded concurrency) -> drop byte-identical
 * duplicates -> normalise -> make ids unique.
 */
export async function ingestCorpus(inputs: readonly string[], options: IngestOptions): Promise<IngestResult> {
  const discovered = await discoverFiles([...inputs], options.cwd);
  const firstError = discovered.errors[0];
  if (discovered.files.length === 0 && firstError !== undefined) throw firstError;
  const failures: FileFailure[] = discovered.errors.map((e) => failureOf(e.file ?? '', e, options.cwd));
  const warnings: Warning[] = [...discovered.warnings];
  const files = discovered.files;
  const read = options.read ?? ((file: string, readOptions: ReadOptions) => readDocumentWithManifest(file, readOptions));
  const readOptions: ReadOptions = { maxBytes: options.maxBytes, maxEntryBytes: options.maxEntryBytes };

  const raws = await mapLimit(files, options.concurrency ?? 4, async (file, done) => {
    try {
      return await read(file, readOptions);
    } catch (error) {
      failures.push(failureOf(file, error, options.cwd));
      return null;
    } finally {
      options.onProgress?.(done(), files.length, file);
    }
  });

  const bySha = new Map<string, string>();
  const documents: CorpusDocument[] = [];
  for (const raw of raws) {
    if (raw === null) continue;
    const display = { ...raw, file: displayPath(raw.file, options.cwd) };
    const first = bySha.get(raw.sha256);
    if (first !== undefined) {
      warnings.push(warning('duplicate-document', `same content as ${first}; counted once`, display.file));
      continue;
    }
    bySha.set(raw.sha256, display.file);
    documents.push(normalise(display, { register: options.register }));
  }
  failures.sort((a, b) => a.file.localeCompare(b.file));
  return { documents: withUniqueIds(documents), failures, warnings };
}

async function readDocumentWithManifest(file: string, options: ReadOptions): Promise<RawDocument> {
  const manifest = await manifestFor(file);
  return readDocument(file, { ...options, ...(manifest === undefined ? {} : { manifest }) });
}

/** A failure with the file shown as the user would write it (relative to the working directory). */
function failureOf(file: string, error: unknown, cwd: string): FileFailure {
  const shown = displayPath(isCpcError(error) ? (error.file ?? file) : file, cwd);
  const message = isCpcError(error) ? error.message : `${(error as Error).message ?? String(error)}`;
  return { file: shown, code: isCpcError(error) ? error.code : 'unreadable', message: message.split(`${cwd}/`).join('') };
}

/** The path as shown and stored: relative to the working directory when inside it, with `/` separators. */
export function displayPath(file: string, cwd: string): string {
  const shown = isAbsolute(file) && !relative(cwd, file).startsWith('..') ? relative(cwd, file) : file;
  return shown.split('\\').join('/');
}

/** Map with at most `limit` calls in flight, results in input order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, done: () => number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let finished = 0;
  const done = () => ++finished;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, done);
    }
  });
  await Promise.all(workers);
  return results;
}
