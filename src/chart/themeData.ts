import type { ThemeTableRow } from '../aggregate/types.js';
import type { Framework, ThemeGrouping, ThemeOrUnclassified } from '../vocabulary.js';
import { themeLabel } from './labels.js';
import { themeOrder } from './palette.js';
import { byCodeUnit } from '../order.js';

/** One theme-table cell as a chart datum: labels resolved, codebook order attached. */
export interface ThemeDatum {
  readonly group: string;
  readonly theme: ThemeOrUnclassified;
  readonly themeLabel: string;
  /** Position of the theme in codebook order (unclassified last), for stacking and sorting. */
  readonly order: number;
  readonly primary: number;
  readonly mentions: number;
  readonly share: number;
  readonly groupRecommendations: number;
  readonly councils: number;
  readonly councilsInGroup: number;
}

/** Characters per line of a theme label under a heatmap column. */
export const THEME_WRAP = 16;

/**
 * The cells of one grouping in one framework, in group then codebook order. Themes missing from the table are
 * not invented: a chart shows what the aggregate counted.
 */
export function themeData(rows: readonly ThemeTableRow[], grouping: ThemeGrouping, framework: Framework): ThemeDatum[] {
  const order = themeOrder(framework);
  return rows
    .filter((row) => row.grouping === grouping && row.framework === framework && order.includes(row.theme))
    .map((row) => ({
      group: row.group,
      theme: row.theme,
      themeLabel: themeLabel(row.theme),
      order: order.indexOf(row.theme),
      primary: row.primary,
      mentions: row.mentions,
      share: row.share,
      groupRecommendations: row.groupRecommendations,
      councils: row.councils,
      councilsInGroup: row.councilsInGroup,
    }))
    .sort((a, b) => compareText(a.group, b.group) || a.order - b.order);
}

/** Distinct groups in first-seen order. */
export function groupsOf(data: readonly { readonly group: string }[]): string[] {
  return [...new Set(data.map((datum) => datum.group))];
}

/** Locale-independent, case-insensitive text order (deterministic on every machine). */
export function compareText(a: string, b: string): number {
  return byCodeUnit(a.toLowerCase(), b.toLowerCase()) || byCodeUnit(a, b);
}

/** Recommendations per theme summed over groups, in codebook order, with the overall total. */
export function themeTotals(data: readonly ThemeDatum[]): { totals: { label: string; primary: number }[]; total: number } {
  const totals = new Map<string, { label: string; order: number; primary: number }>();
  for (const datum of data) {
    const entry = totals.get(datum.theme) ?? { label: datum.themeLabel, order: datum.order, primary: 0 };
    totals.set(datum.theme, { ...entry, primary: entry.primary + datum.primary });
  }
  const list = [...totals.values()].sort((a, b) => a.order - b.order).map(({ label, primary }) => ({ label, primary }));
  return { totals: list, total: list.reduce((sum, entry) => sum + entry.primary, 0) };
}

/** "Financial planning and viability (34% of 420 recommendations)": the largest theme, for descriptions. */
export function largestTheme(data: readonly ThemeDatum[]): string {
  const { totals, total } = themeTotals(data);
  const top = [...totals].sort((a, b) => b.primary - a.primary)[0];
  if (top === undefined || total === 0) return 'no recommendations were counted';
  return `the most common primary theme is ${top.label} (${Math.round((100 * top.primary) / total)}% of ${total} recommendations)`;
}
