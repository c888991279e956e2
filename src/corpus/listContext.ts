import type { Block } from './blocks.js';

/**
 * The rules that say what a block announces or ends: the peer team's recommendations, areas to strengthen, a
 * committee's own recommendations, strengths, or a new section. Every extractor reads blocks through these rules,
 * so a committee's "Recommended: That ..." can never be read as a peer recommendation. A new layout's wording is a
 * rule added here (see README.md in this folder), not a new code path.
 */

export type ListRole = 'peer-recommendations' | 'areas-to-strengthen' | 'committee' | 'strengths';

/** Words that make a block the committee's own decision, not the peer team's findings. */
const COMMITTEE =
  /^(?:\d+\s+)?(?:recommended\b|resolved\b|recommendations?\s+to\s+(?:the\s+)?[\w&, ]*?(?:committee|cabinet|council|board|panel|executive)\b|(?:the\s+)?[\w&, ]*?(?:committee|cabinet|council|board|panel|members?|executive)\s+(?:is|are)\s+(?:asked|recommended|requested|invited)\s+to\b|it is recommended that\b|that\s+(?:cabinet|the\s+committee|council|the\s+cabinet|the\s+executive|members)\b|decision\s*:)/i;

/** An item of a committee's own recommendation list: "To note the report", "That Cabinet ...", "Notes the findings". */
const COMMITTEE_ITEM =
  /^(?:that\b|to\s+(?:note|agree|approve|endorse|receive|consider\s+(?:the|and)|comment|accept|delegate|request|authorise|publish|recommend|welcome|thank|adopt|formally)\b|(?:note|notes|noted|agrees|approves?|endorses?|receives?|delegates?|authorises?|thanks?)\s+(?:the|that|and|to|its|their|progress)\b)/i;

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20,
};
const COUNT = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;

/** "eight recommendations", "11 key recommendations": how many the document says the peer team made. */
export const STATED_COUNT = new RegExp(
  `\\b${COUNT}\\s+(?:core\\s+|key\\s+|main\\s+|specific\\s+|peer\\s+|overarching\\s+|high[- ]level\\s+|headline\\s+|original\\s+|cpc\\s+|formal\\s+|strategic\\s+)*recommendations\\b`,
  'i',
);

/** The value of a stated count ("eight" -> 8), or null. */
export function countValue(word: string): number | null {
  const value = NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
  return Number.isInteger(value) && value > 0 ? value : null;
}

/** A sentence that announces the peer team's recommendations, in a list or in prose after it. */
const PEER_INTRO = new RegExp(
  [
    "\\bkey\\s+recommendations\\b",
    "\\bpeer\\s+(?:team|challenge)(?:['’]s|s['’])?\\s+(?:key\\s+|main\\s+)?recommendations\\b",
    "\\brecommendations\\s+(?:of|from|made\\s+by)\\s+the\\s+(?:lga\\s+|corporate\\s+)?(?:peer|cpc|review|report|team)",
    "\\bour\\s+(?:\\w+\\s+)?(?:key\\s+)?recommendations\\b",
    "\\bwe\\s+(?:would\\s+)?recommend\\b",
    "\\b(?:peer\\s+)?team\\s+(?:recommends?|made\\s+the\\s+following)\\b",
    "\\brecommends?\\s+(?:that\\s+)?the\\s+following",
    "\\bthe\\s+following\\s+(?:\\w+\\s+)?(?:key\\s+)?recommendations",
    "\\brecommendations\\s+(?:are|were|include|included)(?:\\s+as\\s+follows)?\\s*:",
    "\\brecommendations\\s+(?:to|for)\\s+the\\s+council\\s*:",
    `\\bmade\\s+${COUNT}\\s+(?:\\w+\\s+)?recommendations\\b`,
    `\\b${COUNT}\\s+(?:\\w+\\s+)?recommendations\\s+(?:were|have\\s+been|are)\\s+(?:made|set\\s+out|identified|listed)`,
    "\\bthe\\s+recommendations\\s+(?:made\\s+)?(?:in|from)\\s+the\\s+(?:cpc|(?:corporate\\s+)?peer\\s+challenge|feedback|report)\\b[^.]*:\\s*$",
  ].join('|'),
  'i',
);

