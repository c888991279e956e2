import { describe, expect, it } from 'vitest';
import { examplesFromCodebook, examplesFromSections, examplesThroughCrosswalk, trainingExamples } from '../../src/classify/trainingExamples.js';
import { mergeExamples } from '../../src/classify/mergeExamples.js';
import { parseLabelsCsv } from '../../src/classify/parseLabelsCsv.js';
import { trainClassifier } from '../../src/classify/trainClassifier.js';
import { CpcError } from '../../src/errors.js';
import { classic, crosswalk, current, sections } from './setup.js';

describe('examples from the Stoke theme sections (test helper split)', () => {
  it('finds the five classic sections in order', () => {
    expect(sections.map((s) => s.theme)).toEqual(['priorities', 'place-leadership', 'finance', 'governance', 'capacity']);
    expect(sections.every((s) => s.text.length > 3000)).toBe(true);
  });

  it('labels each sentence with its section theme and document', () => {
    const examples = examplesFromSections(sections);
    expect(examples.length).toBeGreaterThan(150);
    expect(examples[0]).toEqual({ text: 'The Council has agreed an ambitious agenda.', theme: 'priorities', kind: 'section', file: 'stoke-on-trent-2016-feedback-report.txt' });
    expect(examples.some((e) => e.theme === 'finance' && e.text === 'Increases in Council Tax, including the social care levy.')).toBe(true);
  });
});

describe('examplesFromCodebook', () => {
  it('gives the label, question, description sentences, terms and phrases of each theme', () => {
    const examples = examplesFromCodebook(classic);
    const finance = examples.filter((e) => e.theme === 'finance').map((e) => e.text);
    expect(finance).toContain('Financial planning and viability');
    expect(finance).toContain('medium term financial strategy');
    expect(finance).toContain('reserves');
    expect(examples.every((e) => e.kind === 'codebook' && e.file === undefined && e.crosswalkedFrom === undefined)).toBe(true);
  });
});

describe('parseLabelsCsv', () => {
  it('reads text,theme with several rows per text, labels or ids, and ; lists', () => {
    const csv = 'text,theme,note\n"Review the MTFS",finance,x\n"Review the MTFS",Organisational leadership and governance,\nWork with partners,place-leadership;priorities,\n';
    expect(parseLabelsCsv(csv, 'mine.csv')).toEqual([
      { text: 'Review the MTFS', theme: 'finance', kind: 'labels', file: 'mine.csv' },
      { text: 'Review the MTFS', theme: 'governance', kind: 'labels', file: 'mine.csv' },
      { text: 'Work with partners', theme: 'place-leadership', kind: 'labels', file: 'mine.csv' },
      { text: 'Work with partners', theme: 'priorities', kind: 'labels', file: 'mine.csv' },
    ]);
  });

  it.each([
    ['text,label\na,finance\n', /mine\.csv:1: header: needs columns text,theme \(missing theme; got columns text,label\)/],
    ['text,theme\nsomething,money\n', /mine\.csv:2: theme: "money" is not a theme id or label/],
    ['text,theme\n"",finance\n', /mine\.csv:2: text: empty/],
    ['text,theme\n"open,finance\n', /mine\.csv:\d+: not valid CSV/],
  ])('rejects %j', (csv, message) => {
    expect(() => parseLabelsCsv(csv, 'mine.csv')).toThrow(message);
    expect(() => parseLabelsCsv(csv, 'mine.csv')).toThrow(CpcError);
  });
});

describe('mergeExamples', () => {
  const defaults = [
    { text: 'Balance the budget', theme: 'finance', kind: 'codebook' },
    { text: 'Work with partners', theme: 'place-leadership', kind: 'codebook' },
  ] as const;
  const labels = [{ text: 'work  with PARTNERS', theme: 'priorities', kind: 'labels', file: 'x.csv' }] as const;
  it('add: the labels win over default examples of the same text', () => {
    expect(mergeExamples(defaults, labels, 'add')).toEqual([defaults[0], labels[0]]);
  });
  it('replace: the labels alone', () => {
    expect(mergeExamples(defaults, labels, 'replace')).toEqual([labels[0]]);
  });
});

