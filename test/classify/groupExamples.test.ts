import { beforeAll, describe, expect, it } from 'vitest';
import { examplesFromCodebook, examplesThroughCrosswalk } from '../../src/classify/trainingExamples.js';
import { groupExamples } from '../../src/classify/model/groupExamples.js';
import { parseLabelsCsv } from '../../src/classify/parseLabelsCsv.js';
import type { NameTest, TrainingExample } from '../../src/classify/types.js';
import { councilNameTest } from '../../src/classify/councilNames.js';
import { loadRegister } from '../../src/resources/register.js';
import { classic, crosswalk } from './setup.js';

/** A theme-section sentence, as `examplesFromSections` gives it. */
const example = (text: string, theme: TrainingExample['theme'], file = 'a.pdf'): TrainingExample => ({ text, theme, kind: 'section', file });
const weights = { seed: 2, label: 3 };
let councils: NameTest;
beforeAll(async () => {
  councils = councilNameTest(await loadRegister());
});

describe('groupExamples', () => {
  it('groups a text repeated with other case and spacing, keeping every theme and the strongest weight', () => {
    const seed = examplesFromCodebook(classic).find((e) => e.text === 'reserves')!;
    const groups = groupExamples([example('Reserves', 'capacity'), seed], weights);
    expect(groups).toEqual([{ text: 'Reserves', themes: ['capacity', 'finance'], weight: 2 }]);
  });

  it('weighs each kind of example as its producer emits it: sections 1, codebook seeds, labels, crosswalked or not', () => {
    const weightOf = (examples: readonly TrainingExample[]) => groupExamples(examples, weights).map((g) => g.weight);
    const seeds = examplesFromCodebook(classic).filter((e) => e.theme === 'finance');
    const labels = parseLabelsCsv('text,theme\nRebuild the reserves,finance\n', 'mine.csv');
    expect(weightOf([example('Reserves fall fast.', 'finance')])).toEqual([1]);
    expect(new Set(weightOf(seeds))).toEqual(new Set([2]));
    expect(new Set(weightOf(examplesThroughCrosswalk(seeds, crosswalk, 'current')))).toEqual(new Set([2]));
    expect(weightOf(labels)).toEqual([3]);
    expect(weightOf(examplesThroughCrosswalk(labels, crosswalk, 'current'))).toEqual([3]);
  });

  it('groups sentences that differ only in council names and numbers: one template, one piece of evidence', () => {
    const groups = groupExamples(
      [
        example('Stockport Council faces a budget gap of £20.5m by 2026 and needs a plan to close it.', 'finance'),
        example('Sunderland City Council faces a budget gap of £12m by 2027 and needs a plan to close it.', 'finance', 'b.pdf'),
        example('Stockport Council’s budget gap of £20.5m needs a plan to close it.', 'finance'),
        example('Sunderland City Council’s budget gap of £12m needs a plan to close it.', 'capacity', 'b.pdf'),
        example('Sunderland City Council faces a capacity gap and needs a plan to close it.', 'capacity', 'b.pdf'),
      ],
      weights,
      councils,
    );
    expect(groups.map((g) => [g.text.slice(0, 30), g.themes])).toEqual([
      ['Stockport Council faces a budg', ['finance']],
      ['Stockport Council’s budget gap', ['finance', 'capacity']],
      ['Sunderland City Council faces ', ['capacity']],
    ]);
  });

  it('keeps apart sentences that differ in capitalised words that are not council names', () => {
    const texts: [string, TrainingExample['theme']][] = [
      ['The Council should review its Medium Term Financial Strategy.', 'finance'],
      ['The Council should review its Local Plan.', 'place-leadership'],
      ['Develop a clear plan for the next three years.', 'capacity'],
      ['Review a clear plan for the next three years.', 'governance'],
      ['Members and Officers need to work together.', 'governance'],
      ['Staff and Partners need to work together.', 'place-leadership'],
    ];
    const groups = groupExamples(texts.map(([text, theme]) => example(text, theme)), weights, councils);
    expect(groups.map((g) => g.themes)).toEqual(texts.map(([, theme]) => [theme]));
  });

  it('without a name test, groups only sentences that differ in numbers', () => {
    const groups = groupExamples(
      [example('A gap of £20m by 2026 needs a plan.', 'finance'), example('A gap of £12m by 2027 needs a plan.', 'finance'), example('Stockport Council needs a plan to close its gap.', 'finance'), example('Sunderland City Council needs a plan to close its gap.', 'finance')],
      weights,
    );
    expect(groups).toHaveLength(3);
  });

  it('keeps apart short texts made of names (headings, theme names)', () => {
    const label = examplesFromCodebook(classic).find((e) => e.text === 'Leadership of Place')!;
    const groups = groupExamples([label, example('Next Corporate Peer Challenge', 'capacity')], weights);
    expect(groups).toHaveLength(2);
  });
});
