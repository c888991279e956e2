// Sorting that every locale agrees on: outputs, run.json and messages come out in the same order under any LANG.

/** Compare two strings by their UTF-16 code units, the same under every locale (`localeCompare` is not). */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Ascending order of strings (by code unit, so the same on every machine and locale) or numbers, nulls last.
 * Every table here breaks ties with it, so outputs are byte-identical run to run.
 */
export function compareNullable<T extends string | number>(a: T | null | undefined, b: T | null | undefined): number {
  if (a === null || a === undefined || b === null || b === undefined) {
    const aMissing = a === null || a === undefined;
    const bMissing = b === null || b === undefined;
    return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  }
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return byCodeUnit(String(a), String(b));
}
