import type { DocumentSummary } from '../corpus/schema.js';
import type { DocumentRow } from './types.js';

/** One row per document, in corpus order. */
export function documentRows(documents: readonly DocumentSummary[]): DocumentRow[] {
  return documents.map((d) => ({
    documentId: d.id, file: d.file, council: d.council?.name ?? null, gssCode: d.council?.gssCode ?? null, year: d.year,
    documentDate: d.dates.document,
    documentType: d.documentType, programme: d.programme, recommendations: d.recommendations.length,
    recommendationsReferenced: d.recommendationsReferenced, committeeRecommendations: d.committeeRecommendations.length,
  }));
}
