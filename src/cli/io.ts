/** Where a command reads and writes: injected so the CLI runs in-process in tests. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  /** True when stderr is an interactive terminal (progress bars only then). */
  readonly interactive: boolean;
}

/** The process's own streams. */
export function processIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    interactive: Boolean(process.stderr.isTTY) && process.env.CI === undefined,
  };
}

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;
