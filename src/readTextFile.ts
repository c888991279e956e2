import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CpcError, systemReason } from './errors.js';

/**
 * A UTF-8 text file's contents, or a `CpcError` naming it: `file-not-found` when it is not there, `unreadable`
 * otherwise. `file` is resolved against `cwd` (default: the process's) and named as given; `what` says what the
 * file is for in the message (`cannot read the codebook data/codebooks/classic.yaml: permission denied`).
 * Documents are not read with this: ingest's readers bound their size and check their kind.
 */
export async function readTextFile(file: string, options: { readonly cwd?: string; readonly what?: string } = {}): Promise<string> {
  try {
    return await readFile(options.cwd === undefined ? file : resolve(options.cwd, file), 'utf8');
  } catch (cause) {
    const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT';
    const reason = missing ? 'no such file' : systemReason(cause);
    const named = options.what === undefined ? file : `${options.what} ${file}`;
    throw new CpcError(missing ? 'file-not-found' : 'unreadable', `cannot read ${named}: ${reason}`, { file, cause });
  }
}
