import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { CpcError } from '../errors.js';

/** Temporary files still being written, removed if the process is interrupted. */
const pending = new Set<string>();

/**
 * Write a file atomically: to a temporary name beside it, then rename over the target. A reader (or a briefing
 * quoting the CSV) sees the old file or the new one, never half of one.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pending.add(temporary);
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new CpcError('write-failed', `cannot write ${path}: ${(error as Error).message}`, { file: path, cause: error });
  } finally {
    pending.delete(temporary);
  }
}

/** Temporary files being written right now (for a signal handler to remove). */
export function pendingTemporaryFiles(): readonly string[] {
  return [...pending];
}
