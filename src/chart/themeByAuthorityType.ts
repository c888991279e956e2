import type { TopLevelSpec } from 'vega-lite';
import type { ThemeTableRow } from '../aggregate/types.js';
import type { ChartContext } from './types.js';
import { plural } from './labels.js';
import { largestTheme, themeData } from './themeData.js';
import { themeStack } from './themeStack.js';

/** Recommendations of each authority type split by primary theme; bars are labelled with the councils behind them. */
export function themeByAuthorityType(rows: readonly ThemeTableRow[], context: ChartContext): TopLevelSpec {
  const values = themeData(rows, 'authority-type', context.framework);
  const labels = new Map(values.map((d) => [d.group, `${d.group} (${plural(d.councilsInGroup, 'council')})`]));
  return themeStack(values, context, {
    title: 'Theme shares, by type of authority',
    measure: 'Share of recommendations by primary theme, for each type of authority',
    description:
      `Stacked bar chart: for each of ${plural(labels.size, 'type')} of authority, the share of its councils' ` +
      `recommendations in each primary theme. Overall ${largestTheme(values)}.`,
    groupTitle: 'Authority type',
    groupLabels: labels,
    councilFilter: false,
  });
}
