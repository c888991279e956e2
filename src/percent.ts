/** A share as a whole percentage for prose and tables: 0.337 -> "34%". Charts and briefings both say it this way. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
