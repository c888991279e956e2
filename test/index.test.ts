import { readFileSync } from 'node:fs';
import { PROGRESS_STATUSES } from '../src/lineage/types.js';
import { describe, expect, it, vi } from 'vitest';
import type { ThemeTableRow } from '../src/index.js';

const EXAMPLE = new URL('../examples/library.ts', import.meta.url);

describe("the README's library example", () => {
  it('is examples/library.ts word for word, importing the package by its name', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const block = /## Use it as a library\n[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBe(readFileSync(EXAMPLE, 'utf8').replace("'../src/index.js'", "'cpc'"));
  });

  it('runs on the public API alone and prints the theme table and progress', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await import(EXAMPLE.href);
      const [[failures, councilRows], [status, , progressRows]] = log.mock.calls as [[unknown, ThemeTableRow[]], [unknown, unknown, unknown[]]];
      expect(failures).toEqual([]);
      const stoke = councilRows.filter((r) => r.group === 'Stoke-on-Trent City Council');
      expect(stoke.reduce((sum, r) => sum + r.primary, 0)).toBe(9);
      expect(PROGRESS_STATUSES).toContain(status);
      expect(progressRows.length).toBeGreaterThan(0);
    } finally {
      log.mockRestore();
    }
  }, 120_000);
});
