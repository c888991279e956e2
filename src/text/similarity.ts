import type { SparseVector } from './tfidf.js';

/** Cosine of two unit vectors (`tfidfVector`'s): the dot product over their shared indices. */
export function cosine(x: SparseVector, y: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < x.indices.length && j < y.indices.length) {
    const dx = x.indices[i]!;
    const dy = y.indices[j]!;
    if (dx === dy) sum += x.values[i++]! * y.values[j++]!;
    else if (dx < dy) i++;
    else j++;
  }
  return sum;
}

/** How many members two sets share. */
function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let count = 0;
  for (const member of small) if (large.has(member)) count += 1;
  return count;
}

/** The Jaccard index of two sets: shared members over all members; 1 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  return jaccardOf(shared(a, b), a.size, b.size);
}

/** The share of the smaller set's members found in the larger one; 0 when either is empty. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  return Math.min(a.size, b.size) === 0 ? 0 : containmentOf(shared(a, b), a.size, b.size);
}

/** `jaccard` of two non-empty sets of these sizes that share `both` members. */
function jaccardOf(both: number, sizeA: number, sizeB: number): number {
  return both / (sizeA + sizeB - both);
}

/** `containment` of two non-empty sets of these sizes that share `both` members. */
function containmentOf(both: number, sizeA: number, sizeB: number): number {
  return both / Math.min(sizeA, sizeB);
}

/**
 * How alike two texts' term sets are, for merging restatements of one recommendation: the larger of their Jaccard
 * index and, when the shorter text has at least `minContained` terms, the share of the shorter text's terms found
 * in the longer one scaled by `containmentWeight` (so a heading-only restatement of a long text still matches).
 */
export function textSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>, options: { minContained?: number; containmentWeight?: number } = {}): number {
  const minContained = options.minContained ?? 4;
  const weight = options.containmentWeight ?? 0.85;
  if (a.size === 0 || b.size === 0) return 0;
  // `jaccard` and `containment` from one count of the shared terms
  const both = shared(a, b);
  return Math.max(jaccardOf(both, a.size, b.size), Math.min(a.size, b.size) >= minContained ? containmentOf(both, a.size, b.size) * weight : 0);
}
