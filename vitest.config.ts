import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Test files share their worker's loaded modules (`isolate: false`): starting a fresh worker and loading pdf.js, vega
 * and natural again for each file cost more than most files' tests. The files that signal `cpc` processes, kill
 * them or hold them to memory and time limits keep a worker each.
 */
const ISOLATED = [
  ...['hostile', 'interrupt', 'pipe', 'resilience'].map((name) => `test/reliability/${name}.test.ts`),
  'test/pipeline/isolation.test.ts',
];

export default defineConfig({
  test: {
    // vitest's default leaves one core free: on a two-core machine, one file at a time
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { DOTENV_CONFIG_QUIET: 'true' },
    // a folder per session for fixtures built once and shared across files (test/helpers/shared.ts)
    globalSetup: ['test/globalSetup.ts'],
    projects: [
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ISOLATED, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
  },
});
