import type { Block } from './blocks.js';
import { collectAreas, collectItems, collectNumberedHeadings, collectTableRows } from './collectLists.js';
import { endsList, introRole, isBareRecommendationsHeading, RECOMMENDATION_HEADING } from './listContext.js';
import { mergeRepeats, type Candidate } from './mergeRepeats.js';
import type { Recommendation } from './schema.js';

/**
 * The peer team's recommendations: key-recommendation lists (numbered with bold headings, bulleted, lettered,
 * "Recommendation N" headings, table rows) and the areas a revisit tells the council to strengthen.
 *
 * Phases: find list intros (never a committee's own decision) -> collect the list each introduces ->
 * merge exact and near-duplicate repeats -> number and id.
 */
export function findRecommendations(blocks: readonly Block[], documentId: string): Recommendation[] {
  const candidates: Candidate[] = [];
  const used = new Set<number>();
  const take = (found: readonly Candidate[]) => {
    for (const candidate of found) {
      if (used.has(candidate.block.index)) continue;
      used.add(candidate.block.index);
      candidates.push(candidate);
    }
  };

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const role = listRoleAt(blocks, i);
    if (role === 'peer-recommendations') {
      take(collectItems(blocks, firstAfterIntro(blocks, i), 'key-recommendation'));
    } else if (role === 'areas-to-strengthen') {
      take(collectAreas(blocks, i + 1));
    }
    if (RECOMMENDATION_HEADING.test(block.text) && !used.has(block.index)) {
      take(collectNumberedHeadings(blocks, i));
    }
  }
  take(collectTableRows(blocks, 0));
  candidates.sort((a, b) => a.block.index - b.block.index);
  return mergeRepeats(candidates, documentId);
}

/** The role of block i as a list intro, looking through a bare "Key recommendations" heading to what follows. */
function listRoleAt(blocks: readonly Block[], i: number): ReturnType<typeof introRole> {
  const block = blocks[i]!;
  const role = introRole(block);
  if (role !== null) return role;
  if (isBareRecommendationsHeading(block)) {
    // "4 Recommendations" followed by "The Committee is asked to:" is the committee's; followed by a list, the peers'.
    const next = blocks[i + 1];
    if (next === undefined) return null;
    const nextRole = introRole(next);
    if (nextRole !== null) return null;
    return next.kind === 'list-item' ? 'peer-recommendations' : null;
  }
  return null;
}

/** Skip the intro's own continuation paragraph ("The following are the peer team's key recommendations:"). */
function firstAfterIntro(blocks: readonly Block[], i: number): number {
  let j = i + 1;
  while (j < blocks.length && blocks[j]!.kind === 'paragraph' && j - i <= 2) {
    const role = introRole(blocks[j]!);
    if (role === 'committee') return blocks.length;
    if (role === 'peer-recommendations' || /:\s*$/.test(blocks[j]!.text)) return j + 1;
    if (endsList(blocks[j]!)) break;
    j++;
  }
  return i + 1;
}
