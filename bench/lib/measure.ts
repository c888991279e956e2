import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

/** Milliseconds taken by `fn`, with its result. */
export async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A finished subprocess: wall time, exit code, the peak memory of its process tree, the end of its output. */
export interface ProcessRun {
  readonly command: string;
  readonly wallMs: number;
  readonly exitCode: number | null;
  /** Peak resident memory in MiB: the largest of GNU time's maximum RSS and the /proc samples. */
  readonly peakRssMiB: number | null;
  /** GNU time's "Maximum resident set size" (the kernel's figure for the largest process), when /usr/bin/time ran it. */
  readonly timeMaxRssMiB: number | null;
  /** The largest of the root's VmHWM and the sum of the tree's VmRSS, sampled from /proc. */
  readonly sampledPeakMiB: number | null;
  readonly stdoutTail: string;
  readonly stderrTail: string;
}

export const GNU_TIME = '/usr/bin/time';

/**
 * Run a command, sampling /proc every `sampleMs` for the process tree's memory (Linux; null elsewhere), under
 * GNU time (`/usr/bin/time -v`) too when `gnuTime` is set and it is installed.
 */
export function runMeasured(command: string, args: readonly string[], options: { cwd: string; sampleMs?: number; env?: NodeJS.ProcessEnv; gnuTime?: boolean }): Promise<ProcessRun> {
  const timed = options.gnuTime === true && existsSync(GNU_TIME);
  const [file, argv] = timed ? [GNU_TIME, ['-v', command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout = tail(stdout + chunk.toString())));
    child.stderr.on('data', (chunk: Buffer) => (stderr = tail(stderr + chunk.toString())));
    let peakKiB: number | null = null;
    const sample = () => {
      const kib = child.pid === undefined ? null : treeMemoryKiB(child.pid);
      if (kib !== null) peakKiB = Math.max(peakKiB ?? 0, kib);
    };
    const timer = setInterval(sample, options.sampleMs ?? 50);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      const sampledPeakMiB = peakKiB === null ? null : mib(peakKiB);
      const timeKiB = timed ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] : undefined;
      const timeMaxRssMiB = timeKiB === undefined ? null : mib(Number(timeKiB));
      const peaks = [sampledPeakMiB, timeMaxRssMiB].filter((x): x is number => x !== null);
      const peakRssMiB = peaks.length === 0 ? null : Math.max(...peaks);
      resolve({ command: [file, ...argv].join(' '), wallMs, exitCode: code, peakRssMiB, timeMaxRssMiB, sampledPeakMiB, stdoutTail: stdout, stderrTail: stderr });
    });
  });
}

function mib(kib: number): number {
  return Math.round((kib / 1024) * 10) / 10;
}

function tail(text: string, max = 4000): string {
  return text.length > max ? text.slice(-max) : text;
}

/** max(root VmHWM, sum of VmRSS over the root and its descendants), in KiB; null without /proc. */
export function treeMemoryKiB(root: number): number | null {
  const status = readStatus(root);
  if (status === null) return null;
  const pids = [root, ...descendants(root)];
  const rssSum = pids.reduce((sum, pid) => sum + (statusField(readStatus(pid), 'VmRSS') ?? 0), 0);
  return Math.max(statusField(status, 'VmHWM') ?? 0, rssSum);
}

function readStatus(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
}

function statusField(status: string | null, field: string): number | null {
  const match = status === null ? null : new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match === null ? null : Number(match[1]);
}

function descendants(root: number): number[] {
  let children: number[] = [];
  try {
    const tasks = readdirSync(`/proc/${root}/task`);
    children = tasks.flatMap((task) => {
      try {
        return readFileSync(`/proc/${root}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
  return children.flatMap((pid) => [pid, ...descendants(pid)]);
}
