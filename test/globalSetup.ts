import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder for this test session's shared fixtures (`test/helpers/shared.ts`), removed when the session ends. */
    sharedFixtures: string;
  }
}

/**
 * The session's folder: vitest runs this setup once per project (and may load this module once for each), so the
 * folder is kept on the main process's global object, where every project finds it.
 */
const holder = globalThis as { cpcTestSession?: { dir: string; projects: number } | null };

/** One folder per `vitest run` for fixtures built once and read by many files; gone when the last project ends. */
export default function setup(project: TestProject): () => void {
  holder.cpcTestSession ??= { dir: mkdtempSync(join(tmpdir(), 'cpc-test-shared-')), projects: 0 };
  const current = holder.cpcTestSession;
  current.projects++;
  project.provide('sharedFixtures', current.dir);
  return () => {
    if (--current.projects > 0) return;
    rmSync(current.dir, { recursive: true, force: true });
    holder.cpcTestSession = null;
  };
}
