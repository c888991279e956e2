import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classify/classify.js';
import { createClassifier } from '../../src/classify/classifier.js';
import { modelFromJson } from '../../src/classify/modelFromJson.js';
import { modelToJson } from '../../src/classify/modelToJson.js';
import { trainModel } from '../../src/classify/trainModel.js';
import { trainingExamples } from '../../src/classify/trainingExamples.js';
import { preparedModel, scoreText } from '../../src/classify/model/scoreText.js';
import { isCpcError } from '../../src/errors.js';
import { termCounts, terms } from '../../src/text/index.js';
import { classic, classicDefaultModel, crosswalk, current, sections } from './setup.js';

const UNITS = [
  { id: 'a', text: 'Take robust action to close the funding gap and rebuild reserves in the MTFS.' },
  { id: 'b', text: 'Strengthen overview and scrutiny and invest in member development.' },
  { id: 'c', text: 'The cat sat on the mat.' },
  { id: 'd', text: '' },
];

describe('training and classifying are deterministic', () => {
  it('training twice gives byte-identical model JSON; classifying twice gives identical output', () => {
    const examples = trainingExamples(sections, classic, crosswalk);
    const first = modelToJson(trainModel(examples, classic));
    const second = modelToJson(trainModel(examples, classic));
    expect(second).toBe(first);
    const classifier = createClassifier([classicDefaultModel()], crosswalk);
    expect(JSON.stringify(classify(classifier, UNITS))).toBe(JSON.stringify(classify(classifier, UNITS)));
  });

  it('a saved and reloaded model is equal and classifies identically', () => {
    const model = classicDefaultModel();
    const json = modelToJson(model);
    const loaded = modelFromJson(json, 'model.json');
    expect(loaded).toEqual(model);
    expect(modelToJson(loaded)).toBe(json);
    expect(model.hash).toMatch(/^[0-9a-f]{16}$/);
    const assign = (m: typeof model) => classify(createClassifier([m], crosswalk), UNITS);
    expect(assign(loaded)).toEqual(assign(model));
  });
});

