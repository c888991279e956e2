import type { TopLevelSpec } from 'vega-lite';
import type { ChartContext } from './types.js';
import { LABEL_LIMIT, PLOT_WIDTH, ROW_STEP, chartTitle, councilFilter, specBase, themeLegend } from './layout.js';
import { themeColourScale } from './palette.js';
import type { ThemeDatum } from './themeData.js';

export interface ThemeStackOptions {
  readonly title: string;
  readonly measure: string;
  readonly description: string;
  /** Title of the group column in tooltips ("Council", "Authority type"). */
  readonly groupTitle: string;
  /** Axis labels per group (e.g. with the number of councils); the group itself when absent. */
  readonly groupLabels?: ReadonlyMap<string, string>;
  /** Add the council filter parameter (council charts only). */
  readonly councilFilter: boolean;
}

/**
 * Horizontal 100% stacked bars: one bar per group, split by primary theme in codebook order with the fixed theme
 * colours. Shared by the per-council and per-authority-type charts.
 */
export function themeStack(values: readonly ThemeDatum[], context: ChartContext, options: ThemeStackOptions): TopLevelSpec {
  const data = values
    .filter((d) => d.primary > 0)
    .map((d) => ({ ...d, groupLabel: options.groupLabels?.get(d.group) ?? d.group }));
  return {
    ...specBase(options.description),
    title: chartTitle(options.title, options.measure, context),
    data: { values: data },
    ...(options.councilFilter ? councilFilter('group') : {}),
    width: PLOT_WIDTH,
    height: { step: ROW_STEP },
    mark: { type: 'bar', stroke: 'white', strokeWidth: 0.5 },
    encoding: {
      y: { field: 'groupLabel', type: 'nominal', sort: 'ascending', axis: { title: null, labelLimit: LABEL_LIMIT } },
      x: {
        field: 'primary',
        type: 'quantitative',
        aggregate: 'sum',
        stack: 'normalize',
        axis: { title: 'Share of recommendations (by primary theme)', format: '.0%', tickCount: 5 },
      },
      color: { field: 'themeLabel', type: 'nominal', scale: themeColourScale(context.framework), legend: themeLegend(2) },
      order: { field: 'order', type: 'quantitative', sort: 'ascending' },
      tooltip: [
        { field: 'groupLabel', type: 'nominal', title: options.groupTitle },
        { field: 'themeLabel', type: 'nominal', title: 'Theme' },
        { field: 'primary', type: 'quantitative', aggregate: 'sum', title: 'Recommendations' },
        { field: 'share', type: 'quantitative', aggregate: 'max', format: '.0%', title: 'Share' },
      ],
    },
  };
}
