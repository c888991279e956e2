import { existsSync } from 'node:fs';
import { median, runMeasured, type ProcessRun } from './measure.js';

/** `cpc run` on the corpus twice (the second with nothing changed), and `cpc --help` start-up. */
export interface CliFigures {
  /** `dist` when bin/cpc.js runs the built CLI, `tsx` when it compiles the sources on the fly. */
  readonly mode: 'dist' | 'tsx';
  readonly run: ProcessRun;
  readonly rerun: ProcessRun;
  readonly help: { readonly runs: number; readonly medianMs: number; readonly samplesMs: readonly number[] };
}

export const CPC_BIN = 'bin/cpc.js';

/** How bin/cpc.js will run: the built CLI when dist/ has it. */
export function cliMode(cwd: string): 'dist' | 'tsx' {
  return existsSync(`${cwd}/dist/cli/main.js`) ? 'dist' : 'tsx';
}

/**
 * `node bin/cpc.js run <corpus> --out <out>`, measured; then the same again. Both see `XDG_CACHE_HOME` =
 * `cacheHome` (a fresh folder), so a user-level cache starts cold for the first run and is kept for the rerun.
 */
export async function timeCliRuns(corpusDir: string, outDir: string, cacheHome: string, cwd: string, helpRuns = 7): Promise<CliFigures> {
  const args = [CPC_BIN, 'run', corpusDir, '--out', outDir];
  const env = { ...process.env, XDG_CACHE_HOME: cacheHome };
  const run = await runMeasured(process.execPath, args, { cwd, env });
  const rerun = await runMeasured(process.execPath, args, { cwd, env });
  return { mode: cliMode(cwd), run, rerun, help: await timeHelp(cwd, helpRuns) };
}

/** `cpc --help` wall time: one warm-up, then the median of `runs`. */
export async function timeHelp(cwd: string, runs: number): Promise<CliFigures['help']> {
  await runMeasured(process.execPath, [CPC_BIN, '--help'], { cwd });
  const samplesMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await runMeasured(process.execPath, [CPC_BIN, '--help'], { cwd });
    if (result.exitCode !== 0) throw new Error(`cpc --help exited ${result.exitCode}: ${result.stderrTail.trim()}`);
    samplesMs.push(result.wallMs);
  }
  return { runs, medianMs: median(samplesMs), samplesMs };
}
