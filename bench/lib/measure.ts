import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

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
  /** Peak resident memory in MiB: the largest of the root's VmHWM and the sampled sum of the tree's VmRSS. */
  readonly peakRssMiB: number | null;
  readonly stdoutTail: string;
  readonly stderrTail: string;
}

/** Run a command, sampling /proc every `sampleMs` for the process tree's memory (Linux; null elsewhere). */
export function runMeasured(command: string, args: readonly string[], options: { cwd: string; sampleMs?: number; env?: NodeJS.ProcessEnv }): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, [...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
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
      const peakRssMiB = peakKiB === null ? null : Math.round((peakKiB / 1024) * 10) / 10;
      resolve({ command: [command, ...args].join(' '), wallMs, exitCode: code, peakRssMiB, stdoutTail: stdout, stderrTail: stderr });
    });
  });
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
