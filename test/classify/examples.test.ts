import { describe, expect, it } from 'vitest';
import { examplesFromCodebook } from '../../src/classify/examplesFromCodebook.js';
import { examplesFromSections } from '../../src/classify/examplesFromSections.js';
import { examplesThroughCrosswalk } from '../../src/classify/examplesThroughCrosswalk.js';
import { mergeExamples } from '../../src/classify/mergeExamples.js';
import { parseLabelsCsv } from '../../src/classify/parseLabelsCsv.js';
import { trainClassifier } from '../../src/classify/trainClassifier.js';
import { trainingExamples } from '../../src/classify/trainingExamples.js';
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
    expect(examples[0]).toEqual({ text: 'The Council has agreed an ambitious agenda.', theme: 'priorities', origin: 'section:stoke-on-trent-2016-feedback-report.txt' });
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
    expect(examples.every((e) => e.origin === 'codebook')).toBe(true);
  });
});

describe('parseLabelsCsv', () => {
  it('reads text,theme with several rows per text, labels or ids, and ; lists', () => {
    const csv = 'text,theme,note\n"Review the MTFS",finance,x\n"Review the MTFS",Organisational leadership and governance,\nWork with partners,place-leadership;priorities,\n';
    expect(parseLabelsCsv(csv, 'mine.csv')).toEqual([
      { text: 'Review the MTFS', theme: 'finance', origin: 'labels:mine.csv' },
      { text: 'Review the MTFS', theme: 'governance', origin: 'labels:mine.csv' },
      { text: 'Work with partners', theme: 'place-leadership', origin: 'labels:mine.csv' },
      { text: 'Work with partners', theme: 'priorities', origin: 'labels:mine.csv' },
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
    { text: 'Balance the budget', theme: 'finance', origin: 'codebook' },
    { text: 'Work with partners', theme: 'place-leadership', origin: 'codebook' },
  ] as const;
  const labels = [{ text: 'work  with PARTNERS', theme: 'priorities', origin: 'labels:x.csv' }] as const;
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
        { text: 'Scrutiny needs strengthening', theme: 'governance', origin: 'section:a' },
        { text: 'Workforce planning is weak', theme: 'capacity', origin: 'section:a' },
      ],
      crosswalk,
      'current',
    );
    expect(out).toEqual([
      { text: 'Scrutiny needs strengthening', theme: 'organisational-place-leadership', origin: 'crosswalk:section:a' },
      { text: 'Scrutiny needs strengthening', theme: 'governance-culture', origin: 'crosswalk:section:a' },
      { text: 'Workforce planning is weak', theme: 'capacity-for-improvement', origin: 'crosswalk:section:a' },
    ]);
  });

  it('trains the current framework on its seeds plus the classic sections mapped through the crosswalk', () => {
    const examples = trainingExamples(sections, current, crosswalk);
    expect(new Set(examples.map((e) => e.theme))).toEqual(new Set(current.themes.map((t) => t.id)));
    expect(examples.filter((e) => e.origin === 'codebook').length).toBe(examplesFromCodebook(current).length);
    expect(examples.some((e) => e.origin.startsWith('crosswalk:section:'))).toBe(true);
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
    const labels = Object.entries(texts).flatMap(([theme, list]) => list.map((text) => ({ text, theme: theme as keyof typeof texts, origin: 'labels:l.csv' })));
    const classifier = trainClassifier({ sections, codebooks: [classic, current], crosswalk, labels, mode: 'replace' });
    expect(classifier.models.classic!.training.origins).toEqual({ labels: 10 });
    expect(classifier.models.current!.training.origins).toEqual({ crosswalk: 12 }); // each governance text teaches two current themes
    expect(classifier.framework).toBe('classic');
  });
});
