import type { Assignment } from '../classify/types.js';
import { extended } from '../objects.js';
import type { RecommendationUnit, Units } from '../units/types.js';
import type { Challenge, IssueTag } from './types.js';

/** Tags a recommendation's text with recurring issues. */
export type IssueTagger = (text: string) => readonly IssueTag[];

/**
 * Units and their assignments (joined by unit id) -> challenges with their recommendations, each tagged with
 * recurring issues: what every table counts. A unit without an assignment stays, `unclassified` in the tables.
 */
export function challenges(corpus: Units, assignments: readonly Assignment[], tagger: IssueTagger = () => []): Challenge[] {
  const byId = new Map(assignments.map((a) => [a.id, a]));
  const byChallenge = new Map<string, RecommendationUnit[]>();
  for (const unit of corpus.units) {
    const units = byChallenge.get(unit.challengeId);
    if (units === undefined) byChallenge.set(unit.challengeId, [unit]);
    else units.push(unit);
  }
  return corpus.challenges.map((frame) => extended(frame, {
    recommendations: (byChallenge.get(frame.id) ?? []).map((unit) => extended(unit, { assignment: byId.get(unit.id) ?? null, issues: tagger(unit.text) })),
  }));
}
