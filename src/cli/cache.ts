import { dirname, join } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';

/** The cache and worker options shared by the commands that read documents or draw charts. */
export interface CacheFlags {
  /** False with `--no-cache`. */
  readonly cache: boolean;
  readonly cacheDir?: string;
  readonly workers?: number;
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return n;
}

/** Add `--no-cache`, `--cache-dir <dir>` and (for commands that read documents) `--workers <n>`. */
export function addCacheOptions(command: Command, where: string, options: { workers?: boolean } = {}): Command {
  command
    .option('--no-cache', 'parse every file, train and draw again; read and write no cache')
    .option('--cache-dir <dir>', `cache of parsed documents, trained classifiers and drawn charts (default: ${where})`);
  if (options.workers === true) {
    command.addOption(new Option('--workers <n>', 'worker threads reading files; 0 reads in the main thread (default: every core, for 12 files or more)').argParser(count));
  }
  return command;
}

/** The cache folder the flags ask for (`fallback` unless `--cache-dir`), or null with `--no-cache`. */
export function cacheDirOf(flags: CacheFlags, fallback: string): string | null {
  if (!flags.cache) return null;
  return flags.cacheDir ?? fallback;
}

/** Where the commands that read a corpus file keep their cache, as their `--cache-dir` help says. */
export const BESIDE_CORPUS = '.cache beside the corpus file';

/** The cache folder of a command that reads a corpus file: `.cache` beside it, unless the flags say otherwise. */
export function corpusCacheDir(flags: CacheFlags & { readonly corpus: string }): string | null {
  return cacheDirOf(flags, join(dirname(flags.corpus), '.cache'));
}
