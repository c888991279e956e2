import type { DocumentType, Stage } from '../vocabulary.js';
import type { Block } from './blocks.js';

export interface TypeEvidence {
  readonly documentType: DocumentType;
  readonly stage: Stage;
  /** The words that decided the type, or null when nothing did. */
  readonly evidence: string | null;
}

/** Signs of a paper written for a council meeting (a report, a decision record, minutes) rather than by the peer team. */
const COMMITTEE_SIGNS = [
  /\breport\s+to\s*:?\s*(?:the\s+)?(?:cabinet|council|executive|[\w ]*committee|[\w ]*board|[\w ]*panel)\b/i,
  /\breport\s+of\s*:?\s*(?:the\s+)?(?:leader|chief|director|head|portfolio|strategic|corporate|executive|assistant)/i,
  /\b(?:cabinet|committee|council|executive|board|panel)\s+meeting\b/i,
  /\bresolved\b/i,
  /^recommended\s*:?/i,
  /\b(?:committee|cabinet|council|executive|members)\s+(?:is|are)\s+(?:asked|recommended|requested|invited)\s+to\b/i,
  /\bportfolio\s+holder\b|\(portfolio:|\bcabinet\s+member\s+for\b/i,
  /\bcontact\s+officer\b|\breport\s+author\b/i,
  /\bkey\s+decision\b/i,
  /\brecord\s+of\s+(?:the\s+)?decision\b|\bdecision\s+details\b|\bissue\s*[-–]\s*decisions\b|\bdecision\s+maker\b|\bdecision\s+status\b/i,
  /\bbackground\s+papers\b|\blist\s+of\s+background\s+documents\b/i,
  /\brecommendation\s+to\s+[\w&, ]*committee/i,
  /\bminutes\b|\bapologies\s+for\s+absence\b|^present\s*:/i,
  /^(?:\d+(?:\.\d+)*\.?\s*)?(?:wards?\s+affected|purpose\s+of\s+(?:the\s+)?report|exempt\s+information|agenda\s+item)\b/i,
  /^(?:\d+(?:\.\d+)*\.?\s*)?(?:financial|legal|equalit\w+|risk|resource)\s+implications\b/i,
  /^(?:\d+(?:\.\d+)*\.?\s*)?(?:reasons?\s+for\s+(?:the\s+)?(?:decision|recommendations?)|alternative\s+options\s+considered)\b/i,
];

const FEEDBACK_TITLE =
  /\b(?:feedback\s+report|peer\s+challenge\s+report|corporate\s+peer\s+challenge\s*[–-]?\s*(?:feedback|final\s+report|report)|peer\s+challenge\s+feedback|feedback\s+presentation|final\s+report)\b/i;
const PROGRESS_TITLE =
  /\b(?:progress\s+review|revisit(?:\s+report)?|follow[\s-]up\s+(?:visit|report|review|letter)|check[\s-]in|progress\s+report|progress\s+update)\b/i;
const ACTION_PLAN_TITLE = /\baction\s+plan\b|\bdelivery\s+plan\b|\bimprovement\s+plan\b/i;
const NEWS = /\b(?:press\s+release|news\s+release|for\s+immediate\s+release|media\s+release|latest\s+news|news\s+story|^news$)\b/i;
const QUOTED_SPEAKER = /\b(?:said|says|added|commented|explained)\s*:?\s*["“‘']|["”’']\s*,?\s*(?:said|says|added)\s+(?:cllr|councillor|the|mr|ms|mrs|dr|[A-Z])/;
const LETTER = /^dear\s+\w+/i;
const LGA_FURNITURE = /\blocal\s+government\s+association\b|\b18\s+smith\s+square\b|\blocal\.gov\.uk\b/i;
const ACTION_COLUMNS = /\baction(?:s)?\b.*\t|\t.*\b(?:owner|lead|timescale|due|deadline|by\s+when|rag|status|target\s+date)\b/i;

/**
 * What the document is and which point of the cycle it concerns, from the evidence a reader uses: title lines
 * ("Feedback report", "Progress Review", "Action plan"), a meeting paper's furniture ("Report to:", "Decision
 * details", "RESOLVED"), a news item's quoted speakers, an action plan's table columns, the LGA's own letterhead.
 */
export function detectDocumentType(blocks: readonly Block[], themeSectionCount: number): TypeEvidence {
  const head = blocks.slice(0, 12).map((b) => b.text).join('\n');
  const title = blocks.slice(0, 5).map((b) => b.text).join('\n');
  const all = blocks.map((b) => b.text).join('\n');
  const found = decide(blocks, head, title, all, themeSectionCount);
  return { ...found, stage: stageOf(found.documentType, title, head, all) };
}

function decide(blocks: readonly Block[], head: string, title: string, all: string, themeSectionCount: number): Omit<TypeEvidence, 'stage'> {
  const committee = COMMITTEE_SIGNS.map((sign) => firstMatch(blocks, sign)).filter((m): m is string => m !== null);
  const news = NEWS.exec(head);
  if (news !== null) return { documentType: 'news', evidence: news[0] };
  const quoted = QUOTED_SPEAKER.exec(all);
  const lgaOwn = LGA_FURNITURE.test(all) && committee.length < 2;
  if (quoted !== null && committee.length < 2 && !FEEDBACK_TITLE.test(title) && !PROGRESS_TITLE.test(title) && !lgaOwn) {
    return { documentType: 'news', evidence: quoted[0] };
  }
  const titled = FEEDBACK_TITLE.exec(title);
  if (titled !== null && committee.length < 3 && LGA_FURNITURE.test(all)) return { documentType: 'feedback-report', evidence: titled[0] };
  if (committee.length >= 2) return { documentType: 'committee-report', evidence: committee.slice(0, 2).join('; ') };
  const actionTable = blocks.find((b) => b.kind === 'table-row' && /\brecommendation/i.test(b.text) && ACTION_COLUMNS.test(b.text));
  const progress = PROGRESS_TITLE.exec(title) ?? PROGRESS_TITLE.exec(head);
  const plan = ACTION_PLAN_TITLE.exec(title);
  if (plan !== null && progress === null) return { documentType: 'action-plan', evidence: plan[0] };
  if (actionTable !== undefined && progress === null) return { documentType: 'action-plan', evidence: actionTable.text.replace(/\t/g, ' | ') };
  if (progress !== null) return { documentType: 'progress-review', evidence: progress[0] };
  const feedback = FEEDBACK_TITLE.exec(head);
  if (feedback !== null) return { documentType: 'feedback-report', evidence: feedback[0] };
  if (themeSectionCount >= 3) return { documentType: 'feedback-report', evidence: `${themeSectionCount} theme sections` };
  const letter = blocks.slice(0, 15).find((b) => LETTER.test(b.text));
  if (letter !== undefined && /\bpeer\s+challenge\b/i.test(all)) return { documentType: 'feedback-report', evidence: letter.text.slice(0, 40) };
  if (committee.length === 1 && /\bpeer\s+(?:challenge|review)\b/i.test(all)) return { documentType: 'committee-report', evidence: committee[0]! };
  return { documentType: 'other', evidence: null };
}

function firstMatch(blocks: readonly Block[], sign: RegExp): string | null {
  for (const block of blocks) {
    const m = sign.exec(block.text);
    if (m !== null) return m[0];
  }
  return null;
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
