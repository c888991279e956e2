import { constants, rmSync, writeFileSync } from 'node:fs';
import { access, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { CpcError } from '../errors.js';
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
    return await writeAllOrNothing(work, dir);
  } finally {
    held.delete(lock);
    await rm(lock, { force: true });
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
    const reason = code === 'EEXIST' || code === 'ENOTDIR' ? 'a file is in the way' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'permission denied' : (error as Error).message;
    throw new CpcError('write-failed', `cannot write to the output folder ${dir}: ${reason}`, { file: dir, cause: error });
  }
}

/** Locks this process holds now. */
const held = new Set<string>();

/**
 * For a signal handler: remove the temporary files being written and the locks held, so an interrupted run leaves
 * the output folder exactly as it found it.
 */
export function abandonWrites(): void {
  for (const file of [...pendingTemporaryFiles(), ...held]) rmSync(file, { force: true });
}

async function acquire(lock: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // Synchronous, and recorded in `held` in the same task: a signal can never find the lock made but unknown.
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      held.add(lock);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number((await readFile(lock, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
        throw new CpcError('locked', `another cpc run (process ${holder}) is writing to this folder; wait for it or use --out`, { file: lock });
      }
      await rm(lock, { force: true });
    }
  }
  throw new CpcError('locked', `cannot take the output lock ${lock}`, { file: lock });
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
