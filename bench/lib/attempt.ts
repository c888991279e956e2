/** A stage that failed: its name and the first lines of its error. */
export interface StageFailure {
  readonly stage: string;
  readonly error: string;
}

/**
 * A runner of benchmark stages: a stage that throws is recorded in `failures` (which fails the benchmark), logged,
 * and gives null, so the stages that do not need it go on.
 */
export function stageRunner(failures: StageFailure[], log: (line: string) => void = (line) => console.error(line)) {
  return async function attempt<T>(stage: string, fn: () => Promise<T>): Promise<T | null> {
    try {
      return await fn();
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      failures.push({ stage, error: message.split('\n').slice(0, 3).join(' | ') });
      log(`FAILED ${stage}: ${message}`);
      return null;
    }
  };
}
