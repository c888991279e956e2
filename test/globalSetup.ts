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

/** One folder per `vitest run` for fixtures built once and read by many files; gone at the end. */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'cpc-test-shared-'));
  project.provide('sharedFixtures', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
