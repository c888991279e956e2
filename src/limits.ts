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
}

export const MB = 1024 * 1024;
export const DEFAULT_MAX_BYTES = 100 * MB;
export const DEFAULT_MAX_ENTRY_BYTES = 50 * MB;
export const DEFAULT_MAX_ARCHIVE_BYTES = 200 * MB;
export const DEFAULT_MAX_TEXT_CHARS = 10_000_000;
