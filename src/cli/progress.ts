import progress from 'cli-progress';
import type { Io } from './io.js';

/** A progress callback: a bar on an interactive terminal, nothing otherwise (CI, pipes, tests). */
export function progressBar(io: Io, label: string): ((done: number, total: number) => void) | undefined {
  if (!io.interactive) return undefined;
  const bar = new progress.SingleBar(
    { format: `${label} [{bar}] {value}/{total}`, stream: process.stderr, clearOnComplete: true },
    progress.Presets.shades_classic,
  );
  let started = false;
  return (done, total) => {
    if (!started) {
      bar.start(total, 0);
      started = true;
    }
    bar.update(done);
    if (done === total) bar.stop();
  };
}

/** A status line for a command's steps: each step's label in place of the last, cleared by `done`. */
export interface StepLine<S extends string> {
  /** Undefined where there is no line to show (not an interactive terminal): callers then ask for no steps. */
  readonly step: ((step: S) => void) | undefined;
  readonly done: () => void;
}

/** The steps of a long command on one line of an interactive terminal; nothing otherwise (CI, pipes, tests). */
export function stepLine<S extends string>(io: Io, labels: Readonly<Record<S, string>>): StepLine<S> {
  if (!io.interactive) return { step: undefined, done: () => undefined };
  let shown = false;
  return {
    step: (step) => {
      io.stderr(`\r\x1b[K${labels[step]}…`);
      shown = true;
    },
    done: () => {
      if (shown) io.stderr('\r\x1b[K');
      shown = false;
    },
  };
}
