import { documentFramework } from '../corpus/framework.js';
import type { DocumentSummary, Recommendation } from '../corpus/schema.js';
import type { ChallengeFrame, RecommendationRef, RecommendationUnit } from './types.js';
import { contentTerms, textSimilarity, wordsKey } from '../text/index.js';

/** How alike two recommendations of one challenge must be to count once: see `textSimilarity`. */
export const MERGE_THRESHOLD = 0.6;

interface Draft {
  readonly terms: ReadonlySet<string>;
  readonly normal: string;
  readonly documentIds: string[];
  readonly members: RecommendationRef[];
}

/** Which recommendations of a challenge's documents count as one: each unit's members, first appearance first. */
export type Restatements = readonly (readonly RecommendationRef[])[];

/**
 * One challenge's documents (in reading order) -> its recommendations, each counted once: `unitsOf` the documents
 * and their `restatements`.
 */
export function mergeRestatements(
  documents: readonly DocumentSummary[],
  challenge: ChallengeFrame,
  threshold: number = MERGE_THRESHOLD,
): RecommendationUnit[] {
  return unitsOf(documents, challenge, restatements(documents, threshold))!;
}

/**
 * Which of a challenge's recommendations count as one. A recommendation joins the most similar earlier one from
 * another document at or above `threshold` (each earlier one takes at most one per document); within a document
 * only an exact repeat joins. Documents in reading order.
 */
export function restatements(documents: readonly DocumentSummary[], threshold: number = MERGE_THRESHOLD): RecommendationRef[][] {
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
      if (best === undefined) {
        drafts.push({ terms, normal, documentIds: [document.id], members: [ref] });
        return;
      }
      if (!best.documentIds.includes(document.id)) best.documentIds.push(document.id);
      best.members.push(ref);
    });
  }
  return drafts.map((d) => d.members);
}

/**
 * A challenge's units from its documents and their `restatements`: the first appearance gives the text, number,
 * document type and framework; every member its documents and source locations. Null when a member is not among
 * the documents, or a recommendation is in no unit or in two (restatements of other documents).
 */
export function unitsOf(documents: readonly DocumentSummary[], challenge: ChallengeFrame, groups: Restatements): RecommendationUnit[] | null {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const seen = new Set<string>();
  const units: RecommendationUnit[] = [];
  for (const members of groups) {
    const found = members.map((ref) => ({ ref, document: byId.get(ref.documentId), recommendation: byId.get(ref.documentId)?.recommendations[ref.ordinal - 1] }));
    const first = found[0];
    if (first === undefined || found.some((m) => m.recommendation === undefined || seen.has(m.recommendation.id))) return null;
    found.forEach((m) => seen.add(m.recommendation!.id));
    const { document, recommendation } = first as { document: DocumentSummary; recommendation: Recommendation };
    units.push({
      id: recommendation.id,
      ref: first.ref,
      challengeId: challenge.id,
      kind: recommendation.kind,
      number: recommendation.number,
      heading: recommendation.heading,
      text: recommendation.text,
      council: challenge.council,
      year: challenge.year,
      documentType: document.documentType,
      programme: document.programme,
      framework: documentFramework(document),
      documentIds: [...new Set(found.map((m) => m.ref.documentId))],
      sources: found.flatMap((m) => [m.recommendation!.source, ...m.recommendation!.repeats]),
      members: found.map((m) => m.ref),
      recommendationIds: found.map((m) => m.recommendation!.id),
    });
  }
  return seen.size === documents.reduce((n, d) => n + d.recommendations.length, 0) ? units : null;
}
