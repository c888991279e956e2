import { dirname, join, resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { MB } from '../limits.js';
import { DEFAULT_CACHE_MAX_MB, takeCacheGrowth, tidyCache } from '../cache/cacheEntries.js';

/** The cache and worker options shared by the commands that read documents or draw charts. */
export interface CacheFlags {
  /** False with `--no-cache`. */
  readonly cache: boolean;
  readonly cacheDir?: string;
  readonly workers?: number;
  /** `--cache-max-mb`: the size the caches are pruned to after the command. */
  readonly cacheMaxMb?: number;
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return n;
}

/** What a command keeps in its cache: the records of parsed files, trained classifiers, drawn charts, follow-ups' passages. */
export type CacheContent = 'documents' | 'classifiers' | 'charts' | 'passages';

const CACHED: Readonly<Record<CacheContent, { readonly noun: string; readonly verb: string }>> = {
  documents: { noun: 'parsed documents', verb: 'parse every file' },
  classifiers: { noun: 'trained classifiers', verb: 'train' },
  charts: { noun: 'drawn charts', verb: 'draw' },
  passages: { noun: "follow-up documents' passages", verb: 'read the follow-up documents' },
};

/** `a`, `a and b`, `a, b and c`. */
const listed = (words: readonly string[]) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`);

/**
 * Add `--no-cache`, `--cache-dir <dir>`, `--cache-max-mb <n>` and (for commands that read documents)
 * `--workers <n>`; their help names what this command caches (`holds`).
 */
export function addCacheOptions(command: Command, where: string, holds: readonly CacheContent[], options: { workers?: boolean } = {}): Command {
  command
    .option('--no-cache', `${listed(holds.map((h) => CACHED[h].verb))} again; read and write no cache`)
    .option('--cache-dir <dir>', `cache of ${listed(holds.map((h) => CACHED[h].noun))} (default: ${where})`)
    .addOption(
      new Option('--cache-max-mb <n>', 'once a command has added to the cache (or whenever given), remove the entries used longest ago until the cache is this size; never those the command used')
        .argParser(count)
        .default(DEFAULT_CACHE_MAX_MB),
    );
  if (options.workers === true) {
    command.addOption(new Option('--workers <n>', 'processes reading files, each one file at a time under --max-memory-mb and --timeout (default: one per 8 files, at most every core); 0 reads in the main process, without those limits (trusted files only)').argParser(count));
  }
  return command;
}

/** Cache folders the running command has used (as given, relative to its working directory), for `tidyCaches`. */
const used = new Set<string>();

/**
 * The cache folder the flags ask for (`fallback` unless `--cache-dir`), or null with `--no-cache`. The folder is
 * noted as used, so `tidyCaches` prunes it once the command has finished.
 */
export function cacheDirOf(flags: CacheFlags, fallback: string): string | null {
  if (!flags.cache) return null;
  const dir = flags.cacheDir ?? fallback;
  used.add(dir);
  return dir;
}

/** Forget what an earlier command did to the caches (one that failed before `tidyCaches`); called as a command starts. */
export function forgetUsedCaches(): void {
  used.clear();
  takeCacheGrowth();
}

/**
 * After a command: keep each cache folder it used under its `--cache-max-mb`, keeping every entry used or written
 * since `since` (the command's start). Only a command that wrote cache entries can have outgrown the cap, so one
 * answered wholly from its cache skips the walk (a tenth of a rerun's time on 1,000 documents), and so does one
 * whose few entries leave the cache under its cap (`tidyCache`), unless the cap was given on the command line.
 * Pruning never fails a command that has done its work.
 */
export async function tidyCaches(cwd: string, flags: Pick<CacheFlags, 'cacheMaxMb'>, since: number, capGiven: boolean): Promise<void> {
  const dirs = [...used];
  used.clear();
  const grownBytes = takeCacheGrowth();
  if (grownBytes === 0 && !capGiven) return;
  const maxBytes = (flags.cacheMaxMb ?? DEFAULT_CACHE_MAX_MB) * MB;
  for (const dir of dirs) await tidyCache(resolve(cwd, dir), { maxBytes, since, grownBytes, walk: capGiven }).catch(() => undefined);
}

/** Where the commands that read a corpus file keep their cache, as their `--cache-dir` help says. */
export const BESIDE_CORPUS = '.cache beside the corpus file';

/** The cache folder of a command that reads a corpus file: `.cache` beside it, unless the flags say otherwise. */
export function corpusCacheDir(flags: CacheFlags & { readonly corpus: string }): string | null {
  return cacheDirOf(flags, join(dirname(flags.corpus), '.cache'));
}
