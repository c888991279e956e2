import type { Assignment } from '../classify/types.js';
import type { CorpusDocument } from '../corpus/schema.js';
import type { Challenge, ChallengeRecommendation, IssueTag } from './types.js';

/** Tags a recommendation's text with recurring issues. */
export type IssueTagger = (text: string) => readonly IssueTag[];

/**
 * Documents -> challenges: one per council and challenge year (documents without a council stay their own).
 * A recommendation restated in several documents of one challenge counts once; every appearance is kept.
 */
export function groupChallenges(documents: readonly CorpusDocument[], assignments: readonly Assignment[], tagger: IssueTagger = () => []): Challenge[] {
  const byId = new Map(assignments.map((a) => [a.id, a]));
  const groups = new Map<string, CorpusDocument[]>();
  for (const document of documents) {
    const key = `${document.council?.gssCode ?? document.id}-${document.year ?? 'undated'}`;
    groups.set(key, [...(groups.get(key) ?? []), document]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, members]) => {
    const first = members[0]!;
    const recommendations: ChallengeRecommendation[] = [];
    for (const document of members) {
      for (const rec of document.recommendations) {
        const same = recommendations.find((r) => normalised(r.text) === normalised(rec.text));
        if (same !== undefined) {
          const index = recommendations.indexOf(same);
          recommendations[index] = {
            ...same,
            documentIds: [...new Set([...same.documentIds, document.id])],
            sources: [...same.sources, rec.source],
            recommendationIds: [...same.recommendationIds, rec.id],
          };
          continue;
        }
        recommendations.push({
          id: rec.id, challengeId: id, kind: rec.kind, number: rec.number, heading: rec.heading, text: rec.text,
          council: document.council?.name ?? null, gssCode: document.council?.gssCode ?? null,
          authorityType: document.council?.authorityType ?? null, region: document.council?.region ?? null,
          year: document.year, documentType: document.documentType, documentIds: [document.id],
          sources: [rec.source, ...rec.repeats], recommendationIds: [rec.id], assignment: byId.get(rec.id) ?? null, issues: tagger(rec.text),
        });
      }
    }
    return {
      id, council: first.council?.name ?? null, gssCode: first.council?.gssCode ?? null,
      authorityType: first.council?.authorityType ?? null, region: first.council?.region ?? null, year: first.year,
      documentIds: members.map((d) => d.id), focusAreas: [...new Set(members.flatMap((d) => d.focusAreas.map((f) => f.text)))],
      recommendations,
    };
  });
}

function normalised(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}
