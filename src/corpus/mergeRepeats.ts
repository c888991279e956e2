import type { Block } from './blocks.js';
import { recommendationId } from './documentId.js';
import type { Recommendation, SourceLocation } from './schema.js';
import type { RecommendationForm, RecommendationKind, RecommendationRule } from '../vocabulary.js';
import { jaccard, words } from '../text/index.js';

/** A recommendation as found, before repeats are merged. `block` spans every block the text came from. */
export interface Candidate {
  readonly block: Block;
  readonly kind: RecommendationKind;
  readonly heading: string;
  readonly text: string;
  readonly number: number | null;
  readonly rule: RecommendationRule;
  readonly form: RecommendationForm;
  /** How sure the rule is that this is one whole peer recommendation, 0 to 1. */
  readonly confidence: number;
}

/** Jaccard similarity of word sets at or above which two items of one document are the same recommendation. */
export const NEAR_DUPLICATE = 0.85;

/** Merge exact and near-duplicate repeats (counting them), then number and id what is left. */
export function mergeRepeats(candidates: readonly Candidate[], documentId: string): Recommendation[] {
  const kept: { candidate: Candidate; words: Set<string>; count: number; repeats: SourceLocation[] }[] = [];
  for (const candidate of candidates) {
    const words = wordSet(candidate.text);
    const same = kept.find((k) => k.candidate.kind === candidate.kind && jaccard(k.words, words) >= NEAR_DUPLICATE);
    if (same !== undefined) {
      same.count += 1;
      same.repeats.push(candidate.block.source);
    } else {
      kept.push({ candidate, words, count: 1, repeats: [] });
    }
  }
  return kept.map(({ candidate, count, repeats }, i) => ({
    id: recommendationId(documentId, i + 1),
    kind: candidate.kind,
    number: candidate.number ?? positionInKind(kept.map((k) => k.candidate), i),
    heading: candidate.heading,
    text: candidate.text,
    form: candidate.form,
    rule: candidate.rule,
    confidence: candidate.confidence,
    count,
    source: candidate.block.source,
    repeats,
  }));
}

function positionInKind(candidates: readonly Candidate[], i: number): number {
  const kind = candidates[i]!.kind;
  return candidates.slice(0, i + 1).filter((c) => c.kind === kind).length;
}

/** The set of a text's word forms (`words`). */
function wordSet(text: string): Set<string> {
  return new Set(words(text).map((w) => w.form));
}
