import type { IssuePairRow, IssueRow, DocumentRow, ThemeTableRow } from '../aggregate/types.js';
import type { ImplementationRow } from '../lineage/implementationTable.js';
import type { Framework, ThemeGrouping } from '../vocabulary.js';

/** Facts about the corpus behind every chart, for subtitles and descriptions. */
export interface ChartContext {
  /** Councils in the corpus: the "of M" of every count of councils. */
  readonly councils: number;
  /** Documents in the corpus. */
  readonly documents: number;
  /** First and last year of the challenges, or null when no document is dated. */
  readonly yearFrom: number | null;
  readonly yearTo: number | null;
  /** The theme framework the charts show; rows of the other framework are left out. */
  readonly framework: Framework;
  /** Display labels of recurring-issue ids (for the co-occurrence chart); an id without one is shown as is. */
  readonly issueLabels?: Readonly<Record<string, string>>;
}

/** One cell of a classifier's confusion matrix: how many units of `actual` were predicted as `predicted`. */
export interface ConfusionRow {
  readonly actual: string;
  readonly predicted: string;
  readonly count: number;
}

/** Everything the charts are drawn from: the aggregate tables, plus the classifier's confusion matrix. */
export interface ChartBundle {
  /** Theme tables keyed by grouping; a missing grouping skips its charts. */
  readonly themeRows: Readonly<Partial<Record<ThemeGrouping, readonly ThemeTableRow[]>>>;
  readonly issueRows: readonly IssueRow[];
  readonly issuePairs: readonly IssuePairRow[];
  readonly documentRows: readonly DocumentRow[];
  /** Null or empty when no gold standard was evaluated. */
  readonly confusion: readonly ConfusionRow[] | null;
  /** The implementation table (see `implementationTable`); absent or empty when progress was not traced. */
  readonly progressRows?: readonly ImplementationRow[];
}
