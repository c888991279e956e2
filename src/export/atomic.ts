import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, basename, join, sep } from 'node:path';
import { CpcError, systemReason } from '../errors.js';
import { commitBatch } from './journal.js';

/** Temporary files still being written or waiting to be renamed, removed if the process is interrupted. */
const pending = new Set<string>();

/** Files written inside `writeAllOrNothing`: target -> its temporary file, renamed into place together at the end. */
type Batch = Map<string, string>;
const batches = new AsyncLocalStorage<Batch>();

/** `.corpus.jsonl.4242.9f3a1c2b.tmp`: the writer's process id, so a later run can tell a dead writer's leftovers. */
const TEMPORARY = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * What `writeFileAtomic` writes: the whole content, or its pieces in order (a large file is never one string),
 * each text (written as UTF-8) or bytes.
 */
export type FileContent = string | Uint8Array | Iterable<string | Uint8Array>;

/**
 * Write a file atomically: to a temporary name beside it, then rename over the target. A reader (or a briefing
 * quoting the CSV) sees the old file or the new one, never half of one. Inside `writeAllOrNothing` the rename waits
 * for the whole batch.
 */
export async function writeFileAtomic(path: string, content: FileContent): Promise<void> {
  const folder = dirname(path);
  const known = madeFolders.has(folder);
  if (!known) await makeFolder(folder, path);
  const temporary = temporaryName(path);
  // Synchronous: a signal handler runs only between tasks, so it finds the temporary file either not yet created
  // or whole, never being created on a thread-pool thread after the handler has removed what it knew of.
  pending.add(temporary);
  try {
    writeContent(temporary, content);
  } catch (error) {
    discard([temporary]);
    // a folder made earlier and since removed (a cache pruned, an output folder deleted): make it again, once. Only
    // when the temporary file could not be opened: then nothing of `content` has been read.
    if (!known || !openFailed(error, temporary)) throw writeFailed(path, error);
    madeFolders.delete(folder);
    return writeFileAtomic(path, content);
  }
  place(path, temporary);
}

/** A file of `writeFileAtomic`'s written elsewhere (`startFileAtomic`). */
export interface PendingFile {
  /** The temporary file to write: it exists, empty. */
  readonly temporary: string;
  /** Put it in place of the target, as `writeFileAtomic` does once it has written its temporary file. */
  place(): void;
  /** Remove it, unless it has been put in place. */
  discard(): void;
}

/**
 * `writeFileAtomic` for content that something else writes (a worker thread): the temporary file beside `path`,
 * made now, empty, and known to the signal handler, which removes it. The writer should open it without creating
 * it, so that one removed by the handler is not made again.
 */
export async function startFileAtomic(path: string): Promise<PendingFile> {
  const folder = dirname(path);
  if (!madeFolders.has(folder)) await makeFolder(folder, path);
  const temporary = temporaryName(path);
  pending.add(temporary);
  try {
    closeSync(openSync(temporary, 'wx'));
  } catch (error) {
    discard([temporary]);
    throw writeFailed(path, error);
  }
  let placed = false;
  return {
    temporary,
    place: () => {
      place(path, temporary);
      placed = true;
    },
    discard: () => {
      if (!placed) discard([temporary]);
    },
  };
}

/** `.corpus.jsonl.4242.9f3a1c2b.tmp` for `corpus.jsonl`: see `TEMPORARY`. */
function temporaryName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Put a written temporary file in place of `path`: now, or with its batch (`writeAllOrNothing`). */
function place(path: string, temporary: string): void {
  const batch = batches.getStore();
  if (batch !== undefined) {
    const earlier = batch.get(path);
    if (earlier !== undefined) discard([earlier]);
    batch.set(path, temporary);
    return;
  }
  commit(new Map([[path, temporary]]));
}

/** Folders `writeFileAtomic` has made or found: a cache writes thousands of entries into a few hundred folders. */
const madeFolders = new Set<string>();

/** Make `folder` (with its parents) for the file `path`, or fail with write-failed naming the file. */
async function makeFolder(folder: string, path: string): Promise<void> {
  await mkdir(folder, { recursive: true }).catch((error: unknown) => {
    throw writeFailed(path, error);
  });
  madeFolders.add(folder);
}

/** Opening `file` failed because its folder is gone. */
function openFailed(error: unknown, file: string): boolean {
  const failure = error as NodeJS.ErrnoException | null;
  return failure?.code === 'ENOENT' && failure.syscall === 'open' && failure.path === file;
}

/**
 * Write `content` to `path` synchronously (see `writeFileAtomic`); content in pieces is read a piece at a time, its
 * text gathered into a buffer of 1 MB written when full (a 100 MB table in pieces of some tens of KB had been a new
 * buffer and a write call each).
 */
