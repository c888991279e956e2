import type { Block } from '../../../src/corpus/blocks.js';

/**
 * Block-sequence comparison for the format-parity test. Texts are compared after the differences the source
 * formats genuinely carry: whitespace, typographic quotes and ellipses (pandoc's "smart" typography in the
 * HTML/Word/PDF renderings), and a trailing marker delimiter.
 */
export function comparable(text: string): string {
  return text
    .replace(/[‘’‚′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/…/g, '...')
    .replace(/\*\*/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

export interface Pair {
  readonly reference: Block | null;
  readonly candidate: Block | null;
}

/** Longest-common-subsequence alignment of two block lists by comparable text. */
export function align(reference: readonly Block[], candidate: readonly Block[]): Pair[] {
  const a = reference.map((b) => comparable(b.text));
  const b = candidate.map((c) => comparable(c.text));
  const n = a.length;
  const m = b.length;
  const lcs: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const pairs: Pair[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) pairs.push({ reference: reference[i++]!, candidate: candidate[j++]! });
    else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) pairs.push({ reference: null, candidate: candidate[j++]! });
    else pairs.push({ reference: reference[i++]!, candidate: null });
  }
  return pairs;
}

/** Share of blocks matched exactly (Dice coefficient over the two sequences), 0..1. */
export function similarity(reference: readonly Block[], candidate: readonly Block[]): number {
  const matched = align(reference, candidate).filter((p) => p.reference !== null && p.candidate !== null).length;
  const total = reference.length + candidate.length;
  return total === 0 ? 1 : (2 * matched) / total;
}

/** Character-level similarity of the whole documents' comparable text (word multiset overlap), 0..1. */
export function wordOverlap(reference: readonly Block[], candidate: readonly Block[]): number {
  const count = (blocks: readonly Block[]) => {
    const bag = new Map<string, number>();
    for (const block of blocks) for (const w of comparable(block.text).split(' ')) bag.set(w, (bag.get(w) ?? 0) + 1);
    return bag;
  };
  const a = count(reference);
  const b = count(candidate);
  let common = 0;
  let total = 0;
  for (const [w, k] of a) {
    common += Math.min(k, b.get(w) ?? 0);
    total += k;
  }
  for (const k of b.values()) total += k;
  return total === 0 ? 1 : (2 * common) / total;
}
