import type { TopLevelSpec } from 'vega-lite';
import type { ImplementationRow } from '../lineage/implementationTable.js';
import { PROGRESS_STATUSES, type ProgressStatus } from '../lineage/types.js';
import { LINE_BREAK, SPLIT_LABEL_EXPR, plural, themeLabel } from './labels.js';
import { percent } from '../percent.js';
import { LABEL_LIMIT, PLOT_WIDTH, ROW_STEP, chartTitle, specBase } from './layout.js';
import { themeOrder } from './palette.js';
import type { ChartContext } from './types.js';

/** How each status reads in a legend, and its colour: greens for done, amber and red for less, greys for silence. */
export const STATUS_LABELS: Readonly<Record<ProgressStatus, string>> = {
  completed: 'Completed',
  'on-track': 'On track',
  'some-progress': 'Some progress',
  'limited-progress': 'Limited progress',
  'not-started': 'Not started',
  'no-evidence': 'Follow-up silent on it',
  'no-follow-up': 'No follow-up in corpus',
};
const STATUS_COLOURS: Readonly<Record<ProgressStatus, string>> = {
  completed: '#1b7837',
  'on-track': '#7fbf7b',
  'some-progress': '#f1b040',
  'limited-progress': '#d6604d',
  'not-started': '#8c2d04',
  'no-evidence': '#9e9e9e',
  'no-follow-up': '#e0e0e0',
};

/**
 * How far recommendations got, by primary theme: one 100% stacked bar per theme, split by latest status in the
 * fixed order of the scale. Every original recommendation counts, so a theme whose recommendations were never
 * followed up shows as such, not as "not started". Each bar is labelled with its number of recommendations.
 */
export function progressByTheme(rows: readonly ImplementationRow[], context: ChartContext): TopLevelSpec {
  const grouping = context.framework === 'classic' ? 'theme-classic' : 'theme-current';
  const order = themeOrder(context.framework) as readonly string[];
  const values = rows
    .filter((r) => r.grouping === grouping && r.recommendations > 0)
    .map((r) => ({
      ...r,
      statusLabel: STATUS_LABELS[r.status],
      statusOrder: PROGRESS_STATUSES.indexOf(r.status),
      themeOrder: order.indexOf(r.group),
      themeAxis: `${themeLabel(r.group)}${LINE_BREAK}${plural(r.groupRecommendations, 'recommendation')}`,
    }));
  const total = new Map(values.map((v) => [v.group, v.groupRecommendations]));
  const all = [...total.values()].reduce((a, b) => a + b, 0);
  const followed = values.filter((v) => v.status !== 'no-follow-up').reduce((a, v) => a + v.recommendations, 0);
  const done = values.filter((v) => v.status === 'completed' || v.status === 'on-track').reduce((a, v) => a + v.recommendations, 0);
  const description =
    `Stacked bar chart: for each of ${plural(total.size, 'theme')}, the share of its recommendations at each latest ` +
    `status, read from explicit words in later action plans, council updates and progress reviews. Of ${plural(all, 'recommendation')}, ` +
    `${followed} (${percent(all === 0 ? 0 : followed / all)}) have a follow-up document in the corpus and ${done} are reported completed or on track.`;
  return {
    ...specBase(description),
    title: chartTitle('How far recommendations got, by theme', 'Share of each theme’s recommendations, by latest reported status', context),
    data: { values },
    width: PLOT_WIDTH,
    height: { step: ROW_STEP * 2 },
    mark: { type: 'bar', stroke: 'white', strokeWidth: 0.5 },
    encoding: {
      y: {
        field: 'themeAxis', type: 'nominal', sort: { field: 'themeOrder', op: 'min', order: 'ascending' },
        axis: { title: null, labelExpr: SPLIT_LABEL_EXPR, labelLimit: LABEL_LIMIT },
      },
      x: { field: 'recommendations', type: 'quantitative', aggregate: 'sum', stack: 'normalize', axis: { title: 'Share of the theme’s recommendations', format: '.0%', tickCount: 5 } },
      color: {
        field: 'statusLabel', type: 'nominal',
        scale: { domain: PROGRESS_STATUSES.map((s) => STATUS_LABELS[s]), range: PROGRESS_STATUSES.map((s) => STATUS_COLOURS[s]) },
        legend: { title: 'Latest status', columns: 4, labelLimit: 0 },
      },
      order: { field: 'statusOrder', type: 'quantitative', sort: 'ascending' },
      tooltip: [
        { field: 'group', type: 'nominal', title: 'Theme' },
        { field: 'statusLabel', type: 'nominal', title: 'Status' },
        { field: 'recommendations', type: 'quantitative', aggregate: 'sum', title: 'Recommendations' },
        { field: 'share', type: 'quantitative', aggregate: 'max', format: '.0%', title: 'Share' },
        { field: 'groupRecommendations', type: 'quantitative', aggregate: 'max', title: 'All in theme' },
      ],
    },
  };
}
