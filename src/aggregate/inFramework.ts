import { assignmentIn } from '../classify/assignmentIn.js';
import { UNCLASSIFIED, type Framework, type ThemeOrUnclassified } from '../vocabulary.js';
import type { ChallengeRecommendation } from './types.js';

/**
 * A recommendation's primary theme and every theme it touches, in the requested framework: its own assignment, or
 * the crosswalked one when it was classified in the other framework (`assignmentIn`). Without an assignment it is `unclassified`
 * (counted, never dropped).
 */
export function inFramework(recommendation: ChallengeRecommendation, framework: Framework): { primary: ThemeOrUnclassified; touched: ThemeOrUnclassified[] } {
  const assignment = assignmentIn(recommendation.assignment, framework);
  const primary = assignment?.primaryTheme ?? UNCLASSIFIED;
  const touched: ThemeOrUnclassified[] = [primary];
  for (const { theme } of assignment?.themes ?? []) if (!touched.includes(theme)) touched.push(theme);
  return { primary, touched };
}
