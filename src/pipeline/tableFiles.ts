import type { FileContent } from '../export/atomic.js';
import { documentsCsv, issuesByCouncilCsv, recommendationsCsv, recommendationThemesCsv, themesByCouncilCsv } from '../export/csvTables.js';
import { implementationCsv, recommendationProgressCsv } from '../export/progressCsv.js';
import { reviewCsv, type ReviewRow } from '../export/reviewCsv.js';
import type { DocumentSummary } from '../corpus/schema.js';
import { IMPLEMENTATION_GROUPINGS } from '../lineage/implementationTable.js';
import type { Analysis } from './analyse.js';
import { touchedByReview } from './corrected.js';
import type { ProgressResult } from './progress.js';

/** What the tables are made from besides the analysis: how far recommendations got, and the review sheet. */
export interface TableInputs {
  /** The documents as ingested, before any corrections (for the `source` column). */
  readonly found: readonly DocumentSummary[];
  readonly progress: ProgressResult;
  readonly sheet: readonly ReviewRow[];
  /** Write a byte-order mark so Excel reads UTF-8. */
  readonly excel?: boolean;
}

/**
 * The run's CSV tables, by file name, in the order they are written (see `TABLES` for their columns); each made
 * when its content is read.
 */
export function tableFiles(analysis: Analysis, inputs: TableInputs): [string, FileContent][] {
  const csv = { bom: inputs.excel === true };
  const provenance = analysis.review?.corrections.provenance;
  const touched = touchedByReview(analysis, inputs.found);
  // Each table is made only when it is written, and let go after: at scale they are tens of MB each.
  const tables: [string, () => Iterable<string>][] = [
    ['recommendations.csv', () => recommendationsCsv(analysis.recommendations, csv, provenance)],
    ['recommendation-themes.csv', () => recommendationThemesCsv(analysis.recommendations, csv, provenance)],
    ['themes-by-council.csv', () => themesByCouncilCsv(analysis.themeRows.classic.council, 'classic', csv, touched.councils)],
    ['themes-by-council-current.csv', () => themesByCouncilCsv(analysis.themeRows.current.council, 'current', csv, touched.councils)],
    ['issues-by-council.csv', () => issuesByCouncilCsv(analysis.recommendations, csv, provenance)],
    ['documents.csv', () => documentsCsv(analysis.documentRows, csv, touched.documents)],
    ['recommendation-progress.csv', () => recommendationProgressCsv(inputs.progress.progress, csv)],
    ['recommendation-implementation.csv', () => implementationCsv(IMPLEMENTATION_GROUPINGS.flatMap((g) => inputs.progress.tables[g]), csv)],
    ['review.csv', () => reviewCsv(inputs.sheet, csv)],
  ];
  return tables.map(([name, make]) => [name, madeWhenRead(make)]);
}

/** Content made when it is read (as `writeFileAtomic` reads pieces), not before; made again if read again. */
function madeWhenRead(make: () => Iterable<string>): Iterable<string> {
  return { *[Symbol.iterator]() { yield* make(); } };
}
