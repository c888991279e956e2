import * as aq from 'arquero';
import type { Framework } from '../vocabulary.js';
import type { ThemeTableRow } from './types.js';

/** One council's theme counts side by side: `council`, `framework`, `recommendations`, then a column per theme. */
export type CouncilThemeWideRow = Readonly<{ council: string; framework: Framework; recommendations: number } & Record<string, string | number>>;

/**
 * Long council rows of `themeTable` -> one row per council and framework with a column per theme (the CSV's
 * shape), holding `value` (default: recommendations with that primary theme). Every row has every theme column
 * found in `rows`, in their order, zero where the council has none; councils keep the order of `rows`.
 */
export function councilThemeWide(rows: readonly ThemeTableRow[], value: 'primary' | 'mentions' | 'share' = 'primary'): CouncilThemeWideRow[] {
  const councilRows = rows.filter((r) => r.grouping === 'council');
  if (councilRows.length === 0) return [];
  const themes = [...new Set(councilRows.map((r) => r.theme))];
  const recommendations = new Map(councilRows.map((r) => [`${r.group}\u0000${r.framework}`, r.groupRecommendations]));
  const wide = aq
    .table({
      council: councilRows.map((r) => r.group),
      framework: councilRows.map((r) => r.framework),
      theme: councilRows.map((r) => r.theme),
      value: councilRows.map((r) => r[value]),
    })
    .groupby('council', 'framework')
    .pivot('theme', { value: (d: { value: number }) => aq.op.sum(d.value) })
    .objects() as Record<string, string | number | undefined>[];
  return wide.map((row) => {
    const council = String(row.council);
    const framework = row.framework as Framework;
    const out: Record<string, string | number> = { council, framework, recommendations: recommendations.get(`${council}\u0000${framework}`) ?? 0 };
    for (const theme of themes) out[theme] = typeof row[theme] === 'number' ? row[theme] : 0;
    return out as CouncilThemeWideRow;
  });
}
