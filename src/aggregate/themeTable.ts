import { THEME_LABELS, THEMES, UNCLASSIFIED, type Framework, type ThemeGrouping, type ThemeOrUnclassified } from '../vocabulary.js';
import type { FrameworkAssignment } from '../classify/types.js';
import type { Challenge, ChallengeRecommendation, ThemeTableRow } from './types.js';

const NOT_NAMED = '(council not named)';

/** The group a challenge falls in for a grouping. */
function groupOf(challenge: Challenge, grouping: ThemeGrouping, documentType: string): string {
  switch (grouping) {
    case 'council': return challenge.council ?? NOT_NAMED;
    case 'year': return challenge.year === null ? '(undated)' : String(challenge.year);
    case 'region': return challenge.region ?? '(unknown)';
    case 'authority-type': return challenge.authorityType ?? '(unknown)';
    case 'document-type': return documentType;
  }
}

function inFramework(r: ChallengeRecommendation, framework: Framework): FrameworkAssignment | null {
  if (r.assignment === null) return null;
  return r.assignment.framework === framework ? r.assignment : r.assignment.crosswalk;
}

/**
 * Theme table in long form: one row per group and theme (and `unclassified` where any), with counts, shares and
 * "N of M councils" where M counts every council in the group, with or without recommendations.
 */
export function themeTable(challenges: readonly Challenge[], options: { grouping: ThemeGrouping; framework: Framework; documentTypes?: ReadonlyMap<string, string> }): ThemeTableRow[] {
  const { grouping, framework } = options;
  const groups = new Map<string, Challenge[]>();
  for (const challenge of challenges) {
    const type = options.documentTypes?.get(challenge.documentIds[0] ?? '') ?? 'other';
    const group = groupOf(challenge, grouping, type);
    groups.set(group, [...(groups.get(group) ?? []), challenge]);
  }
  const rows: ThemeTableRow[] = [];
  for (const [group, members] of [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const recs = members.flatMap((c) => c.recommendations);
    const councilsInGroup = new Set(members.map((c) => c.gssCode ?? c.id)).size;
    const themes: ThemeOrUnclassified[] = [...THEMES[framework]];
    if (recs.some((r) => inFramework(r, framework)?.primaryTheme === UNCLASSIFIED)) themes.push(UNCLASSIFIED);
    for (const theme of themes) {
      const touching = recs.filter((r) => (theme === UNCLASSIFIED ? inFramework(r, framework)?.primaryTheme === UNCLASSIFIED : inFramework(r, framework)?.themes.some((t) => t.theme === theme)));
      const primary = recs.filter((r) => inFramework(r, framework)?.primaryTheme === theme).length;
      rows.push({
        grouping, group, framework, theme, themeLabel: theme === UNCLASSIFIED ? 'Unclassified' : THEME_LABELS[theme],
        primary, mentions: touching.length, groupRecommendations: recs.length,
        share: recs.length === 0 ? 0 : Math.round((primary / recs.length) * 10000) / 10000,
        councils: new Set(members.filter((c) => c.recommendations.some((r) => touching.includes(r))).map((c) => c.gssCode ?? c.id)).size,
        councilsInGroup, focusAreaCouncils: 0,
      });
    }
  }
  return rows;
}
