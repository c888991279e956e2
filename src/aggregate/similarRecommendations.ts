import type { DocumentSummary } from '../corpus/schema.js';
import { compareNullable } from '../order.js';
import { councilRecord } from '../units/units.js';
import { cosine, type SparseVector } from '../text/index.js';
import { recommendationVectors } from './recommendationVectors.js';
import { similarClusters } from './similarPairs.js';
import type { Challenge, SimilarCluster } from './types.js';

export interface SimilarOptions {
  /** Cosine similarity (TF-IDF) at which two recommendations link (default 0.8). */
  readonly threshold?: number;
  /**
   * Compare each document's own wording instead of each challenge recommendation once: restatements of one
   * challenge's recommendations in several documents then show as clusters too.
   */
  readonly documents?: readonly DocumentSummary[];
}

type Member = SimilarCluster['members'][number];

/**
 * Clusters of near-identical recommendations across councils, years and documents. Phases: units (challenge
 * recommendations, or every document's recommendations) -> TF-IDF vectors -> pairs at or above the threshold
 * through an inverted index with a prefix filter (no all-pairs loop; see `similarPairs`) -> single-link clusters
 * of two or more (`similarClusters`) -> members by council, year and id; clusters by size, then first member.
 */
export function similarRecommendations(challenges: readonly Challenge[], options: SimilarOptions = {}): SimilarCluster[] {
  const threshold = options.threshold ?? 0.8;
  const units = options.documents === undefined ? challengeUnits(challenges) : documentUnits(challenges, options.documents);
  const vectors = recommendationVectors(units.map((u) => u.text));
  const groups = new Map<number, number[]>();
  similarClusters(vectors, threshold).forEach((root, i) => {
    const group = groups.get(root) ?? [];
    group.push(i);
    groups.set(root, group);
  });
  const clusters = [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => {
      const members = g.map((i) => units[i]!).sort(
        (x, y) => compareNullable(x.council?.name, y.council?.name) || compareNullable(x.year, y.year) || compareNullable(x.recommendationId, y.recommendationId),
      );
      const pairs = (g.length * (g.length - 1)) / 2;
      const sum = pairwiseDotSum(g.map((i) => vectors[i]!));
      return {
        size: g.length,
        councils: [...new Set(members.map((m) => m.council?.name ?? '(council not named)'))].sort(compareNullable),
        years: [...new Set(members.map((m) => m.year).filter((y): y is number => y !== null))].sort((p, q) => p - q),
        meanSimilarity: Math.round((sum / pairs) * 10000) / 10000,
        members,
      };
    })
    .sort((x, y) => y.size - x.size || compareNullable(x.members[0]!.recommendationId, y.members[0]!.recommendationId));
  return clusters.map((c, i) => ({ id: `similar-${i + 1}`, ...c }));
}

/**
 * The sum of the dot products of every pair of `vectors`, from their sum: |Σv|² = Σ|v|² + 2·Σ(pairs), so a
 * cluster of thousands costs its terms, not its pairs.
 */
function pairwiseDotSum(vectors: readonly SparseVector[]): number {
  const total = new Map<number, number>();
  let squares = 0;
  for (const vector of vectors) {
    squares += cosine(vector, vector);
    vector.indices.forEach((term, k) => total.set(term, (total.get(term) ?? 0) + vector.values[k]!));
  }
  let sumSquared = 0;
  for (const value of total.values()) sumSquared += value * value;
  return (sumSquared - squares) / 2;
}

function challengeUnits(challenges: readonly Challenge[]): Member[] {
  return challenges.flatMap((c) => c.recommendations.map((r) => ({ recommendationId: r.id, council: r.council, year: r.year, text: r.text })));
}

function documentUnits(challenges: readonly Challenge[], documents: readonly DocumentSummary[]): Member[] {
  const challengeOf = new Map(challenges.flatMap((c) => c.recommendations.flatMap((r) => r.recommendationIds.map((id) => [id, c] as const))));
  return documents.flatMap((d) =>
    d.recommendations.map((r) => {
      const challenge = challengeOf.get(r.id);
      return { recommendationId: r.id, council: challenge?.council ?? councilRecord(d.council), year: challenge?.year ?? d.year, text: r.text };
    }),
  );
}
