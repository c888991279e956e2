import { THEME_LABELS } from '../vocabulary.js';
import { spanOf, type Block } from './blocks.js';
import { focusTopic } from './focusTopic.js';
import type { FocusArea } from './schema.js';

/** An introduction to the council's own extra areas, ending in a colon before a list. */
const LIST_INTRO = /\b(?:in addition to|additional|also (?:asked|requested)|specific(?:ally)?)\b[^:]*\b(?:request\w*|ask\w*|invit\w*|chose|agreed|views?|focus)\b[^:]*:\s*$|\b(?:requested|asked)\b[^:]*\b(?:views?|to (?:consider|look at|focus on|explore|review))\b[^:]*:\s*$/i;
/** "the Council asked the team to consider X." in one sentence. */
const INLINE =
  /\b(?:asked|requested|invited)\s+(?:the\s+)?(?:peer\s+)?(?:challenge\s+)?(?:team|peers|us)(?:[’']s\s+views\s+on|\s+(?:to\s+(?:consider|look at|focus on|review|explore|examine|assess|provide (?:a view|views|feedback) on)|for (?:a view|views|feedback) on))\s+([^.:]+?)\s*(?:\.|$)/i;
/** What every `LIST_INTRO` ends in: tested first, on the whole block. */
const ENDS_IN_COLON = /:\s*$/;
/** What every `INLINE` sentence says: tested first, on the whole block. */
const ASKED = /\b(?:asked|requested|invited)\s/i;
/** Examples from other councils, or the offer in general: not this council's areas. */
const OTHERS = /\bother (?:organisations|councils|authorities)\b|\bsuch as\b|\be\.g\.|\bcan (?:agree|request|ask)\b|\bflexibility\b/i;
const CORE = Object.values(THEME_LABELS).map((label) => label.toLowerCase());

/**
 * The areas the council asked the peer team to look at beyond the core themes: the list after "in addition to
 * the core themes Stockton requested the Peer Challenge team's views on:", or the one sentence "the Council asked
 * the team to consider ...". Never other councils' examples, never the core themes themselves.
 */
export function findFocusAreas(blocks: readonly Block[]): FocusArea[] {
  const areas: FocusArea[] = [];
  blocks.forEach((block, i) => {
    const lastSentence = ENDS_IN_COLON.test(block.text) ? block.text.replace(/^.*[.!?]\s+(?=[^.!?]*$)/, '') : '';
    if (LIST_INTRO.test(lastSentence) && !OTHERS.test(lastSentence)) {
      for (const item of listAfter(blocks, i)) {
        const topic = focusTopic(item.text);
        if (topic !== '' && !isCore(topic)) areas.push({ text: topic, source: spanOf(item, item.text) });
      }
      return;
    }
    if (!ASKED.test(block.text)) return;
    for (const sentence of block.text.split(/(?<=[.!?])\s+/)) {
      const match = OTHERS.test(sentence) ? null : INLINE.exec(sentence);
      const topic = match === null ? '' : focusTopic(match[1]!);
      if (topic !== '' && !isCore(topic)) areas.push({ text: topic, source: spanOf(block, sentence) });
    }
  });
  return areas;
}

/** The list items after an introduction, as long as they keep the first item's style (bullet, numbering). */
function listAfter(blocks: readonly Block[], index: number): Block[] {
  const items: Block[] = [];
  const style = (b: Block) => `${b.bulleted}:${b.marker === null}`;
  for (const block of blocks.slice(index + 1)) {
    if (block.kind === 'heading' || (!block.bulleted && block.kind !== 'list-item')) break;
    if (items[0] !== undefined && style(block) !== style(items[0])) break;
    items.push(block);
  }
  return items;
}

function isCore(topic: string): boolean {
  const lower = topic.toLowerCase();
  return CORE.some((label) => lower.startsWith(label));
}
