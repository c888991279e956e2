import { beforeAll, describe, expect, it } from 'vitest';
import { similarRecommendations } from '../../src/aggregate/similarRecommendations.js';
import type { CorpusDocument } from '../../src/corpus/schema.js';
import { analyse, trainOnCorpus, type Analysis } from '../../src/pipeline/analyse.js';
import { fixtureCorpus } from '../aggregate/helpers/fixtureCorpus.js';
import { loadResources, type Resources } from '../../src/resources/resources.js';
import type { Classifier } from '../../src/classify/classifier.js';

describe("what analyse leaves out when asked (as `cpc run` asks)", () => {
  let resources: Resources;
  let documents: readonly CorpusDocument[];
  let classifier: Classifier;
  let plain: Analysis;
  beforeAll(async () => {
    resources = await loadResources();
    // the made-up multi-council corpus: a recommendation given to several councils
    documents = (await fixtureCorpus()).documents;
    classifier = trainOnCorpus(documents, resources);
    plain = analyse(documents, resources, classifier);
  });

  it('finds similar recommendations by default, none with similar: false, and the rest alike', () => {
    expect(plain.similar.length).toBeGreaterThan(0);
    expect(plain.similar).toEqual(similarRecommendations(plain.challenges));
    const without = analyse(documents, resources, classifier, undefined, { similar: false });
    expect(without.similar).toEqual([]);
    expect({ ...without, similar: plain.similar }).toEqual(plain);
  });

  it('keeps no evidence terms with maxEvidence 0, and the same themes', () => {
    expect(plain.assignments.some((a) => a.evidence.length > 0)).toBe(true);
    const bare = analyse(documents, resources, classifier, undefined, { maxEvidence: 0 });
    expect(bare.assignments.every((a) => a.evidence.length === 0)).toBe(true);
    expect(bare.assignments.map((a) => ({ ...a, evidence: [] }))).toEqual(plain.assignments.map((a) => ({ ...a, evidence: [] })));
  });
});
