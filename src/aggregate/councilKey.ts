import type { Challenge, ChallengeRecommendation } from './types.js';

/**
 * The council a challenge (or recommendation) counts towards in "N of M councils": its GSS code, or for a
 * challenge whose documents name no council, the challenge itself (it may be any council, so it counts once).
 */
export function councilKey(item: Pick<Challenge, 'gssCode' | 'id'> | Pick<ChallengeRecommendation, 'gssCode' | 'challengeId'>): string {
  if (item.gssCode !== null) return item.gssCode;
  return `challenge:${'challengeId' in item ? item.challengeId : item.id}`;
}