/** Recommendations named in a sentence: the noun, "recommended that", or an intro of PEER_INTRO's. */
const MENTIONS = new RegExp(`\\brecommendations?\\b|\\brecommend(?:s|ed)?\\s+(?:that|the\\s+council|us|we|it)\\b|${PEER_INTRO.source}`, 'i');

/** What every match of `MENTIONS` holds: tested on a whole block before it is cut into sentences. */
const MAY_MENTION = /recommend|made\s+the\s+following/i;

/** A sentence that says a list follows it: a closing colon, "the following", "below", "as follows", "covering". */
const LIST_FOLLOWS = /:\s*$|\b(?:covering|including|on|around|were|are)\s*$|\bthe\s+following\b(?!\s+(?:the|a|an|on|its|their|our|this|that|year|month|week|day)\b)|\b(?:set\s+out|listed|shown|summarised|detailed)\s+below\b|\bbelow\s*[:.]?\s*$|\bas\s+follows\b/i;

const AREAS_INTRO =
  /\bareas?\s+(?:for\s+(?:the\s+council|us|it|the\s+authority)\s+to\s+(?:develop|improve|strengthen|consider|focus\s+on|work\s+on)|to\s+(?:develop|improve|work\s+on))\b|\b(?:areas?\s+(?:where|that|which)\s+(?:they\s+felt\s+)?(?:we|the\s+council|it)\s+(?:needed|need|needs|should|could)\s+to\s+(?:strengthen|improve|develop)|areas?\s+(?:to|for)\s+(?:strengthen|improvement|development|further\s+development|consider)|areas?\s+for\s+(?:further\s+)?(?:focus|attention)|opportunities\s+(?:to\s+(?:improve|develop|strengthen)|for\s+(?:improvement|development)))/i;

const STRENGTHS_INTRO =
  /\b(?:headlines?\s+in\s+the\s+feedback|key\s+points\s+that\s+the\s+peer\s+team\s+made|strengths\s+(?:include|identified|were)|(?:much|so much)\s+(?:for\s+the\s+council\s+)?to\s+be\s+proud\s+of|impressed\s+(?:by|with)\s+the\s+following)/i;

/** Recommendation labels: "Recommendation 3", "Recommendation 3:", "Rec 3 -", "R3:", "Recommendation three". */
export const RECOMMENDATION_HEADING = new RegExp(`^(?:recommendation|rec\\.?|R(?=\\d{1,2}\\s*[:.)–-]))\\s*(\\d{1,2}|${Object.keys(NUMBER_WORDS).slice(0, 12).join('|')})\\b(?![.,]\\d)[\\s:.–—-]*`, 'i');

/** The number of a recommendation label's match. */
export function labelNumber(match: RegExpExecArray): number {
  return countValue(match[1]!) ?? 0;
}

