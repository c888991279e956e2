import type { Programme } from '../vocabulary.js';
import { documentText, type Block } from './blocks.js';

/** How each programme other than the Corporate Peer Challenge names itself. */
const OTHER_PROGRAMMES: readonly (readonly [Programme, RegExp])[] = [
  ['finance-peer-challenge', /\bfinanc(?:e|ial)\s+(?:peer\s+(?:challenge|review)|(?:improvement\s+and\s+)?(?:sustainability|resilience)\s+review|review\s+of\s+the\s+council)\b|\bfinancial\s+(?:health|sustainability)\s+(?:check|review)\b/i],
  // "Peer review of Isle of Wight council's planning department", "An independent review of the planning service", a
  // review by the Planning Advisory Service (the LGA's planning arm: "Planning Advisory Service Committee Review")
  ['planning-peer-challenge', /\bplanning\s+(?:service\s+|services\s+|department\s+)?peer\s+(?:challenge|review)\b|\bplanning\s+advisory\s+service\b|\bPAS\s+(?:review|report)\b|\breview\s+of\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,4}planning\s+(?:department|services?|function)\b/i],
  ['governance-peer-challenge', /\bgovernance\s+(?:peer\s+)?(?:challenge|review)\b|\bpeer\s+review\s+of\s+(?:the\s+council['’]s\s+)?governance\b|\breview\s+of\s+(?:its|the\s+council['’]s|the)\s+(?:new\s+)?(?:governance|committee)\s+(?:system|arrangements)\b|\bcommittee\s+system\s+review\b/i],
  ['corporate-health-check', /\b(?:remote\s+)?(?:corporate\s+)?health\s+check\b/i],
  // a Best Value inspection (England) or audit (Scotland's Accounts Commission; in Wales, the Auditor General's): not a
  // peer review
  ['inspection', /\b(?:ofsted|cqc|care\s+quality\s+commission|hmicfrs|ilacs)\b[^.]{0,40}\binspection\b|\binspection\s+(?:report|of\s+(?:children|adult|local\s+authority))\b|\bbest\s+value\s+(?:inspection|audit|assurance\s+report)\b|\baccounts\s+commission\b|\bwales\s+audit\s+office\b|\bauditor\s+general\s+for\s+wales\b|\baudit\s+wales\b/i],
  // Wales's Panel Performance Assessment is a peer panel's review of a council, not a Corporate Peer Challenge
  ['other-peer-challenge', /\bpanel\s+performance\s+assessment\b|\bpeer\s+panel\s+assessment\b|\b(?:communications?|children['’]?s?\s+services|adults?['’]?\s+social\s+care|safeguarding(?:\s+adults)?|housing|economic\s+growth|culture|fire|health\s+and\s+wellbeing|scrutiny|climate|digital|commercial|transformation|member\s+development|sen[d]?|education|youth\s+justice|public\s+health|licensing|waste|procurement)\s+(?:peer\s+(?:challenge|review)|diagnostic)\b/i],
];
/**
 * A Corporate Peer Challenge named, or a peer challenge's report within one line ("Peer challenge report", not
 * "... fire peer challenge" above a "Reports" line).
 */
const CPC = /\bcorporate\s+peer\s+challenge\b|\(?\bCPC\b\)?|\bpeer[ \t]+challenge[ \t]+(?:feedback|report|revisit|progress)/i;

/**
 * Which peer-review programme the document concerns. The title lines decide when they name one; otherwise the
 * programme the document names most often, a Corporate Peer Challenge on a tie (the programme cpc is for).
 */
export function findProgramme(blocks: readonly Block[]): Programme {
  for (const title of [blocks[0]?.text ?? '', blocks.slice(0, 3).map((b) => b.text).join('\n')]) {
    const named = OTHER_PROGRAMMES.find(([, pattern]) => names(title, pattern));
    if (named !== undefined && !CPC.test(title)) return named[0];
  }
  const head = blocks.slice(0, 8).map((b) => b.text).join('\n');
  const headOther = OTHER_PROGRAMMES.find(([, pattern]) => names(head, pattern));
  if (headOther !== undefined && !CPC.test(head)) return headOther[0];
  if (CPC.test(head)) return 'corporate-peer-challenge';
  const all = documentText(blocks);
  const cpc = count(all, CPC);
  let best: Programme = 'corporate-peer-challenge';
  let bestCount = cpc;
  for (const [programme, pattern] of OTHER_PROGRAMMES) {
    const n = count(all, pattern);
    if (n > bestCount) [best, bestCount] = [programme, n];
  }
  return best;
}

/** A review still to be done ("Carry out a governance review and produce an action plan"): advice, not the programme. */
const TO_DO = /\b(?:carry(?:ing)?\s+out|undertak(?:e|ing)|commission(?:ing)?|conduct(?:ing)?)\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,2}$/i;

/** `pattern` names the programme somewhere in `text`, not as a review the council is told to carry out. */
function names(text: string, pattern: RegExp): boolean {
  return count(text, pattern) > 0;
}

/** How often `pattern` names a programme in `text`, leaving out reviews the council is told to carry out. */
function count(text: string, pattern: RegExp): number {
  let n = 0;
  for (const m of text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))) {
    if (!TO_DO.test(text.slice(Math.max(0, m.index - 60), m.index))) n++;
  }
  return n;
}
