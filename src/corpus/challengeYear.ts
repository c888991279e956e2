import type { DocumentType, Stage } from '../vocabulary.js';
import type { Block } from './blocks.js';
import type { Dates } from './schema.js';

/** "the 2019 Corporate Peer Challenge", "Corporate Peer Challenge 2024", "Peer Challenge (2021)". */
const NAMED_YEAR = /\b(20\d\d)\s+(?:LGA\s+)?(?:corporate\s+)?peer\s+challenge\b|\b(?:corporate\s+)?peer\s+challenge\s*[(–:-]?\s*(20\d\d)\b(?!\s*[-/]\d)/gi;
const NOT_THIS = /\b(?:previous|last|prior|earlier|next|first|future|upcoming)\s+(?:\w+\s+){0,2}$/i;

/**
 * The year of the peer team's visit for the challenge the document is about. A follow-up (progress review,
 * revisit, action plan) belongs to the challenge it follows up: the earliest challenge date it ties to this
 * challenge. Previous and next challenges are never taken (see `findChallengeMonths`).
 */
export function findChallengeYear(blocks: readonly Block[], dates: Dates, documentType: DocumentType, stage: Stage): number | null {
  const visit = dates.visit === null ? null : year(dates.visit.start);
  const original = dates.originalChallenge === null ? null : year(dates.originalChallenge);
  const named = namedYear(blocks);
  const followUp = documentType === 'progress-review' || documentType === 'action-plan' || stage === 'progress-review' || stage === 'action-plan';
  if (followUp) {
    const known = [original, named, dates.revisit === null ? visit : null].filter((y): y is number => y !== null);
    return known.length === 0 ? null : Math.min(...known);
  }
  if (visit !== null) return visit;
  if (original !== null) return original;
  if (named !== null) return named;
  if (dates.plannedVisit !== null) return year(dates.plannedVisit.start);
  if (documentType === 'feedback-report' && dates.document !== null) return year(dates.document);
  return null;
}

function namedYear(blocks: readonly Block[]): number | null {
  for (const block of blocks) {
    for (const m of block.text.matchAll(NAMED_YEAR)) {
      if (NOT_THIS.test(block.text.slice(Math.max(0, m.index - 30), m.index))) continue;
      return Number(m[1] ?? m[2]);
    }
  }
  return null;
}

function year(iso: string): number {
  return Number(iso.slice(0, 4));
}
