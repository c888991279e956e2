import type { TopLevelSpec } from 'vega-lite';
import type { ThemeTableRow } from '../aggregate/types.js';
import type { ChartContext } from './types.js';
import { LINE_BREAK, SPLIT_LABEL_EXPR, plural } from './labels.js';
import { chartTitle, specBase, themeLegend } from './layout.js';
import { themeColourScale } from './palette.js';
import { groupsOf, largestTheme, themeData } from './themeData.js';

/**
 * Share of each year's recommendations by primary theme, as 100% stacked columns in the fixed theme colours. Each
 * year is labelled with its number of councils, so a year resting on one council reads as such. Groups that are
 * not a year (undated documents) are left out.
 */
export function themeShareByYear(rows: readonly ThemeTableRow[], context: ChartContext): TopLevelSpec {
  const data = themeData(rows, 'year', context.framework).filter((d) => /^\d{4}$/.test(d.group) && d.primary > 0);
  // "140 councils" is wider than a column: when a count runs past 10 characters, every count takes two lines
  const split = data.some((d) => plural(d.councilsInGroup, 'council').length > 10);
  const councils = (n: number) => (split ? plural(n, 'council').replace(' ', LINE_BREAK) : plural(n, 'council'));
  const values = data.map((d) => ({ ...d, yearLabel: `${d.group}${LINE_BREAK}${councils(d.councilsInGroup)}` }));
  const years = groupsOf(values).length;
  const description =
    `Stacked column chart: for each of ${plural(years, 'year')}, the share of that year's recommendations in each ` +
    `primary theme, in codebook order. Over the whole period ${largestTheme(data)}.`;
  return {
    ...specBase(description),
    title: chartTitle('Theme shares, by year', 'Share of the recommendations made each year, by primary theme', context),
    data: { values },
    width: { step: 64 },
    height: 300,
    mark: { type: 'bar', stroke: 'white', strokeWidth: 0.5 },
    encoding: {
      x: { field: 'yearLabel', type: 'ordinal', sort: 'ascending', axis: { title: 'Year of challenge', labelAngle: 0, labelExpr: SPLIT_LABEL_EXPR, labelPadding: 4 } },
      y: {
        field: 'primary',
        type: 'quantitative',
        aggregate: 'sum',
        stack: 'normalize',
        axis: { title: 'Share of the year’s recommendations', format: '.0%', tickCount: 5 },
      },
      color: { field: 'themeLabel', type: 'nominal', scale: themeColourScale(context.framework), legend: themeLegend(1) },
      order: { field: 'order', type: 'quantitative', sort: 'ascending' },
      tooltip: [
        { field: 'group', type: 'nominal', title: 'Year' },
        { field: 'themeLabel', type: 'nominal', title: 'Theme' },
        { field: 'primary', type: 'quantitative', aggregate: 'sum', title: 'Recommendations' },
        { field: 'share', type: 'quantitative', aggregate: 'max', format: '.0%', title: 'Share' },
        { field: 'groupRecommendations', type: 'quantitative', aggregate: 'max', title: 'All that year' },
        { field: 'councilsInGroup', type: 'quantitative', aggregate: 'max', title: 'Councils that year' },
      ],
    },
  };
}
