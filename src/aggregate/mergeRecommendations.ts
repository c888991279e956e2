import type { Assignment } from '../classify/types.js';
import type { CorpusDocument, Recommendation, SourceLocation } from '../corpus/schema.js';
import { contentTerms } from './contentTerms.js';
import { textSimilarity } from './textSimilarity.js';
import type { Challenge, ChallengeRecommendation, IssueTag } from './types.js';

/** Tags a recommendation's text with recurring issues. */
export type IssueTagger = (text: string) => readonly IssueTag[];

/** How alike two recommendations of one challenge must be to count once: see `textSimilarity`. */
export const MERGE_THRESHOLD = 0.6;

interface Draft {
  readonly document: CorpusDocument;
  readonly recommendation: Recommendation;
  readonly terms: ReadonlySet<string>;
  readonly normal: string;
  readonly documentIds: string[];
  readonly sources: SourceLocation[];
  readonly recommendationIds: string[];
}

type ChallengeFields = Pick<Challenge, 'id' | 'council' | 'gssCode' | 'authorityType' | 'region' | 'year'>;

/**
 * One challenge's documents (in reading order) -> its recommendations, each counted once. A recommendation joins
 * the most similar earlier one from another document at or above `threshold` (each earlier one takes at most one
 * per document); within a document only an exact repeat joins. The first appearance gives the text and number.
 */
export function mergeRecommendations(
  documents: readonly CorpusDocument[],
  challenge: ChallengeFields,
  assignments: ReadonlyMap<string, Assignment>,
  tagger: IssueTagger,
  threshold: number = MERGE_THRESHOLD,
): ChallengeRecommendation[] {
  const drafts: Draft[] = [];
  for (const document of documents) {
    for (const recommendation of document.recommendations) {
      const terms = new Set(contentTerms(recommendation.text));
      const normal = recommendation.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      let best: Draft | undefined;
      let bestScore = threshold;
      for (const draft of drafts) {
        const exact = draft.normal === normal;
        if (!exact && draft.documentIds.includes(document.id)) continue;
        const score = exact ? 1 : textSimilarity(draft.terms, terms);
        if (score > bestScore || (score === bestScore && best === undefined)) [best, bestScore] = [draft, score];
      }
      const sources = [recommendation.source, ...recommendation.repeats];
      if (best === undefined) {
        drafts.push({ document, recommendation, terms, normal, documentIds: [document.id], sources, recommendationIds: [recommendation.id] });
        continue;
      }
      if (!best.documentIds.includes(document.id)) best.documentIds.push(document.id);
      best.sources.push(...sources);
      best.recommendationIds.push(recommendation.id);
    }
  }
  return drafts.map((d) => ({
    id: d.recommendation.id,
    challengeId: challenge.id,
    kind: d.recommendation.kind,
    number: d.recommendation.number,
    heading: d.recommendation.heading,
    text: d.recommendation.text,
    council: challenge.council,
    gssCode: challenge.gssCode,
    authorityType: challenge.authorityType,
    region: challenge.region,
    year: challenge.year,
    documentType: d.document.documentType,
    documentIds: d.documentIds,
    sources: d.sources,
    recommendationIds: d.recommendationIds,
    assignment: d.recommendationIds.map((id) => assignments.get(id)).find((a) => a !== undefined) ?? null,
    issues: tagger(d.recommendation.text),
  }));
}
