/** How often each known term occurs: feature index -> count (unknown keys are skipped). */
export function termCounts(keys: readonly string[], index: ReadonlyMap<string, number>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const key of keys) {
    const j = index.get(key);
    if (j !== undefined) counts.set(j, (counts.get(j) ?? 0) + 1);
  }
  return counts;
}
