import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

/** The size limits are the user's to set: each flag reaches the reader, and a bad value is a usage error. */
describe('size limits on the command line', () => {
  const file = 'test/fixtures/hostile/payloads.txt'; // 1.5 KB, 1,450 characters

  it.each([
    ['--max-file-mb', '0.001', /is over the 1\.0 KB limit/],
    ['--max-text-mb', '0.001', /characters of text is over the 1000 limit/],
  ])('%s %s fails the file with too-large', async (flag, value, reason) => {
    const result = await cli(['ingest', file, flag, value, '--format', 'json', '--no-cache']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^error \\[too-large\\] ${file}: `, 'm'));
    expect(result.stderr).toMatch(reason);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('reads the same file under the defaults', async () => {
    const result = await cli(['ingest', file, '--format', 'json', '--no-cache']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(1);
  });

  it.each(['0', '-1', 'ten'])('rejects --max-file-mb %s as a usage error', async (value) => {
    const result = await cli(['ingest', file, '--max-file-mb', value]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('expected a positive number');
  });
});
