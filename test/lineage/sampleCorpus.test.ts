import { beforeAll, describe, expect, it } from 'vitest';
import * as cpc from '../../src/index.js';
import type { RecommendationProgress } from '../../src/lineage/types.js';
import { analyse, trainOnCorpus } from '../../src/pipeline/analyse.js';
import { ingestCorpus } from '../../src/pipeline/ingestCorpus.js';
import { progressOf, readFollowUpPassages } from '../../src/pipeline/progress.js';
import { loadResources } from '../../src/resources/resources.js';
import { loadStatusVocabulary } from '../../src/resources/statusVocabulary.js';
import { isFollowUp } from '../../src/lineage/followUp.js';
import { traceProgress } from '../../src/lineage/traceProgress.js';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

/** The lineage fixtures copied into a folder of their own (a test may delete files), read and analysed. */
async function copiedLineage() {
  const resources = await loadResources();
  const folder = mkdtempSync(join(tmpdir(), 'cpc-lineage-'));
  cpSync('test/fixtures/lineage', folder, { recursive: true });
  const { documents } = await ingestCorpus([folder], { cwd: folder, register: resources.register, workers: 0 });
  return { folder, documents, analysis: analyse(documents, resources, trainOnCorpus(documents, resources)) };
}

describe('progress a challenge at a time', () => {
  it('gives what tracing every challenge with every follow-up\'s passages at once gives, failures included', async () => {
    const { folder, documents, analysis } = await copiedLineage();
    // one follow-up gone since it was read: it fails, and says nothing
    const gone = documents.find(isFollowUp)!;
    rmSync(join(folder, gone.file));
    const whole = await readFollowUpPassages(analysis.documents, { cwd: folder });
    const expected = traceProgress({ challenges: analysis.challenges, documents: analysis.documents, passages: whole.passages, vocabulary: await loadStatusVocabulary() });
    const result = await progressOf(analysis, { cwd: folder });
    expect(result.progress.length).toBeGreaterThanOrEqual(40);
    expect(result.progress.filter((p) => p.evidence.length > 0).length).toBeGreaterThan(10);
    expect(result.progress).toEqual(expected);
    expect(whole.failures.map((f) => f.file)).toEqual([gone.file]);
    expect(result.failures).toEqual(whole.failures);
  });

  it('takes a rerun\'s evidence from the cache, the same as linked, and keeps none a follow-up could not be read for', async () => {
    const { folder, documents, analysis } = await copiedLineage();
    const plain = await progressOf(analysis, { cwd: folder });
    const cacheDir = mkdtempSync(join(tmpdir(), 'cpc-evidence-'));
    expect(await progressOf(analysis, { cwd: folder, cacheDir })).toEqual(plain);
    // the passages' entries gone and no file readable from elsewhere: only the evidence entries can give the same
    const entries = readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).map((name) => join(cacheDir, name)).filter((path) => path.endsWith('.json'));
    const passageEntries = entries.filter((path) => 'passages' in (JSON.parse(readFileSync(path, 'utf8')) as object));
    expect(passageEntries.length).toBeGreaterThan(0);
    expect(entries.length).toBeGreaterThan(passageEntries.length);
    passageEntries.forEach((path) => rmSync(path));
    const elsewhere = mkdtempSync(join(tmpdir(), 'cpc-lineage-cwd-'));
    const cached = await progressOf(analysis, { cwd: elsewhere, cacheDir });
    expect(cached.progress).toEqual(plain.progress);
    expect(cached.progress.filter((p) => p.evidence.length > 0).length).toBeGreaterThan(10);
    // a challenge whose follow-up fails to be read again keeps no entry: the next run reads it again, failure and all
    const failing = mkdtempSync(join(tmpdir(), 'cpc-evidence-'));
    const gone = documents.find(isFollowUp)!;
    rmSync(join(folder, gone.file));
    const first = await progressOf(analysis, { cwd: folder, cacheDir: failing });
    const again = await progressOf(analysis, { cwd: folder, cacheDir: failing });
    expect(first.failures.map((f) => f.file)).toEqual([gone.file]);
    expect(again).toEqual(first);
  });
});
