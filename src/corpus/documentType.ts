import type { DocumentType, Stage } from '../vocabulary.js';
import { documentText, type Block } from './blocks.js';
import { ATTRIBUTION, sentencesOf } from './listContext.js';

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
  // a meeting held, not one to come ("we will respond at a forthcoming Cabinet meeting")
  /(?<!\b(?:forthcoming|next|future|upcoming|coming|later)\s+)\b(?:cabinet|committee|council|executive|board|panel)\s+meeting\b/i,
  /\bresolved\b/i,
  /^recommended\s*:?/i,
  /\b(?:committee|cabinet|council|executive|members)\s+(?:is|are)\s+(?:asked|recommended|requested|invited)\s+to\b/i,
  /\bportfolio\s+holder\b|\(portfolio:|\bcabinet\s+member\s+for\b/i,
  /\bcontact\s+officer\b|\breport\s+author\b/i,
  /\bkey\s+decision\b/i,
  /\brecord\s+of\s+(?:the\s+)?decision\b|\bdecision\s+details\b|\bissue\s*[-–]\s*(?:decisions|meetings)\b|\bdecision\s+maker\b|\bdecision\s+status\b/i,
  // a decision record's own headings: "Decision", "Related meeting"; an issue page's "Meeting: 10/02/2026 - Cabinet"
  /^(?:decisions?|decision\s+taken|related\s+meetings?)\s*:?$/i,
  /^meeting\s*:\s*\d/i,
  /\bbackground\s+papers\b|\blist\s+of\s+background\s+documents\b/i,
  /\brecommendation\s+to\s+[\w&, ]*committee/i,
  /\bminutes\b|\bapologies\s+for\s+absence\b|^present\s*:/i,
  /^(?:\d+(?:\.\d+)*\.?\s*)?(?:wards?\s+affected|purpose\s+of\s+(?:the\s+)?report|exempt\s+information|agenda\s+item)\b/i,
  /^(?:\d+(?:\.\d+)*\.?\s*)?(?:financial|legal|equalit\w+|risk|resource)\s+implications\b/i,
  /^(?:\d+(?:\.\d+)*\.?\s*)?(?:reasons?\s+for\s+(?:the\s+)?(?:decision|recommendations?)|alternative\s+options\s+considered)\b/i,
];

const FEEDBACK_TITLE =
  /\bpeer\s+(?:challenge|review)\b[^\n]{0,80}\bfinal\s+report\b|\b(?:feedback\s+report|local\s+government\s+association:\s+corporate\s+peer\s+challenge\s+report|peer\s+challenge\s+report|corporate\s+peer\s+challenge\s*[–-]?\s*(?:feedback|report)|peer\s+challenge\s+feedback|feedback\s+presentation|initial\s+feedback|feedback\s+letter|final\s+feedback)\b/i;
/** A report's cover: "Corporate Peer Challenge", then the council and dates, then "Report" on a line of its own. */
const COVER_TITLE = /^(?:lga\s+)?corporate\s+peer\s+challenge$(?:\n[^\n]*){0,3}\n(?:final\s+)?report$/im;
const PROGRESS_TITLE =
  /\b(?:progress\s+review|revisit(?:\s+report)?|follow[\s-]up\s+(?:visit|report|review|letter)|check[\s-]in|progress\s+report|progress\s+update)\b/i;
const ACTION_PLAN_TITLE = /\baction\s+plan\b|\bdelivery\s+plan\b|\bimprovement\s+plan\b/i;
/**
 * A meeting's own page, titled by the body and the day it met: "Cabinet - Monday 24 November 2025 5.00 pm",
 * "Audit Committee – Tuesday, 3rd March, 2020 7.00 pm" (a meetings site's title line).
 */
