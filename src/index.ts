/**
 * cpc's public API: each pipeline stage, and the pipeline that composes them. Notebooks and scripts import
 * from here; the CLI is a thin layer over the same functions.
 */
export * from './vocabulary.js';
export * from './errors.js';
export * as ingest from './ingest/index.js';
export * as corpus from './corpus/index.js';
export * as classifyStage from './classify/index.js';
export * as review from './review/index.js';
export * as aggregate from './aggregate/index.js';
export * as lineage from './lineage/index.js';
export * as chart from './chart/index.js';
export * as exportStage from './export/index.js';
export * from './pipeline/index.js';
export type { CorpusDocument, Recommendation, SourceLocation } from './corpus/schema.js';
export type { Assignment, Unit, TrainingExample } from './classify/types.js';
export { classify } from './classify/classify.js';
export type { Evidence as ProgressEvidence, ProgressStatus, RecommendationProgress } from './lineage/types.js';
export type {
  Challenge, ChallengeRecommendation, IssueRow, SimilarCluster, ThemeTableRow, DiscoveredPhrase, Quote,
} from './aggregate/types.js';
