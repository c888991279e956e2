import { beforeAll, describe, expect, it } from 'vitest';
import { similarRecommendations } from '../../src/aggregate/similarRecommendations.js';
import { analyse } from '../../src/pipeline/analyse.js';
import { fixtureCorpus } from '../aggregate/helpers/fixtureCorpus.js';
import { analysedCorpus, type AnalysedCorpus } from './helpers/analysedCorpus.js';

describe('what analyse leaves out when asked (as `cpc run` asks)', () => {
  let corpus: AnalysedCorpus;
  beforeAll(async () => {
    // the made-up multi-council corpus: a recommendation given to several councils
    corpus = await analysedCorpus(async () => (await fixtureCorpus()).documents);
  });

  it('finds similar recommendations by default, none with similar: false, and the rest alike', () => {
    const { resources, documents, classifier, plain } = corpus;
    expect(plain.similar.length).toBeGreaterThan(0);
    expect(plain.similar).toEqual(similarRecommendations(plain.challenges));
    const without = analyse(documents, resources, classifier, undefined, { similar: false });
    expect(without.similar).toEqual([]);
    expect({ ...without, similar: plain.similar }).toEqual(plain);
  });

  it('keeps no evidence terms with maxEvidence 0, and the same themes', () => {
    const { resources, documents, classifier, plain } = corpus;
    expect(plain.assignments.some((a) => a.evidence.length > 0)).toBe(true);
    const bare = analyse(documents, resources, classifier, undefined, { maxEvidence: 0 });
    expect(bare.assignments.every((a) => a.evidence.length === 0)).toBe(true);
    expect(bare.assignments.map((a) => ({ ...a, evidence: [] }))).toEqual(plain.assignments.map((a) => ({ ...a, evidence: [] })));
  });
});
