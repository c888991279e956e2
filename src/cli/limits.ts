import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_MAX_ARCHIVE_BYTES, DEFAULT_MAX_BYTES, DEFAULT_MAX_ENTRY_BYTES, DEFAULT_MAX_MEMORY_BYTES, DEFAULT_MAX_TEXT_CHARS, DEFAULT_TIMEOUT_MS, MB, type ReadLimits } from '../limits.js';

/** The size-limit options shared by the commands that read documents. */
export interface LimitFlags {
  readonly maxFileMb: number;
  readonly maxEntryMb: number;
  readonly maxTextMb: number;
  readonly maxMemoryMb: number;
  readonly timeout: number;
  readonly followLinks?: boolean;
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}

/** Help text for the commands that read documents: which library reads PDFs. */
export const PDF_READER_HELP = `PDFs are read by poppler where \`npm ci\` could build cpc's addon (pkg-config and libpoppler-private-dev
installed first), else by pdf.js; CPC_PDF_ENGINE=pdfjs or =poppler chooses, and run.json records which.`;

/**
 * Add `--max-file-mb`, `--max-entry-mb`, `--max-text-mb`, `--max-memory-mb` and `--timeout`, with the readers' safe
 * defaults, and `--follow-links`.
 */
export function addLimitOptions(command: Command): Command {
  return command
    .addOption(new Option('--max-file-mb <n>', 'largest file read, in MB').argParser(positive).default(DEFAULT_MAX_BYTES / MB))
    .addOption(new Option('--max-entry-mb <n>', 'largest part of a Word archive once inflated, in MB (zip bombs)').argParser(positive).default(DEFAULT_MAX_ENTRY_BYTES / MB))
    .addOption(new Option('--max-text-mb <n>', 'longest text kept from one file, in millions of characters').argParser(positive).default(DEFAULT_MAX_TEXT_CHARS / 1_000_000))
    .addOption(new Option('--max-memory-mb <n>', 'memory the reader of one file may use, in MB (the file fails with too-large past it)').argParser(positive).default(DEFAULT_MAX_MEMORY_BYTES / MB))
    .option('--follow-links', 'follow symbolic links that lead outside the paths given (not followed by default)')
    .addOption(new Option('--timeout <seconds>', 'processor time the reader of one file may take, in seconds (the file fails with timeout past it)').argParser(positive).default(DEFAULT_TIMEOUT_MS / 1000));
}

export function limitsOf(flags: LimitFlags): ReadLimits {
  return {
    maxBytes: flags.maxFileMb * MB,
    maxEntryBytes: flags.maxEntryMb * MB,
    // the archive may hold four entries of the largest size, and never less than the readers' default
    maxArchiveBytes: Math.max(4 * flags.maxEntryMb * MB, DEFAULT_MAX_ARCHIVE_BYTES),
    maxTextChars: flags.maxTextMb * 1_000_000,
    maxMemoryBytes: flags.maxMemoryMb * MB,
    timeoutMs: flags.timeout * 1000,
  };
}
