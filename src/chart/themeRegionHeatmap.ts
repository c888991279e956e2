import type { TopLevelSpec } from 'vega-lite';
import type { ThemeTableRow } from '../aggregate/types.js';
import type { ChartContext } from './types.js';
import { plural } from './labels.js';
import { themeHeatmap } from './themeHeatmap.js';

/**
 * Theme × region heatmap, the sector view of the council heatmap: one row per region (labelled with its number of
 * councils), the number its recommendations with each primary theme, the shade their share of the region's total.
 */
export function themeRegionHeatmap(rows: readonly ThemeTableRow[], context: ChartContext): TopLevelSpec {
  const regions = rows.filter((row) => row.grouping === 'region' && row.framework === context.framework);
  const labels = new Map(regions.map((row) => [row.group, `${row.group} (${plural(row.councilsInGroup, 'council')})`]));
  return themeHeatmap(regions, 'region', context, {
    title: 'Themes of recommendations, by region',
    measure: "Recommendations by primary theme; shade shows the share of the region's total",
    noun: 'region',
    groupLabels: labels,
    councilFilter: false,
  });
}
