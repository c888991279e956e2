import { fork, type ChildProcess } from 'node:child_process';
import { siblingModule } from './moduleThread.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Register } from '../corpus/register.js';
import type { ParsedFile } from './readOne.js';
import { CpcError } from '../errors.js';
import { DEFAULT_MAX_MEMORY_BYTES, DEFAULT_TIMEOUT_MS, MB, type ReadLimits } from '../limits.js';
import type { ChildMessage, ChildReady, IngestReply, IngestTask } from './ingestChild.js';

/** Child processes that read and normalise files, one file at a time each, many files in turn. */
export interface IngestPool {
  /** The most readers it may have at work at once. */
  readonly threads: number;
  /**
   * Let up to `processes` readers (at most `threads`) work at once, from the number it was created with: a caller
   * that learns of files to read a few at a time starts readers as there is work for them.
   */
  readonly allow: (processes: number) => void;
  /**
   * The file's corpus record (and a follow-up's passages). A failure comes back as the `CpcError` the reader threw (same code, same file), or as
   * `too-large` (past the memory limit), `timeout` (past the time limit) or `reader-crashed` (the reader died).
   */
  readonly run: (task: IngestTask) => Promise<ParsedFile>;
  /** Stop the children (always call it: live children keep the process running). */
  readonly close: () => Promise<void>;
}

/** Readers used when the caller does not say: every core. */
export function defaultThreads(): number {
  return availableParallelism();
}

/** How often a busy reader's resident memory and processor time are looked at, in milliseconds. */
const WATCH_MS = 25;
/** The wall-clock backstop of the time limit, as a multiple of it, where processor time is measured. */
const WALL_FACTOR = 4;
/**
 * A reader whose resident memory is past this share of the memory limit after a file is retired, not given
 * another: what one file left behind (a large heap V8 has not returned) is never charged to the next.
 */
const RETIRE_SHARE = 0.5;
/** How long a closed pool's idle readers wait for the next ingestion in this process before they end, in ms. */
const SPARE_MS = 10_000;

interface Reader {
  readonly child: ChildProcess;
  /** Settles once the child has loaded its readers (false: it ended first). */
  readonly ready: Promise<boolean>;
  /** What the child was started with: a spare serves only a pool with the same register and memory limit. */
  readonly register: Register;
  readonly maxMemory: number;
  /** The end of what the child wrote on stderr (V8's out-of-memory report, a native crash's message). */
  stderr: string;
  exited: boolean;
}

/** Every reader started and not yet ended, for `stopReaders`. */
const live = new Set<ChildProcess>();

/**
 * Idle readers of closed pools, kept (without holding this process open) for the next pool: a process that
 * ingests several times (a notebook, the benchmark's stages, `cpc run`'s follow-ups) starts its readers once.
 * Each ends after `SPARE_MS` unused, when this process ends, or on `stopReaders`.
 */
const spares = new Map<Reader, NodeJS.Timeout>();

/** Keep `reader` as a spare: unreferenced, so that it never keeps this process running, and ended if unused. */
function keepSpare(reader: Reader): void {
  holdsProcess(reader.child, false);
  const timer = setTimeout(() => {
    spares.delete(reader);
    reader.child.kill('SIGKILL');
  }, SPARE_MS);
  timer.unref();
  spares.set(reader, timer);
}

/** A spare reader started with `register` and `maxMemory`, taken back into use; null when there is none. */
function takeSpare(register: Register, maxMemory: number): Reader | null {
  for (const [reader, timer] of spares) {
    if (reader.exited || reader.register !== register || reader.maxMemory !== maxMemory) continue;
    clearTimeout(timer);
    spares.delete(reader);
    holdsProcess(reader.child, true);
    return reader;
  }
  return null;
}

/** Whether the child (its process, IPC channel and stderr pipe) keeps this process's event loop running. */
function holdsProcess(child: ChildProcess, hold: boolean): void {
  const handles = [child, child.channel, child.stderr as unknown as { ref?: () => void; unref?: () => void } | null];
  for (const handle of handles) {
    if (hold) handle?.ref?.();
    else handle?.unref?.();
  }
}

/** End the idle readers kept for a next ingestion, when there will be none for a while (they hold memory). */
export function releaseSpareReaders(): void {
  for (const [reader, timer] of spares) {
    clearTimeout(timer);
    reader.child.kill('SIGKILL');
  }
  spares.clear();
}

