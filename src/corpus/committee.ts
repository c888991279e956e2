import type { Block } from './blocks.js';
import { decisionText, isCommitteeDecision } from './listContext.js';
import type { Passage } from './schema.js';

/**
 * The report's own recommendations to its committee ("RESOLVED that ...", "Recommended: That ...",
 * "The Committee is asked to: a) Note ..."). They are kept apart from the peer team's recommendations.
 */
export function findCommitteeRecommendations(blocks: readonly Block[]): Passage[] {
  const found: Passage[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (!isCommitteeDecision(block.text)) continue;
    const rest = decisionText(block.text);
    if (rest.length >= 15) {
      found.push({ text: rest, source: block.source });
      continue;
    }
    // The decision follows: a lettered list, or the next paragraph.
    let j = i + 1;
    while (j < blocks.length && blocks[j]!.kind === 'list-item' && !isCommitteeDecision(blocks[j]!.text)) {
      found.push({ text: blocks[j]!.text, source: blocks[j]!.source });
      j++;
    }
    const next = blocks[i + 1];
    if (j === i + 1 && next !== undefined && next.kind === 'paragraph') {
      found.push({ text: next.text, source: next.source });
    }
    i = Math.max(i, j - 1);
  }
  return found;
}
