import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../../src/classify/classify.js';
import type { Classifier } from '../../src/classify/classifier.js';
import { evaluate } from '../../src/classify/evaluate.js';
import { parseGold } from '../../src/classify/parseGold.js';
import type { CorpusDocument } from '../../src/corpus/schema.js';
import { trainOnCorpus } from '../../src/pipeline/analyse.js';
import { evaluateHeldOut, type Evaluation } from '../../src/pipeline/evaluation.js';
import { ingestCorpus } from '../../src/pipeline/ingestCorpus.js';
import { loadResources, type Resources } from '../../src/resources/resources.js';

const GOLD = 'data/gold/sample-annotations.json';

/** The sample corpus's validation figure is measured on no text the scoring model learned from. */
describe('evaluateHeldOut on the sample corpus', () => {
  const gold = parseGold(readFileSync(GOLD, 'utf8'), GOLD);
  const trainedOn: string[][] = [];
  let documents: readonly CorpusDocument[];
  let resources: Resources;
  let full: Classifier;
  let result: Evaluation;

  beforeAll(async () => {
    resources = await loadResources();
    documents = (await ingestCorpus(['data/sample'], { cwd: process.cwd(), register: resources.register })).documents;
    full = trainOnCorpus(documents, resources);
    result = await evaluateHeldOut(documents, gold, full, async (kept) => {
      trainedOn.push(kept.map((d) => d.file));
      return trainOnCorpus(kept, resources);
    }, (d) => d.themeSections.length > 0);
  }, 120_000);

  it('retrains without each document that gives training text, and only those', () => {
    const withSections = documents.filter((d) => d.themeSections.length > 0).map((d) => d.file);
    expect(withSections).toEqual(['data/sample/stoke-on-trent-2016-feedback-report.pdf']);
    expect(trainedOn).toEqual([documents.map((d) => d.file).filter((f) => !withSections.includes(f))]);
  });

  it('scores each item with the model held out from its document', () => {
    const stoke = gold.filter((g) => g.id.startsWith('stoke-on-trent'));
    const others = gold.filter((g) => !stoke.includes(g));
    const without = trainOnCorpus(documents.filter((d) => !d.file.includes('stoke')), resources);
    const units = (items: typeof gold) => items.map(({ id, text }) => ({ id, text }));
    const expected = evaluate([...classify(full, units(others)), ...classify(without, units(stoke))], gold);
    expect(result.report).toEqual(expected);
  });

  it('says how it was measured and keeps the in-sample figure apart', () => {
    expect(result.summary.measuredOn).toMatch(/^held out by document: each of the 23 hand-annotated recommendations scored by a classifier trained without its own document's text/);
    expect(result.summary.inSample).toEqual({ macroF1Lenient: expect.any(Number), kappa: expect.any(Number) });
    const [low, high] = result.summary.strict!.kappaInterval;
    expect(low).toBeLessThanOrEqual(result.summary.strict!.kappa);
    expect(high).toBeGreaterThanOrEqual(result.summary.strict!.kappa);
  });
});
