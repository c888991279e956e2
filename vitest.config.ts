import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // a folder per session for fixtures built once and shared across files (test/helpers/shared.ts)
    globalSetup: ['test/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { DOTENV_CONFIG_QUIET: 'true' },
  },
});
