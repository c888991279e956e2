import type { Block } from './blocks.js';

/**
 * The shared understanding of "which list does this intro introduce": peer recommendations, areas to strengthen,
 * a committee's own recommendations, strengths. Every list extractor classifies intros with these rules, so a
 * committee's "Recommended: That ..." can never be read as a peer recommendation.
 */

export type ListRole = 'peer-recommendations' | 'areas-to-strengthen' | 'committee' | 'strengths';

/** Words that make a block the committee's own decision, not the peer team's findings. */
const COMMITTEE =
  /^(?:\d+\s+)?(?:recommended\b|resolved\b|recommendations?\s+to\s+(?:the\s+)?[\w&, ]*?(?:committee|cabinet|council|board|panel)\b|(?:the\s+)?[\w&, ]*?(?:committee|cabinet|council|board|panel|members?)\s+(?:is|are)\s+(?:asked|recommended|requested|invited)\s+to\b|it is recommended that\b|that\s+(?:cabinet|the\s+committee|council)\b)/i;

const PEER_INTRO =
  /\b(?:key\s+recommendations|peer\s+team'?s?\s+(?:key\s+)?recommendations|recommendations\s+(?:of|from|made by)\s+the\s+peer|our\s+(?:key\s+)?recommendations|we\s+recommend|peer\s+team\s+recommends?\b|recommends?\s+(?:that\s+)?the\s+following|the\s+following\s+(?:key\s+)?recommendations|recommendations\s+(?:are|were)(?:\s+as\s+follows)?\s*:|recommendations\s+to\s+the\s+council\s*:)/i;

const AREAS_INTRO =
  /\b(?:areas?\s+(?:where|that|which)\s+(?:they\s+felt\s+)?(?:we|the\s+council|it)\s+(?:needed|need|needs|should|could)\s+to\s+(?:strengthen|improve|develop)|areas?\s+(?:to|for)\s+(?:strengthen|improvement|development|further\s+development|consider)|areas?\s+for\s+(?:further\s+)?(?:focus|attention))/i;

const STRENGTHS_INTRO =
  /\b(?:headlines?\s+in\s+the\s+feedback|key\s+points\s+that\s+the\s+peer\s+team\s+made|strengths\s+(?:include|identified|were)|(?:much|so much)\s+(?:for\s+the\s+council\s+)?to\s+be\s+proud\s+of|impressed\s+(?:by|with)\s+the\s+following)/i;

/** Recommendation headings: "Recommendation 3", "Recommendation 3:", "R3". */
export const RECOMMENDATION_HEADING = /^(?:recommendation|rec\.?)\s*(\d{1,2})\b[\s:.–-]*/i;

/** What list, if any, a block introduces. */
export function introRole(block: Block): ListRole | null {
  const text = block.text;
  if (isCommitteeDecision(text)) return 'committee';
  if (AREAS_INTRO.test(text)) return 'areas-to-strengthen';
  if (PEER_INTRO.test(text) || /^key\s+recommendations\b/i.test(text)) return 'peer-recommendations';
  if (STRENGTHS_INTRO.test(text)) return 'strengths';
  return null;
}

/** True when the block is (or introduces) the committee's own recommendation or resolution. */
export function isCommitteeDecision(text: string): boolean {
  return COMMITTEE.test(text.trim());
}

/** What a committee decision says, without its "RESOLVED that" / "Recommended:" / "is asked to:" opening. */
export function decisionText(text: string): string {
  const trimmed = text.trim();
  const opening = COMMITTEE.exec(trimmed);
  if (opening === null) return trimmed;
  return trimmed.slice(opening[0].length).replace(/^[\s:,.–-]*(?:that\s+)?/i, '').trim();
}

/** A bare section heading "Recommendations" / "4 Recommendations": its list role depends on what follows. */
export function isBareRecommendationsHeading(block: Block): boolean {
  return /^(?:\d+(?:\.\d+)*\.?\s+)?recommendations?\s*:?$/i.test(block.text);
}

/**
 * A block that ends a list: a heading, a numbered section heading (`3. Summary of ...`, `4 Recommendations`),
 * or a plain paragraph (lists are contiguous items).
 */
export function endsList(block: Block): boolean {
  if (block.kind === 'heading' || block.kind === 'table-row') return true;
  if (block.kind === 'paragraph') return true;
  return isSectionHeading(block);
}

/** A numbered section heading such as "3. Summary of the Peer Challenge approach": short, no final full stop. */
export function isSectionHeading(block: Block): boolean {
  if (block.kind === 'heading') return true;
  return (
    block.marker !== null &&
    !block.bulleted &&
    /^\d+\.?$/.test(block.marker) &&
    block.text.length < 80 &&
    !/[.;:]$/.test(block.text) &&
    block.bold === null
  );
}
