import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { stepLine } from '../../src/cli/progress.js';

/** An Io that keeps what goes to stderr. */
function terminal(interactive: boolean): Io & { written: () => string } {
  let stderr = '';
  return { stdout: () => undefined, stderr: (text) => void (stderr += text), cwd: process.cwd(), interactive, written: () => stderr };
}

describe('stepLine', () => {
  const labels = { read: 'reading', write: 'writing the tables' } as const;

  it('shows each step in place of the last on an interactive terminal, and clears the line when done', () => {
    const io = terminal(true);
    const line = stepLine(io, labels);
    line.step?.('read');
    line.step?.('write');
    line.done();
    line.done();
    expect(io.written()).toBe('\r\x1b[Kreading…\r\x1b[Kwriting the tables…\r\x1b[K');
  });

  it('asks for no steps and writes nothing elsewhere (a pipe, CI, a log file)', () => {
    const io = terminal(false);
    const line = stepLine(io, labels);
    expect(line.step).toBeUndefined();
    line.done();
    expect(io.written()).toBe('');
  });

  it('leaves a terminal that saw no step as it was', () => {
    const io = terminal(true);
    stepLine(io, labels).done();
    expect(io.written()).toBe('');
  });
});
