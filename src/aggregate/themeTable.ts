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

/** What a group's recommendations say of one theme. */
interface Cell {
  /** Recommendations with it as their primary theme. */
  primary: number;
  /** Recommendations touching it. */
  mentions: number;
  /** Councils told about it. */
  readonly councils: Set<string>;
}

/**
 * Theme table in long form: one row per group and theme of the framework (and `unclassified` in a group that has
 * any), with counts, shares and "N of M councils", where M counts every council in the group, with or without
 * recommendations. Phases: place challenges in groups -> count each recommendation once in every theme it touches
 * in its group -> fill every theme of every group, zeros included. Recommendations are counted, not collected: a
 * challenge falls in a group at most once (`themeGroups`) and holds each of its recommendations once.
 */
export function themeTable(challenges: readonly Challenge[], options: ThemeTableOptions): ThemeTableRow[] {
  const { grouping, framework } = options;
  const members = challenges.flatMap((c) => themeGroups(c, grouping, options.documentTypes));
  const recommendations = new Map<string, number>();
  const councils = new Map<string, Set<string>>();
  // cells by group, then theme
  const cells = new Map<string, Map<ThemeOrUnclassified, Cell>>();
  for (const { group, challenge, recommendations: recs } of members) {
    const council = councilKey(challenge);
    add(councils, group, council);
    const groupCells = cells.get(group) ?? new Map<ThemeOrUnclassified, Cell>();
    cells.set(group, groupCells);
    recommendations.set(group, (recommendations.get(group) ?? 0) + recs.length);
    for (const r of recs) {
      const { primary, touched } = inFramework(r, framework);
      for (const theme of touched) {
        const cell = groupCells.get(theme) ?? { primary: 0, mentions: 0, councils: new Set<string>() };
        groupCells.set(theme, cell);
        if (theme === primary) cell.primary++;
        cell.mentions++;
        cell.councils.add(council);
      }
    }
  }
  const asked = new Map<string, Set<string>>();
  const focusThemes = new Map((options.focus ?? []).map((f) => [f.challengeId, f.themes]));
  for (const { group, challenge } of members) {
    for (const theme of focusThemes.get(challenge.id) ?? []) add(asked, `${group}\u0000${theme}`, councilKey(challenge));
  }

  const rows: ThemeTableRow[] = [];
  for (const group of [...councils.keys()].sort(compareGroups)) {
    const groupRecommendations = recommendations.get(group) ?? 0;
    const themes: ThemeOrUnclassified[] = [...THEMES[framework]];
    const groupCells = cells.get(group);
    if (groupCells?.has(UNCLASSIFIED) === true) themes.push(UNCLASSIFIED);
    for (const theme of themes) {
      const cell = groupCells?.get(theme);
      const primary = cell?.primary ?? 0;
      rows.push({
        grouping, group, framework, theme,
        themeLabel: theme === UNCLASSIFIED ? 'Unclassified' : THEME_LABELS[theme],
        primary,
        mentions: cell?.mentions ?? 0,
        groupRecommendations,
        share: groupRecommendations === 0 ? 0 : Math.round((primary / groupRecommendations) * 10000) / 10000,
        councils: cell?.councils.size ?? 0,
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
