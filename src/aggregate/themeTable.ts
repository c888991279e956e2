import * as aq from 'arquero';
import { THEME_LABELS, THEMES, UNCLASSIFIED, type Framework, type ThemeGrouping, type ThemeOrUnclassified } from '../vocabulary.js';
import type { ChallengeFocus } from './challengeFocus.js';
import { compareNullable } from '../order.js';
import { councilKey } from './councilKey.js';
import { inFramework } from './inFramework.js';
import { themeGroups } from './themeGroups.js';
import type { Challenge, ThemeTableRow } from './types.js';

export interface ThemeTableOptions {
  readonly grouping: ThemeGrouping;
  readonly framework: Framework;
  /** Each document's type by document id: needed to group by document type. */
  readonly documentTypes?: ReadonlyMap<string, string>;
  /** What each challenge asked the peers to look at (see `challengeFocus`): fills `focusAreaCouncils`. */
  readonly focus?: readonly ChallengeFocus[];
}

interface Count { group: string; theme: string; primary: number; mentions: number; councils: number }

/**
 * Theme table in long form: one row per group and theme of the framework (and `unclassified` in a group that has
 * any), with counts, shares and "N of M councils", where M counts every council in the group, with or without
 * recommendations. Phases: place challenges in groups -> one row per recommendation and theme it touches ->
 * roll up per group and theme (arquero) -> fill every theme of every group, zeros included.
 */
export function themeTable(challenges: readonly Challenge[], options: ThemeTableOptions): ThemeTableRow[] {
  const { grouping, framework } = options;
  const members = challenges.flatMap((c) => themeGroups(c, grouping, options.documentTypes));
  const touches = { group: [] as string[], theme: [] as string[], rec: [] as string[], council: [] as string[], primary: [] as number[] };
  const recommendations = new Map<string, Set<string>>();
  const councils = new Map<string, Set<string>>();
  for (const { group, challenge, recommendations: recs } of members) {
    add(councils, group, councilKey(challenge));
    for (const r of recs) {
      add(recommendations, group, r.id);
      const { primary, touched } = inFramework(r, framework);
      for (const theme of touched) {
        touches.group.push(group);
        touches.theme.push(theme);
        touches.rec.push(r.id);
        touches.council.push(councilKey(challenge));
        touches.primary.push(theme === primary ? 1 : 0);
      }
    }
  }
  const counts = aq
    .table(touches)
    .groupby('group', 'theme')
    .rollup({ primary: aq.op.sum('primary'), mentions: aq.op.distinct('rec'), councils: aq.op.distinct('council') })
    .objects() as unknown as Count[];
  const byCell = new Map(counts.map((c) => [`${c.group}\u0000${c.theme}`, c]));
  const asked = new Map<string, Set<string>>();
  const focusThemes = new Map((options.focus ?? []).map((f) => [f.challengeId, f.themes]));
  for (const { group, challenge } of members) {
    for (const theme of focusThemes.get(challenge.id) ?? []) add(asked, `${group}\u0000${theme}`, councilKey(challenge));
  }

  const rows: ThemeTableRow[] = [];
  for (const group of [...councils.keys()].sort(compareGroups)) {
    const groupRecommendations = recommendations.get(group)?.size ?? 0;
    const themes: ThemeOrUnclassified[] = [...THEMES[framework]];
    if (byCell.has(`${group}\u0000${UNCLASSIFIED}`)) themes.push(UNCLASSIFIED);
    for (const theme of themes) {
      const cell = byCell.get(`${group}\u0000${theme}`);
      const primary = cell?.primary ?? 0;
      rows.push({
        grouping, group, framework, theme,
        themeLabel: theme === UNCLASSIFIED ? 'Unclassified' : THEME_LABELS[theme],
        primary,
        mentions: cell?.mentions ?? 0,
        groupRecommendations,
        share: groupRecommendations === 0 ? 0 : Math.round((primary / groupRecommendations) * 10000) / 10000,
        councils: cell?.councils ?? 0,
        councilsInGroup: councils.get(group)?.size ?? 0,
        focusAreaCouncils: asked.get(`${group}\u0000${theme}`)?.size ?? 0,
      });
    }
  }
  return rows;
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

/** Groups in text order, placeholders such as "(undated)" last. */
function compareGroups(a: string, b: string): number {
  return Number(a.startsWith('(')) - Number(b.startsWith('(')) || compareNullable(a, b);
}
