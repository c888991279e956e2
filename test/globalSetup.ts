import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * This test session's folder: shared fixtures (`test/helpers/shared.ts`) are built in folders named after it with
     * a suffix, and all are removed when the session ends.
     */
    sharedFixtures: string;
  }
}

/** One folder per `vitest run` for fixtures built once and read by many files; gone at the end. */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'cpc-test-shared-'));
  project.provide('sharedFixtures', dir);
  return () => {
    const prefix = `${basename(dir)}-`;
    for (const name of readdirSync(tmpdir())) if (name.startsWith(prefix)) rmSync(join(tmpdir(), name), { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  };
}
