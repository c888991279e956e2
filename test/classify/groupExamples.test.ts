import { beforeAll, describe, expect, it } from 'vitest';
import { groupExamples, type NameTest } from '../../src/classify/groupExamples.js';
import type { TrainingExample } from '../../src/classify/types.js';
import { councilNameTest } from '../../src/pipeline/analyse.js';
import { loadRegister } from '../../src/resources/register.js';

const example = (text: string, theme: TrainingExample['theme'], origin = 'section:a.pdf'): TrainingExample => ({ text, theme, origin });
const weights = { seed: 2, label: 3 };
let councils: NameTest;
beforeAll(async () => {
  councils = councilNameTest(await loadRegister());
});

describe('groupExamples', () => {
  it('groups a text repeated with other case and spacing, keeping every theme and the strongest weight', () => {
    const groups = groupExamples([example('The budget gap is  large.', 'finance'), example('the budget gap is large.', 'capacity', 'codebook:finance')], weights);
    expect(groups).toEqual([{ text: 'The budget gap is  large.', themes: ['finance', 'capacity'], weight: 2 }]);
  });

  it('groups sentences that differ only in council names and numbers: one template, one piece of evidence', () => {
    const groups = groupExamples(
      [
        example('Stockport Council faces a budget gap of £20.5m by 2026 and needs a plan to close it.', 'finance'),
        example('Sunderland City Council faces a budget gap of £12m by 2027 and needs a plan to close it.', 'finance', 'section:b.pdf'),
        example('Stockport Council’s budget gap of £20.5m needs a plan to close it.', 'finance'),
        example('Sunderland City Council’s budget gap of £12m needs a plan to close it.', 'capacity', 'section:b.pdf'),
        example('Sunderland City Council faces a capacity gap and needs a plan to close it.', 'capacity', 'section:b.pdf'),
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
    const groups = groupExamples([example('Leadership of Place', 'place-leadership', 'codebook:place'), example('Next Corporate Peer Challenge', 'capacity')], weights);
    expect(groups).toHaveLength(2);
  });
});
