import { spawnSync } from 'node:child_process';
import fs, { mkdirSync, mkdtempSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeAllOrNothing, writeFileAtomic } from '../../src/export/atomic.js';
import { JOURNAL } from '../../src/export/journal.js';
import { withOutputLock } from '../../src/export/lock.js';
import { filesIn, NEW_FILES, OLD_FILES, writeFiles } from './helpers/commitFiles.js';

const folder = () => mkdtempSync(join(tmpdir(), 'cpc-journal-'));
const writeNew = (dir: string) => async () => {
  for (const [name, content] of Object.entries(NEW_FILES)) await writeFileAtomic(join(dir, name), content);
};

/** Make the `at`-th call of fs.renameSync from now fail as a permission error would. */
function failRenameAt(at: number): void {
  let calls = 0;
  fs.renameSync = (from, to) => {
    calls += 1;
    if (calls === at) throw Object.assign(new Error(`EACCES: permission denied, rename '${String(from)}'`), { code: 'EACCES' });
    return realRename(from, to);
  };
  syncBuiltinESMExports();
}
const realRename = fs.renameSync;
afterEach(() => {
  fs.renameSync = realRename;
  syncBuiltinESMExports();
});

// The commit of four files renames the journal into place, then each file: five renames.
const RENAMES = 5;

describe('a commit that fails at any rename', () => {
  it.each([
    [1, JOURNAL, 'nothing was changed'],
    [2, 'a.csv', 'the previous outputs were restored'],
    [3, 'b.csv', 'the previous outputs were restored'],
    [4, 'charts/c.svg', 'the previous outputs were restored'],
    [5, 'd.csv', 'the previous outputs were restored'],
  ])('leaves the previous outputs exactly when rename %i fails, naming the file that blocked it (%s)', async (at, blocked, outcome) => {
    const dir = folder();
    writeFiles(dir, OLD_FILES);
    failRenameAt(at);
    const error = await writeAllOrNothing(writeNew(dir), { journalDir: dir }).then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ code: 'write-failed', message: `cannot put ${join(dir, blocked)} in place (permission denied); ${outcome}` });
    expect(filesIn(dir)).toEqual(OLD_FILES);
  });

  it('puts all the new outputs in place when nothing fails, and leaves no journal or backup', async () => {
    const dir = folder();
    writeFiles(dir, OLD_FILES);
    await writeAllOrNothing(writeNew(dir), { journalDir: dir });
    expect(filesIn(dir)).toEqual(NEW_FILES);
  });
});

describe('a commit killed at any rename (kill -9: no handler runs)', () => {
  const child = (dir: string, killAt?: number) =>
    spawnSync(process.execPath, ['--import', 'tsx', ...(killAt === undefined ? [] : ['--import', './test/export/helpers/killAtRename.mjs']), 'test/export/helpers/commitChild.ts', dir], {
      encoding: 'utf8',
      env: { ...process.env, ...(killAt === undefined ? {} : { CPC_KILL_AT_RENAME: String(killAt) }) },
    });

  it.each(Array.from({ length: RENAMES }, (_, i) => i + 1))('is rolled back by the next run when killed at rename %i, which says so', async (at) => {
    const dir = folder();
    writeFiles(dir, OLD_FILES);
    const killed = child(dir, at);
    expect(killed.signal).toBe('SIGKILL');
    // what the next run (here, this process) finds, before it writes anything: the previous outputs, whole
    mkdirSync(join(dir, 'next'));
    let recovered = '';
    await withOutputLock(dir, async () => [], { onRecovered: (note) => void (recovered += `${note}\n`) });
    const restored = filesIn(dir);
    delete restored['next'];
    expect(restored).toEqual(OLD_FILES);
    if (at > 1) expect(recovered).toBe('an earlier run was stopped while putting its 4 output files in place; the outputs before it were restored\n');
    else expect(recovered).toBe(''); // killed before the journal was in place: nothing had changed
    // and a run after that commits as usual
    await withOutputLock(dir, writeNew(dir));
    expect(filesIn(dir)).toEqual(NEW_FILES);
  }, 30_000);

  it('is complete when killed after its last rename: the journal was removed, the new outputs stand', () => {
    const dir = folder();
    writeFiles(dir, OLD_FILES);
    const killed = child(dir, RENAMES + 1); // no sixth rename: the run ends normally
    expect(killed.status, killed.stderr).toBe(0);
    expect(filesIn(dir)).toEqual(NEW_FILES);
    expect(filesIn(dir)[JOURNAL]).toBeUndefined();
  }, 30_000);
});
