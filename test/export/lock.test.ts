import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/export/atomic.js';
import { readLockHolder, removeStaleLock, withOutputLock } from '../../src/export/lock.js';

const folder = () => mkdtempSync(join(tmpdir(), 'cpc-lock-'));
const DEAD = 999_999; // no such process

describe('the output lock under a stale lock', () => {
  it('removes the stale lock it judged, and only that one', () => {
    const lock = join(folder(), '.cpc.lock');
    writeFileSync(lock, String(DEAD));
    const judged = readLockHolder(lock)!;
    expect(judged).toEqual({ pid: DEAD, token: String(DEAD) });
    expect(removeStaleLock(lock, judged)).toBe(true);
    expect(readLockHolder(lock)).toBeNull();
  });

  it('two runs that judged the same stale lock: the later one leaves the lock the first one took', async () => {
    const dir = folder();
    const lock = join(dir, '.cpc.lock');
    writeFileSync(lock, String(DEAD));
    const judgedByA = readLockHolder(lock)!;
    const judgedByB = readLockHolder(lock)!;
    // A takes the stale lock over; a live run (the parent of this test) now holds the folder
    expect(removeStaleLock(lock, judgedByA)).toBe(true);
    writeFileSync(lock, String(process.ppid), { flag: 'wx' });
    // B acts on its earlier judgement: it must not remove A's lock
    expect(removeStaleLock(lock, judgedByB)).toBe(false);
    expect(readFileSync(lock, 'utf8')).toBe(String(process.ppid));
    // and B's run is refused
    await expect(withOutputLock(dir, () => writeFileAtomic(join(dir, 'a.csv'), 'b\n'))).rejects.toMatchObject({ code: 'locked' });
  });

  it('a run whose lock was taken from it writes nothing', async () => {
    const dir = folder();
    const lock = join(dir, '.cpc.lock');
    const work = withOutputLock(dir, async () => {
      await writeFileAtomic(join(dir, 'a.csv'), 'mine\n');
      await writeFileAtomic(join(dir, 'b.csv'), 'mine\n');
      // another run displaces this one's lock file (as a lost race could) before the commit
      writeFileSync(lock, String(process.ppid));
    });
    await expect(work).rejects.toMatchObject({ code: 'locked', message: `the output lock ${lock} was taken by another run; nothing was written` });
    expect(() => statSync(join(dir, 'a.csv'))).toThrow();
    expect(readFileSync(lock, 'utf8')).toBe(String(process.ppid)); // the other run's lock is left alone
  });
});
