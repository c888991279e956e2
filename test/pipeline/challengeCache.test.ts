import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../../src/corpus/schema.js';
import { analyse, type Analysis } from '../../src/pipeline/analyse.js';
import { challengeCache } from '../../src/pipeline/challengeCache.js';
import { isCounted } from '../../src/pipeline/corrected.js';
import { ingestCorpus } from '../../src/pipeline/ingestCorpus.js';
import type { Resources } from '../../src/resources/resources.js';
import { challengeGroups, units } from '../../src/units/units.js';
import { restatements } from '../../src/units/mergeRestatements.js';
import type { Classifier } from '../../src/classify/classifier.js';
import { analysedCorpus } from './helpers/analysedCorpus.js';

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
    // several documents a challenge, restating each other's recommendations
    ({ resources, documents, classifier, plain } = await analysedCorpus(async ({ register }) => (await ingestCorpus(['test/fixtures/lineage'], { cwd: process.cwd(), register, workers: 0 })).documents));
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

  it('builds a challenge\'s units from the restatements it is given when they fit its documents, else merges afresh', () => {
    const counted = documents.filter(isCounted);
    const merged = units(counted);
    const groups = challengeGroups(counted);
    // a challenge with restatements merged, told instead that each recommendation stands alone
    const group = groups.find(({ frame }) => merged.units.some((u) => u.challengeId === frame.id && u.members.length > 1))!;
    const alone = group.documents.flatMap((d) => d.recommendations.map((_, i) => [{ documentId: d.id, ordinal: i + 1 }]));
    const given = units(counted, { known: new Map([[group.frame.id, alone]]) });
    expect(given.units.filter((u) => u.challengeId === group.frame.id)).toHaveLength(alone.length);
    expect(given.units.filter((u) => u.challengeId === group.frame.id).length).toBeGreaterThan(merged.units.filter((u) => u.challengeId === group.frame.id).length);
    expect(given.units.filter((u) => u.challengeId !== group.frame.id)).toEqual(merged.units.filter((u) => u.challengeId !== group.frame.id));
    // restatements that leave a recommendation out, or name one that is not there, do not fit: merged afresh
    for (const misfit of [alone.slice(1), [...alone, [{ documentId: 'elsewhere', ordinal: 1 }]]]) {
      expect(units(counted, { known: new Map([[group.frame.id, misfit]]) })).toEqual(merged);
    }
    // and restatements found before give the units merging gives
    expect(units(counted, { known: new Map(groups.map(({ frame, documents: members }) => [frame.id, restatements(members)])) })).toEqual(merged);
  });

  it('tags a text with the issues known for it, and tags the others afresh', () => {
    const text = plain.recommendations[0]!.text;
    const tag = { issue: 'known-before', phrase: 'x', start: 0, end: 1 };
    const analysis = analyse(documents, resources, classifier, undefined, { known: { restatements: new Map(), issues: new Map([[text, [tag]]]) } });
    expect(analysis.recommendations.filter((r) => r.text === text).every((r) => r.issues.length === 1 && r.issues[0] === tag)).toBe(true);
    expect(analysis.recommendations.filter((r) => r.text !== text)).toEqual(plain.recommendations.filter((r) => r.text !== text));
  });
});
