import { containment, jaccard } from '../text/index.js';

/**
 * How alike two texts' term sets are, for merging restatements of one recommendation: the larger of their Jaccard
 * index and, when the shorter text has at least `minContained` terms, the share of the shorter text's terms found
 * in the longer one scaled by `containmentWeight` (so a heading-only restatement of a long text still matches).
 */
export function textSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>, options: { minContained?: number; containmentWeight?: number } = {}): number {
  const minContained = options.minContained ?? 4;
  const weight = options.containmentWeight ?? 0.85;
  if (a.size === 0 || b.size === 0) return 0;
  return Math.max(jaccard(a, b), Math.min(a.size, b.size) >= minContained ? containment(a, b) * weight : 0);
}
