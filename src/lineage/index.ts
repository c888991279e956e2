/**
 * The lineage stage: corpus documents + challenges -> each original recommendation linked to the passages of
 * later documents that restate and report on it (progress reviews, action plans, council updates), with the
 * status they state in explicit words. Every function is pure; the pipeline reads the follow-up documents' text.
 */
export type * from './types.js';
export { PROGRESS_STATUSES, READ_STATUSES, SPEAKERS, isProgressStatus } from './types.js';
export { StatusVocabularySchema, parseStatusVocabulary, type StatusVocabulary } from './statusVocabulary.js';
export { readStatus, statusInCell, statusInText } from './readStatus.js';
export { followUpPassages } from './followUpPassages.js';
export { linkPassages, linkTarget, LINK_THRESHOLD, type LinkTarget, type PassageLink } from './linkPassages.js';
export { isFollowUp } from './followUp.js';
export { traceProgress, type TraceInput } from './traceProgress.js';
export { implementationTable, IMPLEMENTATION_GROUPINGS, type ImplementationGrouping, type ImplementationRow } from './implementationTable.js';
export { progressSummary, type ProgressQuote, type ProgressSummary } from './progressSummary.js';
