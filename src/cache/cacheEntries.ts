import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { isStaleTemporary, writeFileAtomic, type FileContent } from '../export/atomic.js';
import { isAlive } from '../export/lock.js';
import { mapLimit } from '../concurrency.js';

/** The cache's default size cap (`--cache-max-mb`): ample for a few thousand documents and many chart variants. */
export const DEFAULT_CACHE_MAX_MB = 1024;

/** The folders of cache entries below a cache folder (its `files.json` index is small and always kept). */
const ENTRY_FOLDERS = ['documents', 'classifiers', 'charts', 'passages'] as const;
export type EntryFolder = (typeof ENTRY_FOLDERS)[number];

/** Where the JSON entry keyed `key` of a cache folder's `folder` lies: `<folder>/<its first two characters>/<key>.json`. */
export function entryFile(dir: string, folder: EntryFolder, key: string): string {
  return join(dir, folder, key.slice(0, 2), `${key}.json`);
}

/** What `readKeyedEntry` reads entries into, one after another (a rerun reads a challenge's and a follow-up's each). */
let keyedEntryBuffer: Buffer = Buffer.allocUnsafeSlow(1 << 16);

/**
 * The `member` of the JSON entry `storeKeyedEntry` wrote to `file` under `key`, when it passes `valid`; the entry is
 * then marked used. Null when the entry is missing, unreadable, another key's or not of that shape: a miss.
 */
export async function readKeyedEntry<T>(file: string, key: string, member: string, valid: (value: unknown) => value is T): Promise<T | null> {
  try {
    // read and parsed before anything else can read into the buffer
    const { bytes, buffer, mtimeMs } = readEntryInto(file, keyedEntryBuffer);
    keyedEntryBuffer = buffer;
    const entry = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
    if (entry.key !== key || !valid(entry[member])) return null;
    await touchEntry(file, mtimeMs);
    return entry[member];
  } catch {
    return null;
  }
}

/**
 * An entry's bytes, read into `buffer` (or, for an entry larger than it, into a new buffer twice its size or more,
 * returned for the next read: it is never made smaller); its modification time (when it was written or last marked
 * used), for `touchEntry`; and its inode: an entry is only ever replaced whole (`storeEntry`), never written in place,
 * so the inode names these bytes. Read synchronously: a rerun reads thousands of entries of some tens of KB, and each
 * read through the thread pool (open, stat, read, close, each a promise) cost about three times the CPU of the same
 * calls made directly (on 4,000 entries, 0.3 s of the run's core); and into one buffer, where a new one each was as
 * much garbage.
 */
export function readEntryInto(file: string, buffer: Buffer): { bytes: Buffer; buffer: Buffer; mtimeMs: number; ino: number } {
  const fd = openSync(file, 'r');
  try {
    const { mtimeMs, ino, size } = fstatSync(fd);
    const into = size <= buffer.length ? buffer : Buffer.allocUnsafeSlow(Math.max(size, buffer.length * 2));
    let read = 0;
    for (let n = -1; read < size && n !== 0; read += n) n = readSync(fd, into, read, size - read, read);
    return { bytes: into.subarray(0, read), buffer: into, mtimeMs, ino };
  } finally {
    closeSync(fd);
  }
}

/** Write `{"key": key, member: value}` to `file` for `readKeyedEntry` (see `storeEntry`: false when it cannot be). */
export function storeKeyedEntry(file: string, key: string, member: string, value: unknown): Promise<boolean> {
  return storeEntry(file, JSON.stringify({ key, [member]: value }));
}

/** What `pruneCache` did. */
export interface PruneResult {
  /** Entries removed, oldest use first. */
  readonly removed: number;
  readonly freedBytes: number;
  /** Size of the entries left. */
  readonly keptBytes: number;
}

/** Bytes of cache entries this process has written since `takeCacheGrowth` last asked: only growth can outgrow a cap. */
let grownBytes = 0;

/**
 * Write a cache entry atomically. A cache that cannot be written is skipped: false, never an error (the run goes
 * on without it).
 */
export async function storeEntry(path: string, content: FileContent): Promise<boolean> {
  let bytes = 0;
  const counted = function* (pieces: Iterable<string | Uint8Array>): Generator<string | Uint8Array> {
    for (const piece of pieces) {
      bytes += typeof piece === 'string' ? Buffer.byteLength(piece) : piece.byteLength;
      yield piece;
    }
  };
  try {
    await writeFileAtomic(path, counted(typeof content === 'string' || content instanceof Uint8Array ? [content] : content));
  } catch {
    return false;
  }
  grownBytes += bytes;
  return true;
}

/** Bytes of cache entries written since the last call: a run answered wholly from its cache (0) need not prune. */
export function takeCacheGrowth(): number {
  const answer = grownBytes;
  grownBytes = 0;
  return answer;
}

/**
 * Where a cache folder keeps its size as its last walk found it, plus what runs have written since: a run that
 * wrote a few entries into a cache well under its cap need not walk thousands of files to find it so.
 */
const SIZE_FILE = 'size.json';

