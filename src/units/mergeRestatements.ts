import { documentFramework } from '../corpus/framework.js';
import type { DocumentSummary, Recommendation, SourceLocation } from '../corpus/schema.js';
import type { ChallengeFrame, RecommendationRef, RecommendationUnit } from './types.js';
import { contentTerms, textSimilarity, wordsKey } from '../text/index.js';

/** How alike two recommendations of one challenge must be to count once: see `textSimilarity`. */
export const MERGE_THRESHOLD = 0.6;

interface Draft {
  readonly document: DocumentSummary;
  readonly recommendation: Recommendation;
  readonly ref: RecommendationRef;
  readonly terms: ReadonlySet<string>;
  readonly normal: string;
  readonly documentIds: string[];
  readonly sources: SourceLocation[];
  readonly members: RecommendationRef[];
  readonly recommendationIds: string[];
}

/**
 * One challenge's documents (in reading order) -> its recommendations, each counted once. A recommendation joins
 * the most similar earlier one from another document at or above `threshold` (each earlier one takes at most one
 * per document); within a document only an exact repeat joins. The first appearance gives the text, number,
 * document type and framework.
 */
export function mergeRestatements(
  documents: readonly DocumentSummary[],
  challenge: ChallengeFrame,
  threshold: number = MERGE_THRESHOLD,
): RecommendationUnit[] {
  const drafts: Draft[] = [];
  for (const document of documents) {
    document.recommendations.forEach((recommendation, i) => {
      const ref: RecommendationRef = { documentId: document.id, ordinal: i + 1 };
      const terms = new Set(contentTerms(recommendation.text));
      const normal = wordsKey(recommendation.text);
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
        drafts.push({
          document, recommendation, ref, terms, normal, documentIds: [document.id], sources, members: [ref], recommendationIds: [recommendation.id],
        });
        return;
      }
      if (!best.documentIds.includes(document.id)) best.documentIds.push(document.id);
      best.sources.push(...sources);
      best.members.push(ref);
      best.recommendationIds.push(recommendation.id);
    });
  }
  return drafts.map((d) => ({
    id: d.recommendation.id,
    ref: d.ref,
    challengeId: challenge.id,
    kind: d.recommendation.kind,
    number: d.recommendation.number,
    heading: d.recommendation.heading,
    text: d.recommendation.text,
    council: challenge.council,
    year: challenge.year,
    documentType: d.document.documentType,
    programme: d.document.programme,
    framework: documentFramework(d.document),
    documentIds: d.documentIds,
    sources: d.sources,
    members: d.members,
    recommendationIds: d.recommendationIds,
  }));
}