/** A heading that opens the recommendations: "2. Key recommendations", "Recommendations", "Our recommendations". */
const RECOMMENDATIONS_HEADING =
  /^(?:appendix\s+[\w.]+\s*[–:-]?\s*)?(?:\d+(?:\.\d+)*\.?\s*)?(?:(?:the|our|key|main|summary\s+of(?:\s+the)?|peer(?:\s+team)?(?:['’]s)?|peer\s+challenge|lga|cpc|corporate\s+peer\s+challenge|original|overarching|headline|\w+)\s+){0,3}recommendations?(?:\s+(?:from|of|made\s+by|for)\s+(?:the\s+)?[\w\s'’()-]{0,50})?(?:\s*\(?(?:continued|cont(?:['’]d|\.)?)\)?)?\s*:?$/i;

/** Section headings that end a recommendations section: the template's next sections and a report's furniture. */
const SECTION_END = new RegExp(
  `^(?:\\d+(?:\\.\\d+)*\\.?\\s*)?(?:${[
    'summary of the (?:corporate )?peer challenge approach', 'the peer team', 'scope and focus', 'feedback\\b', 'next steps',
    'executive summary', 'introduction', 'background', 'local priorities and outcomes', 'organisational and place leadership',
    'governance and culture', 'financial planning and (?:management|viability)', 'capacity (?:for improvement|to deliver)',
    'understanding of the local place', 'leadership of place', 'organisational leadership and governance',
    'appendi(?:x|ces)', 'contact', 'implications', 'financial implications', 'legal implications', 'risk', 'equalit',
    'conclusions?', 'reasons? for', 'report details', 'key findings', 'detailed feedback', 'background papers',
    'the peer challenge process', 'about the peer challenge', 'how the peer challenge', 'progress review process',
    'purpose', 'alternative options', 'consultation', 'options considered', 'related (?:documents|pages|links)',
    'share this page', 'was this page', 'further information', 'documents', 'downloads?', 'strengths\\b',
    'what (?:we|the peers?) found', 'overall', 'in summary', 'summary\\b', 'observations', 'context',
  ].join('|')})`,
  'i',
);

/** The progress-review template's own bullets, which describe the review, not recommendations. */
const TEMPLATE_ITEM =
  /^(?:[A-Z][\w ,&-]{2,40}:\s*)?(?:(?:provide|provides|providing)\s+(?:space|an opportunity|the opportunity)|(?:receive|receiving|hear|hearing)\s+(?:feedback|from\s+peers)|(?:discuss|discussing|talk\s+through|talking\s+through)\s+(?:any\s+)?(?:early\s+)?(?:impact|progress|learning)|(?:reflect|reflecting)\s+(?:with\s+peers\s+)?on\s+(?:progress|the\s+(?:cpc|peer)|peers|new\s+opportunities|any\s+new)|(?:update|updating)\s+peers|(?:understand|understanding)\s+(?:better\s+)?(?:any\s+)?(?:shifts?|changes?)\s+in\s+(?:the\s+)?(?:operating\s+)?context|(?:consider|considering)\s+(?:progress|the\s+council['’]s\s+progress))/i;

/** What list, if any, a block introduces. */
export function introRole(block: Block): ListRole | null {
  let role = roles.get(block);
  if (role === undefined) roles.set(block, (role = roleOf(block.text)));
  return role;
}

/** Each block's `introRole`, asked by several extractors of the same blocks. */
const roles = new WeakMap<Block, ListRole | null>();

function roleOf(text: string): ListRole | null {
  if (isCommitteeDecision(text)) return 'committee';
  if (AREAS_INTRO.test(text) && !listOfSomethingElse(text)) return 'areas-to-strengthen';
  if (MAY_MENTION.test(text)) {
    const sentences = sentencesOf(text);
    if (sentences.some((s) => mentionsThem(s) && LIST_FOLLOWS.test(s) && !RESPONDS_TO.test(s))) return 'peer-recommendations';
    // "It looked at each recommendation the CPC had made. These were:", but not "... approved an action plan setting
    // out measures to respond to the recommendations. This includes:" (the council's measures follow), nor "...
    // receives a full report and recommendations. On this page you will find:" (the page's documents follow)
    const last = sentences[sentences.length - 1]!;
    if (/:\s*$/.test(last) && last.split(/\s+/).length <= 8 && SPEAKS_OF_THEM.test(last) && sentences.some((s) => mentionsThem(s) && !RESPONDS_TO.test(s))) {
      return 'peer-recommendations';
    }
  }
  if (STRENGTHS_INTRO.test(text)) return 'strengths';
  return null;
}

/**
 * A block whose closing sentence announces a list of something other than what an earlier sentence named: "The
 * report sets out strengths and areas for development. The findings will feed into:" (the plans they feed).
 */
function listOfSomethingElse(text: string): boolean {
  const sentences = sentencesOf(text);
  const last = sentences[sentences.length - 1]!;
  return sentences.length > 1 && /:\s*$/.test(last) && !AREAS_INTRO.test(last) && !SPEAKS_OF_THEM.test(last) && !MENTIONS.test(last);
}

/**
 * A sentence that speaks of the recommendations other than as what was made besides the thing it is about: not "As
 * well as its nine key recommendations, the peer challenge made around 20 further 'additional observations' ...".
 */
function mentionsThem(sentence: string): boolean {
  return MENTIONS.test(sentence.replace(/^["“‘']?\s*(?:as\s+well\s+as|in\s+addition\s+to|besides|apart\s+from|aside\s+from|other\s+than|alongside)\b[^,]*,/i, ''));
}

/**
 * What the council does or did about the recommendations: "measures to respond to the peer review's recommendations",
 * "has reflected and acted on the peer challenge's recommendations", "full response to each of the recommendations".
 */
export const RESPONDS_TO = /\b(?:respond(?:ed|ing)?\s+to|answer(?:ed|ing|s)?|(?:in\s+)?response\s+to(?:\s+each\s+of)?|address(?:ed|ing)?|implement(?:ed|ing)?|act(?:ed|ing)?\s+on|deliver(?:ed|ing)?\s+(?:on\s+)?)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}recommendations\b/i;

/**
 * A short closing sentence that speaks of what was just mentioned: "These were:", "They include:", "The key ones
 * are:"; not of something else ("Those duties are:").
 */
const SPEAKS_OF_THEM = /^(?:(?:these|those|this)(?=\s+(?:recommendations|ones|points|areas|are|were|is|was|include\w*|cover\w*)\b|\s*:)|they|which|it|(?:the|our|their|its)\s+(?:[\w-]+\s+){0,2}(?:recommendations|ones|points)|(?:key|main)\s+(?:ones|points|recommendations)|the\s+following|as\s+follows|in\s+summary|namely|including|among\s+(?:them|these|those))\b/i;

/**
 * Words attributed to the peers at the end of a sentence, as news words them: "..., peer reviewers have urged.",
 * "..., the report concluded." (what precedes the comma is theirs).
 */
export const ATTRIBUTION = /,\s+(?:the\s+|its\s+|an?\s+)?(?:[\w-]+\s+){0,3}(?:peers?|reviewers?|review|report|lga|team|inspectors|experts)\s+(?:(?:carried\s+out|conducted|undertaken|led|made|written)\s+by\s+(?:[\w-]+\s+){1,4})?(?:have\s+|has\s+|had\s+)?(?:urged|said|says|warned|found|concluded|recommended|recommends|advised|suggested|suggests)\s*[.!]?$/i;

/** A block's sentences (a list intro may follow a sentence about something else). */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?]["'’”]?)\s+(?=[A-Z‘“"'])/);
}

/** True when the block is (or introduces) the committee's own recommendation or resolution. */
export function isCommitteeDecision(text: string): boolean {
  return COMMITTEE.test(text.trim()) || (/resolved/i.test(text) && /\bit\s+be\s+resolved\b|\bresolved\s*:?\s*that\s*:?\s*$/i.test(text));
}

/** An item of the committee's own list ("To note ...", "That Cabinet ..."), or a decision. */
export function isCommitteeItem(text: string): boolean {
  return COMMITTEE_ITEM.test(text.trim()) || MEETING_BUSINESS.test(text) || isCommitteeDecision(text);
}

/** A meeting's business written as a list: "… be noted;", "Option 1 is the recommended option", "… is attached at Appendix 2". */
const MEETING_BUSINESS =
  /\bbe\s+(?:noted|approved|agreed|endorsed|adopted|received|reported|considered|delegated)\b[\s;.,]*(?:and|or)?\s*$|^option\s+\d+\b|\boption\s+\d+\s+is\s+(?:the\s+)?recommended\b|\bdecision\s+options?\b|\b(?:is|are|has\s+been|have\s+been)\s+(?:attached|appended|drawn\s+up)\b/i;

/** A bullet of the progress-review template ("Provide space for the council's senior leadership to ..."). */
export function isTemplateItem(text: string): boolean {
  return TEMPLATE_ITEM.test(text.trim());
}

/** What a committee decision says, without its "RESOLVED that" / "Recommended:" / "is asked to:" opening. */
export function decisionText(text: string): string {
  const trimmed = text.trim();
  const opening = COMMITTEE.exec(trimmed);
  if (opening === null) return trimmed;
  return trimmed.slice(opening[0].length).replace(/^[\s:,.–-]*(?:that\s+)?/i, '').trim();
}

/** A heading (or short heading-like line) that opens the recommendations. */
export function isRecommendationsHeading(block: Block): boolean {
  if (block.text.length > 90 || (block.kind !== 'heading' && /[.;]$/.test(block.text))) return false;
  if (block.kind === 'list-item' && block.bulleted) return false;
  return (
    RECOMMENDATIONS_HEADING.test(block.text) &&
    !isCommitteeDecision(block.text) &&
    !/\bto\s+(?:cabinet|committee|council|members|the\s+(?:cabinet|committee|council|executive))\b|\b(?:cabinet|committee|council|executive|board|panel|officers?|members?|scrutiny)['’]?s?\s+recommendations?\b/i.test(block.text)
  );
}

/** A heading that ends a recommendations section. */
export function isSectionEnd(block: Block): boolean {
  if (block.text.length > 90 || /[.]$/.test(block.text)) return false;
  if (block.kind === 'list-item' && block.bulleted) return false;
  // A question heading ("What is the background to this report?") opens a new section of a council's report.
  return SECTION_END.test(block.text) || (block.kind === 'heading' && /\?$/.test(block.text));
}

/** A numbered section heading such as "3. Summary of the Peer Challenge approach": short, no final full stop. */
export function isSectionHeading(block: Block): boolean {
  if (block.kind === 'heading') return true;
  return (
    block.marker !== null &&
    !block.bulleted &&
    /^\d+\.?$/.test(block.marker) &&
    block.text.length < 80 &&
    !/[.;:]$/.test(block.text) &&
    block.bold === null
  );
}

/** Verbs that open a peer recommendation ("Develop …", "Review …"), or the council told what it should do. */
const IMPERATIVE =
  /^(?:the\s+council\s+(?:should|must|needs?\s+to|could|will\s+need\s+to)\b|(?:develop|review|ensure|consider|continue|build|create|establish|strengthen|improve|set|carry\s+out|clarify|prioriti[sz]e|invest|engage|embed|refresh|take|work|maintain|use|make|articulate|communicate|define|deliver|explore|focus|implement|increase|provide|reduce|revisit|seize|show|undertake|identify|align|accelerate|adopt|bring|capitali[sz]e|confirm|determine|enhance|expand|formali[sz]e|harness|introduce|look|maximi[sz]e|put|reset|recogni[sz]e|reconsider|refocus|reinforce|secure|simplify|support|streamline|promote|progress|plan|map|manage|lead|grow|give|evaluate|encourage|empower|demonstrate|commission|address|act|agree|re-?establish|re-?examine|re-?energi[sz]e|rebuild|refine|reshape|resource|shape|share|sharpen|stabilise|test|tell|translate|update|upskill|celebrate|collaborate|co-?produce|conduct|design|draw|keep|press|cut|spend|finalise|finalize|publish|recruit|retain|train|involve|listen|prepare|produce|complete|launch|move|raise|replace|resolve|return|sustain|tighten|widen|broaden|check|pool|combine|consolidate|centrali[sz]e|integrate|redefine|rethink|reorgani[sz]e|restructure|revise|rationali[sz]e|realign|extend|diversify|monitor|measure)\b)/i;

/** Does the text read as advice to the council: an imperative, or "the council should …"? */
export function readsAsRecommendation(text: string): boolean {
  return IMPERATIVE.test(text.trim());
}
