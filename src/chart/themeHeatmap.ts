import type { TopLevelSpec } from 'vega-lite';
import type { ThemeTableRow } from '../aggregate/types.js';
import type { ThemeGrouping } from '../vocabulary.js';
import type { ChartContext } from './types.js';
import { SPLIT_LABEL_EXPR, plural, topAxisLabels } from './labels.js';
import { LABEL_LIMIT, ROW_STEP, chartTitle, councilFilter, specBase } from './layout.js';
import { SEQUENTIAL_SCHEME, ZERO_CELL } from './palette.js';
import { THEME_WRAP, groupsOf, largestTheme, themeData } from './themeData.js';

/** Cells shaded darker than this share get white text. */
const DARK_CELL = 0.45;

export interface ThemeHeatmapOptions {
  readonly title: string;
  readonly measure: string;
  /** What a row is ("council", "region"), for the description, tooltips and legend. */
  readonly noun: string;
  /** Row labels per group (e.g. with its number of councils); the group itself when absent. */
  readonly groupLabels?: ReadonlyMap<string, string>;
  /** Add the council filter parameter (council rows only). */
  readonly councilFilter: boolean;
}

/**
 * Theme × group heatmap: one row per group, one column per theme (codebook order, unclassified last); the number
 * is the group's recommendations with that primary theme, the shade its share of the group's total. Shared by the
 * council and the region heatmaps.
 */
export function themeHeatmap(rows: readonly ThemeTableRow[], grouping: ThemeGrouping, context: ChartContext, options: ThemeHeatmapOptions): TopLevelSpec {
  const { noun } = options;
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);
  const data = themeData(rows, grouping, context.framework);
  const groups = groupsOf(data);
  const themes = [...new Map(data.map((d) => [d.order, d.themeLabel])).entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
  const axis = topAxisLabels(themes, THEME_WRAP);
  const labels = options.groupLabels;
  const values = data.map((d) => ({
    ...d,
    ...(labels === undefined ? {} : { groupLabel: labels.get(d.group) ?? d.group }),
    themeAxis: axis.labels.get(d.themeLabel) ?? d.themeLabel,
    aria: `${d.group}: ${plural(d.primary, 'recommendation')} with primary theme ${d.themeLabel} (${Math.round(d.share * 100)}% of ${d.groupRecommendations})`,
  }));
  const maxShare = Math.max(0.01, ...values.map((d) => d.share));
  const description =
    `Heatmap of recommendations by primary theme for each of ${plural(groups.length, noun)}. ` +
    `Rows are ${noun}s, columns are themes; each cell gives the number of the ${noun}'s recommendations with that ` +
    `primary theme, shaded by its share of the ${noun}'s total. Across all ${noun}s ${largestTheme(values)}.`;
  return {
    ...specBase(description),
    title: chartTitle(options.title, options.measure, context),
    data: { values },
    ...(options.councilFilter ? councilFilter('group') : {}),
    width: { step: 104 },
    height: { step: ROW_STEP },
    encoding: {
      x: {
        field: 'themeAxis',
        type: 'nominal',
        sort: themes.map((theme) => axis.labels.get(theme) ?? theme),
        axis: { orient: 'top', labelAngle: 0, labelExpr: SPLIT_LABEL_EXPR, title: null, domain: false, ticks: false, labelPadding: axis.padding, labelBaseline: 'top' },
      },
      y: { field: labels === undefined ? 'group' : 'groupLabel', type: 'nominal', sort: 'ascending', axis: { title: null, labelLimit: LABEL_LIMIT, domain: false, ticks: false } },
      tooltip: [
        { field: 'group', title: Noun },
        { field: 'themeLabel', title: 'Theme' },
        { field: 'primary', title: 'Primary theme of', type: 'quantitative' },
        { field: 'share', title: `Share of ${noun} total`, type: 'quantitative', format: '.0%' },
        { field: 'mentions', title: 'Touches theme', type: 'quantitative' },
        { field: 'groupRecommendations', title: `${Noun} total`, type: 'quantitative' },
      ],
    },
    layer: [
      {
        mark: { type: 'rect', stroke: 'white', strokeWidth: 2 },
        encoding: {
          description: { field: 'aria', type: 'nominal' },
          color: {
            condition: { test: 'datum.primary === 0', value: ZERO_CELL },
            field: 'share',
            type: 'quantitative',
            scale: { scheme: SEQUENTIAL_SCHEME, domain: [0, maxShare] },
            legend: { title: `Share of the ${noun}'s recommendations`, format: '.0%', direction: 'horizontal', gradientLength: 220 },
          },
        },
      },
      {
        mark: { type: 'text', fontSize: 12, aria: false },
        encoding: {
          text: { field: 'primary', type: 'quantitative' },
          color: { condition: [{ test: `datum.share > ${DARK_CELL * maxShare}`, value: 'white' }, { test: 'datum.primary === 0', value: '#888' }], value: '#222' },
        },
      },
    ],
  };
}
