import type { Block } from './blocks.js';
import { mergeRepeats, type Candidate } from './mergeRepeats.js';
import { findProseRecommendations } from './proseRecommendations.js';
import { findRecommendationSections } from './recommendationSections.js';
import type { Recommendation } from './schema.js';
import { findAdviceItems, findLabelledRecommendations, segmentSection } from './segmentItems.js';
import { findNumberedOverActions, findTableRecommendations } from './tableRecommendations.js';

/**
 * The peer team's recommendations, by one mechanism (see README.md in this folder):
 * find where the document announces them (a heading, an intro sentence, a table column, a "Recommendation N"
 * label) -> segment whatever follows into items, whatever its layout -> reject the committee's own decisions and
 * the templates' own bullets -> where nothing is listed, take the ones restated in prose -> merge repeats -> number
 * and id.
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
  for (const section of findRecommendationSections(blocks)) take(segmentSection(blocks, section));
  take(findLabelledRecommendations(blocks));
  take(findAdviceItems(blocks));
  take(findTableRecommendations(blocks));
  take(findNumberedOverActions(blocks));
  // Prose restatements stand where at most one item is listed (a stray one should not hide them); several may
  // come from one block.
  if (candidates.length <= 1) candidates.push(...findProseRecommendations(blocks));
  candidates.sort((a, b) => a.block.index - b.block.index || a.block.source.start - b.block.source.start);
  return mergeRepeats(candidates, documentId);
}
