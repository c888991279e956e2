import type { DocumentType, Stage } from '../vocabulary.js';
import type { Block } from './blocks.js';

export interface TypeEvidence {
  readonly documentType: DocumentType;
  readonly stage: Stage;
}

/** Signs of a paper written for a council meeting rather than by the peer team. */
const COMMITTEE_SIGNS = [
  /\breport\s+to\s*:/i,
  /\breport\s+of\s*(?:the\s+)?(?:leader|chief|director|head|portfolio)/i,
  /\b(?:cabinet|committee|council)\s+meeting\b/i,
  /\bresolved\b/i,
  /^recommended\s*:?/i,
  /\b(?:committee|cabinet)\s+is\s+asked\s+to\b/i,
  /\bportfolio\s+holder\b|\(portfolio:/i,
  /\bcontact\s+officer\b/i,
  /\bkey\s+decision\b/i,
  /\brecord\s+of\s+the\s+decision\b/i,
  /\bbackground\s+papers\b/i,
  /\brecommendation\s+to\s+[\w&, ]*committee/i,
  /\bminutes\b/i,
];

const FEEDBACK_TITLE = /\b(?:feedback\s+report|peer\s+challenge\s+report|corporate\s+peer\s+challenge\s*[–-]?\s*feedback)\b/i;
const PROGRESS_TITLE = /\b(?:progress\s+review|revisit(?:\s+report)?|follow[\s-]up\s+(?:visit|report)|progress\s+report)\b/i;
const ACTION_PLAN_TITLE = /\baction\s+plan\b/i;
const NEWS = /\b(?:press\s+release|news\s+release|for\s+immediate\s+release)\b/i;

/**
 * What the document is and which point of the cycle it concerns, from its title lines, its furniture
 * (committee reports have "Report to:", "RESOLVED", "Recommended:") and its body.
 */
export function detectDocumentType(blocks: readonly Block[], themeSectionCount: number): TypeEvidence {
  const head = blocks.slice(0, 12).map((b) => b.text).join('\n');
  const all = blocks.map((b) => b.text).join('\n');
  const committeeSigns = COMMITTEE_SIGNS.filter((sign) => blocks.some((b) => sign.test(b.text))).length;
  const isCommittee = committeeSigns >= 2;

  let documentType: DocumentType;
  if (NEWS.test(head)) documentType = 'news';
  else if (isCommittee) documentType = 'committee-report';
  else if (ACTION_PLAN_TITLE.test(head) && !PROGRESS_TITLE.test(head)) documentType = 'action-plan';
  else if (PROGRESS_TITLE.test(head)) documentType = 'progress-review';
  else if (FEEDBACK_TITLE.test(head) || themeSectionCount >= 3) documentType = 'feedback-report';
  else if (/\bpeer\s+(?:challenge|review)\b/i.test(all)) documentType = 'other';
  else documentType = 'other';

  const title = blocks.slice(0, 4).map((b) => b.text).join('\n');
  return { documentType, stage: stageOf(documentType, title, head, all) };
}

function stageOf(documentType: DocumentType, title: string, head: string, all: string): Stage {
  if (documentType === 'feedback-report') return 'challenge';
  if (documentType === 'progress-review') return 'progress-review';
  if (documentType === 'action-plan') return 'action-plan';
  if (/\bproposal\s+to\s+undertake\b|\bwill\s+take\s+place\b|\bnext\s+corporate\s+peer\s+challenge\s+will\b/i.test(all) &&
    !/\bfindings\b.*\bpeer\s+team\b/i.test(head)) {
    return 'proposal';
  }
  if (/\baction\s+plan\b/i.test(title) && /\bprogress\b/i.test(title)) return 'action-plan';
  if (PROGRESS_TITLE.test(head) || /\bpeer\s+challenge\s+revisit\b/i.test(all)) return 'progress-review';
  if (/\baction\s+plan\b/i.test(head)) return 'action-plan';
  return 'challenge';
}
