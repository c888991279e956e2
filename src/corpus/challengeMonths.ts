import type { Block } from './blocks.js';
import { isoMonth, monthOf, MONTH_YEAR } from './dateText.js';
import type { Dates } from './schema.js';

type ChallengeMonths = Pick<Dates, 'originalChallenge' | 'revisit' | 'previousChallenge' | 'nextChallengeDueBy'>;

const CHALLENGE = /peer challenge|\bCPC\b|peer review|peer team|revisit/i;
/** "Peer Challenge in", "Peer Challenge took place in", "Peer Challenge Revisit –" right before the month. */
const LINKED = /(?:peer challenge|\bCPC\b|peer review|revisit|peer team['’]s visit|peers['’] visit|\boriginal\s+(?:challenge|review|visit)|follow[- ]up\s+visit)(?:\s+[\w’'()]+){0,4}?\s*(?:in|on|during|of|[-–—:])\s*(?:the\s+)?$/i;
const OPENS = /(?:^|[.!?]\s+)In\s+$/;
/** A sentence that opens on the visit's days: "Between Tuesday 28 November and Friday 1 December 2023 the council had a CPC". */
const OPENS_ON_DAYS = /(?:^|[.!?]\s+)(?:between|from|on)\s+(?:[A-Z][a-z]+day\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+[A-Z][a-z]+)?\s+(?:and|to|–|-)\s+(?:[A-Z][a-z]+day\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$/i;
/** "the original challenge in", "its first peer challenge, held in": the month is the original's. */
const ORIGINAL = /\b(?:original|first|initial)\s+(?:corporate\s+)?(?:peer\s+)?(?:challenge|review|visit)\b[^.]*$/i;
const REVISIT = /\b(?:revisit|re-visit|follow[- ]up visit|progress review visit|welcomed back|came back)\b/i;
const PREVIOUS = /\b(?:last|previous|prior|earlier|first)\s+(?:[\w’']+\s+){0,3}?(?:peer\s+challenge|cpc|peer\s+review|challenge|review|visit)\b/i;
const NEXT_DUE = /\bnext\s+(?:corporate\s+)?peer\s+challenge\b[^.]{0,80}?\b(?:before|by|no later than)\s+$/i;

/**
 * The months of challenges a document refers to: the one it follows up (`originalChallenge`), a revisit, an
 * earlier challenge (`previousChallenge`: "last", "previous", or a year or more before this document's own visit)
 * and the date the next one is due by. A month is only taken when the wording ties it to a peer challenge.
 */
export function findChallengeMonths(blocks: readonly Block[], context: { readonly visitStart: string | null; readonly planned: boolean }): ChallengeMonths {
  const result: { -readonly [K in keyof ChallengeMonths]: ChallengeMonths[K] } = {
    originalChallenge: null,
    revisit: null,
    previousChallenge: null,
    nextChallengeDueBy: null,
  };
  const previous = new Set<string>();
  for (const block of blocks) {
    for (const m of block.text.matchAll(MONTH_YEAR)) {
      const month = isoMonth(Number(m[2]), monthOf(m[1]!));
      const before = block.text.slice(0, m.index);
      const sentence = sentenceAround(block.text, m.index);
      if (NEXT_DUE.test(before)) {
        result.nextChallengeDueBy ??= month;
        continue;
      }
      // the words just before the month
      const lead = before.slice(-60);
      const linked = LINKED.test(lead) || ((OPENS.test(before) || OPENS_ON_DAYS.test(before)) && CHALLENGE.test(sentence));
      if (!linked) continue;
      // the revisit the words before this month name, or one the sentence names when they do not name the original
      if (REVISIT.test(lead) || (REVISIT.test(sentence) && !ORIGINAL.test(lead))) {
        result.revisit ??= month;
      } else if (previous.has(month) || isPrevious(block.text, sentence, month, context)) {
        previous.add(month);
        result.previousChallenge ??= month;
      } else if (context.visitStart === null || context.visitStart.slice(0, 7) !== month) {
        result.originalChallenge ??= month;
      }
    }
  }
  if (result.originalChallenge !== null && previous.has(result.originalChallenge)) result.originalChallenge = null;
  return result;
}

function isPrevious(blockText: string, sentence: string, month: string, context: { readonly visitStart: string | null; readonly planned: boolean }): boolean {
  if (PREVIOUS.test(sentence) || /\b(?:that|the) previous (?:corporate )?peer challenge\b/i.test(blockText)) return true;
  if (context.planned) return true;
  if (context.visitStart === null) return false;
  const visitMonth = Number(context.visitStart.slice(0, 4)) * 12 + Number(context.visitStart.slice(5, 7));
  return visitMonth - (Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7))) >= 12;
}

const SENTENCE_END = new Set(['.', '!', '?']);

function sentenceAround(text: string, index: number): string {
  // after the last ".", "!" or "?" before `index` (a scan back, where a regex anchored at the end would be quadratic)
  let start = index;
  while (start > 0 && !SENTENCE_END.has(text[start - 1]!)) start--;
  const end = text.slice(index).search(/[.!?](?:\s|$)/);
  return text.slice(start, end < 0 ? text.length : index + end + 1);
}
