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
