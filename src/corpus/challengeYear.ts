import type { DocumentType, Stage } from '../vocabulary.js';
import type { Block } from './blocks.js';
import { MONTH, MONTH_YEAR, monthOf } from './dateText.js';
import type { Dates } from './schema.js';

/** "the 2019 Corporate Peer Challenge", "Corporate Peer Challenge 2024", "Peer Challenge (2021)", "the Peer review of 2025". */
const NAMED_YEAR = /\b(20\d\d)\s+(?:LGA\s+)?(?:corporate\s+)?peer\s+challenge\b|\b(?:corporate\s+)?peer\s+challenge(?:\s+(?:report|feedback(?:\s+report)?))?\s*[(–:-]?\s*(20\d\d)\b(?!\s*[-/]\d)|\b(?:original|first)\s+(?:peer\s+)?challenge\s+in\s+(20\d\d)\b|\bpeer\s+(?:challenge|review)\s+of\s+(20\d\d)\b/gi;
const NOT_THIS = /\b(?:previous|last|prior|earlier|next|first|future|upcoming)\s+(?:\w+\s+){0,2}$/i;

/**
 * The year of the peer team's visit for the challenge the document is about. A follow-up (progress review,
 * revisit, action plan) belongs to the challenge it follows up: the earliest challenge date it ties to this
 * challenge. Previous and next challenges are never taken (see `findChallengeMonths`).
 */
export function findChallengeYear(blocks: readonly Block[], dates: Dates, documentType: DocumentType, stage: Stage): number | null {
  const visit = dates.visit === null ? null : year(dates.visit.start);
  const original = dates.originalChallenge === null ? null : year(dates.originalChallenge);
  const named = namedYear(blocks);
  const followUp = documentType === 'progress-review' || documentType === 'action-plan' || stage === 'progress-review' || stage === 'action-plan';
  if (followUp) {
    // The challenge followed up is the one the document calls first or previous, never a later revisit.
    const previous = dates.previousChallenge === null ? null : year(dates.previousChallenge);
    const known = [original, named, previous, dates.revisit === null ? visit : null].filter((y): y is number => y !== null);
    if (known.length > 0) return Math.min(...known);
  }
  if (visit !== null) return visit;
  if (original !== null) return original;
  if (named !== null) return named;
  if (dates.plannedVisit !== null) return year(dates.plannedVisit.start);
  const loose = looseYear(blocks, dates.document);
  if (loose !== null) return loose;
  // A report's cover date ("March 2018" on a line of its own near the top, or "Feedback report: October 2024")
  // follows its visit within weeks.
  const cover = documentType === 'feedback-report' ? blocks.slice(0, 12).find((b) => COVER_DATE.test(b.text.replace(/^#+\s*/, ''))) : undefined;
  if (cover !== undefined) return Number(/\d{4}/.exec(cover.text)![0]);
  return dates.document === null ? null : year(dates.document);
}

/**
 * Month-year dates in a sentence about the peers' visit: "In June 2014 councillors and officers ... spent time at",
 * "peers interviewed more than 100 people during the review in October 2025".
 */
const VISITED = /\b(?:spent|visited|visits?|carried\s+out|carry\s+out|asked\s+(?:the\s+lga|the\s+local\s+government\s+association\s+(?:\(lga\)\s+)?to\s+(?:carry\s+out|undertake|conduct|run)|an?\s+(?:lga\s+)?(?:corporate\s+)?peer)|took\s+place|went\s+through|held|undert(?:ook|aken|ake)|conducted|came|on[\s-]site|took\s+part|hosted|invited|had\s+(?:a|an|our|its)\s+(?:(?:lga|corporate)\s+)*peer|interviewed|spoke\s+(?:to|with)|met\s+with|during\s+(?:the|its|their)\s+(?:review|challenge|visit))\b/i;
const ABOUT_PEERS = /\bpeers?\b|\bvisits?\b|\bchallenge\b|\breview\b|\bteam\b|\bcouncillors\s+and\s+officers\b|\bLGA\b|\bLocal\s+Government\s+Association\b/i;
const NOT_THE_VISIT = /\b(?:revisit|follow[\s-]?up|progress\s+review|published|approved|agreed|meeting|next|previous|first|due|will|report\s+(?:was|is)|since|programme\s+started|councils\s+have)\b/i;
/** A report's cover date, alone or under the template's label: "March 2018", "Feedback report: October 2024". */
const COVER_DATE = new RegExp(`^(?:(?:feedback(?:\\s+report)?|report)\\s*:\\s*)?${MONTH}\\s+(20\\d\\d)\\.?$`, 'i');

/** "last October", "late November and early December last year": dated against the document. */
const RELATIVE = new RegExp(`\\b(?:last\\s+${MONTH}|${MONTH}(?:\\s+and\\s+(?:early|late|mid-?)?\\s*${MONTH})?\\s+(last|this)\\s+year)\\b`, 'i');

function looseYear(blocks: readonly Block[], documentDate: string | null): number | null {
  for (const block of blocks) {
    for (const sentence of block.text.split(/(?<=[.!?])\s+/)) {
      if (!VISITED.test(sentence) || !ABOUT_PEERS.test(sentence)) continue;
      const relative = documentDate === null ? null : RELATIVE.exec(sentence);
      if (relative !== null) return relativeYear(relative, documentDate!);
      // "Earlier this year the council asked a Corporate Peer Challenge team ...", in a paper dated December 2014
      const thisYear = documentDate === null ? null : /\b(?:earlier|later)\s+this\s+year\b|\b(?:earlier\s+)?(last)\s+year\b/i.exec(sentence);
      if (thisYear !== null) return year(documentDate!) - (thisYear[1] === undefined ? 0 : 1);
      if (NOT_THE_VISIT.test(sentence)) continue;
      // "in 2016", "in the autumn of 2016", "in early 2016"
      const m = sentence.matchAll(MONTH_YEAR).next().value ?? /\b(?:in|during)\s+(?:(?:the\s+)?(?:spring|summer|autumn|winter)\s+(?:of\s+)?|(?:early|late|mid-?)\s*)?(20\d\d)\b/i.exec(sentence);
      if (m !== null) return Number(m[2] ?? m[1]);
    }
  }
  return null;
}

function namedYear(blocks: readonly Block[]): number | null {
  for (const block of blocks) {
    for (const m of block.text.matchAll(NAMED_YEAR)) {
      if (NOT_THIS.test(block.text.slice(Math.max(0, m.index - 30), m.index))) continue;
      return Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
    }
  }
  return null;
}

/** The year of "last October" (the last one before the document) or "... last year". */
function relativeYear(match: RegExpExecArray, documentDate: string): number {
  const documentYear = year(documentDate);
  if (match[1] !== undefined) return monthOf(match[1]) < Number(documentDate.slice(5, 7)) ? documentYear : documentYear - 1;
  return /last/i.test(match[4] ?? '') ? documentYear - 1 : documentYear;
}

function year(iso: string): number {
  return Number(iso.slice(0, 4));
}
