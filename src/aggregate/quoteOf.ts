import type { DocumentSummary } from '../corpus/schema.js';
import type { ChallengeRecommendation, Quote } from './types.js';

/**
 * A recommendation as a quote, traced to where it first appears: the document's file and URL (from the corpus
 * documents, when given) and the page of its source. `text` defaults to the recommendation's own text.
 */
export function quoteOf(recommendation: ChallengeRecommendation, documents: ReadonlyMap<string, DocumentSummary>, text: string = recommendation.text): Quote {
  const documentId = recommendation.ref.documentId;
  const document = documents.get(documentId);
  const source = recommendation.sources.find((s) => document === undefined || s.file === document.file) ?? recommendation.sources[0];
  return {
    text,
    council: recommendation.council,
    year: recommendation.year,
    documentId,
    file: document?.file ?? source?.file ?? '',
    page: source?.page ?? null,
    url: document?.url ?? null,
  };
}
