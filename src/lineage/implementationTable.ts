import { compareNullable } from '../order.js';
import { PROGRESS_STATUSES, type ProgressStatus, type RecommendationProgress } from './types.js';

/** Groupings of the implementation table. */
export const IMPLEMENTATION_GROUPINGS = ['theme-classic', 'theme-current', 'authority-type', 'year'] as const;
export type ImplementationGrouping = (typeof IMPLEMENTATION_GROUPINGS)[number];

/** One cell of the implementation table in long form: a group by status. */
export interface ImplementationRow {
  readonly grouping: ImplementationGrouping;
  readonly group: string;
  readonly status: ProgressStatus;
  /** Original recommendations of the group at this status. */
  readonly recommendations: number;
  /** All original recommendations of the group: the denominator, `no-follow-up` included. */
  readonly groupRecommendations: number;
  /** Those with at least one follow-up document (the denominator of a rate of implementation among the followed up). */
  readonly groupFollowedUp: number;
  /** recommendations / groupRecommendations. */
  readonly share: number;
}

function groupOf(progress: RecommendationProgress, grouping: ImplementationGrouping): string {
  switch (grouping) {
    case 'theme-classic': return progress.themeClassic;
    case 'theme-current': return progress.themeCurrent;
    case 'authority-type': return progress.council?.authorityType ?? '(unknown)';
    case 'year': return progress.year === null ? '(undated)' : String(progress.year);
  }
}

/**
 * Progress records -> how far recommendations got, by group and status: every status of the scale for every
 * group (zeros included), so a recommendation without follow-up is counted as `no-follow-up`, never as not
 * started, and shares add up to 1 per group. Groups sorted by name.
 */
export function implementationTable(progress: readonly RecommendationProgress[], grouping: ImplementationGrouping): ImplementationRow[] {
  const groups = new Map<string, RecommendationProgress[]>();
  for (const p of progress) {
    const key = groupOf(p, grouping);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.keys()].sort((a, b) => compareNullable(a, b)).flatMap((group) => {
    const members = groups.get(group)!;
    const followedUp = members.filter((m) => m.status !== 'no-follow-up').length;
    return PROGRESS_STATUSES.map((status) => {
      const count = members.filter((m) => m.status === status).length;
      return { grouping, group, status, recommendations: count, groupRecommendations: members.length, groupFollowedUp: followedUp, share: count / members.length };
    });
  });
}
