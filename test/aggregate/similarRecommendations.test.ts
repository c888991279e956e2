import { beforeAll, describe, expect, it } from 'vitest';
import {
  similarClusters,
  similarPairs,
  similarRecommendations,
  recommendationVectors,
  type Challenge,
} from '../../src/aggregate/index.js';
import { cosine } from '../../src/text/index.js';
import type { CorpusDocument } from '../../src/corpus/schema.js';
import { fixtureCorpus } from './helpers/fixtureCorpus.js';
import { syntheticTexts } from './helpers/syntheticRecommendations.js';
import { groupChallenges } from './helpers/groupChallenges.js';

let documents: CorpusDocument[];
let challenges: Challenge[];
beforeAll(async () => {
  const corpus = await fixtureCorpus();
  documents = corpus.documents;
  challenges = groupChallenges(documents, corpus.assignments);
});

const members = (clusters: ReturnType<typeof similarRecommendations>) => clusters.map((c) => c.members.map((m) => m.recommendationId));

describe('similarRecommendations on the fixture corpus', () => {
  it('finds a recommendation given to several councils and restated in a later challenge', () => {
    const clusters = similarRecommendations(challenges);
    expect(members(clusters)).toEqual([
      ['cheltenham-2018-feedback-report#2', 'hartlepool-2016-feedback-report#1', 'hartlepool-2023-feedback-report#1'],
      ['camden-2022-feedback-report#3', 'middlesbrough-2019-feedback-report#1'],
    ]);
    expect(clusters[0]).toMatchObject({
      id: 'similar-1',
      size: 3,
      councils: ['Cheltenham Borough Council', 'Hartlepool Borough Council'],
      years: [2016, 2018, 2023],
    });
    expect(clusters[0]!.meanSimilarity).toBeGreaterThanOrEqual(0.8);
    expect(clusters[1]!.councils).toEqual(['London Borough of Camden', 'Middlesbrough Borough Council']);
  });

  it("compared document by document, also finds the cabinet report's and the revisit report's restatements", () => {
    const clusters = similarRecommendations(challenges, { documents });
    expect(members(clusters)).toEqual([
      ['camden-2022-feedback-report#3', 'middlesbrough-2019-feedback-report#1', 'middlesbrough-2020-cabinet-report#1'],
      ['cheltenham-2018-feedback-report#2', 'hartlepool-2016-feedback-report#1', 'hartlepool-2023-feedback-report#1'],
      ['middlesbrough-2019-feedback-report#2', 'middlesbrough-2020-cabinet-report#2'],
      ['middlesbrough-2019-feedback-report#3', 'middlesbrough-2020-cabinet-report#3'],
      ['middlesbrough-2019-feedback-report#4', 'middlesbrough-2020-cabinet-report#4'],
      ['wigan-2021-feedback-report#1', 'wigan-2022-revisit-report#1'],
    ]);
    // A restatement counts in its challenge's year, not the cabinet report's.
    expect(clusters[2]!.years).toEqual([2019]);
  });

  it('a lower threshold links looser rewordings', () => {
    const loose = members(similarRecommendations(challenges, { threshold: 0.55 }));
    expect(loose).toContainEqual(['cheltenham-2018-feedback-report#1', 'cheltenham-2020-progress-review#1']);
  });

  it('does not depend on the order of challenges or documents', () => {
    const a = similarRecommendations(challenges, { documents });
    const b = similarRecommendations([...challenges].reverse(), { documents: [...documents].reverse() });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});

describe('similarPairs (inverted index with a prefix filter)', () => {
  it('finds exactly the pairs an all-pairs comparison finds', () => {
    const vectors = recommendationVectors(syntheticTexts(1200, 7));
    for (const threshold of [0.5, 0.7, 0.9]) {
      const brute: string[] = [];
      for (let a = 0; a < vectors.length; a++) {
        for (let b = a + 1; b < vectors.length; b++) if (cosine(vectors[a]!, vectors[b]!) >= threshold) brute.push(`${a}-${b}`);
      }
      const fast = similarPairs(vectors, threshold).map((p) => `${p.a}-${p.b}`);
      expect(brute.length).toBeGreaterThan(0);
      expect(fast).toEqual(brute);
    }
  });

  it('similarClusters links what union-find over every pair links, scoring fewer pairs', () => {
    // a template repeated 300 times (as a sector's reports repeat the LGA's wording), among unrelated texts
    // (and texts without a term, which link to nothing, not even to each other)
    const texts = [...syntheticTexts(600, 11), ...Array.from({ length: 300 }, (_, i) => `Develop a clear ${['medium', 'longer'][i % 2]} term financial strategy with members and partners`), '', 'the', ''];
    const vectors = recommendationVectors(texts);
    for (const threshold of [0, 0.5, 0.8, 1]) {
      const parent = vectors.map((_, i) => i);
      const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
      for (const { a, b } of similarPairs(vectors, threshold)) parent[Math.max(find(a), find(b))] = Math.min(find(a), find(b));
      expect(similarClusters(vectors, threshold)).toEqual(vectors.map((_, i) => find(i)));
    }
    // each wording of the template is one cluster
    const roots = similarClusters(vectors, 0.8).slice(600, 900);
    expect(similarClusters(vectors, 0.8).slice(900)).toEqual([900, 901, 902]);
    expect(new Set(roots.filter((_, i) => i % 2 === 0)).size).toBe(1);
    expect(new Set(roots.filter((_, i) => i % 2 === 1)).size).toBe(1);
  });

  it('makes unit vectors', () => {
    const [v] = recommendationVectors(['Review the scrutiny function', 'Agree a budget']);
    expect(cosine(v!, v!)).toBeCloseTo(1, 10);
  });

  it('clusters 30,000 recommendations', { timeout: 120_000 }, () => {
    const texts = syntheticTexts(30_000, 3);
    const big: Challenge = {
      id: 'synthetic', council: null, year: 2020, documentIds: ['synthetic'], focusAreas: [],
      recommendations: texts.map((text, i) => ({
        id: `synthetic#${i + 1}`, ref: { documentId: 'synthetic', ordinal: i + 1 }, challengeId: 'synthetic', kind: 'key-recommendation',
        number: i + 1, heading: text, text, council: null, year: 2020, documentType: 'feedback-report', programme: 'corporate-peer-challenge',
        framework: 'classic', documentIds: ['synthetic'], sources: [], members: [{ documentId: 'synthetic', ordinal: i + 1 }],
        recommendationIds: [`synthetic#${i + 1}`], assignment: null, issues: [],
      })),
    };
    const clusters = similarRecommendations([big], { threshold: 0.8 });
    // Every tenth text rewords an earlier one by a single word: most of those must be found.
    const linked = new Set(clusters.flatMap((c) => c.members.map((m) => m.recommendationId)));
    const planted = texts.map((_, i) => i).filter((i) => i % 10 === 9);
    const found = planted.filter((i) => linked.has(`synthetic#${i + 1}`)).length;
    expect(found / planted.length).toBeGreaterThan(0.8);
  });
});
