import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { cli } from './cli.js';

/**
 * Fixtures built once per test session and shared by every test file, whichever worker runs it: the first worker
 * to ask builds one in the session's folder (`test/globalSetup.ts`, one folder for both vitest projects), the
 * others wait for it. A briefing links its sources by relative paths, so a folder compared with a shared one must sit as deep:
 * `tmpdir()/<name>/<folder>`. Shared outputs are only read; a test that runs a command over one copies it first.
 */

const POLL_MS = 100;
const WAIT_MS = 300_000;
const built = new Map<string, Promise<string>>();

/** The folder `name` under the session's folder, built by `build(dir)` once in the whole session. */
export function sharedFolder(name: string, build: (dir: string) => Promise<void>): Promise<string> {
  let folder = built.get(name);
  if (folder === undefined) {
    folder = buildOnce(name, build);
    built.set(name, folder);
  }
  return folder;
}

async function buildOnce(name: string, build: (dir: string) => Promise<void>): Promise<string> {
  const root = inject('sharedFixtures');
  const dir = join(root, name);
  const done = join(root, `${name}.done`);
  const failed = join(root, `${name}.failed`);
  try {
    mkdirSync(join(root, `${name}.lock`)); // atomic: one builder per session
  } catch {
    for (let waited = 0; waited < WAIT_MS; waited += POLL_MS) {
      if (existsSync(done)) return dir;
      if (existsSync(failed)) throw new Error(`shared fixture ${name} failed to build: ${readFileSync(failed, 'utf8')}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    throw new Error(`shared fixture ${name}: no build finished within ${WAIT_MS / 1000} s`);
  }
  try {
    mkdirSync(dir);
    await build(dir);
  } catch (error) {
    writeFileSync(failed, String((error as Error).stack ?? error));
    throw error;
  }
  writeFileSync(done, '');
  return dir;
}

/** A command's outcome, as `cli` gives it, and the folder it wrote. */
export interface SharedRun {
  readonly out: string;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * `cpc run data/sample --out <out>` from the repository root, with the defaults (reader processes, a cache in
 * `<out>/.cache`), run in-process once per session. Read it; never run a command whose cache or output lands in it.
 */
export async function sampleRun(): Promise<SharedRun> {
  const out = await sharedFolder('sample-run', async (dir) => {
    const { code, stdout, stderr } = await cli(['run', 'data/sample', '--out', dir]);
    writeFileSync(`${dir}.json`, JSON.stringify({ code, stdout, stderr }));
  });
  return { out, ...(JSON.parse(readFileSync(`${out}.json`, 'utf8')) as Omit<SharedRun, 'out'>) };
}

/** A generated file's bytes, generated once per session (the hostile generators take seconds for the large ones). */
export async function sharedFile(name: string, generate: () => Promise<Uint8Array> | Uint8Array): Promise<Uint8Array> {
  const dir = await sharedFolder(name, async (folder) => writeFileSync(join(folder, 'bytes'), await generate()));
  return readFileSync(join(dir, 'bytes'));
}
