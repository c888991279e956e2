import type { SourceLocation } from '../corpus/schema.js';
import type { DocumentType, Framework, Programme, RecommendationKind } from '../vocabulary.js';

/**
 * The recommendation unit: what every stage after the corpus counts. One peer recommendation of one challenge,
 * however many documents restate it, with the metadata it carries into every table, chart and export.
 */

/** Where a recommendation stands in the corpus: its document and its place in that document's list (from 1). */
export interface RecommendationRef {
  readonly documentId: string;
  readonly ordinal: number;
}

/** The council a unit is about, as the register knows it. */
export interface CouncilRecord {
  /** The council's own name, e.g. "Test Valley Borough Council". */
  readonly name: string;
  /** The register's short name, e.g. "Test Valley". */
  readonly shortName: string;
  readonly gssCode: string;
  readonly authorityType: string;
  readonly region: string;
  readonly country: string;
}

/** One council's peer challenge (a council in a challenge year) and the documents about it, in reading order. */
export interface ChallengeFrame {
  /** `<GSS code or document id>-<year or "undated">`. */
  readonly id: string;
  readonly council: CouncilRecord | null;
  readonly year: number | null;
  readonly documentIds: readonly string[];
  /** The focus areas the council asked the peers to look at, each once. */
  readonly focusAreas: readonly string[];
}

/** One peer recommendation of a challenge, counted once however many documents restate it. */
export interface RecommendationUnit {
  /** The corpus id of its first appearance: the key assignments and tables join on (never parsed). */
  readonly id: string;
  /** Its first appearance, as typed fields. */
  readonly ref: RecommendationRef;
  readonly challengeId: string;
  readonly kind: RecommendationKind;
  readonly number: number;
  readonly heading: string;
  /** The text of its first appearance. */
  readonly text: string;
  readonly council: CouncilRecord | null;
  readonly year: number | null;
  /** The type of the document it first appears in. */
  readonly documentType: DocumentType;
  readonly programme: Programme;
  /** The theme framework it is classified in: its first appearance's document's (`documentFramework`). */
  readonly framework: Framework;
  /** Every document it appears in (first appearance first), and where. */
  readonly documentIds: readonly string[];
  readonly sources: readonly SourceLocation[];
  /** Every corpus recommendation merged into it, first appearance first. */
  readonly members: readonly RecommendationRef[];
  /** Their corpus ids, in the same order. */
  readonly recommendationIds: readonly string[];
}

/** A corpus as units: its challenges and their recommendations, each once. */
export interface Units {
  readonly challenges: readonly ChallengeFrame[];
  /** In challenge order, then reading order. */
  readonly units: readonly RecommendationUnit[];
}
