import { recommendationId } from './documentId.js';
import type { CorpusDocument } from './schema.js';

/**
 * Make document ids unique across a corpus (two folders may hold `report.pdf`): the second and later get `-2`,
 * `-3`..., in the given (sorted) order, and their recommendations' ids follow.
 */
export function withUniqueIds<D extends Pick<CorpusDocument, 'id' | 'recommendations'>>(documents: readonly D[]): D[] {
  const seen = new Map<string, number>();
  return documents.map((document) => {
    const n = (seen.get(document.id) ?? 0) + 1;
    seen.set(document.id, n);
    if (n === 1) return document;
    const id = `${document.id}-${n}`;
    return {
      ...document,
      id,
      recommendations: document.recommendations.map((r, i) => ({ ...r, id: recommendationId(id, i + 1) })),
    };
  });
}
