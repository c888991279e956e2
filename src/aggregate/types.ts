import type { Assignment } from '../classify/types.js';
import type { ChallengeFrame, CouncilRecord, RecommendationUnit } from '../units/types.js';
import type { DocumentType, Framework, Programme, ThemeGrouping, ThemeOrUnclassified } from '../vocabulary.js';

/**
 * Rows of the aggregate tables: plain data, one interface per table. Charts and exports read only these.
 * The unit of analysis is the challenge (one council's peer challenge in one year), not the document.
 */

/** A quote behind a count, traceable to its source. */
export interface Quote {
  readonly text: string;
  readonly council: CouncilRecord | null;
  readonly year: number | null;
  readonly documentId: string;
  readonly file: string;
  readonly page: number | null;
  readonly url: string | null;
}

/** A recurring-issue tag on a recommendation, with the words that matched. */
export interface IssueTag {
  readonly issue: string;
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
}

/** A recommendation unit with its themes and recurring-issue tags: what the tables count. */
export interface ChallengeRecommendation extends RecommendationUnit {
  readonly assignment: Assignment | null;
  readonly issues: readonly IssueTag[];
}

/** One council's peer challenge: the documents about it and its recommendations, each once. */
export interface Challenge extends ChallengeFrame {
  readonly recommendations: readonly ChallengeRecommendation[];
}

/** One cell of a theme table in long form: a group (council, year, type, region) by theme. */
export interface ThemeTableRow {
  readonly grouping: ThemeGrouping;
  readonly group: string;
  readonly framework: Framework;
  readonly theme: ThemeOrUnclassified;
  readonly themeLabel: string;
  /** Recommendations in the group whose primary theme this is. */
  readonly primary: number;
  /** Recommendations in the group that touch this theme (any assigned theme). */
  readonly mentions: number;
  /** All recommendations in the group. */
  readonly groupRecommendations: number;
  /** `primary / groupRecommendations`, 0 when the group has none. */
  readonly share: number;
  /** Councils in the group with at least one recommendation touching the theme. */
  readonly councils: number;
  /** Councils in the group (with or without recommendations): the "of M". */
  readonly councilsInGroup: number;
  /** Councils in the group for which the theme was a requested focus area. */
  readonly focusAreaCouncils: number;
}

/** A recurring issue across councils. */
export interface IssueRow {
  readonly issue: string;
  readonly label: string;
  readonly councils: number;
  readonly councilsTotal: number;
  readonly challenges: number;
  readonly recommendations: number;
  /** Councils where the issue matched a requested focus area (asked about, not raised unprompted). */
  readonly focusAreaCouncils: number;
  readonly councilNames: readonly string[];
  readonly quotes: readonly Quote[];
}

/** How often two issues are raised in the same recommendation. */
export interface IssuePairRow {
  readonly issueA: string;
  readonly issueB: string;
  readonly recommendations: number;
}

/** A group of near-identical recommendations given to different councils or in different documents. */
export interface SimilarCluster {
  readonly id: string;
  readonly size: number;
  readonly councils: readonly string[];
  readonly years: readonly number[];
  readonly meanSimilarity: number;
  readonly members: readonly {
    readonly recommendationId: string;
    readonly council: CouncilRecord | null;
    readonly year: number | null;
    readonly text: string;
  }[];
}

/** A candidate recurring phrase not yet in the issue taxonomy. */
export interface DiscoveredPhrase {
  readonly phrase: string;
  readonly councils: number;
  readonly documents: number;
  readonly occurrences: number;
  readonly distinctiveness: number;
  readonly quotes: readonly Quote[];
}

/** One document's counts, for the documents table and the recommendations-per-document chart. */
export interface DocumentRow {
  readonly documentId: string;
  readonly file: string;
  readonly council: string | null;
  readonly gssCode: string | null;
  readonly year: number | null;
  /** The date of the document or of the meeting it went to (ISO 8601), when found. */
  readonly documentDate: string | null;
  readonly documentType: DocumentType;
  /** The peer-review programme; only Corporate Peer Challenges are counted in the theme tables. */
  readonly programme: Programme;
  readonly recommendations: number;
  readonly recommendationsReferenced: number | null;
  readonly committeeRecommendations: number;
}
