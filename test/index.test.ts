import { expect, it } from 'vitest';
import * as cpc from '../src/index.js';

it('the README library example runs on the public API alone', async () => {
  const resources = await cpc.loadResources();
  const { documents, failures } = await cpc.ingest(['data/sample'], { cwd: process.cwd(), register: resources.register });
  expect(failures).toEqual([]);
  const analysis = cpc.analyse(documents, resources, cpc.train(documents, resources));
  const stoke = analysis.themeRows.classic.council.filter((r) => r.group === 'Stoke-on-Trent City Council');
  expect(stoke.reduce((sum, r) => sum + r.primary, 0)).toBe(9);
});
