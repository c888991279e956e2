import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { REPO } from '../helpers/hostile.js';
import { sampleRun } from '../helpers/shared.js';

/**
 * `cpc run` killed while it writes, and two runs at once on one folder: the output folder always holds one whole
 * run's files, never a mix, never a partial or temporary file. The runs under test are processes of their own; the
 * earlier outputs and the reference are the session's shared sample run and a run in this process.
 */
const root = mkdtempSync(join(tmpdir(), 'cpc-interrupt-'));
const CPC = join(REPO, 'bin/cpc.js');
const SAMPLE = join(REPO, 'data/sample');
const SECOND_INPUTS = [SAMPLE, join(REPO, 'test/fixtures/hostile/utf-16.txt')];
let previous: Map<string, string>;

beforeAll(async () => {
  const sample = await sampleRun();
  expect(sample.code, sample.stderr).toBe(0);
  cpSync(sample.out, join(root, 'previous'), { recursive: true });
  previous = snapshot(join(root, 'previous'));
}, 120_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe.each(['SIGTERM', 'SIGINT'] as const)('cpc run interrupted by %s while writing', (signal) => {
  it('leaves the previous outputs exactly as they were, and no temporary file', async () => {
    let interrupted = 0;
    // The signal may land after the last rename (the run then finishes, or says it was stopped after writing);
    // try until one lands while writing.
    for (let attempt = 0; attempt < 5 && interrupted === 0; attempt++) {
      const out = join(root, `${signal}-${attempt}`);
      cpSync(join(root, 'previous'), out, { recursive: true });
      const { code, stderr } = await runKilledWhileWriting(out, signal);
      const after = snapshot(out);
      expect(temporaryFiles(out)).toEqual([]);
      if (code === 0 || stderr.includes(`cpc: interrupted (${signal}); after its outputs were written`)) {
        expect(after.get('corpus.jsonl')).not.toBe(previous.get('corpus.jsonl'));
        continue;
      }
      expect(code, stderr).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(stderr).toContain(`cpc: interrupted (${signal}); earlier outputs left as they were`);
      expect(after).toEqual(previous);
      interrupted++;
    }
    expect(interrupted).toBe(1);
  }, 300_000);
});

describe('two cpc runs started at once on one output folder', () => {
  it('end with one whole run\'s outputs: the other waits its turn or stops at the lock', async () => {
    const out = join(root, 'shared');
    const runs = await Promise.all([start(out), start(out)]);
    for (const run of runs) {
      if (run.code !== 0) expect(run.stderr).toMatch(/another cpc run \(process \d+\) is writing to this folder; wait for it or use --out \[locked\]/);
    }
    expect(runs.some((run) => run.code === 0)).toBe(true);
    expect(temporaryFiles(out)).toEqual([]);
    expect(readdirSync(out)).not.toContain('.cpc.lock');
    const reference = join(root, 'reference');
    // the reference reads the sample from a copy of the earlier run's cache (outputs are the same with or without)
    cpSync(join(root, 'previous', '.cache'), join(root, 'reference-cache'), { recursive: true });
    const referenceRun = await cli(['run', ...SECOND_INPUTS, '--out', reference, '--cache-dir', join(root, 'reference-cache')], root);
    expect(referenceRun.code, referenceRun.stderr).toBe(0);
    expect(withoutPaths(snapshot(out), out)).toEqual(withoutPaths(snapshot(reference), reference));
  }, 300_000);
});

function start(out: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CPC, 'run', ...SECOND_INPUTS, '--out', out], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** Start a run and send `signal` as soon as a temporary output file appears (the run is writing). */
async function runKilledWhileWriting(out: string, signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [CPC, 'run', ...SECOND_INPUTS, '--out', out], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  let running = true;
  void exited.then(() => (running = false));
  while (running) {
    if (temporaryFiles(out).length > 0) {
      child.kill(signal);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return { code: await exited, stderr };
}

/** The output files, not the cache in hidden folders below `dir` (a cache is written as the run reads). */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter((file) => !file.split('/').slice(0, -1).some((folder) => folder.startsWith('.')))
    .sort();
}

function temporaryFiles(dir: string): string[] {
  try {
    return files(dir).filter((file) => file.endsWith('.tmp'));
  } catch {
    return [];
  }
}

/** File -> SHA-256 of its bytes. */
function snapshot(dir: string): Map<string, string> {
  return new Map(files(dir).map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));
}

/** The briefing names its own folder; compare the rest byte for byte. */
function withoutPaths(shot: Map<string, string>, dir: string): Map<string, string> {
  return new Map([...shot].map(([file, hash]) => [file, file.startsWith('briefing') ? readFileSync(join(dir, file), 'utf8').split(dir).join('<out>') : hash]));
}
