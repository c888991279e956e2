import type { Block } from './blocks.js';

/** The document's title: its report-title field, else its first heading-like lines. */
export function findTitle(blocks: readonly Block[]): string | null {
  for (const block of blocks.slice(0, 15)) {
    const field = /^report\s+title\s*:?\s*\t?(.+)$/i.exec(block.text);
    if (field !== null) return field[1]!.replace(/\t/g, ' ').trim();
  }
  const first = blocks.find((b) => b.text.length > 3 && !/^(?:report\s+to|date)\b/i.test(b.text));
  if (first === undefined) return null;
  return first.text.length > 140 ? `${first.text.slice(0, 137)}...` : first.text;
}
