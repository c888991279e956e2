import type { IssueTaxonomy } from './issueTaxonomy.js';
import { matchPhrases } from './matchPhrases.js';
import { phraseMatcher } from './phraseMatcher.js';
import type { IssueTag } from './types.js';

/**
 * The recurring issues a text raises, one tag per issue at its first match, in text order. Overlapping phrases
 * count once (the longest wins, across issues), so "medium term financial strategy" is not also "financial
 * strategy"; `except` phrases win the same way and tag nothing.
 */
export function tagIssues(text: string, taxonomy: IssueTaxonomy): IssueTag[] {
  const seen = new Set<string>();
  const tags: IssueTag[] = [];
  for (const m of matchPhrases(text, phraseMatcher(taxonomy.issues))) {
    if (m.id === null || seen.has(m.id)) continue;
    seen.add(m.id);
    tags.push({ issue: m.id, phrase: text.slice(m.start, m.end), start: m.start, end: m.end });
  }
  return tags;
}