function writeContent(path: string, content: FileContent): void {
  if (typeof content === 'string' || content instanceof Uint8Array) {
    writeFileSync(path, content);
    return;
  }
  // the shared buffer, unless a piece being made writes a file itself meanwhile
  const buffer = writeBuffer ?? Buffer.allocUnsafeSlow(WRITE_BUFFER_BYTES);
  writeBuffer = null;
  const fd = openSync(path, 'w');
  let used = 0;
  const write = (bytes: Uint8Array, length: number) => {
    for (let offset = 0; offset < length; ) offset += writeSync(fd, bytes, offset, length - offset);
  };
  try {
    for (const piece of content) {
      // UTF-8 takes at most 3 bytes a UTF-16 code unit (`write` would silently stop short of what does not fit)
      if (typeof piece === 'string' && piece.length * 3 <= buffer.length - used) {
        used += buffer.write(piece, used);
        continue;
      }
      write(buffer, used);
      used = 0;
      if (typeof piece === 'string' && piece.length * 3 <= buffer.length) {
        used = buffer.write(piece);
        continue;
      }
      const bytes = typeof piece === 'string' ? Buffer.from(piece) : piece;
      write(bytes, bytes.byteLength);
    }
    write(buffer, used);
  } finally {
    closeSync(fd);
    writeBuffer = buffer;
  }
}

const WRITE_BUFFER_BYTES = 1 << 20;

/** `writeContent`'s buffer, while no write holds it. */
let writeBuffer: Buffer | null = Buffer.allocUnsafeSlow(WRITE_BUFFER_BYTES);

/**
 * Run `work` so that the files it writes with `writeFileAtomic` appear together or not at all: each is written to
 * a temporary name, and all are renamed into place only once `work` has succeeded. If it throws, or the process is
 * interrupted (the CLI's signal handler removes `pendingTemporaryFiles()`), the previous outputs stay as they were.
 */
export async function writeAllOrNothing<T>(work: () => Promise<T>, options: { journalDir?: string; beforeCommit?: () => void } = {}): Promise<T> {
  const batch: Batch = new Map();
  let result: T;
  try {
    result = await batches.run(batch, work);
  } catch (error) {
    discard([...batch.values()]);
    throw error;
  }
  try {
    options.beforeCommit?.();
  } catch (error) {
    discard([...batch.values()]);
    throw error;
  }
  commit(batch, options.journalDir);
  committed = true;
  return result;
}

/**
 * Put every temporary file in place of its target. Synchronous on purpose: no signal handler can run between two
 * renames. A batch of several files goes through a journal in `journalDir` (default: the folder holding them all),
 * so that a rename that fails, or a process killed between two renames, leaves the previous files, never half the
 * new outputs beside half the old (`commitBatch`; the next run's `recoverCommit` finishes a killed one's undo).
 */
function commit(batch: Batch, journalDir?: string): void {
  const entries = [...batch];
  try {
    if (entries.length === 1) {
      const [[path, temporary]] = entries as [[string, string]];
      try {
        renameSync(temporary, path);
      } catch (error) {
        discard([temporary]);
        throw writeFailed(path, error);
      }
    } else if (entries.length > 1) {
      commitBatch(journalDir ?? commonFolder(entries.map(([path]) => path)), entries);
    }
  } finally {
    for (const [, temporary] of entries) pending.delete(temporary);
  }
}

/** The deepest folder holding every path. */
function commonFolder(paths: readonly string[]): string {
  const split = paths.map((path) => dirname(path).split(sep));
  const first = split[0] ?? [];
  let depth = 0;
  while (depth < first.length && split.every((parts) => parts[depth] === first[depth])) depth++;
  return first.slice(0, depth).join(sep) || sep;
}

function discard(temporaries: readonly string[]): void {
  for (const temporary of temporaries) {
    rmSync(temporary, { force: true });
    pending.delete(temporary);
  }
}

function writeFailed(path: string, error: unknown): CpcError {
  return new CpcError('write-failed', `cannot write ${path} (${systemReason(error)})`, { file: path, cause: error });
}

/** Whether a `writeAllOrNothing` batch of this process has been put in place. */
let committed = false;

/**
 * Whether this process has put a `writeAllOrNothing` batch in place (a run's outputs, not a cache entry): a signal
 * handler's way to tell new outputs from the earlier ones.
 */
export function outputsCommitted(): boolean {
  return committed;
}

/** Temporary files being written right now (for a signal handler to remove). */
export function pendingTemporaryFiles(): readonly string[] {
  return [...pending];
}

/** Whether a file named `name` is a temporary file of a writer that no longer runs (`alive` checks a process id). */
export function isStaleTemporary(name: string, alive: (pid: number) => boolean): boolean {
  const pid = TEMPORARY.exec(name)?.[1];
  return pid !== undefined && !alive(Number(pid));
}

/**
 * Remove the temporary files that a killed writer left in `dir` and the folders below it (`kill -9` runs no
 * handler). `alive` tells whether a process id still runs; a live writer's files are left alone.
 */
export async function removeStaleTemporaryFiles(dir: string, alive: (pid: number) => boolean): Promise<string[]> {
  const removed: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.')) removed.push(...(await removeStaleTemporaryFiles(path, alive)));
    // a file, or a run's temporary corpus folder (`CorpusSpool`)
    if ((entry.isFile() || entry.isDirectory()) && isStaleTemporary(entry.name, alive)) {
      await rm(path, { recursive: true, force: true });
      removed.push(path);
    }
  }
  return removed;
}
