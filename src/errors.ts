import { singleSpaced } from './text/keys.js';

/**
 * One error type with a stable code. The library never prints: recoverable problems come back as `Warning`s
 * in results, unrecoverable ones are thrown as `CpcError`. The CLI maps codes to messages and exit codes.
 */

export const ERROR_CODES = [
  // usage and configuration
  'usage',
  'file-not-found',
  'unreadable',
  'invalid-input',
  'invalid-codebook',
  'invalid-model',
  'invalid-corpus',
  'invalid-manifest',
  // per-file ingestion failures
  'empty-file',
  'too-large',
  'unsupported-format',
  'format-mismatch',
  'pdf-encrypted',
  'pdf-corrupt',
  'docx-corrupt',
  'archive-too-large',
  'decode-failed',
  // a corpus's source file gone or changed since it was read (exports that need the text again)
  'source-changed',
  'not-a-file',
  'timeout',
  'reader-crashed',
  // output
  'write-failed',
  'locked',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const WARNING_CODES = [
  'no-text-layer',
  'little-text',
  'council-not-named',
  'council-not-in-register',
  'council-ambiguous',
  'no-document-date',
  'duplicate-document',
  'encoding-fallback',
  'framework-unknown',
  'recommendations-referenced-not-listed',
  'manifest-unmatched',
  'skipped-file',
  'symlink-loop',
  'recommendation-not-placed',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** A recoverable problem found while processing one file. */
export interface Warning {
  readonly code: WarningCode;
  readonly message: string;
  readonly file?: string;
}

export class CpcError extends Error {
  readonly code: ErrorCode;
  readonly file: string | undefined;

  constructor(code: ErrorCode, message: string, options: { file?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CpcError';
    this.code = code;
    this.file = options.file;
  }
}

export function isCpcError(error: unknown): error is CpcError {
  return error instanceof CpcError;
}

/** A warning value; a helper so call sites stay one line. */
export function warning(code: WarningCode, message: string, file?: string): Warning {
  return file === undefined ? { code, message } : { code, message, file };
}

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'disk quota exceeded',
  EISDIR: 'is a folder',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'name too long',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
  EEXIST: 'a file is in the way',
  EBUSY: 'in use by another program',
};

/** A system error's cause in words, on one line: `permission denied`, `no space left on the disk`... */
export function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const known = code === undefined ? undefined : REASONS[code];
  if (known !== undefined) return known;
  const message = (error as Error | null)?.message ?? String(error);
  return singleSpaced(message);
}
