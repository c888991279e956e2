import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

/** An output folder that cannot be written stops a command at once, with one line naming it, exit code 2. */
describe('an output folder that cannot be written', () => {
  const root = mkdtempSync(join(tmpdir(), 'cpc-out-'));
  const file = join(root, 'results.csv');
  writeFileSync(file, 'not a folder\n');

  it.each([
    ['run', ['run', 'data/sample', '--out', file], file],
    ['run, below a file', ['run', 'data/sample', '--out', join(file, 'sub')], join(file, 'sub')],
    ['ingest', ['ingest', 'data/sample', '--out', join(file, 'corpus.jsonl')], join(file, 'corpus.jsonl')],
  ])('%s: write-failed, one line naming it, exit 2', async (_, args, target) => {
    const result = await cli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(target);
    expect(result.stderr).toMatch(/\[write-failed\]\n$/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(root)).toEqual(['results.csv']);
  });
});
