import type { DocumentSummary } from '../corpus/schema.js';
import { compareNullable } from '../order.js';
import { councilRecord } from '../units/units.js';
import { cosine } from '../text/index.js';
import { recommendationVectors } from './recommendationVectors.js';
import { similarPairs } from './similarPairs.js';
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
 * (union-find) of two or more -> members by council, year and id; clusters by size, then first member.
 */
export function similarRecommendations(challenges: readonly Challenge[], options: SimilarOptions = {}): SimilarCluster[] {
  const threshold = options.threshold ?? 0.8;
  const units = options.documents === undefined ? challengeUnits(challenges) : documentUnits(challenges, options.documents);
  const vectors = recommendationVectors(units.map((u) => u.text));
  const parent = units.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const { a, b } of similarPairs(vectors, threshold)) {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const groups = new Map<number, number[]>();
  units.forEach((_, i) => {
    const group = groups.get(find(i)) ?? [];
    group.push(i);
    groups.set(find(i), group);
  });
  const clusters = [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => {
      const members = g.map((i) => units[i]!).sort(
        (x, y) => compareNullable(x.council?.name, y.council?.name) || compareNullable(x.year, y.year) || compareNullable(x.recommendationId, y.recommendationId),
      );
      let sum = 0;
      for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) sum += cosine(vectors[g[i]!]!, vectors[g[j]!]!);
      const pairs = (g.length * (g.length - 1)) / 2;
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