/** Kill every reader this process started (for a signal handler: a reader busy in native code would read on). */
export function stopReaders(): void {
  for (const child of live) child.kill('SIGKILL');
}

/**
 * Start up to `processes` child processes (`allowed` of them at first, see `allow`) running `ingestChild` (under tsx from the sources, as they are from the
 * build), each given the register once, or take back spares a closed pool left (see `spares`). Each reads one file
 * at a time and many files in turn, so a file that exhausts its reader's memory, runs past the time limit or
 * crashes it fails alone: the reader is killed, the file fails with a code, and the next file gets a fresh reader.
 * A reader left holding more than half the memory limit after a file is replaced too. The limits (`maxMemoryBytes`, `timeoutMs`) hold whatever the file does: resident
 * memory, native code's included, is watched from outside (Linux's /proc; elsewhere V8's heap limit alone bounds
 * it), and the time is the reader's processor time on this file (Linux; elsewhere the time since it was handed
 * over), with a wall-clock backstop at four times the limit.
 */
export async function createIngestPool(register: Register, processes = defaultThreads(), limits: ReadLimits = {}, allowed = processes): Promise<IngestPool> {
  const maxMemory = limits.maxMemoryBytes ?? DEFAULT_MAX_MEMORY_BYTES;
  const timeoutMs = limits.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const idle: Reader[] = [];
  const started: Reader[] = [];
  const waiting: (() => void)[] = [];
  let working = Math.max(1, Math.min(allowed, processes));
  let free = working;
  let closed = false;
  const take = async () => {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = () => {
    const next = waiting.shift();
    if (next === undefined) free++;
    else next();
  };
  const reader = (): Reader => {
    for (let r = idle.pop(); r !== undefined; r = idle.pop()) if (!r.exited) return r;
    const fresh = takeSpare(register, maxMemory) ?? startReader(register, maxMemory);
    started.push(fresh);
    return fresh;
  };
  return {
    threads: processes,
    allow: (more) => {
      for (; working < Math.min(more, processes); working++) release();
    },
    run: async (task) => {
      await take();
      try {
        // a task still queued when its pool closed must not take a reader the pool has handed on as a spare
        if (closed) throw new CpcError('reader-crashed', `${task.file}: the reading stopped before this file was read`, { file: task.file });
        const current = reader();
        const outcome = await readIn(current, task, maxMemory, timeoutMs);
        if ('stopped' in outcome) throw outcome.stopped;
        const rss = residentBytes(current.child.pid);
        if (rss !== null && rss > maxMemory * RETIRE_SHARE) current.child.kill('SIGKILL');
        else idle.push(current);
        if (outcome.reply.ok) return { document: outcome.reply.document, passages: outcome.reply.passages };
        throw new CpcError(outcome.reply.code ?? 'unreadable', outcome.reply.message, { file: outcome.reply.file ?? task.file });
      } finally {
        release();
      }
    },
    // Idle readers are kept as spares; a reader still busy (its file abandoned by the caller) is ended.
    close: async () => {
      closed = true;
      const spare = new Set(idle.splice(0));
      await Promise.all(started.map((r) => {
        if (r.exited) return undefined;
        if (spare.has(r)) return keepSpare(r);
        return new Promise((resolve) => {
          r.child.once('exit', resolve);
          r.child.kill('SIGKILL');
        });
      }));
    },
  };
}

function startReader(register: Register, maxMemory: number): Reader {
  const self = import.meta.url;
  const { url, fromSource } = siblingModule(self, 'ingestChild');
  const child = fork(fileURLToPath(url), [], {
    execArgv: [
      ...(fromSource ? ['--import', pathToFileURL(createRequire(self).resolve('tsx')).href] : []),
      `--max-old-space-size=${Math.max(64, Math.floor(maxMemory / MB))}`,
      // V8 without its helper threads (the collector's, the compilers'): by default there is a reader for every
      // core, and the helpers only took time from the other readers (400 long PDFs, two readers on two cores: the
      // collector's alone 7% faster in six of six alternating runs; the compilers' too, 0.4-6% more in six of six)
      '--single-threaded',
    ],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'advanced',
  });
  const ready = new Promise<boolean>((resolve) => {
    child.on('message', (message: ChildReady | IngestReply) => {
      if ('ready' in message) resolve(true);
    });
    child.once('exit', () => resolve(false));
  });
  const reader: Reader = { child, ready, register, maxMemory, stderr: '', exited: false };
  live.add(child);
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    reader.stderr = (reader.stderr + chunk).slice(-4096);
  });
  child.once('exit', () => {
    reader.exited = true;
    live.delete(child);
    const timer = spares.get(reader);
    if (timer !== undefined) clearTimeout(timer);
    spares.delete(reader);
  });
  child.on('error', () => undefined); // a failed send or kill: the exit, or the task's own timer, settles the file
  child.send({ register } satisfies ChildMessage);
  return reader;
}

