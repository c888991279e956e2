import { compareNullable } from '../order.js';
import type { Challenge, IssuePairRow } from './types.js';

/**
 * How often two issues are raised in the same recommendation (each challenge recommendation once), from the tags
 * `challenges` put on them. Pairs are ordered `issueA < issueB`; rows by count, then ids.
 */
export function issuePairs(challenges: readonly Challenge[]): IssuePairRow[] {
  const counts = new Map<string, IssuePairRow>();
  for (const r of challenges.flatMap((c) => c.recommendations)) {
    const issues = [...new Set(r.issues.map((t) => t.issue))].sort(compareNullable);
    issues.forEach((issueA, i) => {
      for (const issueB of issues.slice(i + 1)) {
        const key = `${issueA}\u0000${issueB}`;
        counts.set(key, { issueA, issueB, recommendations: (counts.get(key)?.recommendations ?? 0) + 1 });
      }
    });
  }
  return [...counts.values()].sort(
    (a, b) => b.recommendations - a.recommendations || compareNullable(a.issueA, b.issueA) || compareNullable(a.issueB, b.issueB),
  );
}
