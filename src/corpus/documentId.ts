/**
 * A document's id from its file name: lower-case letters, digits and hyphens only, so it is safe in file names,
 * URLs and CSV, e.g. `reports/Stoke Feedback (2016).PDF` -> `stoke-feedback-2016-pdf`.
 */
export function documentId(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const slug = slugify(base);
  return slug === '' ? 'document' : slug;
}

/** Lower-case ASCII slug: no separators, no `..`, no leading or trailing hyphen; at most 80 characters. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

/**
 * A recommendation's corpus id: `<document id>#<ordinal>`, its place in the document's list from 1. A key, never
 * parsed: later stages carry the document id and ordinal as fields (`RecommendationRef`). A researcher's added
 * recommendation is keyed `<document id>#added-<key>` instead (review/applyCorrections.ts).
 */
export function recommendationId(documentId: string, ordinal: number): string {
  return `${documentId}#${ordinal}`;
}
