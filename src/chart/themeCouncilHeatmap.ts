import type { TopLevelSpec } from 'vega-lite';
import type { ThemeTableRow } from '../aggregate/types.js';
import type { ChartContext } from './types.js';
import { themeHeatmap } from './themeHeatmap.js';

/**
 * Theme × council heatmap: one row per council, one column per theme (codebook order, unclassified last); the
 * number is the council's recommendations with that primary theme, the shade its share of the council's total.
 */
export function themeCouncilHeatmap(rows: readonly ThemeTableRow[], context: ChartContext): TopLevelSpec {
  return themeHeatmap(rows, 'council', context, {
    title: 'Themes of recommendations, by council',
    measure: "Recommendations by primary theme; shade shows the share of the council's total",
    noun: 'council',
    councilFilter: true,
  });
}
