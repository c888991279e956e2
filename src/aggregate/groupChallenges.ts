import type { Assignment } from '../classify/types.js';
import type { CorpusDocument } from '../corpus/schema.js';
import type { DocumentType } from '../vocabulary.js';
import { challengeYears } from './challengeYears.js';
import { compareNullable } from './compareNullable.js';
import { MERGE_THRESHOLD, mergeRecommendations, type IssueTagger } from './mergeRecommendations.js';
import type { Challenge } from './types.js';

export type { IssueTagger } from './mergeRecommendations.js';

/** Reading order within a challenge: the peer team's own report first, then the papers that restate it. */
const TYPE_ORDER: readonly DocumentType[] = ['feedback-report', 'progress-review', 'action-plan', 'committee-report', 'news', 'other'];

/**
 * Documents -> challenges, the unit of analysis. Phases: decide each document's challenge (council and challenge
 * year, see `challengeYears`) -> group -> read each group's documents in order (feedback report first, then by
 * date and id) -> merge restated recommendations (see `mergeRecommendations`). Documents without a council stay
 * their own challenge. Challenge ids are `<GSS code or document id>-<year or "undated">`; challenges are ordered
 * by council, year and id, so the output does not depend on the order of `documents`.
 */
export function groupChallenges(
  documents: readonly CorpusDocument[],
  assignments: readonly Assignment[],
  issueTagger: IssueTagger = () => [],
  options: { readonly threshold?: number } = {},
): Challenge[] {
  const keys = challengeYears(documents);
  const byId = new Map(assignments.map((a) => [a.id, a]));
  const groups = new Map<string, CorpusDocument[]>();
  for (const document of documents) {
    const key = keys.get(document.id)!;
    const id = `${key.council}-${key.year ?? 'undated'}`;
    groups.set(id, [...(groups.get(id) ?? []), document]);
  }
  const challenges = [...groups.entries()].map(([id, members]): Challenge => {
    const ordered = [...members].sort(readingOrder);
    const named = ordered.find((d) => d.council !== null)?.council ?? null;
    const fields = {
      id,
      council: named?.name ?? null,
      gssCode: named?.gssCode ?? null,
      authorityType: named?.authorityType ?? null,
      region: named?.region ?? null,
      year: keys.get(ordered[0]!.id)!.year,
    };
    const focus = new Map<string, string>();
    for (const area of ordered.flatMap((d) => d.focusAreas)) {
      const key = area.text.toLowerCase().replace(/\s+/g, ' ').trim();
      if (!focus.has(key)) focus.set(key, area.text);
    }
    return {
      ...fields,
      documentIds: ordered.map((d) => d.id),
      focusAreas: [...focus.values()],
      recommendations: mergeRecommendations(ordered, fields, byId, issueTagger, options.threshold ?? MERGE_THRESHOLD),
    };
  });
  return challenges.sort(
    (a, b) => compareNullable(a.council, b.council) || compareNullable(a.year, b.year) || compareNullable(a.id, b.id),
  );
}

function readingOrder(a: CorpusDocument, b: CorpusDocument): number {
  return (
    TYPE_ORDER.indexOf(a.documentType) - TYPE_ORDER.indexOf(b.documentType) ||
    compareNullable(a.dates.document, b.dates.document) ||
    compareNullable(a.id, b.id)
  );
}
