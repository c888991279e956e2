import { InvalidArgumentError, Option, type Command } from 'commander';
import type { ReadLimits } from '../ingest/read.js';

/** The size-limit options shared by the commands that read documents. */
export interface LimitFlags {
  readonly maxFileMb: number;
  readonly maxEntryMb: number;
  readonly maxTextMb: number;
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}

/** Add `--max-file-mb`, `--max-entry-mb` and `--max-text-mb`, with the readers' safe defaults. */
export function addLimitOptions(command: Command): Command {
  return command
    .addOption(new Option('--max-file-mb <n>', 'largest file read, in MB').argParser(positive).default(100))
    .addOption(new Option('--max-entry-mb <n>', 'largest part of a Word archive once inflated, in MB (zip bombs)').argParser(positive).default(50))
    .addOption(new Option('--max-text-mb <n>', 'longest text kept from one file, in millions of characters').argParser(positive).default(10));
}

export function limitsOf(flags: LimitFlags): ReadLimits {
  const mb = 1024 * 1024;
  return {
    maxBytes: flags.maxFileMb * mb,
    maxEntryBytes: flags.maxEntryMb * mb,
    maxArchiveBytes: Math.max(4 * flags.maxEntryMb, 200) * mb,
    maxTextChars: flags.maxTextMb * 1_000_000,
  };
}
