import { CpcError } from '../errors.js';
import type { ThemeGrouping } from '../vocabulary.js';
import type { Challenge, ChallengeRecommendation } from './types.js';

/** A challenge's share of one group: the recommendations it contributes (maybe none). */
export interface GroupMember {
  readonly group: string;
  readonly challenge: Challenge;
  readonly recommendations: readonly ChallengeRecommendation[];
}

/**
 * Where a challenge falls for a grouping. A challenge falls in one group, except by document type: there it falls
 * in the group of each of its documents' types, with the recommendations that appear in documents of that type.
 */
export function themeGroups(challenge: Challenge, grouping: ThemeGrouping, documentTypes?: ReadonlyMap<string, string>): GroupMember[] {
  const all = (group: string): GroupMember[] => [{ group, challenge, recommendations: challenge.recommendations }];
  switch (grouping) {
    case 'council':
      return all(challenge.council?.name ?? `(council not named: ${challenge.id})`);
    case 'year':
      return all(challenge.year === null ? '(undated)' : String(challenge.year));
    case 'region':
      return all(challenge.council?.region ?? '(unknown)');
    case 'authority-type':
      return all(challenge.council?.authorityType ?? '(unknown)');
    case 'document-type': {
      if (documentTypes === undefined) throw new CpcError('usage', 'grouping by document type needs the documents\' types (documentTypes)');
      const typeOf = (id: string): string => documentTypes.get(id) ?? 'other';
      const types = [...new Set(challenge.documentIds.map(typeOf))];
      return types.map((group) => ({
        group,
        challenge,
        recommendations: challenge.recommendations.filter((r) => r.documentIds.some((id) => typeOf(id) === group)),
      }));
    }
  }
}
