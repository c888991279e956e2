/**
 * The aggregate stage: recommendation units + theme assignments -> challenges (`challenges`) -> tables. Tables
 * count challenges (one council's peer challenge in one year) and their units, not documents. Every function is
 * pure and returns plain rows.
 */
export type * from './types.js';
export { challenges, type IssueTagger } from './challenges.js';
export { themeTable, type ThemeTableOptions } from './themeTable.js';
export { themeGroups, type GroupMember } from './themeGroups.js';
export { councilThemeWide, type CouncilThemeWideRow } from './councilThemeWide.js';
export { inFramework } from './inFramework.js';
export { councilKey } from './councilKey.js';
export { challengeFocus, type ChallengeFocus, type FocusMatch, type ThemePhrases } from './challengeFocus.js';
export { IssueSchema, IssueTaxonomySchema, type Issue, type IssueTaxonomy } from './issueTaxonomy.js';
export { parseIssueTaxonomy } from './parseIssueTaxonomy.js';
export { tagIssues } from './tagIssues.js';
export { matchPhrases, type PhraseMatch } from './matchPhrases.js';
export { phraseMatcher, type PhraseEntry, type PhraseMatcher } from './phraseMatcher.js';
export { issueTable, type IssueTableOptions } from './issueTable.js';
export { issuePairs } from './issuePairs.js';
export { quoteOf } from './quoteOf.js';
export { discoverPhrases, type DiscoverOptions } from './discoverPhrases.js';
export { nounPhrases } from './nounPhrases.js';
export { similarRecommendations, type SimilarOptions } from './similarRecommendations.js';
export { recommendationVectors } from './recommendationVectors.js';
export { similarClusters, similarPairs, type SimilarPair } from './similarPairs.js';
export { documentRows } from './documentRows.js';
