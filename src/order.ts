// Sorting that every locale agrees on: outputs, run.json and messages come out in the same order under any LANG.

/** Compare two strings by their UTF-16 code units, the same under every locale (`localeCompare` is not). */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