describe('examplesThroughCrosswalk', () => {
  it('relabels classic examples into current themes, a governance sentence into both of its targets', () => {
    const out = examplesThroughCrosswalk(
      [
        { text: 'Scrutiny needs strengthening', theme: 'governance', kind: 'section', file: 'a' },
        { text: 'Workforce planning is weak', theme: 'capacity', kind: 'section', file: 'a' },
      ],
      crosswalk,
      'current',
    );
    expect(out).toEqual([
      { text: 'Scrutiny needs strengthening', theme: 'organisational-place-leadership', kind: 'section', file: 'a', crosswalkedFrom: 'classic' },
      { text: 'Scrutiny needs strengthening', theme: 'governance-culture', kind: 'section', file: 'a', crosswalkedFrom: 'classic' },
      { text: 'Workforce planning is weak', theme: 'capacity-for-improvement', kind: 'section', file: 'a', crosswalkedFrom: 'classic' },
    ]);
  });

  it('trains the current framework on its seeds plus the classic sections mapped through the crosswalk', () => {
    const examples = trainingExamples(sections, current, crosswalk);
    expect(new Set(examples.map((e) => e.theme))).toEqual(new Set(current.themes.map((t) => t.id)));
    expect(examples.filter((e) => e.kind === 'codebook').length).toBe(examplesFromCodebook(current).length);
    expect(examples.some((e) => e.kind === 'section' && e.crosswalkedFrom === 'classic')).toBe(true);
  });
});

describe('trainClassifier', () => {
  it('replace: trains on the labels alone, in both frameworks through the crosswalk', () => {
    const texts = {
      priorities: ['Set a clear vision for the borough', 'Agree priorities with residents'],
      'place-leadership': ['Work with health partners', 'Lead the place with the police and business'],
      finance: ['Close the budget gap', 'Rebuild the reserves'],
      governance: ['Strengthen scrutiny', 'Review the constitution'],
      capacity: ['Plan the workforce', 'Improve project management'],
    } as const;
    const labels = Object.entries(texts).flatMap(([theme, list]) => list.map((text) => ({ text, theme: theme as keyof typeof texts, kind: 'labels' as const, file: 'l.csv' })));
    const classifier = trainClassifier({ sectionExamples: examplesFromSections(sections), codebooks: [classic, current], crosswalk, labels, mode: 'replace' });
    expect(classifier.models.classic!.training.origins).toEqual({ labels: 10 });
    expect(classifier.models.current!.training.origins).toEqual({ crosswalk: 12 }); // each governance text teaches two current themes
    expect(classifier.framework).toBe('classic');
  });
});

describe('example weights change the model', () => {
  const train = (options: { seedWeight?: number; labelWeight?: number }, labels: ReturnType<typeof parseLabelsCsv> = []) =>
    trainClassifier({ sectionExamples: examplesFromSections(sections), codebooks: [classic, current], crosswalk, labels, options });
  const csv = 'text,theme\nRebuild the reserves,finance\nStrengthen scrutiny,governance\nPlan the workforce,capacity\n';

  it('seedWeight: the codebook seeds weigh more in both frameworks, the crosswalked ones included', () => {
    const [light, heavy] = [train({ seedWeight: 1 }), train({ seedWeight: 50 })];
    expect(heavy.models.classic!.hash).not.toBe(light.models.classic!.hash);
    expect(heavy.models.classic!.weights).not.toEqual(light.models.classic!.weights);
    expect(heavy.models.current!.weights).not.toEqual(light.models.current!.weights);
  });

  it('labelWeight: a researcher’s labels weigh more, in their own framework and through the crosswalk', () => {
    const labels = parseLabelsCsv(csv, 'mine.csv');
    const [light, heavy] = [train({ labelWeight: 1 }, labels), train({ labelWeight: 50 }, labels)];
    expect(heavy.models.classic!.weights).not.toEqual(light.models.classic!.weights);
    expect(heavy.models.current!.weights).not.toEqual(light.models.current!.weights);
    expect(heavy.models.current!.training.origins).toMatchObject({ crosswalk: expect.any(Number) });
  });

  it('without seeds to weigh (labels alone), seedWeight changes nothing but the options recorded', () => {
    const labels = parseLabelsCsv(`${csv}Set a clear vision,priorities\nWork with health partners,place-leadership\n`, 'mine.csv');
    const labelsOnly = (seedWeight: number) => trainClassifier({ sectionExamples: examplesFromSections(sections), codebooks: [classic], crosswalk, labels, mode: 'replace', options: { seedWeight } });
    expect(labelsOnly(50).models.classic!.weights).toEqual(labelsOnly(1).models.classic!.weights);
  });
});
