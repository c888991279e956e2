import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../../src/corpus/schema.js';
import { analyse, trainOnCorpus, type Analysis } from '../../src/pipeline/analyse.js';
import { challengeCache } from '../../src/pipeline/challengeCache.js';
import { isCounted } from '../../src/pipeline/corrected.js';
import { ingestCorpus } from '../../src/pipeline/ingestCorpus.js';
import { loadResources, type Resources } from '../../src/resources/resources.js';
import { challengeGroups, units } from '../../src/units/units.js';
import { restatements } from '../../src/units/mergeRestatements.js';
import type { Classifier } from '../../src/classify/classifier.js';

/** The challenge cache's entries: each challenge's file under documents/ that is not a document's record. */
function challengeEntries(cacheDir: string): string[] {
  return readdirSync(join(cacheDir, 'documents'), { recursive: true, encoding: 'utf8' })
    .map((name) => join(cacheDir, 'documents', name))
    .filter((path) => path.endsWith('.json') && 'challenge' in (JSON.parse(readFileSync(path, 'utf8')) as object));
}

describe('what an earlier run made of each challenge', () => {
  let resources: Resources;
  let documents: readonly CorpusDocument[];
  let classifier: Classifier;
  let plain: Analysis;
  beforeAll(async () => {
    resources = await loadResources();
    // several documents a challenge, restating each other's recommendations
    documents = (await ingestCorpus(['test/fixtures/lineage'], { cwd: process.cwd(), register: resources.register, workers: 0 })).documents;
    classifier = trainOnCorpus(documents, resources);
    plain = analyse(documents, resources, classifier);
  });

  it('gives the analysis it would make afresh, from a cold cache and from a warm one', async () => {
    expect(plain.units.units.some((u) => u.members.length > 1)).toBe(true);
    const cacheDir = mkdtempSync(join(tmpdir(), 'cpc-challenges-'));
    const cold = await challengeCache(cacheDir, documents, resources);
    expect(cold.known.restatements.size).toBe(0);
    const first = analyse(documents, resources, classifier, undefined, { known: cold.known });
    expect(first).toEqual(plain);
    await cold.keep(first);
    expect(challengeEntries(cacheDir)).toHaveLength(plain.challenges.filter((c) => c.documentIds.length > 0).length);

    const warm = await challengeCache(cacheDir, documents, resources);
    expect(warm.known.restatements.size).toBe(plain.challenges.length);
    expect(plain.recommendations.every((r) => warm.known.issues.has(r.text))).toBe(true);
    expect(analyse(documents, resources, classifier, undefined, { known: warm.known })).toEqual(plain);
  });

  it('merges a challenge again when one of its recommendations changes, or its entry is damaged', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'cpc-challenges-'));
    await (await challengeCache(cacheDir, documents, resources)).keep(plain);
    // one recommendation of one document reworded: only its challenge is worked out again
    const changed = documents.map((d, i) => (i === 0 ? { ...d, recommendations: d.recommendations.map((r, k) => (k === 0 ? { ...r, text: `${r.text} Also publish it.` } : r)) } : d));
    const again = await challengeCache(cacheDir, changed, resources);
    expect(again.known.restatements.size).toBe(plain.challenges.length - 1);
    expect(analyse(changed, resources, classifier, undefined, { known: again.known })).toEqual(analyse(changed, resources, classifier));
    // every entry's restatements pointing at recommendations that are not there: each challenge merged afresh
    for (const file of challengeEntries(cacheDir)) {
      const entry = JSON.parse(readFileSync(file, 'utf8')) as { challenge: { restatements: { documentId: string; ordinal: number }[][] } };
      const restatements = entry.challenge.restatements.map((members) => members.map((m) => ({ ...m, ordinal: m.ordinal + 100 })));
      writeFileSync(file, JSON.stringify({ ...entry, challenge: { ...entry.challenge, restatements } }));
    }
    const damaged = await challengeCache(cacheDir, documents, resources);
    expect(damaged.known.restatements.size).toBe(plain.challenges.length);
    expect(analyse(documents, resources, classifier, undefined, { known: damaged.known })).toEqual(plain);
  });

  it('rebuilds a challenge\'s units from its restatements and its documents as they are now', () => {
    const counted = documents.filter(isCounted);
    const known = new Map(challengeGroups(counted).map(({ frame, documents: members }) => [frame.id, restatements(members)]));
    expect(units(counted, { known })).toEqual(units(counted));
  });
});
