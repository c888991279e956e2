import type { ThemeId } from '../vocabulary.js';

/**
 * The closest theme of the other framework for each theme: the LGA's classic five and current five, pairwise.
 * (Organisational leadership, classic `governance`, sits partly in current `organisational-place-leadership`;
 * a weighted crosswalk refines this.)
 */
const PAIRS: readonly (readonly [ThemeId, ThemeId])[] = [
  ['priorities', 'local-priorities'],
  ['place-leadership', 'organisational-place-leadership'],
  ['finance', 'financial-management'],
  ['governance', 'governance-culture'],
  ['capacity', 'capacity-for-improvement'],
];

export function primaryCrosswalk(theme: ThemeId): ThemeId {
  for (const [classic, current] of PAIRS) {
    if (theme === classic) return current;
    if (theme === current) return classic;
  }
  return theme;
}
