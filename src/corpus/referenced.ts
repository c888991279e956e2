import type { Block } from './blocks.js';
import { countValue, isCommitteeDecision, STATED_COUNT } from './listContext.js';

/**
 * The number of recommendations a document says the peer team made ("identified 11 core recommendations",
 * "each of the nine recommendations"), whether or not it lists them. Null when it never says.
 */
export function findReferencedCount(blocks: readonly Block[]): number | null {
  for (const block of blocks) {
    if (isCommitteeDecision(block.text)) continue;
    const match = STATED_COUNT.exec(block.text);
    const value = match === null ? null : countValue(match[1]!);
    if (value !== null) return value;
  }
  return null;
}