describe('assignments', () => {
  const [finance, governance, cat, empty] = classify(createClassifier([classicDefaultModel()], crosswalk), UNITS);

  it('give a primary theme, every theme above threshold, all five scores in codebook order', () => {
    expect(finance!.primaryTheme).toBe('finance');
    expect(finance!.themes[0]!.theme).toBe('finance');
    expect(finance!.scores.map((s) => s.theme)).toEqual(classic.themes.map((t) => t.id));
    expect(governance!.primaryTheme).toBe('governance');
    for (const a of [finance!, governance!]) for (const s of a.scores) expect(s.score).toBeGreaterThanOrEqual(0);
  });

  it('give evidence as spans of the text, strongest first', () => {
    const evidence = finance!.evidence.filter((e) => e.theme === 'finance');
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(UNITS[0]!.text.slice(e.start, e.end)).toBe(e.term);
    expect(evidence.map((e) => e.term)).toEqual(expect.arrayContaining(['reserves']));
    expect([...evidence].sort((x, y) => y.weight - x.weight)).toEqual(evidence);
  });

  it('carry the assignment into the current framework through the crosswalk', () => {
    expect(finance!.crosswalk).toMatchObject({ framework: 'current', primaryTheme: 'financial-management' });
    expect(governance!.crosswalk.themes.map((t) => t.theme)).toContain('governance-culture');
  });

  it('are unclassified when nothing passes, never dropped', () => {
    expect(cat!.primaryTheme).toBe('unclassified');
    expect(cat!.themes).toEqual([]);
    expect(cat!.crosswalk).toEqual({ framework: 'current', primaryTheme: 'unclassified', themes: [] });
    expect(empty!.primaryTheme).toBe('unclassified');
  });

  it('never throw, score in [0, 1] and give valid spans for any text', () => {
    const classifier = createClassifier([classicDefaultModel()], crosswalk);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const [a] = classify(classifier, [{ id: 'x', text }]);
        for (const s of a!.scores) expect(s.score >= 0 && s.score <= 1).toBe(true);
        for (const e of a!.evidence) expect(text.slice(e.start, e.end)).toBe(e.term);
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});

describe('training', () => {
  it('learns multi-label texts and a researcher’s labels', () => {
    const labels = Array.from({ length: 6 }, (_, i) => ({ text: `Sort out the leisure centre contract number ${i}`, theme: 'capacity' as const, kind: 'labels' as const, file: 'x.csv' }));
    const model = trainModel([...trainingExamples(sections, classic, crosswalk), ...labels], classic);
    const [a] = classify(createClassifier([model], crosswalk), [{ id: 'x', text: 'the leisure centre contract' }]);
    expect(a!.primaryTheme).toBe('capacity');
    expect(model.training.origins).toMatchObject({ codebook: expect.any(Number), labels: 6, section: expect.any(Number) });
  });

  it('rejects examples of the other framework', () => {
    expect(() => trainModel([{ text: 'x y z', theme: 'governance-culture', kind: 'codebook' }], classic)).toThrow(/not a theme of the classic codebook/);
  });

  it('classifies current-framework units with the current model', () => {
    const model = trainModel(trainingExamples(sections, current, crosswalk), current);
    const classifier = createClassifier([classicDefaultModel(), model], crosswalk);
    const [a] = classify(classifier, [{ id: 'x', text: 'Improve the culture of respect and the standards of conduct of members.', framework: 'current' }]);
    expect(a).toMatchObject({ framework: 'current', primaryTheme: 'governance-culture', crosswalk: { framework: 'classic', primaryTheme: 'governance' } });
  });
});

describe('modelFromJson rejects bad models with invalid-model', () => {
  const json = modelToJson(classicDefaultModel());
  const edit = (f: (m: Record<string, unknown>) => void) => {
    const m = JSON.parse(json) as Record<string, unknown>;
    f(m);
    return JSON.stringify(m);
  };
  it.each([
    ['not JSON', '{', /model\.json: not valid JSON/],
    ['an edited weight', edit((m) => ((m.weights as number[][])[0]![0] = 9)), /hash: the content hashes to [0-9a-f]{16}, not/],
    ['a missing field', edit((m) => delete m.idf), /idf: /],
    ['a wrong format version', edit((m) => (m.formatVersion = 2)), /formatVersion: /],
    ['short weights', edit((m) => (m.weights as number[][])[1]!.pop()), /weights\.1: \d+ values for \d+ terms/],
    ['the wrong themes', edit((m) => ((m.themes as string[])[0] = 'local-priorities')), /themes: expected the classic themes/],
  ])('%s', (_name, text, message) => {
    try {
      modelFromJson(text, 'model.json');
      expect.unreachable();
    } catch (e) {
      expect(isCpcError(e) && e.code).toBe('invalid-model');
      expect((e as Error).message).toMatch(message);
    }
  });
});

describe('scoring sees the same terms as training', () => {
  it('finds exactly the known terms `terms` gives, with their counts', () => {
    const model = classicDefaultModel();
    const prepared = preparedModel(model);
    const index = new Map(model.terms.map((t, j) => [t, j]));
    const words = ['budget', 'Budgets', "council's", 'the', 'of', 'scrutiny', 'overview', 'and', 'MTFS', 'partners', 'zebra', '2016', 'place-shaping', 'decision-making'];
    const glue = [' ', ' ', ', ', '. ', ' – ', '\n'];
    const text = fc.tuple(fc.array(fc.constantFrom(...words), { maxLength: 30 }), fc.array(fc.constantFrom(...glue), { minLength: 30, maxLength: 30 }));
    fc.assert(
      fc.property(text, ([ws, gs]) => {
        const t = ws.map((w, i) => w + gs[i]!).join('');
        const expected = termCounts(terms(t).map((x) => x.key), index);
        const found = scoreText(prepared, t).features;
        expect(new Set(found.map((f) => f.j))).toEqual(new Set(expected.keys()));
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});