/**
 * Keep the cache in `dir` under `maxBytes` after a run that wrote `grownBytes` of entries into it: `pruneCache`,
 * unless the size the cache's last walk found, plus what runs have written since, is still under the cap (and
 * `walk` does not ask for one). The figure runs ahead of the truth where an entry was written again, and may run
 * behind where runs wrote into one cache at once; the next walk sets it right.
 */
export async function tidyCache(dir: string, options: { readonly maxBytes: number; readonly since: number; readonly grownBytes: number; readonly walk: boolean }): Promise<void> {
  if (!(await stat(dir).then((info) => info.isDirectory(), () => false))) return; // no cache made there: none to tidy, none to make
  const known = options.walk ? null : await cacheSize(dir);
  const size = known !== null && known + options.grownBytes <= options.maxBytes ? known + options.grownBytes : (await pruneCache(dir, options)).keptBytes;
  await writeFileAtomic(join(dir, SIZE_FILE), `${JSON.stringify({ bytes: size })}\n`).catch(() => undefined);
}

/** The size `tidyCache` noted for the cache in `dir`, or null when there is none to trust. */
async function cacheSize(dir: string): Promise<number | null> {
  try {
    const { bytes } = JSON.parse(await readFile(join(dir, SIZE_FILE), 'utf8')) as { bytes?: unknown };
    return Number.isSafeInteger(bytes) && (bytes as number) >= 0 ? (bytes as number) : null;
  } catch {
    return null;
  }
}

/**
 * Entries marked used by this process, and when: pruning keeps those used since its `since` whatever their
 * modification time says (`touchEntry` leaves a recent one as it is).
 */
const used = new Map<string, number>();

/**
 * An entry whose modification time is more recent than this is not touched again: pruning orders entries used
 * within the hour alike, and a rerun of a few thousand documents need not write a few thousand inodes.
 */
const TOUCH_AFTER_MS = 60 * 60 * 1000;

/**
 * Mark a cache entry as used now (its modification time), so pruning removes the entries used longest ago first;
 * one modified within the hour (`mtimeMs`, when the caller has it from reading the entry) is left as it is. A
 * missing or read-only entry is left as it is: the cache never fails a run.
 */
export async function touchEntry(path: string, mtimeMs?: number): Promise<void> {
  const now = new Date();
  used.set(resolve(path), now.getTime());
  if (mtimeMs !== undefined && mtimeMs <= now.getTime() && now.getTime() - mtimeMs < TOUCH_AFTER_MS) return;
  await utimes(path, now, now).catch(() => undefined);
}

/**
 * How far a file's modification time may lag this process's clock (file systems that keep coarse times): an entry
 * modified this little before `since` counts as this run's. The times `touchEntry` notes are this clock's own.
 */
const MTIME_SLACK_MS = 1000;

/**
 * Keep the cache in `dir` under `maxBytes`: remove entries, least recently used first (ties by path, so the same
 * cache prunes the same way), but never one used or written since `since` (this run's own entries), so a cache
 * smaller than one run's needs keeps that run whole. Temporary files of writers that no longer run (a `kill -9`)
 * are removed too; a live writer's are left alone. Entries are only ever a speed-up: another process that finds
 * one gone parses, trains or draws again.
 */
export async function pruneCache(dir: string, options: { readonly maxBytes: number; readonly since: number }): Promise<PruneResult> {
  const entries = await entriesBelow(dir);
  let keptBytes = entries.reduce((sum, entry) => sum + entry.size, 0);
  let removed = 0;
  let freedBytes = 0;
  const oldestFirst = entries.filter((entry) => entry.mtimeMs < options.since - MTIME_SLACK_MS && (used.get(entry.path) ?? 0) < options.since).sort((a, b) => a.mtimeMs - b.mtimeMs || (a.path < b.path ? -1 : 1));
  for (const entry of oldestFirst) {
    if (keptBytes <= options.maxBytes) break;
    await rm(entry.path, { force: true });
    keptBytes -= entry.size;
    freedBytes += entry.size;
    removed++;
  }
  return { removed, freedBytes, keptBytes };
}

interface Entry {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/**
 * Every finished entry in the entry folders of the cache `dir`, in one walk of the cache that also removes the
 * temporary files of dead writers (those of live ones, being written, are neither removed nor entries).
 */
async function entriesBelow(dir: string): Promise<Entry[]> {
  const items = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const item of items) {
    if (!item.isFile()) continue;
    const path = join(item.parentPath, item.name);
    if (isStaleTemporary(item.name, isAlive)) await rm(path, { force: true });
    else if (!item.name.endsWith('.tmp') && (ENTRY_FOLDERS as readonly string[]).includes(relative(dir, path).split(sep)[0]!)) files.push(path);
  }
  // a few at a time: tens of thousands of pending stats at once held their requests and results together
  const found = await mapLimit(files, 32, async (path) => {
    const info = await stat(path).catch(() => null);
    return info === null ? null : { path, size: info.size, mtimeMs: info.mtimeMs };
  });
  return found.filter((entry): entry is Entry => entry !== null);
}
