import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { CpcError, isCpcError, systemReason } from '../errors.js';

/** What `stat` or a folder entry says a path is. */
interface FileKind {
  isFile(): boolean;
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}

/** What a path is, in words for a message: `a named pipe`, `a device`, `a folder`... */
export function kindOf(info: FileKind): string {
  if (info.isFile()) return 'a file';
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * The bytes of a regular file, at most `maxBytes` of them, whatever `stat` says (a file in /proc says 0 bytes, one
 * being appended to grows). Opened without blocking, so a named pipe is refused at once instead of waiting for a
 * writer forever; pipes, sockets, devices and folders fail with `not-a-file`, a file past the limit with
 * `too-large`, a missing one with `file-not-found`, anything else with `unreadable` and the system's reason.
 * `shown` names the file in messages.
 */
export async function readFileBounded(path: string, maxBytes: number, shown: string = path): Promise<Uint8Array> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = await handle.stat();
    if (!info.isFile()) throw new CpcError('not-a-file', `${shown}: ${kindOf(info)}, not a regular file; not read`, { file: shown });
    if (info.size > maxBytes) throw tooLarge(shown, `${megabytes(info.size)} is over`, maxBytes);
    return await readUpTo(handle, maxBytes, shown, info.size);
  } catch (error) {
    throw fileError(error, shown);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

async function readUpTo(handle: FileHandle, maxBytes: number, shown: string, expected: number): Promise<Uint8Array> {
  // one byte more than the limit, so that a file that grows past it is noticed
  let buffer = Buffer.allocUnsafe(Math.min(maxBytes, expected) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) throw tooLarge(shown, 'it grew past', maxBytes);
      const larger = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(2 * buffer.length, 64 * 1024)));
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  if (length > maxBytes) throw tooLarge(shown, 'it grew past', maxBytes);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
}

/**
 * A file-system error -> a `CpcError` naming its real cause: `file-not-found`, or `unreadable` with the permission,
 * read-only file system, full disk... as the system reported it. A `CpcError` passes through unchanged.
 */
export function fileError(error: unknown, shown: string): CpcError {
  if (isCpcError(error)) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new CpcError('file-not-found', `${shown}: no such file`, { file: shown, cause: error });
  return new CpcError('unreadable', `${shown}: cannot read (${systemReason(error)})`, { file: shown, cause: error });
}

function tooLarge(shown: string, what: string, maxBytes: number): CpcError {
  return new CpcError('too-large', `${shown}: ${what} the ${megabytes(maxBytes)} limit`, { file: shown });
}

/** A size for a message: `640 bytes`, `12.5 KB`, `12.3 MB`. */
export function megabytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
