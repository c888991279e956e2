import type { Challenge, ChallengeRecommendation } from './types.js';

/**
 * The council a challenge (or recommendation) counts towards in "N of M councils": its GSS code, or for a
 * challenge whose documents name no council, the challenge itself (it may be any council, so it counts once).
 */
export function councilKey(item: Pick<Challenge, 'council' | 'id'> | Pick<ChallengeRecommendation, 'council' | 'challengeId'>): string {
  if (item.council !== null) return item.council.gssCode;
  return `challenge:${'challengeId' in item ? item.challengeId : item.id}`;
}
