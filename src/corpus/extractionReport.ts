import type { CorpusDocument } from './schema.js';

/** A document whose stated number of recommendations differs from what was found. */
export interface ExtractionGap {
  readonly file: string;
  readonly stated: number;
  readonly found: number;
}

/** What ingestion found against what documents say: how many state a count, and where the two differ. */
export interface ExtractionReport {
  readonly documents: number;
  readonly stating: number;
  readonly gaps: readonly ExtractionGap[];
}

/** Compare each document's stated number of recommendations ("our eight recommendations") with those found. */
export function extractionReport(documents: readonly CorpusDocument[]): ExtractionReport {
  const stating = documents.filter((d) => d.recommendationsReferenced !== null);
  const gaps = stating
    .filter((d) => d.recommendationsReferenced !== d.recommendations.length)
    .map((d) => ({ file: d.file, stated: d.recommendationsReferenced!, found: d.recommendations.length }));
  return { documents: documents.length, stating: stating.length, gaps };
}

/** The report in lines for a terminal: a summary, then one line per gap. */
export function formatExtractionReport(report: ExtractionReport): string[] {
  if (report.stating === 0) return [];
  const head = `recommendations: ${report.stating} of ${report.documents} documents state how many there are; ${report.gaps.length} differ from what was found`;
  return [head, ...report.gaps.map((g) => `  ${g.file}: states ${g.stated}, found ${g.found}`)];
}
