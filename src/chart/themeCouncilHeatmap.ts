import type { TopLevelSpec } from 'vega-lite';
import type { ThemeTableRow } from '../aggregate/types.js';
import type { ChartContext } from './types.js';
import { SPLIT_LABEL_EXPR, plural, topAxisLabels } from './labels.js';
import { LABEL_LIMIT, ROW_STEP, chartTitle, councilFilter, specBase } from './layout.js';
import { SEQUENTIAL_SCHEME, ZERO_CELL } from './palette.js';
import { THEME_WRAP, groupsOf, largestTheme, themeData } from './themeData.js';

/** Cells shaded darker than this share get white text. */
const DARK_CELL = 0.45;

/**
 * Theme × council heatmap: one row per council, one column per theme (codebook order, unclassified last); the
 * number is the council's recommendations with that primary theme, the shade its share of the council's total.
 */
export function themeCouncilHeatmap(rows: readonly ThemeTableRow[], context: ChartContext): TopLevelSpec {
  const data = themeData(rows, 'council', context.framework);
  const councils = groupsOf(data);
  const themes = [...new Map(data.map((d) => [d.order, d.themeLabel])).entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
  const axis = topAxisLabels(themes, THEME_WRAP);
  const values = data.map((d) => ({
    ...d,
    themeAxis: axis.labels.get(d.themeLabel) ?? d.themeLabel,
    aria: `${d.group}: ${plural(d.primary, 'recommendation')} with primary theme ${d.themeLabel} (${Math.round(d.share * 100)}% of ${d.groupRecommendations})`,
  }));
  const maxShare = Math.max(0.01, ...values.map((d) => d.share));
  const description =
    `Heatmap of recommendations by primary theme for each of ${plural(councils.length, 'council')}. ` +
    `Rows are councils, columns are themes; each cell gives the number of the council's recommendations with that ` +
    `primary theme, shaded by its share of the council's total. Across all councils ${largestTheme(values)}.`;
  return {
    ...specBase(description),
    title: chartTitle('Themes of recommendations, by council', "Recommendations by primary theme; shade shows the share of the council's total", context),
    data: { values },
    ...councilFilter('group'),
    width: { step: 104 },
    height: { step: ROW_STEP },
    encoding: {
      x: {
        field: 'themeAxis',
        type: 'nominal',
        sort: themes.map((theme) => axis.labels.get(theme) ?? theme),
        axis: { orient: 'top', labelAngle: 0, labelExpr: SPLIT_LABEL_EXPR, title: null, domain: false, ticks: false, labelPadding: axis.padding, labelBaseline: 'top' },
      },
      y: { field: 'group', type: 'nominal', sort: 'ascending', axis: { title: null, labelLimit: LABEL_LIMIT, domain: false, ticks: false } },
      tooltip: [
        { field: 'group', title: 'Council' },
        { field: 'themeLabel', title: 'Theme' },
        { field: 'primary', title: 'Primary theme of', type: 'quantitative' },
        { field: 'share', title: 'Share of council total', type: 'quantitative', format: '.0%' },
        { field: 'mentions', title: 'Touches theme', type: 'quantitative' },
        { field: 'groupRecommendations', title: 'Council total', type: 'quantitative' },
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
            legend: { title: "Share of the council's recommendations", format: '.0%', direction: 'horizontal', gradientLength: 220 },
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
