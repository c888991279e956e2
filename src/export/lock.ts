import { randomBytes } from 'node:crypto';
import { constants, linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { access, mkdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CpcError, systemReason } from '../errors.js';
import { pendingTemporaryFiles, removeStaleTemporaryFiles, writeAllOrNothing } from './atomic.js';
import { recoverCommit } from './journal.js';

/**
 * Hold `<dir>/.cpc.lock` while a run writes into `dir`, so two runs on one output folder cannot interleave
 * their files, and make the files `work` writes appear all together or not at all (`writeAllOrNothing`, with its
 * journal in `dir`). A lock left by a process that no longer exists is taken over; a commit it left half done is
 * rolled back (`onRecovered` is told so, in a sentence) and its temporary files removed.
 */
export async function withOutputLock<T>(dir: string, work: () => Promise<T>, options: { onRecovered?: (note: string) => void } = {}): Promise<T> {
  await ensureOutputFolder(dir);
  const lock = join(dir, '.cpc.lock');
  await acquire(lock);
  try {
    const recovered = recoverCommit(dir);
    if (recovered !== null) options.onRecovered?.(recovered);
    await removeStaleTemporaryFiles(dir, isAlive);
    return await writeAllOrNothing(work, {
      journalDir: dir,
      beforeCommit: () => {
        if (!holdsLock(lock)) throw new CpcError('locked', `the output lock ${lock} was taken by another run; nothing was written`, { file: lock });
      },
    });
  } finally {
    if (holdsLock(lock)) await rm(lock, { force: true });
    held.delete(lock);
  }
}

/**
 * Create the output folder if need be and check that it can be written: a `write-failed` error naming it, before
 * a long run rather than after.
 */
export async function ensureOutputFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EEXIST' || code === 'ENOTDIR' ? 'a file is in the way' : code === 'ENOENT' ? 'a folder above it cannot be made' : systemReason(error);
    throw new CpcError('write-failed', `cannot write to the output folder ${dir}: ${reason}`, { file: dir, cause: error });
  }
}

/** Locks this process holds now, with the content of each lock file it made (its process id and a nonce). */
const held = new Map<string, string>();

/**
 * For a signal handler: remove the temporary files being written and the locks held, so an interrupted run leaves
 * the output folder exactly as it found it.
 */
export function abandonWrites(): void {
  for (const file of pendingTemporaryFiles()) rmSync(file, { force: true });
  for (const lock of held.keys()) if (holdsLock(lock)) rmSync(lock, { force: true });
}

/** Who holds a lock file: its process id, and the whole content, which no other lock file ever has. */
export interface LockHolder {
  readonly pid: number;
  readonly token: string;
}

/**
 * Take `lock`: created exclusively (`wx`), so of two runs only one can make it. A lock whose process has ended is
 * taken over through `removeStaleLock`, which removes that very file and never one a live run made meanwhile, so
 * two runs finding the same stale lock cannot both end up holding the folder.
 */
async function acquire(lock: string): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      // Synchronous, and recorded in `held` in the same task: a signal can never find the lock made but unknown.
      const token = `${process.pid} ${randomBytes(8).toString('hex')}`;
      writeFileSync(lock, token, { flag: 'wx' });
      held.set(lock, token);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new CpcError('write-failed', `cannot take the output lock ${lock} (${systemReason(error)})`, { file: lock, cause: error });
      }
      const holder = readLockHolder(lock);
      if (holder === null) continue; // removed since: try again
      if (holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new CpcError('locked', `another cpc run (process ${holder.pid}) is writing to this folder; wait for it or use --out`, { file: lock });
      }
      removeStaleLock(lock, holder);
    }
  }
  throw new CpcError('locked', `cannot take the output lock ${lock}: other runs keep taking it`, { file: lock });
}

/** The holder of `lock`, or null when there is no lock file (a file that does not name a process names pid 0). */
export function readLockHolder(lock: string): LockHolder | null {
  let token: string;
  try {
    token = readFileSync(lock, 'utf8');
  } catch {
    return null;
  }
  const pid = Number(token.trim().split(/\s+/)[0]);
  return { pid: Number.isInteger(pid) && pid > 0 ? pid : 0, token };
}

/**
 * Remove the stale lock `judged` (its holder has ended), only if `lock` is still that file: it is first moved aside
 * (a rename, which only one run can do to one file), then read. If what was moved is a newer lock, which a live
 * run took after another removed the stale one, it is linked back at once. Whether the stale lock was removed.
 * Lock files are told apart by content (a nonce), not inode: a removed file's inode is soon given to a new one.
 */
export function removeStaleLock(lock: string, judged: LockHolder): boolean {
  const aside = join(dirname(lock), `.${basename(lock)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    renameSync(lock, aside);
  } catch {
    return false; // gone already
  }
  const moved = readLockHolder(aside)?.token;
  if (moved !== judged.token) {
    try {
      linkSync(aside, lock);
    } catch {
      // a third run made a lock in that instant: the run whose lock was moved finds it gone before it commits
    }
  }
  rmSync(aside, { force: true });
  return moved === judged.token;
}

/** Whether `lock` is still the file this process made (a commit checks it first). */
export function holdsLock(lock: string): boolean {
  const mine = held.get(lock);
  return mine !== undefined && readLockHolder(lock)?.token === mine;
}

/** Whether process `pid` still runs (one we may not signal runs too). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
