import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const COMMANDS = ['run', 'ingest', 'recommendations', 'classify', 'train', 'themes', 'issues', 'chart', 'brief', 'evaluate'];

describe('the cpc program', () => {
  it('lists every command in --help', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    for (const command of COMMANDS) expect(stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  });

  it.each(COMMANDS)('%s --help shows options and examples', async (command) => {
    const { code, stdout } = await cli([command, '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: cpc');
    expect(stdout).toMatch(/Examples?:/);
  });

  it('an unknown command is a one-line error with exit code 2', async () => {
    const { code, stderr } = await cli(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain("unknown command 'frobnicate'");
  });

  it('a missing corpus file is a one-line error with exit code 2', async () => {
    const { code, stderr } = await cli(['themes', '--corpus', 'no/such/corpus.jsonl']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('no/such/corpus.jsonl');
  });

  it('a missing input path is a one-line error with exit code 2', async () => {
    const { code, stderr } = await cli(['ingest', 'no/such/folder', '--format', 'json']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('no/such/folder');
  });
});
