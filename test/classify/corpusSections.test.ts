/**
 * Integration with the corpus stage: the theme sections its extractor finds in the Stoke-on-Trent report (rather
 * than the test helper's split) train a classifier that meets the same gold targets.
 */
import { examplesFromSections } from '../../src/classify/trainingExamples.js';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classify/classify.js';
import { evaluate } from '../../src/classify/evaluate.js';
import { parseGold } from '../../src/classify/parseGold.js';
import { trainClassifier } from '../../src/classify/trainClassifier.js';
import { loadRegister } from '../../src/resources/register.js';
import { ingestCorpus } from '../../src/pipeline/ingestCorpus.js';
import { GOLD_FILE, classic, crosswalk, current, readRoot } from './setup.js';
import { STOKE_FILE } from './stokeSections.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('classifier trained on the corpus extractor’s theme sections', () => {
  it('meets the gold targets in both frameworks', async () => {
    const file = `test/fixtures/sample/text/${STOKE_FILE}`;
    const { documents } = await ingestCorpus([`${ROOT}${file}`], { cwd: ROOT, register: await loadRegister() });
    const sections = documents.flatMap((d) => d.themeSections);
    expect(sections.map((s) => s.theme)).toEqual(['priorities', 'place-leadership', 'finance', 'governance', 'capacity']);
    const classifier = trainClassifier({ sectionExamples: examplesFromSections(sections), codebooks: [classic, current], crosswalk });
    const gold = parseGold(readRoot(GOLD_FILE), GOLD_FILE);
    for (const framework of ['classic', 'current'] as const) {
      const report = evaluate(classify(classifier, gold.map(({ id, text }) => ({ id, text, framework }))), gold);
      console.log(`corpus sections, ${framework} model: lenient macro-F1 ${report.lenient.macroF1} κ ${report.lenient.kappa}; strict macro-F1 ${report.strict.macroF1} κ ${report.strict.kappa}`);
      expect(report.lenient.macroF1).toBeGreaterThanOrEqual(0.85);
      if (framework === 'classic') expect(report.lenient.kappa).toBeGreaterThanOrEqual(0.8);
    }
  });
});
