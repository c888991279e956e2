import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline/analyse.js';
import { fixtureCorpus } from '../aggregate/helpers/fixtureCorpus.js';
import { analysedCorpus, type AnalysedCorpus } from './helpers/analysedCorpus.js';

describe('analyse without evidence terms (as `cpc run` asks)', () => {
  let corpus: AnalysedCorpus;
  beforeAll(async () => {
    // the made-up multi-council corpus
    corpus = await analysedCorpus(async () => (await fixtureCorpus()).documents);
  });

  it('keeps no evidence terms with maxEvidence 0, and the same themes', () => {
    const { resources, documents, classifier, plain } = corpus;
    expect(plain.assignments.some((a) => a.evidence.length > 0)).toBe(true);
    const bare = analyse(documents, resources, classifier, undefined, { maxEvidence: 0 });
    expect(bare.assignments.every((a) => a.evidence.length === 0)).toBe(true);
    expect(bare.assignments.map((a) => ({ ...a, evidence: [] }))).toEqual(plain.assignments.map((a) => ({ ...a, evidence: [] })));
  });
});
