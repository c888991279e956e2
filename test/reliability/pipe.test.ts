import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/hostile.js';

/** `cpc ... | head`: when the reader goes away, cpc stops quietly instead of crashing on EPIPE. */
describe('output piped to a reader that stops reading', () => {
  it.each(['--help', 'themes --help', 'ingest data/sample --format json --no-cache'])('cpc %s exits 0 without an error', async (command) => {
    const args = command.split(' ');
    const child = spawn(process.execPath, [join(REPO, 'bin/cpc.js'), ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader is gone before cpc writes a byte
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled|\n\s+at /);
    expect(code).toBe(0);
  }, 60_000);
});
