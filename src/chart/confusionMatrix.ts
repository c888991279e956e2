import type { TopLevelSpec } from 'vega-lite';
import type { ChartContext, ConfusionRow } from './types.js';
import { SPLIT_LABEL_EXPR, plural, themeLabel, topAxisLabels } from './labels.js';
import { LABEL_LIMIT, specBase } from './layout.js';
import { SEQUENTIAL_SCHEME, ZERO_CELL, themeOrder } from './palette.js';
import { THEME_WRAP } from './themeData.js';
import { byCodeUnit } from '../order.js';

/**
 * The classifier's confusion matrix against the gold standard: rows are the annotated theme, columns the predicted
 * one; the number is the count and the shade the share of the row (so the diagonal reads as recall).
 */
export function confusionMatrix(rows: readonly ConfusionRow[], context: ChartContext): TopLevelSpec {
  const known = themeOrder(context.framework) as readonly string[];
  const rank = (id: string) => (known.includes(id) ? known.indexOf(id) : known.length);
  const ids = [...new Set(rows.flatMap((row) => [row.actual, row.predicted]))].sort((a, b) => rank(a) - rank(b) || byCodeUnit(a, b));
  const rowTotals = new Map<string, number>();
  for (const row of rows) rowTotals.set(row.actual, (rowTotals.get(row.actual) ?? 0) + row.count);
  const axis = topAxisLabels(ids.map(themeLabel), THEME_WRAP);
  const values = rows.map((row) => ({
    actual: themeLabel(row.actual),
    predicted: themeLabel(row.predicted),
    predictedAxis: axis.labels.get(themeLabel(row.predicted)) ?? row.predicted,
    count: row.count,
    rowShare: (rowTotals.get(row.actual) ?? 0) === 0 ? 0 : row.count / (rowTotals.get(row.actual) ?? 1),
    correct: row.actual === row.predicted,
    aria: `Annotated ${themeLabel(row.actual)}, predicted ${themeLabel(row.predicted)}: ${row.count}`,
  }));
  const n = rows.reduce((sum, row) => sum + row.count, 0);
  const correct = rows.filter((row) => row.actual === row.predicted).reduce((sum, row) => sum + row.count, 0);
  const description =
    `Confusion matrix of the theme classifier on ${plural(n, 'annotated recommendation')}: rows are the annotated ` +
    `theme, columns the predicted theme. ${correct} of ${n} (${n === 0 ? 0 : Math.round((100 * correct) / n)}%) lie on the diagonal.`;
  return {
    ...specBase(description),
    // The subtitle counts the gold standard, not the corpus: that is what the matrix rests on.
    title: {
      text: 'Classifier against the gold standard',
      subtitle: ['Primary theme: rows as annotated by hand, columns as predicted; shade is the share of the row', `${plural(n, 'annotated recommendation')}`],
    },
    data: { values },
    width: { step: 104 },
    height: { step: 30 },
    encoding: {
      x: {
        field: 'predictedAxis',
        type: 'nominal',
        sort: ids.map((id) => axis.labels.get(themeLabel(id)) ?? id),
        axis: { title: null, orient: 'top', labelAngle: 0, labelExpr: SPLIT_LABEL_EXPR, domain: false, ticks: false, labelBaseline: 'top', labelPadding: axis.padding },
      },
      y: { field: 'actual', type: 'nominal', sort: ids.map(themeLabel), axis: { title: null, labelLimit: LABEL_LIMIT, domain: false, ticks: false } },
      tooltip: [
        { field: 'actual', type: 'nominal', title: 'Annotated' },
        { field: 'predicted', type: 'nominal', title: 'Predicted' },
        { field: 'count', type: 'quantitative', title: 'Recommendations' },
        { field: 'rowShare', type: 'quantitative', format: '.0%', title: 'Share of row' },
      ],
    },
    layer: [
      {
        mark: { type: 'rect', stroke: 'white', strokeWidth: 2 },
        encoding: {
          description: { field: 'aria', type: 'nominal' },
          color: {
            condition: { test: 'datum.count === 0', value: ZERO_CELL },
            field: 'rowShare',
            type: 'quantitative',
            scale: { scheme: SEQUENTIAL_SCHEME, domain: [0, 1] },
            legend: { title: 'Share of the annotated theme', format: '.0%', direction: 'horizontal', gradientLength: 200 },
          },
        },
      },
      {
        mark: { type: 'text', fontSize: 12, aria: false },
        encoding: {
          text: { field: 'count', type: 'quantitative' },
          color: { condition: [{ test: 'datum.rowShare > 0.5', value: 'white' }, { test: 'datum.count === 0', value: '#888' }], value: '#222' },
        },
      },
    ],
  };
}
