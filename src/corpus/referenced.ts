import type { Block } from './blocks.js';
import { isCommitteeDecision } from './listContext.js';

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20,
};

const REFERENCE = new RegExp(
  `\\b(\\d{1,2}|${Object.keys(WORDS).join('|')})\\s+(?:core\\s+|key\\s+|main\\s+|specific\\s+|peer\\s+)?recommendations\\b`,
  'i',
);

/**
 * The number of recommendations a document says the peer team made ("identified 11 core recommendations",
 * "each of the nine recommendations"), whether or not it lists them. Null when it never says.
 */
export function findReferencedCount(blocks: readonly Block[]): number | null {
  for (const block of blocks) {
    if (isCommitteeDecision(block.text)) continue;
    const match = REFERENCE.exec(block.text);
    if (match === null) continue;
    const word = match[1]!.toLowerCase();
    const value = WORDS[word] ?? Number(word);
    if (value > 0) return value;
  }
  return null;
}
