import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { sampleRun } from '../helpers/shared.js';

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

describe('an output folder another cpc process is writing', () => {
  it.each([
    ['brief', (corpus: string, out: string) => ['brief', '--corpus', corpus, '--out', out]],
    ['chart', (corpus: string, out: string) => ['chart', 'all', '--corpus', corpus, '--out', out]],
  ])('%s stops at another process\'s lock: locked, exit 2, nothing written', async (_, args) => {
    const root = mkdtempSync(join(tmpdir(), 'cpc-locked-'));
    const corpus = join(root, 'corpus.jsonl');
    const sample = await sampleRun(); // the sample corpus, ingested once for the session
    expect(sample.code).toBe(0);
    copyFileSync(join(sample.out, 'corpus.jsonl'), corpus);
    const out = join(root, 'out');
    mkdirSync(out);
    writeFileSync(join(out, '.cpc.lock'), String(process.ppid)); // a live process that is not this one
    const result = await cli(args(corpus, out));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/another cpc run \(process \d+\) is writing to this folder; wait for it or use --out \[locked\]/);
    expect(readdirSync(out)).toEqual(['.cpc.lock']);
  }, 60_000);
});
