import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { median, runMeasured, type ProcessRun } from './measure.js';

/** `cpc run` on the corpus twice (the second with nothing changed), and `cpc --help` start-up, for one CLI. */
export interface CliFigures {
  /** `dist` for the built CLI, `tsx` when bin/cpc.js compiles the sources on the fly (a clone without a build). */
  readonly mode: 'dist' | 'tsx';
  readonly bin: string;
  /** The fastest of the cold runs (each into a fresh output folder). */
  readonly run: ProcessRun;
  /** Every cold run's wall time, in order. */
  readonly coldRunsMs: readonly number[];
  /** The median rerun (nothing changed since the last cold run). */
  readonly rerun: ProcessRun;
  readonly rerunsMs: readonly number[];
  readonly help: { readonly runs: number; readonly medianMs: number; readonly samplesMs: readonly number[] };
}

export const CPC_BIN = 'bin/cpc.js';

/** How a bin/cpc.js will run: the built CLI when dist/ beside it has one. */
export function cliMode(bin: string): 'dist' | 'tsx' {
  return existsSync(bin.replace(/bin\/cpc\.js$/, 'dist/cli/main.js')) ? 'dist' : 'tsx';
}

/**
 * `node <bin> run <corpus> --out <out-i>` `coldRuns` times, each into a fresh folder with a fresh `XDG_CACHE_HOME`
 * (cpc keeps its cache in `<out>/.cache`), the fastest counting (the machine may be shared); then the last run's
 * command again with nothing changed, `reruns` times, the median counting. A run that exits non-zero throws.
 */
export async function timeCliRuns(bin: string, corpusDir: string, outDir: string, cwd: string, options: { coldRuns?: number; reruns?: number; helpRuns?: number } = {}): Promise<CliFigures> {
  const cold: ProcessRun[] = [];
  let rerunCommand: { args: string[]; env: NodeJS.ProcessEnv } | null = null;
  for (let i = 0; i < Math.max(1, options.coldRuns ?? 2); i++) {
    const args = [bin, 'run', corpusDir, '--out', join(outDir, `run-${i}`)];
    const env = { ...process.env, XDG_CACHE_HOME: join(outDir, `xdg-cache-${i}`) };
    cold.push(checked('run', await runMeasured(process.execPath, args, { cwd, env, gnuTime: true })));
    rerunCommand = { args, env };
  }
  const reruns: ProcessRun[] = [];
  for (let i = 0; i < Math.max(1, options.reruns ?? 3); i++) {
    reruns.push(checked('rerun', await runMeasured(process.execPath, rerunCommand!.args, { cwd, env: rerunCommand!.env, gnuTime: true })));
  }
  const run = cold.reduce((best, r) => (r.wallMs < best.wallMs ? r : best));
  const rerun = [...reruns].sort((a, b) => a.wallMs - b.wallMs)[Math.floor(reruns.length / 2)]!;
  const help = await timeHelp(bin, cwd, options.helpRuns ?? 7);
  return { mode: cliMode(bin), bin, run, coldRunsMs: cold.map((r) => r.wallMs), rerun, rerunsMs: reruns.map((r) => r.wallMs), help };
}

/** `result` when cpc `name` exited 0; else an error with the last lines it printed. */
export function checked(name: string, result: ProcessRun): ProcessRun {
  const output = result.stderrTail.split('\tCommand being timed')[0]!.trim();
  if (result.exitCode !== 0) throw new Error(`cpc ${name} exited ${result.exitCode}: ${output.split('\n').slice(-3).join(' | ')}`);
  return result;
}

/** `cpc --help` wall time: one warm-up, then the median of `runs`. */
export async function timeHelp(bin: string, cwd: string, runs: number): Promise<CliFigures['help']> {
  await runMeasured(process.execPath, [bin, '--help'], { cwd });
  const samplesMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await runMeasured(process.execPath, [bin, '--help'], { cwd });
    if (result.exitCode !== 0) throw new Error(`cpc --help exited ${result.exitCode}: ${result.stderrTail.trim()}`);
    samplesMs.push(result.wallMs);
  }
  return { runs, medianMs: median(samplesMs), samplesMs };
}
