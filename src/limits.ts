// The readers' size limits and their safe defaults, shared by ingest, the pipeline's cache and the CLI's options;
// no reader (pdf.js, mammoth) is loaded with them.

/** Limits on a DOCX (ZIP) archive, in bytes of uncompressed content. */
export interface ArchiveLimits {
  /** Largest entry; default `DEFAULT_MAX_ENTRY_BYTES`. */
  readonly maxEntryBytes?: number;
  /** All entries together; default `DEFAULT_MAX_ARCHIVE_BYTES`. */
  readonly maxArchiveBytes?: number;
}

/** Size limits that keep one hostile file from exhausting memory; each has a safe default. */
export interface ReadLimits extends ArchiveLimits {
  /** Largest file read, in bytes; default `DEFAULT_MAX_BYTES`. */
  readonly maxBytes?: number;
  /** Longest canonical text kept, in characters; default `DEFAULT_MAX_TEXT_CHARS` (a 60-page report is about 200,000). */
  readonly maxTextChars?: number;
  /**
   * Memory one file's reader may use, in bytes of resident memory of the process that reads it; default
   * `DEFAULT_MAX_MEMORY_BYTES`. Enforced on isolated readers (see `ingestCorpus`), not when reading in-process.
   */
  readonly maxMemoryBytes?: number;
  /** Time one file's reader may take, in milliseconds; default `DEFAULT_TIMEOUT_MS`. Enforced like `maxMemoryBytes`. */
  readonly timeoutMs?: number;
}

/**
 * The limits that decide a document's content (the cache's key), each as it applies (a default when not given), in
 * one order, without those that only stop a runaway reader: the library called without limits and the CLI, which
 * passes its defaults, share cache entries.
 */
export function contentLimits(limits: ReadLimits): Required<Omit<ReadLimits, 'maxMemoryBytes' | 'timeoutMs'>> {
  return {
    maxBytes: limits.maxBytes ?? DEFAULT_MAX_BYTES,
    maxEntryBytes: limits.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES,
    maxArchiveBytes: limits.maxArchiveBytes ?? DEFAULT_MAX_ARCHIVE_BYTES,
    maxTextChars: limits.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS,
  };
}

export const MB = 1024 * 1024;
export const DEFAULT_MAX_BYTES = 100 * MB;
export const DEFAULT_MAX_ENTRY_BYTES = 50 * MB;
export const DEFAULT_MAX_ARCHIVE_BYTES = 200 * MB;
export const DEFAULT_MAX_TEXT_CHARS = 10_000_000;
export const DEFAULT_MAX_MEMORY_BYTES = 800 * MB;
export const DEFAULT_TIMEOUT_MS = 120_000;
