import type { TopLevelSpec } from 'vega-lite';
import type { IssueRow } from '../aggregate/types.js';
import type { ChartContext } from './types.js';
import { plural } from './labels.js';
import { LABEL_LIMIT, PLOT_WIDTH, ROW_STEP, chartTitle, specBase } from './layout.js';
import { PAIR_COLOURS } from './palette.js';

const UNPROMPTED = 'Raised by the peer team';
const ASKED = 'Council asked for it (focus area)';

/**
 * Recurring issues ranked by the number of councils they were raised for, each bar split into councils where
 * the peer team raised it and councils that had asked for it as a focus area; the bar ends with "N of M".
 */
export function recurringIssues(rows: readonly IssueRow[], context: ChartContext): TopLevelSpec {
  const ranked = rows.filter((row) => row.councils > 0).sort((a, b) => b.councils - a.councils || (a.label < b.label ? -1 : 1));
  const order = ranked.map((row) => row.label);
  const values = ranked.flatMap((row, rank) => {
    const asked = Math.min(row.focusAreaCouncils, row.councils);
    const common = { label: row.label, rank, total: row.councils, of: `${row.councils} of ${row.councilsTotal}`, recommendations: row.recommendations };
    return [
      { ...common, part: UNPROMPTED, partOrder: 0, councils: row.councils - asked },
      { ...common, part: ASKED, partOrder: 1, councils: asked },
    ];
  });
  const max = Math.max(1, ...ranked.map((row) => row.councilsTotal));
  const top = ranked[0];
  const description =
    `Bar chart ranking ${plural(ranked.length, 'recurring issue')} by the number of councils whose peer challenge ` +
    `raised it.` + (top === undefined ? '' : ` The most common is ${top.label}, raised for ${top.councils} of ${top.councilsTotal} councils.`);
  return {
    ...specBase(description),
    title: chartTitle('Recurring issues, by number of councils', 'Councils whose recommendations raise each issue', context),
    data: { values },
    width: PLOT_WIDTH,
    height: { step: ROW_STEP },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: order, axis: { title: null, labelLimit: LABEL_LIMIT } },
      tooltip: [
        { field: 'label', type: 'nominal', title: 'Issue' },
        { field: 'of', type: 'nominal', title: 'Councils' },
        { field: 'part', type: 'nominal', title: 'Of which' },
        { field: 'councils', type: 'quantitative', title: 'Councils in this part' },
        { field: 'recommendations', type: 'quantitative', title: 'Recommendations' },
      ],
    },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          x: { field: 'councils', type: 'quantitative', stack: 'zero', scale: { domain: [0, max] }, axis: { title: 'Councils', tickMinStep: 1, format: 'd' } },
          color: { field: 'part', type: 'nominal', scale: { domain: [UNPROMPTED, ASKED], range: [...PAIR_COLOURS] }, legend: { title: null, direction: 'horizontal', orient: 'top' } },
          order: { field: 'partOrder', type: 'quantitative' },
        },
      },
      {
        transform: [{ filter: 'datum.partOrder === 0' }],
        mark: { type: 'text', align: 'left', dx: 4, fontSize: 11, color: '#222' },
        encoding: { x: { field: 'total', type: 'quantitative' }, text: { field: 'of', type: 'nominal' } },
      },
    ],
  };
}
