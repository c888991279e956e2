import { Worker } from 'node:worker_threads';
import { CpcError, systemReason } from '../errors.js';

/**
 * The lines of a file to write, in order, each followed by a line break: `length` bytes at `offset` of its file in
 * `files`, or the bytes `given` for its index (a line made anew).
 */
export interface LineSpans {
  readonly files: readonly string[];
  readonly offsets: Float64Array;
  readonly lengths: Float64Array;
  readonly given: ReadonlyMap<number, Uint8Array>;
}

/** A copy under way: the SHA-256 of what it wrote once done; `stop` ends it early (the target is then partial). */
export interface LineCopy {
  readonly digest: Promise<string>;
  stop(): Promise<void>;
}

/**
 * The worker's code, plain JavaScript run as it is (`eval`), so that it runs the same from the TypeScript sources
 * (tsx) and from the build. It opens the target without creating it: a target removed meanwhile (a signal
 * handler's cleanup) fails the copy instead of being made again. It waits for the copy to reach the disk: ext4
 * writes out a file renamed over another (as the commit puts the corpus file in place) during the rename, which took
 * the run's own thread 0.15–0.2 s for a 350 MB corpus file written but not yet on the disk.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { closeSync, fdatasyncSync, openSync, readSync, writeSync } = require('node:fs');
const { createHash } = require('node:crypto');
const { target, files, offsets, lengths, given } = workerData;
const hash = createHash('sha256');
const NEWLINE = Buffer.from('\\n');
const to = openSync(target, 'r+');
let from = null;
let fromFile = null;
let buffer = Buffer.allocUnsafeSlow(1 << 20);
let at = 0;
const write = (bytes) => {
  hash.update(bytes);
  for (let done = 0; done < bytes.length; ) done += writeSync(to, bytes, done, bytes.length - done, at + done);
  at += bytes.length;
};
try {
  for (let i = 0; i < offsets.length; i++) {
    const line = given.get(i);
    if (line !== undefined) {
      write(Buffer.from(line.buffer, line.byteOffset, line.byteLength));
      write(NEWLINE);
      continue;
    }
    if (files[i] !== fromFile) {
      if (from !== null) closeSync(from);
      from = openSync(files[i], 'r');
      fromFile = files[i];
    }
    const length = lengths[i];
    if (buffer.length < length) buffer = Buffer.allocUnsafeSlow(Math.max(length, buffer.length * 2));
    for (let read = 0; read < length; ) {
      const n = readSync(from, buffer, read, length - read, offsets[i] + read);
      if (n === 0) throw new Error(files[i] + ' is shorter than what was written to it');
      read += n;
    }
    write(buffer.subarray(0, length));
    write(NEWLINE);
  }
  fdatasyncSync(to);
} finally {
  if (from !== null) closeSync(from);
  closeSync(to);
}
parentPort.postMessage(hash.digest('hex'));
`;

/**
 * Write the lines `spans` name to `target` (an existing, empty file) in a worker thread, hashing them as they go: a
 * large corpus file (hundreds of MB) is copied on another core while this one goes on with the run. A failure (a
 * full disk) is a `write-failed` naming `target`.
 */
export function copyLines(target: string, spans: LineSpans): LineCopy {
  const worker = new Worker(WORKER, { eval: true, workerData: { target, ...spans } });
  let finished = false;
  const digest = new Promise<string>((resolve, reject) => {
    const failed = (error: unknown) => reject(new CpcError('write-failed', `cannot write ${target} (${systemReason(error)})`, { file: target, cause: error }));
    worker.once('message', (sha256: string) => resolve(sha256));
    worker.once('error', failed);
    worker.once('exit', (code) => {
      finished = true;
      if (code !== 0) failed(new Error(`the copy stopped (exit code ${code})`));
    });
  });
  digest.catch(() => undefined); // awaited by the caller, where a failure surfaces
  return {
    digest,
    stop: async () => {
      if (!finished) await worker.terminate();
    },
  };
}
