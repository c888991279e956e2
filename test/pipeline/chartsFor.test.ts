import { beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_THEMES, CLASSIC_THEMES } from '../../src/vocabulary.js';
import { analyse, trainOnCorpus, type Analysis } from '../../src/pipeline/analyse.js';
import { chartsFor } from '../../src/pipeline/charts.js';
import { ingestCorpus } from '../../src/pipeline/ingestCorpus.js';
import { loadResources, type Resources } from '../../src/resources/resources.js';

let analysis: Analysis;
let resources: Resources;
beforeAll(async () => {
  resources = await loadResources();
  const { documents } = await ingestCorpus(['test/fixtures/sample/text'], { cwd: process.cwd(), register: resources.register, workers: 0 });
  analysis = analyse(documents, resources, trainOnCorpus(documents, resources));
}, 60_000);

/** The theme ids a chart's spec draws. */
const themesIn = (spec: unknown) => new Set([...JSON.stringify(spec).matchAll(/"theme":"([a-z-]+)"/g)].map((m) => m[1]));

describe('chartsFor', () => {
  it.each([
    ['classic', CLASSIC_THEMES],
    ['current', CURRENT_THEMES],
  ] as const)('draws the theme charts in the %s framework', (framework, themes) => {
    const [heatmap] = chartsFor(analysis, resources, { name: 'theme-council-heatmap', framework });
    const drawn = themesIn(heatmap!.spec);
    expect(drawn.size).toBeGreaterThan(0);
    for (const theme of drawn) expect([...themes, 'unclassified']).toContain(theme);
  });

  it('rejects an unknown chart name as a usage error', () => {
    expect(() => chartsFor(analysis, resources, { name: '../../etc/passwd' })).toThrow(expect.objectContaining({ code: 'usage' }));
  });
});
