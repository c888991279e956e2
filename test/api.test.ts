import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import * as cpc from '../src/index.js';

const page = readFileSync('docs/api.md', 'utf8');

it('docs/api.md lists every value the public API exports, and nothing more', () => {
  const headings = [...page.matchAll(/^### (.+)$/gm)].flatMap((m) => [...m[1]!.matchAll(/`([A-Za-z_]+)[(`]/g)].map((n) => n[1]!));
  expect([...headings].sort()).toEqual(Object.keys(cpc).sort());
});

it('docs/api.md lists every type the public API exports', () => {
  const source = readFileSync('src/index.ts', 'utf8');
  const types = [...source.matchAll(/^export type \{([^}]*)\}/gm)].flatMap((m) => m[1]!.split(',').map((t) => t.trim()).filter(Boolean));
  const listed = page.slice(page.indexOf('## Types')).match(/`([A-Za-z]+)`/g)!.map((t) => t.slice(1, -1));
  expect([...listed].sort()).toEqual([...types].sort());
});

it('keeps the public API small: about thirty steps, no CLI internals', () => {
  const names = Object.keys(cpc);
  expect(names.length).toBeLessThanOrEqual(40);
  for (const internal of ['briefCommand', 'SAMPLE_GOLD', 'POOL_THRESHOLD', 'classifyStage', 'exportStage', 'trainCommand']) expect(names).not.toContain(internal);
});
