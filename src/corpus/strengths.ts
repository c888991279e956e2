import type { Block } from './blocks.js';
import { introRole } from './listContext.js';
import type { Passage } from './schema.js';

/** Headline strengths: the list after "The headlines in the feedback were", "The key points ... were". */
export function findStrengths(blocks: readonly Block[]): Passage[] {
  const found: Passage[] = [];
  blocks.forEach((block, i) => {
    if (introRole(block) !== 'strengths') return;
    for (let j = i + 1; j < blocks.length && blocks[j]!.kind === 'list-item'; j++) {
      found.push({ text: blocks[j]!.text, source: blocks[j]!.source });
    }
  });
  return found;
}
