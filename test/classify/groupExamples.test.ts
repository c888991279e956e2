import { describe, expect, it } from 'vitest';
import { groupExamples } from '../../src/classify/groupExamples.js';
import type { TrainingExample } from '../../src/classify/types.js';

const example = (text: string, theme: TrainingExample['theme'], origin = 'section:a.pdf'): TrainingExample => ({ text, theme, origin });
const weights = { seed: 2, label: 3 };

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
        example('Sunderland City Council faces a capacity gap and needs a plan to close it.', 'capacity', 'section:b.pdf'),
      ],
      weights,
    );
    expect(groups.map((g) => [g.text.slice(0, 20), g.themes])).toEqual([
      ['Stockport Council fa', ['finance']],
      ['Sunderland City Coun', ['capacity']],
    ]);
  });

  it('keeps apart short texts made of names (headings, theme names)', () => {
    const groups = groupExamples([example('Leadership of Place', 'place-leadership', 'codebook:place'), example('Next Corporate Peer Challenge', 'capacity')], weights);
    expect(groups).toHaveLength(2);
  });
});
