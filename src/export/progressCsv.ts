import type { ImplementationRow } from '../lineage/implementationTable.js';
import type { Evidence, RecommendationProgress } from '../lineage/types.js';
import { csvPieces, rowsOf, type CsvCell, type CsvOptions, type CsvPieces } from './csv.js';
import { columnNames } from './tableSchema.js';
import { TABLES } from './tables.js';

/** A column of the progress table: header and cell. The CLI's `cpc progress` lists the same columns. */
export interface ProgressColumn {
  readonly header: string;
  readonly value: (row: RecommendationProgress) => CsvCell;
  readonly width?: number;
}

/** One piece of evidence as a cell: who, where, how linked, and the status with its quote. */
export function evidenceText(e: Evidence): string {
  const said = e.reading === null ? 'no status stated' : `${e.reading.status} "${e.reading.quote}"`;
  return `${e.speaker} ${e.documentId} (${e.method}): ${said} [${e.file}${e.page === null ? '' : ` p.${e.page}`}]`;
}

/** The columns of recommendation-progress.csv, in order (documented in output/README.md). */
export const PROGRESS_COLUMNS: readonly ProgressColumn[] = [
  { header: 'recommendation_id', value: (p) => p.id, width: 40 },
  { header: 'challenge_id', value: (p) => p.challengeId },
  { header: 'council', value: (p) => p.council?.name, width: 30 },
  { header: 'gss_code', value: (p) => p.council?.gssCode },
  { header: 'authority_type', value: (p) => p.council?.authorityType },
  { header: 'challenge_year', value: (p) => p.year },
  { header: 'number', value: (p) => p.number },
  { header: 'text', value: (p) => p.text, width: 50 },
  { header: 'theme_classic', value: (p) => p.themeClassic },
  { header: 'theme_current', value: (p) => p.themeCurrent },
  { header: 'base_document_id', value: (p) => p.baseDocumentId },
  { header: 'stand_in', value: (p) => p.standIn },
  { header: 'follow_up_documents', value: (p) => p.followUpDocumentIds.join(';') },
  { header: 'status', value: (p) => p.status },
  { header: 'peer_status', value: (p) => p.peer.status },
  { header: 'peer_date', value: (p) => p.peer.date },
  { header: 'peer_quote', value: (p) => p.peer.quote, width: 50 },
  { header: 'peer_source_file', value: (p) => p.peer.file },
  { header: 'peer_source_page', value: (p) => p.peer.page },
  { header: 'council_status', value: (p) => p.councilStatus.status },
  { header: 'council_date', value: (p) => p.councilStatus.date },
  { header: 'council_quote', value: (p) => p.councilStatus.quote, width: 50 },
  { header: 'council_source_file', value: (p) => p.councilStatus.file },
  { header: 'council_source_page', value: (p) => p.councilStatus.page },
  { header: 'linked_documents', value: (p) => [...new Set(p.evidence.map((e) => e.documentId))].join(';') },
  { header: 'evidence', value: (p) => p.evidence.map(evidenceText).join(' | '), width: 60 },
];

/** One row per original recommendation: how far it got, by the peer team's word and the council's, with quotes. */
export function recommendationProgressCsv(progress: readonly RecommendationProgress[], options: CsvOptions = {}): CsvPieces {
  return csvPieces(PROGRESS_COLUMNS.map((c) => c.header), rowsOf(progress, (p) => [PROGRESS_COLUMNS.map((c) => c.value(p))]), options);
}

/** The implementation table in long form: grouping (theme in each framework, authority type, year) x group x status. */
export function implementationCsv(rows: readonly ImplementationRow[], options: CsvOptions = {}): CsvPieces {
  const columns = columnNames(TABLES.recommendationImplementation);
  return csvPieces(columns, rows.map((r) => [r.grouping, r.group, r.status, r.recommendations, r.groupRecommendations, r.groupFollowedUp, r.share.toFixed(3)]), options);
}
