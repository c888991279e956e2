import type { TopLevelSpec } from 'vega-lite';
import type { ThemeTableRow } from '../aggregate/types.js';
import type { ChartContext } from './types.js';
import { plural } from './labels.js';
import { groupsOf, largestTheme, themeData } from './themeData.js';
import { themeStack } from './themeStack.js';

/** Each council's recommendations split by primary theme, as 100% stacked bars in the fixed theme colours. */
export function themeShareByCouncil(rows: readonly ThemeTableRow[], context: ChartContext): TopLevelSpec {
  const values = themeData(rows, 'council', context.framework);
  // a council without recommendations has no bar to split
  const councils = groupsOf(values.filter((d) => d.primary > 0)).length;
  return themeStack(values, context, {
    title: 'Theme shares, by council',
    measure: "Share of each council's recommendations by primary theme",
    description:
      `Stacked bar chart: for each of ${plural(councils, 'council')} with recommendations, the share of its ` +
      `recommendations in each primary theme, in codebook order. Across all councils ${largestTheme(values)}.`,
    groupTitle: 'Council',
    councilFilter: true,
  });
}
