import type { DocumentSummary } from '../corpus/schema.js';
import type { DocumentType } from '../vocabulary.js';
import type { Speaker } from './types.js';

/**
 * Which documents report on recommendations' progress, and who speaks in each. Apart from `traceProgress` so that a
 * reader process, which cuts a follow-up's passages, loads this and not the tracing (0.1 s of its start).
 */
export const FOLLOW_UP_SPEAKERS: Partial<Record<DocumentType, Speaker>> = {
  'progress-review': 'peer',
  'action-plan': 'council',
  'committee-report': 'council',
};

/**
 * Can the document report on progress? Progress reviews and action plans, and committee reports at the action-plan
 * or progress-review stage (a report that presents the challenge itself, or proposes one, cannot).
 */
export function isFollowUp(document: DocumentSummary): boolean {
  if (document.documentType === 'committee-report') return document.stage === 'action-plan' || document.stage === 'progress-review';
  return FOLLOW_UP_SPEAKERS[document.documentType] !== undefined && document.stage !== 'proposal';
}
