import type { TopLevelSpec } from 'vega-lite';
import type { ThemeTableRow } from '../aggregate/types.js';
import { UNCLASSIFIED } from '../vocabulary.js';
import type { ChartContext } from './types.js';
import { SPLIT_LABEL_EXPR, plural, wrapLabel } from './labels.js';
import { percent } from '../percent.js';
import { chartTitle, specBase } from './layout.js';
import { PAIR_COLOURS } from './palette.js';
import { compareText, themeData, type ThemeDatum } from './themeData.js';

/** Councils shown at each end of a theme's ranking. */
export const EXTREME_COUNCILS = 5;
/** Fewest recommendations a council needs to be ranked (a council with two is 0% or 50% of anything). */
export const MIN_RANKED_RECOMMENDATIONS = 5;

/**
 * The council axis of the bars and their labels, most often first (the sector line spans the panel): rows are keyed
 * `<rank, 3 digits> <council>` so a plain ascending sort orders them (a sort by another field would give each layer
 * its own domain), and the labels drop the rank.
 */
const COUNCIL_AXIS = { field: 'row', type: 'nominal', sort: 'ascending', axis: { title: null, labelLimit: 320, labelExpr: 'substring(datum.value, 4)' } } as const;

/** Characters per line of a panel's theme heading. */
const PANEL_WRAP = 34;

const MOST = 'Most often';
const LEAST = 'Least often';

/** One bar: a council at one end of one theme's ranking. */
export interface ExtremeDatum {
  readonly themeLabel: string;
  /** The theme label wrapped for the panel heading. */
  readonly panel: string;
  readonly order: number;
  readonly council: string;
  /** Position in the theme's ranking, 0 the highest share. */
  readonly rank: number;
  /** The row key: rank (three digits), council and share (the label: a text layer would split the axis's domain). */
  readonly row: string;
  readonly end: typeof MOST | typeof LEAST;
  readonly share: number;
  readonly primary: number;
  readonly recommendations: number;
  /** The theme's share of every council's recommendations together. */
  readonly sectorShare: number;
}

/**
 * For each theme (not unclassified), the councils whose recommendations have it as primary theme most and least
 * often: ranked by share, then by recommendations (more is firmer), then by name; only councils with at least
 * MIN_RANKED_RECOMMENDATIONS. With too few councils for both ends, each council appears once, at its own end.
 */
export function councilExtremes(rows: readonly ThemeTableRow[], context: ChartContext, perEnd = EXTREME_COUNCILS): ExtremeDatum[] {
  const data = themeData(rows, 'council', context.framework).filter((d) => d.theme !== UNCLASSIFIED);
  const byTheme = new Map<number, ThemeDatum[]>();
  for (const datum of data) byTheme.set(datum.order, [...(byTheme.get(datum.order) ?? []), datum]);
  return [...byTheme.entries()]
    .sort((a, b) => a[0] - b[0])
    .flatMap(([, cells]) => {
      const primary = cells.reduce((sum, d) => sum + d.primary, 0);
      const all = cells.reduce((sum, d) => sum + d.groupRecommendations, 0);
      const sectorShare = all === 0 ? 0 : primary / all;
      const ranked = cells
        .filter((d) => d.groupRecommendations >= MIN_RANKED_RECOMMENDATIONS)
        .sort((a, b) => b.share - a.share || b.groupRecommendations - a.groupRecommendations || compareText(a.group, b.group));
      const top = Math.min(perEnd, Math.ceil(ranked.length / 2));
      const bottom = Math.min(perEnd, ranked.length - top);
      const picked = [
        ...ranked.slice(0, top).map((d, i) => [d, MOST, i] as const),
        ...ranked.slice(ranked.length - bottom).map((d, i) => [d, LEAST, ranked.length - bottom + i] as const),
      ];
      return picked.map(([d, end, rank]) => ({
        themeLabel: d.themeLabel,
        panel: wrapLabel(d.themeLabel, PANEL_WRAP),
        order: d.order,
        council: d.group,
        rank,
        row: `${String(rank).padStart(3, '0')} ${d.group} · ${percent(d.share)}`,
        end,
        share: d.share,
        primary: d.primary,
        recommendations: d.groupRecommendations,
        sectorShare,
      }));
    });
}

/**
 * Small multiples, one panel per theme: the councils told about the theme most and least often (share of their
 * recommendations with it as primary theme), a line at the whole sector's share. The sector view of the council
 * heatmap and stacked bars: it reads the same with 20 councils or 400.
 */
export function themeCouncilExtremes(rows: readonly ThemeTableRow[], context: ChartContext): TopLevelSpec {
  const values = councilExtremes(rows, context);
  const themes = [...new Map(values.map((d) => [d.order, d.panel])).entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
  const widest = [...values].filter((d) => d.end === MOST).sort((a, b) => b.share - a.share || compareText(a.council, b.council))[0];
  const description =
    `Small multiples, one panel for each of ${plural(themes.length, 'theme')}: the ${EXTREME_COUNCILS} councils whose ` +
    `recommendations are most often and the ${EXTREME_COUNCILS} least often mainly about the theme, among councils with ` +
    `at least ${MIN_RANKED_RECOMMENDATIONS} recommendations; a line marks the theme's share across all councils.` +
    (widest === undefined ? '' : ` The highest share is ${widest.council}'s ${percent(widest.share)} on ${widest.themeLabel}.`);
  return {
    ...specBase(description),
    title: chartTitle(
      'Councils most and least often told about each theme',
      `Share of each council's recommendations with the theme as primary theme (councils with ${MIN_RANKED_RECOMMENDATIONS}+); the line is all councils`,
      context,
    ),
    data: { values },
    facet: { field: 'panel', type: 'nominal', sort: themes, header: { title: null, labelAnchor: 'start', labelFontWeight: 'bold', labelFontSize: 12, labelExpr: SPLIT_LABEL_EXPR } },
    columns: 2,
    spacing: { row: 16, column: 28 },
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: 180,
      height: { step: 18 },
      layer: [
        {
          mark: { type: 'bar' },
          encoding: {
            y: COUNCIL_AXIS,
            x: { field: 'share', type: 'quantitative', stack: null, scale: { domain: [0, 1] }, axis: { title: null, format: '.0%', tickCount: 5 } },
            color: { field: 'end', type: 'nominal', scale: { domain: [MOST, LEAST], range: [...PAIR_COLOURS] }, legend: { title: null, orient: 'top', direction: 'horizontal' } },
            tooltip: [
              { field: 'council', type: 'nominal', title: 'Council' },
              { field: 'themeLabel', type: 'nominal', title: 'Theme' },
              { field: 'share', type: 'quantitative', format: '.0%', title: 'Share' },
              { field: 'primary', type: 'quantitative', title: 'Recommendations with the theme' },
              { field: 'recommendations', type: 'quantitative', title: 'All the council’s recommendations' },
              { field: 'sectorShare', type: 'quantitative', format: '.0%', title: 'All councils' },
            ],
          },
        },
        {
          mark: { type: 'rule', color: '#222', strokeDash: [4, 3] },
          encoding: { x: { field: 'sectorShare', type: 'quantitative', aggregate: 'max' } },
        },
      ],
    },
  };
}
