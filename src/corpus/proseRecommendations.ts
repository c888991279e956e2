import { spanOf, type Block } from './blocks.js';
import { isCommitteeDecision } from './listContext.js';
import type { Candidate } from './mergeRepeats.js';
import type { RecommendationRule } from '../vocabulary.js';

/**
 * Recommendations restated in prose by news, cabinet reports and letters: "The peer team's recommendations
 * covered four areas: X; Y; Z and W", "the peer team recommended improving X and developing Y". Each item is
 * marked `prose`, with a lower confidence than a listed one.
 */

/** "recommendations covered / included / focused on ..." with the peer team, the report or the LGA as their source. */
const COVERED =
  /\brecommendations?\b[^.;:]{0,60}?\b(?:covered?|covering|includ(?:e|es|ed|ing)|focus(?:s?ed|es)?\s+on|centred\s+on|related\s+to|relate\s+to|spann?e?d?|address(?:ed)?|called\s+for|ranged?\s+(?:from|across)|were\s+(?:around|about|on|to|that|in|for)|are\s+(?:around|about|on|to|that|in|for))\b\s*(?:(?:\w+\s+)?(?:key\s+|main\s+|broad\s+)?(?:areas?|themes?|topics?|issues?)(?:,?\s+(?:including|namely|which\s+were|as\s+follows))?\s*:?\s*)?(.+)$/i;
/** "the peer team recommended X", "peers also suggested that the council X". */
const RECOMMENDED =
  /\b(?:peer\s+team|peers|the\s+team|the\s+(?:lga|review|report|challenge|feedback)|lga\s+peers|they)\s+(?:also\s+|have\s+|has\s+)?(?:recommended|recommends|suggested|advised|urged|called\s+for)\s+(?:that\s+)?(.+)$/i;
const PEERISH = /\bpeer|\blga\b|\bteam\b|\bchallenge\b|\breview\b|\breport\b|\bthey\b/i;

/** Prose restatements anywhere in the document. */
export function findProseRecommendations(blocks: readonly Block[]): Candidate[] {
  const found: Candidate[] = [];
  for (const block of blocks) {
    if (block.kind === 'table-row' || isCommitteeDecision(block.text)) continue;
    for (const sentence of block.text.split(/(?<=[.!?])\s+(?=[A-Z‘“"'])/)) {
      if (/\b(?:this|the)\s+(?:report|paper)\s+recommends\b|\bis\s+(?:asked|recommended)\s+to\b/i.test(sentence)) continue;
      const covered = COVERED.exec(sentence);
      if (covered !== null && PEERISH.test(sentence.slice(0, covered.index + 40))) {
        found.push(...proseItems(covered[1]!, block, 'prose-list'));
        continue;
      }
      const recommended = RECOMMENDED.exec(sentence);
      if (recommended !== null) found.push(...proseItems(recommended[1]!, block, 'prose-verb'));
    }
  }
  return found;
}

/** A list written in a sentence -> its items: split at semicolons, else at commas and "and" before a verb. */
export function proseItems(list: string, block: Block, rule: RecommendationRule): Candidate[] {
  const body = list.replace(/\s*[.!]\s*$/, '').replace(/^(?:the\s+council\s+(?:should\s+)?|that\s+the\s+council\s+)/i, '').trim();
  const parts = splitList(body)
    .map((p) => p.replace(/^(?:and|or|to|also)\s+/i, '').replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '').trim())
    .filter((p) => p.split(/\s+/).length >= 2 && p.length <= 300);
  return parts.map((text) => ({
    block: { ...block, source: spanOf(block, text) },
    kind: 'key-recommendation',
    heading: text,
    text,
    number: null,
    rule,
    form: 'prose',
    confidence: 0.5,
  }));
}

const GERUND = /^(?:and\s+)?(?:\w+ing)\b/i;

function splitList(text: string): string[] {
  const semis = text.split(/\s*;\s*/).filter(Boolean);
  if (semis.length > 1) return semis.flatMap((s, i) => (i === semis.length - 1 ? lastAnd(s) : [s]));
  const first = text.split(/\s+/)[0] ?? '';
  if (GERUND.test(first)) {
    return text.split(/,\s*(?:and\s+)?(?=\w+ing\b)|\s+and\s+(?=\w+ing\b)/i);
  }
  const commas = text.split(/,\s*(?:and\s+)?/);
  if (commas.length > 2 && commas.every((c) => c.split(/\s+/).length <= 8)) return commas.flatMap((c, i) => (i === commas.length - 1 ? lastAnd(c) : [c]));
  return [text];
}

/** The last item of "X; Y; Z and W" holds two items when "and" joins two phrases of a few words each. */
function lastAnd(text: string): string[] {
  const parts = text.split(/\s+and\s+/);
  if (parts.length === 2 && parts.every((p) => p.split(/\s+/).length >= 2 && p.split(/\s+/).length <= 8)) return parts;
  return [text];
}