type Outcome = { readonly reply: IngestReply } | { readonly stopped: CpcError };

/**
 * Hand one file to `reader` once it is ready (its start-up is not the file's time) and wait for its reply, its
 * death, the time limit or the memory limit.
 */
async function readIn(reader: Reader, task: IngestTask, maxMemory: number, timeoutMs: number): Promise<Outcome> {
  const { child } = reader;
  const file = task.file;
  if (!(await reader.ready)) return { stopped: crashError(file, reader.stderr, child.exitCode, child.signalCode, maxMemory) };
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(outcome);
    };
    const stop = (error: CpcError) => {
      child.kill('SIGKILL');
      settle({ stopped: error });
    };
    const onMessage = (reply: IngestReply | ChildReady) => {
      if ('ok' in reply) settle({ reply });
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => settle({ stopped: crashError(file, reader.stderr, code, signal, maxMemory) });
    child.on('message', onMessage);
    child.once('exit', onExit);
    // The time limit counts the reader's processor time where /proc tells it, so a busy machine cannot make a good
    // file fail; the clock is only a backstop (a reader stalled, not computing), at WALL_FACTOR times the limit.
    const cpuAtStart = processorMs(child.pid);
    const wallMs = cpuAtStart === null ? timeoutMs : timeoutMs * WALL_FACTOR;
    const tooLong = () => new CpcError('timeout', `${file}: reading took longer than the ${seconds(timeoutMs)} limit; stopped`, { file });
    const timer = setTimeout(() => stop(tooLong()), wallMs);
    const watch = setInterval(() => {
      const rss = residentBytes(child.pid);
      if (rss !== null && rss > maxMemory) stop(outOfMemory(file, maxMemory));
      const cpu = cpuAtStart === null ? null : processorMs(child.pid);
      if (cpu !== null && cpuAtStart !== null && cpu - cpuAtStart > timeoutMs) stop(tooLong());
    }, WATCH_MS);
    if (reader.exited) onExit(child.exitCode, child.signalCode);
    else child.send({ task } satisfies ChildMessage, (error) => (error === null ? undefined : onExit(child.exitCode, child.signalCode)));
  });
}

/** Why a reader died while reading `file`: V8 out of memory, or a crash (a signal, an exit code). */
function crashError(file: string, stderr: string, code: number | null, signal: NodeJS.Signals | null, maxMemory: number): CpcError {
  if (/heap out of memory|Reached heap limit|allocation failed/i.test(stderr)) return outOfMemory(file, maxMemory);
  const how = signal !== null ? `signal ${signal}` : `exit code ${code ?? '?'}`;
  return new CpcError('reader-crashed', `${file}: the reader crashed on this file (${how}); the other files are not affected`, { file });
}

function outOfMemory(file: string, maxMemory: number): CpcError {
  return new CpcError('too-large', `${file}: reading it needs more than the ${Math.round(maxMemory / MB)} MB memory limit; stopped`, { file });
}

/** A process's resident memory in bytes, from Linux's /proc; null elsewhere or once it has gone. */
export function residentBytes(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? null : Number(kb) * 1024;
  } catch {
    return null;
  }
}

/** A process's processor time (user and system) in milliseconds, from Linux's /proc; null elsewhere or once gone. */
export function processorMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the fields after the command name, which is in parentheses and may hold spaces: utime and stime are 12th and 13th
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * (1000 / CLOCK_TICKS) : null;
  } catch {
    return null;
  }
}

/** Linux's clock ticks per second (USER_HZ), 100 on every common architecture. */
const CLOCK_TICKS = 100;

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
