import type { Council, DocumentSummary } from '../corpus/schema.js';
import { compareNullable } from '../order.js';
import type { DocumentType } from '../vocabulary.js';
import { challengeYears } from './challengeYears.js';
import { MERGE_THRESHOLD, mergeRestatements } from './mergeRestatements.js';
import type { ChallengeFrame, CouncilRecord, RecommendationUnit, Units } from './types.js';
import { spacingKey } from '../text/index.js';

/** Reading order within a challenge: the peer team's own report first, then the papers that restate it. */
const TYPE_ORDER: readonly DocumentType[] = ['feedback-report', 'progress-review', 'action-plan', 'committee-report', 'news', 'other'];

/**
 * Corpus documents -> recommendation units, the backbone every later stage reads. Phases: decide each document's
 * challenge (council and challenge year, see `challengeYears`) -> group -> read each group's documents in order
 * (feedback report first, then by date and id) -> merge restated recommendations (see `mergeRestatements`), so
 * each is classified and counted once. Documents without a council stay their own challenge. Challenges are
 * ordered by council, year and id, so the output does not depend on the order of `documents`.
 */
export function units(documents: readonly DocumentSummary[], options: { readonly threshold?: number } = {}): Units {
  const keys = challengeYears(documents);
  const groups = new Map<string, DocumentSummary[]>();
  for (const document of documents) {
    const key = keys.get(document.id)!;
    const id = `${key.council}-${key.year ?? 'undated'}`;
    groups.set(id, [...(groups.get(id) ?? []), document]);
  }
  const challenges = [...groups.entries()].map(([id, members]) => {
    const ordered = [...members].sort(readingOrder);
    const frame: ChallengeFrame = {
      id,
      council: councilRecord(ordered.find((d) => d.council !== null)?.council ?? null),
      year: keys.get(ordered[0]!.id)!.year,
      documentIds: ordered.map((d) => d.id),
      focusAreas: focusAreas(ordered),
    };
    return { frame, units: mergeRestatements(ordered, frame, options.threshold ?? MERGE_THRESHOLD) };
  });
  challenges.sort(({ frame: a }, { frame: b }) =>
    compareNullable(a.council?.name, b.council?.name) || compareNullable(a.year, b.year) || compareNullable(a.id, b.id));
  return {
    challenges: challenges.map((c) => c.frame),
    units: challenges.flatMap((c): RecommendationUnit[] => c.units),
  };
}

/** The register's record of a document's council, without where the document named it. */
export function councilRecord(council: Council | null): CouncilRecord | null {
  if (council === null) return null;
  const { name, registerName, gssCode, authorityType, region, country } = council;
  return { name, shortName: registerName, gssCode, authorityType, region, country };
}

/** The challenge's focus areas, each once (first wording kept). */
function focusAreas(documents: readonly DocumentSummary[]): string[] {
  const focus = new Map<string, string>();
  for (const area of documents.flatMap((d) => d.focusAreas)) {
    const key = spacingKey(area.text);
    if (!focus.has(key)) focus.set(key, area.text);
  }
  return [...focus.values()];
}

function readingOrder(a: DocumentSummary, b: DocumentSummary): number {
  return (
    TYPE_ORDER.indexOf(a.documentType) - TYPE_ORDER.indexOf(b.documentType) ||
    compareNullable(a.dates.document, b.dates.document) ||
    compareNullable(a.id, b.id)
  );
}
