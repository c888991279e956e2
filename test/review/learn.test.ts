import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/classify/classifier.js';
import { examplesFromCodebook } from '../../src/classify/trainingExamples.js';
import { trainModel } from '../../src/classify/trainModel.js';
import type { TrainingExample } from '../../src/classify/types.js';
import type { CorpusDocument } from '../../src/corpus/schema.js';
import { correctionLabels, heldOutAssignments } from '../../src/pipeline/learnFromCorrections.js';
import { correctionFolds } from '../../src/review/correctionLabels.js';
import type { Correction } from '../../src/review/corrections.js';
import { reviewKey } from '../../src/review/reviewKey.js';
import type { ThemeId } from '../../src/vocabulary.js';
import { classic, crosswalk } from '../classify/setup.js';

const texts = [
  'Review the medium term financial strategy and close the budget gap.',
  'Strengthen scrutiny and the culture of member officer relations.',
  'Build capacity in the workforce to deliver the transformation programme.',
  'Develop a shared narrative of place with partners.',
  'Set clear priorities in the council plan.',
  'Improve the capital programme and reserves policy.',
  'Invest in leadership development for senior managers.',
];
const themes: ThemeId[] = ['finance', 'governance', 'capacity', 'place-leadership', 'priorities', 'finance', 'capacity'];
const sha = 'ab'.repeat(32);
const document = {
  id: 'a-pdf', file: 'a.pdf', sha256: sha, framework: 'classic',
  recommendations: texts.map((text, i) => ({ id: `a-pdf#${i + 1}`, kind: 'key-recommendation', number: i + 1, heading: text, text, form: 'listed', rule: 'list-item', confidence: 0.9, count: 1, source: { file: 'a.pdf', page: 1, line: i + 1, start: 0, end: 1 }, repeats: [] })),
} as unknown as CorpusDocument;
const corrections: Correction[] = texts.map((text, i) => ({ key: reviewKey(sha, text), document: null, decision: 'keep', text: null, themes: [themes[i]!], note: '', at: `s.csv:${i + 2}` }));

describe('corrections as training labels', () => {
  const { items, labels } = correctionLabels([document], corrections);

  it('turns every corrected theme into a label, as cpc train --labels takes them', () => {
    expect(labels).toEqual(texts.map((text, i) => ({ text, theme: themes[i], kind: 'corrections' })));
  });

  it('scores each corrected item with a model trained without its label (cross-fitting in five folds)', async () => {
    const calls: (readonly TrainingExample[])[] = [];
    const held = await heldOutAssignments(items, async (fold) => {
      calls.push(fold);
      return createClassifier([trainModel([...examplesFromCodebook(classic), ...fold], classic)], crosswalk);
    });
    const folds = correctionFolds(items);
    expect(calls).toHaveLength(5);
    folds.forEach((fold, f) => {
      const trained = new Set(calls[f]!.map((l) => l.text));
      for (const item of fold) expect(trained.has(item.text)).toBe(false);
      expect(trained.size).toBe(items.length - fold.length);
    });
    expect([...held.keys()].sort()).toEqual(items.map((i) => i.key).sort());
  });
});
