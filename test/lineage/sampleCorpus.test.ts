import { beforeAll, describe, expect, it } from 'vitest';
import * as cpc from '../../src/index.js';
import type { RecommendationProgress } from '../../src/lineage/types.js';
import { analyse, trainOnCorpus } from '../../src/pipeline/analyse.js';
import { ingestCorpus } from '../../src/pipeline/ingestCorpus.js';
import { progressOf, readFollowUpPassages } from '../../src/pipeline/progress.js';
import { loadResources } from '../../src/resources/resources.js';

/** The bundled sample corpus: five documents, none of which is followed up by another. */
let progress: readonly RecommendationProgress[];

beforeAll(async () => {
  const resources = await loadResources();
  const { documents } = await ingestCorpus(['data/sample'], { cwd: process.cwd(), register: resources.register, workers: 0 });
  // through the public API, as the README's library example does
  progress = (await cpc.progressOf(cpc.analyse(documents, resources, cpc.train(documents, resources)), { cwd: process.cwd() })).progress;
});

describe('lineage on the sample corpus', () => {
  it('gives no-follow-up to every recommendation of a report that nothing follows up', () => {
    const stoke = progress.filter((p) => p.council?.name === 'Stoke-on-Trent City Council');
    expect(stoke.length).toBeGreaterThan(0);
    for (const p of stoke) expect([p.status, p.peer.status, p.councilStatus.status, p.evidence.length]).toEqual(['no-follow-up', 'no-follow-up', 'no-follow-up', 0]);
  });

  it('invents nothing: no status is read where no follow-up says one', () => {
    expect([...new Set(progress.map((p) => p.status))].sort()).toEqual(['no-evidence', 'no-follow-up']);
    expect(progress.flatMap((p) => p.evidence.filter((e) => e.reading !== null))).toEqual([]);
  });
});

describe('every quote is the document\'s own words', () => {
  it('finds each status quote of the fixture corpus in the passage it was read from', async () => {
    const resources = await loadResources();
    const { documents } = await ingestCorpus(['test/fixtures/lineage'], { cwd: process.cwd(), register: resources.register, workers: 0 });
    const { passages } = await readFollowUpPassages(documents, { cwd: process.cwd() });
    const fold = (text: string) => text.replace(/\s+/g, ' ');
    const texts = [...passages.values()].flat().map((p) => fold([p.report, p.cells?.status ?? '', p.cells?.lastCell ?? '', p.cells?.update ?? ''].join('\n')));
    const traced = (await progressOf(analyse(documents, resources, trainOnCorpus(documents, resources)), { cwd: process.cwd() })).progress;
    const quotes = traced.flatMap((p) => p.evidence.flatMap((e) => (e.reading === null ? [] : [e.reading.quote])));
    expect(quotes.length).toBeGreaterThanOrEqual(40);
    for (const quote of quotes) expect(texts.some((t) => t.includes(quote)), quote).toBe(true);
  });
});
