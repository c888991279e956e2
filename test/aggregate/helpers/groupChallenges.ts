import { challenges, type IssueTagger } from '../../../src/aggregate/challenges.js';
import type { Challenge } from '../../../src/aggregate/types.js';
import type { Assignment } from '../../../src/classify/types.js';
import type { CorpusDocument } from '../../../src/corpus/schema.js';
import { units } from '../../../src/units/units.js';

/** `units` then `challenges`, as `analyse` composes them: the aggregate tests' way from documents to challenges. */
export function groupChallenges(
  documents: readonly CorpusDocument[],
  assignments: readonly Assignment[],
  tagger: IssueTagger = () => [],
  options: { readonly threshold?: number } = {},
): Challenge[] {
  return challenges(units(documents, options), assignments, tagger);
}