const MEETING_TITLE = /^[\w&,'’ ]{0,60}\b(?:cabinet|council|executive|committee|board|panel|scrutiny)\s*[-–—]\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\b/im;
const NEWS = /\b(?:press\s+release|news\s+release|for\s+immediate\s+release|media\s+release|latest\s+news|news\s+story)\b|\bhome\s*>\s*news\b|\bnews\s*>\s*[a-z]|>\s*news\s*$|\|\s*news\s*(?:\||$)/im;
/** A news section's name as the page's first line: "News", "Latest news". */
const NEWS_SECTION = /^(?:(?:latest|local|council)\s+)?news$/i;
/**
 * A speaker as a news item cites one (case matters: names are capitalised): quoted ("said: “..."), a named
 * councillor's words reported ("Cllr Jo Bloggs, leader of the council, welcomed ...", "Council Leader Jo Bloggs
 * said ..."), the report's words quoted as the team's ("The team says the council has made “considerable
 * progress”", "It states: “...”").
 */
const QUOTED_SPEAKER = new RegExp([
  /\b(?:said|says|added|commented|explained|states|stated)\s*:?\s*["“‘']|["”’']\s*,?\s*(?:said|says|added)\s+(?:cllr|councillor|the|mr|ms|mrs|dr|[A-Z])/.source,
  /\b(?:[Cc]llr|[Cc]ouncillor)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3},\s+(?:the\s+)?(?:[Ll]eader|[Dd]eputy\s+[Ll]eader|[Cc]hair(?:man)?|[Mm]ayor|[Cc]abinet\s+[Mm]ember|[Pp]ortfolio\s+[Hh]older)\b[^.\n]{0,80}?\b(?:said|says|welcomed|added|commented)\b/.source,
  /\b(?:[Cc]ouncil\s+)?(?:[Ll]eader|[Cc]hief\s+[Ee]xecutive|[Mm]ayor)\s+(?:Cllr\s+|Councillor\s+)?[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+(?:said|says|added|welcomed)\b/.source,
  /\b(?:team|peers|experts|report|review|LGA)\s+(?:says|said|noted|found|states|concludes|described)\b[^.!?\n]{0,80}[“"][^”"]{3,}[”"]/.source,
].join('|'));
const DATELINE = /^(?:\(?(?:published|posted|last\s+updated|updated|date\s+published)(?:\s+on)?\s*:?\s*)(?:\d|[A-Z][a-z]+,?\s+\d)/i;
/** A news site's furniture: "Share this article", "Hide Ad", a picture credit ("Picture: Jo Bloggs"; case matters). */
const NEWS_WORDS = /\bshare\s+this\s+(?:article|story)\b|\bhide\s+ad\b|^advertisement$/im;
const PICTURE_CREDIT = /\b(?:Picture|Photo(?:graph)?|Image)\s*:\s*[A-Z][a-z]+\s+[A-Z]/;
/**
 * News's own sense of time: "published today", "last night", "heard yesterday (September 13)", "today (Friday 9
 * November 2018)", "Today [8 March 2023]", "as reported in May".
 */
const NEWS_TIME = /\bpublished\s+(?:today|yesterday|this\s+week)\b|\b(?:today|yesterday|this\s+week)\s+published\b|\blast\s+night\b|\breport\s+(?:published|released)\s+today\b|\bfindings\s+(?:are|were)\s+released\b|\b(?:today|yesterday)\s*[([]\s*(?:[A-Z][a-z]+\s+)?\d{1,2}(?:\s+[A-Z][a-z]+)?(?:\s+\d{4})?\s*[)\]]|\bas\s+reported\s+(?:last|in|on|earlier|previously)\b/i;
/**
 * A news item's lede: a report or review brought in as news, with an indefinite article, doing something to the
 * council: "An independent report has praised ...", "A 'peer challenge' has handed X Council ...", "An independent
 * review describes X as ...", "An outside assessment of X Council has concluded ...". A report speaks of "the peer
 * team", a council page of "our" challenge.
 */
const LEDE = /^An?\s+(?:['‘"“]?[\w-]+['’"”]?\s+){0,4}(?:review|report|peer\s+challenge|challenge|inspection|assessment|study|reviewers|peers|experts|panel)['’"”]?(?:\s+(?:of|into)\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s*){1,6}?)?\s+(?:has\s+|have\s+)?(?:praised|handed|given|urged|hailed|found|described|highlighted|commended|backed|called\s+on|concluded|told|recognised|says|describes|praises|finds|urges|calls\s+on|hails|concludes|commends|highlights|recognises)\b/i;
/** A council brought in as news's subject, by its name: "Runnymede Borough Council has received strong assurance from ...". */
const NAMED_LEDE = /^(?!(?:The|This|Our)\b)(?:[A-Z][\w'’&-]*\s+){1,5}[Cc]ouncil\s+has\s+(?:(?:again|also|once\s+again|\w+ly)\s+)?(?:been\s+(?:praised|commended|given|told|urged|rated|described|hailed)|received|won)\b/;
/**
 * A headline: its source saying something in the present ("Peer review applauds culture shift at borough council",
 * "Independent report praises council"), or ending on its source ("Rows brought council into disrepute, says report").
 */
const HEADLINE = /,\s+(?:says|say|finds|warns|concludes)\s+(?:the\s+)?(?:report|review|peers|lga|inspectors?|auditors?|watchdog)\s*$|^(?:[\w'’-]+\s+){0,4}(?:review|report|peers|lga|inspectors|experts|team|challenge)\s+(?:praises|applauds|calls\s+for|urges|hails|warns|backs|commends|criticises|says|finds)\b/i;
/**
 * A newspaper's first paragraph, its first word in capitals: "THE peer review team set out ...", "“HINCKLEY and
 * Bosworth ...", "A REVIEW has urged ...". Not an acronym ("LGA peers visited ..."): "THE", "THIS" or a longer word that is none.
 */
const CAPITAL_LEAD = /^["“]?(?:(?:A|AN)\s+[A-Z]{3,}|THE|THIS|(?!(?:DLUHC|MHCLG|CIPFA|SOLACE|UNISON)\b)[A-Z]{5,})\s+(?:[A-Z][a-z]+\s+){0,3}[a-z]/;
/** A letter: "Dear Helen", "On behalf of the peer team", "Yours sincerely". */
const LETTER = /(?:^|\s)dear\s+[a-z]+\b|\bon\s+behalf\s+of\s+(?:the|both)\s+(?:peer\s+)?(?:challenge\s+)?teams?\b|\byours\s+sincerely\b/i;
/** The LGA's own letterhead: its address, site and company number. */
const LGA_LETTERHEAD = /\b18\s+smith\s+square\b|\blocal\.gov\.uk\b|\bcompany\s+number\s+11177145\b|\binfo@local\.gov\.uk\b|\bpeer\s+challenges\s+we\s+offer\b|\bcouncil\s+assurance\s+and\s+peer\s+challenge\b|\blocal\s+government\s+association:\s+corporate\s+peer\s+challenge\s+report\b/i;
/** The peer team's report template: its sections. */
const TEMPLATE = /^(?:\d+(?:\.\d+)*\.?\s*)?(?:executive\s+summary|key\s+recommendations|summary\s+of\s+the\s+(?:corporate\s+)?peer\s+challenge\s+approach|(?:progress\s+review\s*[–-]\s*)?feedback\s*:?|the\s+peer\s+team|scope\s+and\s+focus|background\s+and\s+scope\b|next\s+steps|feedback\s*:\s*\d)/i;
/** A council web page about the challenge rather than the report itself: site furniture, links to the report. */
const WEB_PAGE = /\bcookies?\b|\bskip\s+to\s+(?:main\s+)?content\b|\bshare\s+this\s+page\b|\bwas\s+this\s+page\s+(?:useful|helpful)\b|\byou\s+are\s+here\b|\bhome\s*>|^(?:page\s+)?last\s+updated\b|^(?:downloads?|further\s+details|related\s+(?:documents|pages|links))$|^[^>\n]{1,40}\s>\s[^>\n]{1,40}\s>\s[^>\n]{1,60}$|\bsize\s*:\s*\d+(?:\.\d+)?\s*[km]b|^[ru]\/\w+|\bcomments?\s+sorted\s+by\b/im;
const REPORT_LINK = /\b(?:read|view|download|see|find)\s+(?:out\s+more\s+[^.]*?\s+)?(?:the|our)\s+(?:(?:full|final)\s+(?:[\w-]+\s+){0,3}?)?(?:report|feedback|letter|action\s+plan)\b|\((?:pdf|docx?)\b|\b\d+(?:\.\d+)?\s*(?:kb|mb)\b|\bdownload\b|\bavailable\s+(?:below|here|to\s+download)\b|file\s+format\s*:\s*(?:pdf|docx?)\b/i;
const FIRST_PERSON = /\b(?:we|our|us)\b/i;
const ACTION_COLUMNS = /\baction(?:s)?\b.*\t|\t.*\b(?:owner|lead|timescale|due|deadline|by\s+when|rag|status|target\s+date)\b/i;

/**
 * What the document is and which point of the cycle it concerns, from the evidence a reader uses: title lines
 * ("Feedback report", "Progress Review", "Action plan"), a meeting paper's furniture ("Report to:", "Decision
 * details", "RESOLVED"), a news item's dateline and quoted speakers, a council page's links to the report, an
 * action plan's table columns, the LGA's own letterhead and report template.
 */
export function detectDocumentType(blocks: readonly Block[], themeSectionCount: number): TypeEvidence {
  const head = blocks.slice(0, 12).map((b) => b.text).join('\n');
  const all = documentText(blocks);
  // a progress review the head speaks of as this document's, not one to come: for the type and the stage
  const progress = presentMention(blocks.slice(0, 12), PROGRESS_TITLE);
  const found = decide(blocks, head, all, themeSectionCount, progress);
  return { ...found, stage: stageOf(found.documentType, titleLines(blocks, 5), head, all, progress !== null) };
}

function decide(blocks: readonly Block[], head: string, all: string, themeSectionCount: number, progress: RegExpExecArray | null): Omit<TypeEvidence, 'stage'> {
  const committee = COMMITTEE_SIGNS.map((sign) => firstMatch(blocks, sign)).filter((m): m is string => m !== null);
  const letterhead = LGA_LETTERHEAD.test(all);
  const template = blocks.filter((b) => b.text.length < 80 && TEMPLATE.test(b.text)).length + (themeSectionCount >= 3 ? 2 : 0);
  // a report names itself in a title line; a page or paper that mentions "the final report" in a sentence is not one
  const feedbackTitle = FEEDBACK_TITLE.exec(titleLines(blocks, 5)) ?? COVER_TITLE.exec(titleLines(blocks, 6));
  const news = NEWS.exec(head) ?? NEWS_SECTION.exec(blocks[0]?.text ?? '');
  if (news !== null) return { documentType: 'news', evidence: news[0] };
  const meeting = MEETING_TITLE.exec(titleLines(blocks, 8));
  if (meeting !== null) return { documentType: 'committee-report', evidence: meeting[0] };
  const peerReport = (letterhead || feedbackTitle !== null) && template >= 2;
  if (committee.length >= 2 && !(peerReport && committee.length < 3)) {
    return { documentType: 'committee-report', evidence: committee.slice(0, 2).join('; ') };
  }

  // A news item: a dateline, quoted speakers, "published today"; a council page: its furniture and links.
  const quoted = QUOTED_SPEAKER.exec(all);
  const dateline = blocks.slice(0, 8).find((b) => DATELINE.test(b.text));
  const lead = blocks.slice(0, 6).some((b) => b.kind === 'paragraph' && (CAPITAL_LEAD.test(b.text) || LEDE.test(b.text) || NAMED_LEDE.test(b.text) || ATTRIBUTION.test(sentencesOf(b.text)[0]!)));
  const headline = blocks.slice(0, 6).some((b) => b.text.length < 160 && HEADLINE.test(b.text));
  const newsScore = (quoted === null ? 0 : 2) + (dateline === undefined ? 0 : 1) + (NEWS_WORDS.test(all) || PICTURE_CREDIT.test(all) ? 1 : 0) + (NEWS_TIME.test(all) ? 1 : 0) + (lead ? 1 : 0) + (headline ? 1 : 0);
  const pageScore = (WEB_PAGE.test(all) ? 1 : 0) + (REPORT_LINK.test(all) ? 1 : 0) + (FIRST_PERSON.test(all) ? 1 : 0);
  if (!peerReport && template < 2 && newsScore >= 2 && newsScore >= pageScore) {
    return { documentType: 'news', evidence: quoted?.[0] ?? dateline?.text ?? 'published today' };
  }

  const actionTable = blocks.find((b) => b.kind === 'table-row' && /\brecommendation/i.test(b.text) && ACTION_COLUMNS.test(b.text));
  // a report titled as the feedback that mentions the council's own plan ("progress on its Improvement Plan") is
  // the report: then only a title line makes it a plan
  const plan = feedbackTitle === null
    ? presentMention(blocks.slice(0, 5), ACTION_PLAN_TITLE)
    : ACTION_PLAN_TITLE.exec(titleLines(blocks, 5));
  if (plan !== null && progress === null) return { documentType: 'action-plan', evidence: plan[0] };
  if (actionTable !== undefined && (progress === null || plan !== null)) return { documentType: 'action-plan', evidence: actionTable.text.replace(/\t/g, ' | ') };
  if (!letterhead && !peerReport && template < 2 && pageScore >= 2 && blocks.length < 150) {
    return { documentType: 'other', evidence: 'a council web page about the challenge' };
  }
  if (progress !== null) return { documentType: 'progress-review', evidence: progress[0] };
  if (feedbackTitle !== null) return { documentType: 'feedback-report', evidence: feedbackTitle[0].replace(/\n/g, ' / ') };
  const headFeedback = FEEDBACK_TITLE.exec(titleLines(blocks, 12));
  if (headFeedback !== null) return { documentType: 'feedback-report', evidence: headFeedback[0] };
  if (themeSectionCount >= 3) return { documentType: 'feedback-report', evidence: `${themeSectionCount} theme sections` };
  const letter = LETTER.exec(blocks.slice(0, 30).map((b) => b.text).join('\n'));
  if (letter !== null && /\bpeer\s+challenge\b/i.test(all)) return { documentType: 'feedback-report', evidence: letter[0].trim() };
  if (committee.length >= 1 && /\bpeer\s+(?:challenge|review)\b/i.test(all)) return { documentType: 'committee-report', evidence: committee[0]! };
  if (newsScore >= 2) return { documentType: 'news', evidence: quoted?.[0] ?? dateline?.text ?? 'published today' };
  return { documentType: 'other', evidence: null };
}

/**
 * `sign` where it speaks of this document, not of one still to come: "the findings of the progress review", but
 * not "the team will come back for a progress review in November", nor of one appended to it.
 */
function presentMention(blocks: readonly Block[], sign: RegExp): RegExpExecArray | null {
  for (const block of blocks) {
    const match = sign.exec(block.text);
    if (match === null) continue;
    const before = block.text.slice(0, match.index);
    // nor what every challenge has: "All corporate peer challenges now include a progress review"
    if (/\b(?:will|would|shall|due|planned|plans?\s+to|next|future|every|each|all|usually)\b[^.!?]*$/i.test(before)) continue;
    // nor the word as a verb: "a remit to revisit the 2022 recommendations"
    if (/\bto\s+$/i.test(before)) continue;
    // nor a paper's appendix: "The LGA's final report and the council's response Action Plan are appended"
    if (/^[^.!?]*?\b(?:is|are)\s+(?:appended|attached|enclosed)\b/i.test(block.text.slice(match.index))) continue;
    return match;
  }
  return null;
}

/**
 * The title-like lines among the first `count` blocks: headings, short lines that do not end as a sentence does
 * (or are a label and its value), nor introduce a list or chat as one does. Where a document names itself.
 */
function titleLines(blocks: readonly Block[], count: number): string {
  return blocks
    .slice(0, count)
    .filter((block) => block.kind === 'heading' || (block.text.length <= 120 && !chatLine(block.text) &&
      (!/[.!?]["”’)]?$/.test(block.text.trim()) || labelLine(block.text)) && !introducesList(block.text)))
    .map((block) => block.text)
    .join('\n');
}

/** A long line in the first or second person: "I've attached the Feedback Report ... in case anyone fancies a read". */
function chatLine(text: string): boolean {
  return text.split(/\s+/).length > 16 && /\b(?:I|I['’]ve|I['’]m|you|anyone|my)\b/.test(text);
}

/** A short label and its value, full stop or not: "Feedback report: 18 to 20 October 2021." */
function labelLine(text: string): boolean {
  return /^[^:]{3,40}:\s*\S/.test(text) && text.split(/\s+/).length <= 9;
}

/** A sentence that introduces a list: "You can read the full report, which reaches these conclusions:". */
function introducesList(text: string): boolean {
  return /:$/.test(text.trim()) && text.split(/\s+/).length > 6;
}

function firstMatch(blocks: readonly Block[], sign: RegExp): string | null {
  for (const block of blocks) {
    const m = sign.exec(block.text);
    if (m !== null) return m[0];
  }
  return null;
}

/** `progressNow`: the head speaks of a progress review as this document's, not one to come (`presentMention`). */
function stageOf(documentType: DocumentType, title: string, head: string, all: string, progressNow: boolean): Stage {
  if (documentType === 'feedback-report') return 'challenge';
  if (documentType === 'progress-review') return 'progress-review';
  if (documentType === 'action-plan') return 'action-plan';
  if (/\bproposal\s+to\s+undertake\b|\bwill\s+take\s+place\b|\bnext\s+corporate\s+peer\s+challenge\s+will\b/i.test(all) &&
    !/\bfindings\b.*\bpeer\s+team\b/i.test(head)) {
    return 'proposal';
  }
  if (/\baction\s+plan\b/i.test(title) && /\bprogress\b/i.test(title)) return 'action-plan';
  // titled an action plan: a follow-up visit agreed further down is the plan's, not this document's stage
  if (ACTION_PLAN_TITLE.test(title) && !PROGRESS_TITLE.test(title)) return 'action-plan';
  if (progressNow || /\bpeer\s+challenge\s+revisit\b/i.test(all)) return 'progress-review';
  if (/\baction\s+plan\b/i.test(head)) return 'action-plan';
  return 'challenge';
}
