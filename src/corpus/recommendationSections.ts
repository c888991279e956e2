import type { Block } from './blocks.js';
import {
  countValue,
  introRole,
  isCommitteeDecision,
  isCommitteeItem,
  isRecommendationsHeading,
  isSectionEnd,
  RECOMMENDATION_HEADING,
  RESPONDS_TO,
  sentencesOf,
  STATED_COUNT,
} from './listContext.js';

/**
 * Where a document announces the peer team's recommendations, and how far that section runs.
 *
 * An announcement is a heading ("2. Key recommendations", "Recommendations", "Our recommendations") or a sentence
 * ("The following are the peer team's key recommendations to the Council:", "Our eight recommendations are set
 * out below", "Areas for further development"). The section runs from the block after it to the next section
 * heading of the report (`isSectionEnd`), another announcement, a committee's decision, or a strengths list.
 */

export interface RecommendationSection {
  /** The announcing block. */
  readonly at: number;
  /** First and last-plus-one block of the section. */
  readonly start: number;
  readonly end: number;
  readonly kind: 'key-recommendation' | 'area-to-strengthen';
  /** Announced by a heading (the section runs to the next section) rather than a sentence (the list follows it at once). */
  readonly heading: boolean;
  /** How many recommendations the announcement says there are, if it says. */
  readonly stated: number | null;
}

/** A section never runs longer than this many blocks. */
const MAX_SECTION = 80;

export function findRecommendationSections(blocks: readonly Block[]): RecommendationSection[] {
  const sections: RecommendationSection[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const heading = isRecommendationsHeading(block);
    const role = heading ? 'peer-recommendations' : (introRole(block) ?? continuedIntro(blocks, i) ?? countedIntro(blocks, i));
    if (role !== 'peer-recommendations' && role !== 'areas-to-strengthen') continue;
    // an item of the meeting's own decision ("(2) To approve the Action Plan, ... the following milestone against
    // Recommendation 8:") announces no list of the peers'
    if (!heading && isCommitteeItem(block.text)) continue;
    if (heading && committeeFollows(blocks, i)) continue;
    const end = sectionEnd(blocks, i + 1, heading);
    const count = STATED_COUNT.exec(block.text);
    sections.push({
      at: i,
      start: i + 1,
      end,
      kind: role === 'areas-to-strengthen' ? 'area-to-strengthen' : 'key-recommendation',
      heading,
      stated: count === null ? null : countValue(count[1]!),
    });
  }
  return sections;
}

/** "They are:" or "These were:" on its own, after a sentence about the recommendations. */
function continuedIntro(blocks: readonly Block[], i: number): 'peer-recommendations' | null {
  const text = blocks[i]!.text;
  const previous = blocks[i - 1];
  if (text.length > 40 || !/^(?:they|these|those|which|the\s+recommendations)\s+(?:are|were|include[sd]?|read|covered)\b[^:]*:\s*$/i.test(text) || previous === undefined) return null;
  return /\brecommend/i.test(previous.text) && !isCommitteeDecision(previous.text) ? 'peer-recommendations' : null;
}

/**
 * A sentence that counts the peers' recommendations, the list right after it: "The detailed report sets out six key
 * recommendations for the council to consider going forward." over a numbered list (a council page).
 */
function countedIntro(blocks: readonly Block[], i: number): 'peer-recommendations' | null {
  // the word the count must end in, looked for in the whole block first: most blocks count no recommendations
  if (!/recommendations/i.test(blocks[i]!.text)) return null;
  const sentences = sentencesOf(blocks[i]!.text);
  const last = sentences[sentences.length - 1] ?? '';
  if (!STATED_COUNT.test(last) || !/\b(?:sets?\s+out|made|makes|contains?|includes?|gave|gives|identified|identifies|are|were)\b/i.test(last) || isCommitteeDecision(last)) return null;
  if (/\b(?:cabinet|committee|executive|members|council\s+is)\b[^.]*\b(?:asked|recommended)\b|\bto\s+(?:cabinet|committee|council)\b/i.test(last)) return null;
  const [first, second] = [blocks[i + 1], blocks[i + 2]];
  return first?.kind === 'list-item' && second?.kind === 'list-item' ? 'peer-recommendations' : null;
}

/** "4 Recommendations" over "The Committee is asked to:" or "2.1 To note the report": the meeting's own list. */
function committeeFollows(blocks: readonly Block[], i: number): boolean {
  const next = blocks.slice(i + 1, i + 3).find((b) => b.text.length > 3);
  return next !== undefined && (isCommitteeItem(next.text) || introRole(next) === 'committee');
}

function sectionEnd(blocks: readonly Block[], start: number, heading: boolean): number {
  const limit = Math.min(blocks.length, start + MAX_SECTION);
  for (let j = start; j < limit; j++) {
    const block = blocks[j]!;
    if (!heading && j > start && block.kind === 'heading' && !RECOMMENDATION_HEADING.test(block.text)) return j;
    // a sentence after the intro that introduces a list of its own ("Key areas include:") takes the list after it
    if (!heading && block.kind === 'paragraph' && block.text.length > 40 && /:\s*$/.test(block.text) && introRole(block) === null) return j;
    if (isRecommendationsHeading(block)) return j;
    // "Our response to the recommendations": the council's part begins
    if (j > start && block.kind === 'heading' && RESPONDS_TO.test(block.text)) return j;
    // A theme sub-heading over the next numbered recommendation does not end the section.
    if (isSectionEnd(block) && !(blocks[j + 1]?.kind === 'list-item' && blocks[j + 1]!.ordinal !== null && !blocks[j + 1]!.bulleted)) return j;
    if (isCommitteeDecision(block.text)) return j;
    const role = introRole(block);
    if (role === 'strengths' || role === 'committee') return j;
  }
  return limit;
}
