import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** What a command did, and the most resident memory its whole process tree held at once. */
export interface MeasuredRun {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak of the summed resident memory of the process and all its descendants, sampled from /proc (bytes). */
  readonly peakTreeRss: number;
}

/** Parent pid and resident bytes of every process, from /proc (Linux). */
function processTable(): Map<number, { ppid: number; rss: number }> {
  const table = new Map<number, { ppid: number; rss: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rss = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
      table.set(Number(name), { ppid, rss });
    } catch {
      // ended while we looked
    }
  }
  return table;
}

/** Summed resident memory of `pid` and its descendants now. */
export function treeRss(pid: number): number {
  const table = processTable();
  let total = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.pop()!;
    total += table.get(current)?.rss ?? 0;
    for (const [child, info] of table) if (info.ppid === current) queue.push(child);
  }
  return total;
}

/** Run a command to its end, sampling its process tree's memory every 50 ms (a bound checked, never a time). */
export function runMeasured(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peak = 0;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const sampler = setInterval(() => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
    }, 50);
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('close', (status, signal) => {
      clearInterval(sampler);
      resolve({ status, signal, stdout, stderr, peakTreeRss: peak });
    });
  });
}
