import type { ThemeTableRow } from '../../../src/aggregate/types.js';

/** A theme table as `group -> theme -> [primary, mentions, councils]`, plus each group's `[recommendations, councils]`. */
export function cells(rows: readonly ThemeTableRow[]): Record<string, Record<string, [number, number, number]>> {
  const out: Record<string, Record<string, [number, number, number]>> = {};
  for (const r of rows) (out[r.group] ??= {})[r.theme] = [r.primary, r.mentions, r.councils];
  return out;
}

export function groups(rows: readonly ThemeTableRow[]): Record<string, [number, number]> {
  return Object.fromEntries(rows.map((r) => [r.group, [r.groupRecommendations, r.councilsInGroup]]));
}

export function focusCells(rows: readonly ThemeTableRow[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const r of rows) if (r.focusAreaCouncils > 0) (out[r.group] ??= {})[r.theme] = r.focusAreaCouncils;
  return out;
}
