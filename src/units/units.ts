import type { Council, DocumentSummary } from '../corpus/schema.js';
import { compareNullable } from '../order.js';
import type { DocumentType } from '../vocabulary.js';
import { challengeYears } from './challengeYears.js';
import { MERGE_THRESHOLD, mergeRestatements, unitsOf, type Restatements } from './mergeRestatements.js';
import type { ChallengeFrame, CouncilRecord, RecommendationUnit, Units } from './types.js';
import { spacingKey } from '../text/index.js';

/** Reading order within a challenge: the peer team's own report first, then the papers that restate it. */
const TYPE_ORDER: readonly DocumentType[] = ['feedback-report', 'progress-review', 'action-plan', 'committee-report', 'news', 'other'];

/** A challenge's frame and its documents in reading order (feedback report first, then by date and id). */
export interface ChallengeGroup {
  readonly frame: ChallengeFrame;
  readonly documents: readonly DocumentSummary[];
}

/**
 * Corpus documents -> recommendation units, the backbone every later stage reads. Phases: the challenges
 * (`challengeGroups`) -> merge each one's restated recommendations (see `mergeRestatements`; `known` gives a
 * challenge's restatements found before at the same threshold, by challenge id: one that does not fit its
 * documents is merged afresh), so each is classified and counted once.
 */
export function units(
  documents: readonly DocumentSummary[],
  options: { readonly threshold?: number; readonly known?: ReadonlyMap<string, Restatements> } = {},
): Units {
  const challenges = challengeGroups(documents).map(({ frame, documents: ordered }) => {
    const known = options.known?.get(frame.id);
    const found = known === undefined ? null : unitsOf(ordered, frame, known);
    return { frame, units: found ?? mergeRestatements(ordered, frame, options.threshold ?? MERGE_THRESHOLD) };
  });
  return {
    challenges: challenges.map((c) => c.frame),
    units: challenges.flatMap((c): RecommendationUnit[] => c.units),
  };
}

/**
 * Corpus documents -> their challenges. Phases: decide each document's challenge (council and challenge year, see
 * `challengeYears`) -> group -> order each group's documents for reading (feedback report first, then by date and
 * id). Documents without a council stay their own challenge. Challenges are ordered by council, year and id, so the
 * output does not depend on the order of `documents`.
 */
export function challengeGroups(documents: readonly DocumentSummary[]): ChallengeGroup[] {
  const keys = challengeYears(documents);
  const groups = new Map<string, DocumentSummary[]>();
  for (const document of documents) {
    const key = keys.get(document.id)!;
    const id = `${key.council}-${key.year ?? 'undated'}`;
    groups.set(id, [...(groups.get(id) ?? []), document]);
  }
  const challenges = [...groups.entries()].map(([id, members]): ChallengeGroup => {
    const ordered = [...members].sort(readingOrder);
    const frame: ChallengeFrame = {
      id,
      council: councilRecord(ordered.find((d) => d.council !== null)?.council ?? null),
      year: keys.get(ordered[0]!.id)!.year,
      documentIds: ordered.map((d) => d.id),
      focusAreas: focusAreas(ordered),
    };
    return { frame, documents: ordered };
  });
  return challenges.sort(({ frame: a }, { frame: b }) =>
    compareNullable(a.council?.name, b.council?.name) || compareNullable(a.year, b.year) || compareNullable(a.id, b.id));
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
