import { existsSync } from 'node:fs';
import { median, runMeasured, type ProcessRun } from './measure.js';

/** `cpc run` on the corpus twice (the second with nothing changed), and `cpc --help` start-up, for one CLI. */
export interface CliFigures {
  /** `dist` for the built CLI, `tsx` when bin/cpc.js compiles the sources on the fly (a clone without a build). */
  readonly mode: 'dist' | 'tsx';
  readonly bin: string;
  readonly run: ProcessRun;
  readonly rerun: ProcessRun;
  readonly help: { readonly runs: number; readonly medianMs: number; readonly samplesMs: readonly number[] };
}

export const CPC_BIN = 'bin/cpc.js';

/** How a bin/cpc.js will run: the built CLI when dist/ beside it has one. */
export function cliMode(bin: string): 'dist' | 'tsx' {
  return existsSync(bin.replace(/bin\/cpc\.js$/, 'dist/cli/main.js')) ? 'dist' : 'tsx';
}

/**
 * `node <bin> run <corpus> --out <out>`, measured; then the same again. Both see `XDG_CACHE_HOME` = `cacheHome`
 * (a fresh folder), so a user-level cache starts cold for the first run and is kept for the rerun; cpc's own cache
 * lives in `<out>/.cache`. A run that exits non-zero throws.
 */
export async function timeCliRuns(bin: string, corpusDir: string, outDir: string, cacheHome: string, cwd: string, helpRuns = 7): Promise<CliFigures> {
  const args = [bin, 'run', corpusDir, '--out', outDir];
  const env = { ...process.env, XDG_CACHE_HOME: cacheHome };
  const run = await runMeasured(process.execPath, args, { cwd, env, gnuTime: true });
  const rerun = await runMeasured(process.execPath, args, { cwd, env, gnuTime: true });
  for (const [name, result] of [['run', run], ['rerun', rerun]] as const) {
    const output = result.stderrTail.split('\tCommand being timed')[0]!.trim();
    if (result.exitCode !== 0) throw new Error(`cpc ${name} exited ${result.exitCode}: ${output.split('\n').slice(-3).join(' | ')}`);
  }
  return { mode: cliMode(bin), bin, run, rerun, help: await timeHelp(bin, cwd, helpRuns) };
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
