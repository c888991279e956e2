/**
 * Normal forms under which texts that differ only in ways that do not matter are compared or grouped.
 */

/** White space collapsed, trimmed, lower case: the same text typed with other spacing or case. */
export function spacingKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Lower case, every run of characters other than letters and digits one space, trimmed: the same words. */
export function wordsKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
