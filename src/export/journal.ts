import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { CpcError, systemReason } from '../errors.js';


/**
 * A commit that cannot half-happen, as SQLite's rollback journal: the renames that put a batch of new files in place
 * are planned in a journal first, so that a commit stopped at any instant (a failed rename, `kill -9`, a power cut
 * after the journal reached the disk) is rolled back to the previous files, by this process or by the next one.
 */

/** The journal's name in the output folder. */
export const JOURNAL = '.cpc-journal.json';

/** One planned replacement, paths relative to the journal's folder. */
interface Planned {
  readonly target: string;
  readonly temporary: string;
  /** A hard link to the target's previous content, or null when there was no target before. */
  readonly backup: string | null;
}

/**
 * Put each temporary file in place of its target, all or none. Phases: plan a backup name for each existing target
 * -> write the journal whole and sync it -> hard-link each existing target to its backup (the old content stays
 * reachable) -> rename each temporary over its target -> remove the journal (the commit point) -> remove the
 * backups. Synchronous, so no signal handler runs in between. If a step fails, what was done is undone, the previous
 * files are back, and the error names the file that blocked the commit.
 */
export function commitBatch(dir: string, batch: readonly (readonly [target: string, temporary: string])[]): void {
  const planned: Planned[] = batch.map(([target, temporary]) => ({
    target: inside(dir, target),
    temporary: inside(dir, temporary),
    backup: existsSync(target) ? inside(dir, backupName(target)) : null,
  }));
  try {
    writeJournal(dir, planned);
  } catch (error) {
    for (const p of planned) rmSync(resolve(dir, p.temporary), { force: true });
    throw commitFailed(join(dir, JOURNAL), error, 'nothing was changed');
  }
  let step = '';
  try {
    for (const p of planned) {
      step = p.target;
      if (p.backup !== null) keepCopy(resolve(dir, p.target), resolve(dir, p.backup));
    }
    for (const p of planned) {
      step = p.target;
      renameSync(resolve(dir, p.temporary), resolve(dir, p.target));
    }
  } catch (error) {
    const restored = rollBack(dir, planned);
    throw commitFailed(resolve(dir, step), error, restored ? 'the previous outputs were restored' : `the previous outputs will be restored by the next run (${JOURNAL} is kept)`);
  }
  rmSync(join(dir, JOURNAL), { force: true });
  for (const p of planned) if (p.backup !== null) rmSync(resolve(dir, p.backup), { force: true });
}

/**
 * Finish what a stopped commit left in `dir`: if a journal is there, put every previous file back and remove the
 * new ones, the backups and the journal. Returns what it did, in a sentence, or null when there was nothing to do.
 */
export function recoverCommit(dir: string): string | null {
  let planned: Planned[];
  try {
    planned = parseJournal(readFileSync(join(dir, JOURNAL), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    // a journal that cannot be parsed was never complete: its rename never happened (it is written aside first)
    rmSync(join(dir, JOURNAL), { force: true });
    return null;
  }
  if (!rollBack(dir, planned)) {
    throw new CpcError('write-failed', `cannot restore the outputs of a stopped run in ${dir}; ${JOURNAL} lists them`, { file: join(dir, JOURNAL) });
  }
  return `an earlier run was stopped while putting its ${planned.length} output files in place; the outputs before it were restored`;
}

/** Undo a commit: previous content back over each target, new targets removed, journal last. Whether it all worked. */
function rollBack(dir: string, planned: readonly Planned[]): boolean {
  let ok = true;
  for (const p of planned) {
    try {
      if (p.backup === null) rmSync(resolve(dir, p.target), { force: true });
      else if (existsSync(resolve(dir, p.backup))) {
        renameSync(resolve(dir, p.backup), resolve(dir, p.target));
        // a rename between two links to one file does nothing: the backup may still be there
        rmSync(resolve(dir, p.backup), { force: true });
      }
      rmSync(resolve(dir, p.temporary), { force: true });
    } catch {
      ok = false;
    }
  }
  if (ok) rmSync(join(dir, JOURNAL), { force: true });
  return ok;
}

/** Write the journal aside, sync it, then rename it into place: it is there whole or not at all. */
function writeJournal(dir: string, planned: readonly Planned[]): void {
  const aside = join(dir, `${JOURNAL}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(aside, 'w');
  try {
    const bytes = Buffer.from(`${JSON.stringify({ version: 1, planned })}\n`);
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(aside, join(dir, JOURNAL));
  } catch (error) {
    rmSync(aside, { force: true });
    throw error;
  }
}

function parseJournal(text: string): Planned[] {
  const value = JSON.parse(text) as { planned?: unknown };
  if (!Array.isArray(value.planned)) throw new Error('not a journal');
  return value.planned.filter((p): p is Planned => typeof p?.target === 'string' && typeof p?.temporary === 'string' && (p.backup === null || typeof p.backup === 'string'));
}

/** A second name for the target's content: a hard link (no copy), or a copy where the file system has none. */
function keepCopy(target: string, backup: string): void {
  try {
    linkSync(target, backup);
  } catch {
    copyFileSync(target, backup);
  }
}

/** `.name.<pid>.<hex>.tmp` beside the target: a dead writer's leftover is cleared like any temporary file. */
function backupName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** A path relative to the journal's folder (absolute when outside it). */
function inside(dir: string, path: string): string {
  const rel = relative(dir, resolve(path));
  return rel.startsWith('..') || isAbsolute(rel) ? resolve(path) : rel;
}

function commitFailed(path: string, error: unknown, outcome: string): CpcError {
  return new CpcError('write-failed', `cannot put ${path} in place (${systemReason(error)}); ${outcome}`, { file: path, cause: error });
}
