import type { TopLevelSpec } from 'vega-lite';
import type { IssuePairRow } from '../aggregate/types.js';
import type { ChartContext } from './types.js';
import { plural } from './labels.js';
import { LABEL_LIMIT, ROW_STEP, chartTitle, specBase } from './layout.js';
import { SEQUENTIAL_SCHEME, ZERO_CELL } from './palette.js';
import { compareText } from './themeData.js';

/**
 * Issue co-occurrence: a symmetric matrix of how many recommendations raise both issues, issues ordered by how
 * often they co-occur with any other. Labels come from `context.issueLabels`.
 */
export function issueCooccurrence(rows: readonly IssuePairRow[], context: ChartContext): TopLevelSpec {
  const label = (id: string) => context.issueLabels?.[id] ?? id;
  const pairs = rows.filter((row) => row.recommendations > 0 && row.issueA !== row.issueB);
  const weight = new Map<string, number>();
  for (const row of pairs) {
    weight.set(row.issueA, (weight.get(row.issueA) ?? 0) + row.recommendations);
    weight.set(row.issueB, (weight.get(row.issueB) ?? 0) + row.recommendations);
  }
  const order = [...weight.entries()].sort((a, b) => b[1] - a[1] || compareText(label(a[0]), label(b[0]))).map(([id]) => label(id));
  const counts = new Map<string, number>();
  for (const row of pairs) {
    for (const key of [`${label(row.issueA)}\u0000${label(row.issueB)}`, `${label(row.issueB)}\u0000${label(row.issueA)}`]) {
      counts.set(key, (counts.get(key) ?? 0) + row.recommendations);
    }
  }
  // Every cell of the matrix, so the grid reads as one; the diagonal (an issue with itself) stays blank. Only cells
  // with a count are marks a reader or a screen reader visits (one short label each): the empty ones are drawn as
  // plain grey squares, which keeps the drawing of 40 issues (1,600 cells) light enough to inline in the briefing.
  const values = order.flatMap((a) =>
    order.map((b) => {
      const recommendations = a === b ? null : (counts.get(`${a}\u0000${b}`) ?? 0);
      return recommendations !== null && recommendations > 0 ? { a, b, recommendations, aria: `${a} with ${b}: ${plural(recommendations, 'recommendation')}` } : { a, b, recommendations };
    }),
  );
  const top = [...pairs].sort((x, y) => y.recommendations - x.recommendations)[0];
  const max = Math.max(1, ...counts.values());
  const description =
    `Matrix of ${plural(order.length, 'recurring issue')}: each cell gives the number of recommendations that raise ` +
    `both the row's issue and the column's issue.` +
    (top === undefined ? '' : ` The most frequent pair is ${label(top.issueA)} with ${label(top.issueB)} (${plural(top.recommendations, 'recommendation')}).`);
  return {
    ...specBase(description),
    title: chartTitle('Issues raised together', 'Recommendations that raise both issues', context),
    data: { values },
    width: { step: ROW_STEP + 4 },
    height: { step: ROW_STEP + 4 },
    encoding: {
      x: { field: 'b', type: 'nominal', sort: order, axis: { title: null, orient: 'top', labelAngle: -50, labelLimit: LABEL_LIMIT, domain: false, ticks: false } },
      y: { field: 'a', type: 'nominal', sort: order, axis: { title: null, labelLimit: LABEL_LIMIT, domain: false, ticks: false } },
    },
    layer: [
      {
        transform: [{ filter: 'datum.recommendations === 0' }],
        mark: { type: 'rect', stroke: 'white', strokeWidth: 1, fill: ZERO_CELL, aria: false },
      },
      {
        transform: [{ filter: 'datum.recommendations > 0' }],
        mark: { type: 'rect', stroke: 'white', strokeWidth: 1 },
        encoding: {
          description: { field: 'aria', type: 'nominal' },
          tooltip: [
            { field: 'a', type: 'nominal', title: 'Issue' },
            { field: 'b', type: 'nominal', title: 'With' },
            { field: 'recommendations', type: 'quantitative', title: 'Recommendations' },
          ],
          color: {
            field: 'recommendations',
            type: 'quantitative',
            scale: { scheme: SEQUENTIAL_SCHEME, domain: [0, max] },
            legend: { title: 'Recommendations', direction: 'horizontal', gradientLength: 200, format: 'd', tickMinStep: 1 },
          },
        },
      },
      {
        transform: [{ filter: 'datum.recommendations > 0' }],
        mark: { type: 'text', fontSize: 10, aria: false },
        encoding: {
          text: { field: 'recommendations', type: 'quantitative' },
          color: { condition: { test: `datum.recommendations > ${0.5 * max}`, value: 'white' }, value: '#222' },
        },
      },
    ],
  };
}
