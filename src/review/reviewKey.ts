import { createHash } from 'node:crypto';
import { wordsKey } from '../text/index.js';

/**
 * Keys of the review sheet: they name a document by its content and a recommendation by its words, never by a
 * position, so a correction still finds its recommendation after the folder is re-read, files are renamed or
 * moved, or the extractor numbers things differently. Both start with a letter so that a spreadsheet never reads
 * them as numbers.
 */

const HEX = 12;

/** The document's key: `d` and the first 12 hex digits of its SHA-256. */
export function documentKey(sha256: string): string {
  return `d${sha256.slice(0, HEX)}`;
}

/** A recommendation's text for matching: Unicode-normalised, lower case, letters and digits separated by single spaces. */
export function normaliseRecommendation(text: string): string {
  return wordsKey(text.normalize('NFKC'));
}

/** A recommendation's key: its document's key, `-t`, and 12 hex digits of the SHA-256 of its normalised text. */
export function reviewKey(documentSha256: string, text: string): string {
  const digest = createHash('sha256').update(normaliseRecommendation(text)).digest('hex').slice(0, HEX);
  return `${documentKey(documentSha256)}-t${digest}`;
}

/**
 * The key of the sheet row each corpus recommendation belongs to, by corpus recommendation id: a recommendation
 * restated in several documents of a challenge is one row, keyed by its first appearance (`groups`: each row's
 * first id and all its members' ids).
 */
export function rowKeys(
  documents: readonly { readonly sha256: string; readonly recommendations: readonly { readonly id: string; readonly text: string }[] }[],
  groups: readonly { readonly id: string; readonly recommendationIds: readonly string[] }[],
): Map<string, string> {
  const own = new Map(documents.flatMap((d) => d.recommendations.map((r) => [r.id, reviewKey(d.sha256, r.text)] as const)));
  const keys = new Map<string, string>();
  for (const group of groups) {
    const key = own.get(group.id);
    if (key !== undefined) for (const id of group.recommendationIds) keys.set(id, key);
  }
  return keys;
}
