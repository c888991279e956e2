import type { SourceLocation } from '../corpus/schema.js';
import type { DocumentType, ThemeOrUnclassified } from '../vocabulary.js';
import type { CouncilRecord } from '../units/types.js';

/**
 * The lineage stage's data: each original recommendation of a challenge, the later passages that report on it,
 * and the status they state. Plain readonly data; every function of the stage is pure.
 */

/** Statuses read from explicit words (see data/codebooks/progress-status.yaml), most to least progress. */
export const READ_STATUSES = ['completed', 'on-track', 'some-progress', 'limited-progress', 'not-started'] as const;
export type ReadStatus = (typeof READ_STATUSES)[number];

/**
 * The full scale: the read statuses, then `no-evidence` (follow-up documents exist but state nothing of its progress:
 * silent on it, or restating it without a status) and `no-follow-up` (no later document in the corpus). Never guessed.
 */
export const PROGRESS_STATUSES = [...READ_STATUSES, 'no-evidence', 'no-follow-up'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];
export const isProgressStatus = (value: unknown): value is ProgressStatus =>
  typeof value === 'string' && (PROGRESS_STATUSES as readonly string[]).includes(value);

/** Who is speaking: the peer team (progress reviews) or the council (action plans, updates, committee reports). */
export const SPEAKERS = ['peer', 'council'] as const;
export type Speaker = (typeof SPEAKERS)[number];

/** The columns of an action plan or update row, where the table has them. */
export interface RowCells {
  readonly action: string | null;
  readonly owner: string | null;
  readonly due: string | null;
  readonly status: string | null;
  readonly update: string | null;
  /**
   * The row's last cell when its cells could not be aligned with the header (an empty cell dropped, a PDF's cells
   * run together) or the header names a status only inside another cell ("Target Status"): a status value ending
   * it ("... Mar 2024 Green") is read.
   */
  readonly lastCell: string | null;
}

/** A passage of a follow-up document that may restate and report on one recommendation. */
export interface FollowUpPassage {
  readonly documentId: string;
  /** A row of a table with a recommendation column, or a section of prose opened by a restatement. */
  readonly kind: 'table-row' | 'section';
  /** The recommendation number the passage names ("Recommendation 3", "R3", a number column), or null. */
  readonly number: number | null;
  /** The recommendation as the passage restates it (possibly shortened or paraphrased). */
  readonly restated: string;
  /** The words that report on it: a section's paragraphs, a row's action, status and update cells. */
  readonly report: string;
  readonly cells: RowCells | null;
  readonly source: SourceLocation;
}

/** A status read from a passage, with the words that say it. */
export interface StatusReading {
  readonly status: ReadStatus;
  /** The vocabulary phrase or cell value that matched. */
  readonly matched: string;
  /** The sentence (or status cell) holding it. */
  readonly quote: string;
}

/** How a passage was linked to its original recommendation. */
export type LinkMethod = 'number' | 'wording';

/** One passage of a later document, linked to an original recommendation, with what it says of progress. */
export interface Evidence {
  readonly documentId: string;
  readonly documentType: DocumentType;
  readonly speaker: Speaker;
  /** The document's date (ISO), when known. */
  readonly date: string | null;
  readonly method: LinkMethod;
  /** Wording similarity of restatement and original, 0 to 1 (1 for a number link with no restatement). */
  readonly score: number;
  readonly passage: FollowUpPassage;
  readonly reading: StatusReading | null;
  readonly file: string;
  readonly page: number | null;
}

/** The latest word of one speaker on a recommendation. */
export interface SpeakerStatus {
  readonly status: ProgressStatus;
  readonly date: string | null;
  readonly quote: string | null;
  readonly file: string | null;
  readonly page: number | null;
}

/** One original recommendation of a challenge and how far it got. */
export interface RecommendationProgress {
  /** The original's corpus id (`<document id>#<n>`). */
  readonly id: string;
  readonly challengeId: string;
  readonly council: CouncilRecord | null;
  readonly year: number | null;
  readonly number: number;
  readonly text: string;
  /** Primary theme in each framework (the classifier's framework and the crosswalk's), or unclassified. */
  readonly themeClassic: ThemeOrUnclassified;
  readonly themeCurrent: ThemeOrUnclassified;
  /** The document the original comes from. */
  readonly baseDocumentId: string;
  readonly baseDocumentType: DocumentType;
  /** True when the feedback report is not in the corpus and the earliest restatement stands in for it. */
  readonly standIn: boolean;
  readonly source: SourceLocation;
  /** Follow-up documents of the challenge (whether or not they mention it). */
  readonly followUpDocumentIds: readonly string[];
  readonly evidence: readonly Evidence[];
  readonly peer: SpeakerStatus;
  readonly councilStatus: SpeakerStatus;
  /** The latest status of either speaker (the peer team's at equal dates). */
  readonly status: ProgressStatus;
}
