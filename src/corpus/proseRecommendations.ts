import { spanOf, type Block } from './blocks.js';
import type { Candidate } from './mergeRepeats.js';
import type { RecommendationRule } from '../vocabulary.js';
import { ATTRIBUTION, isCommitteeDecision, readsAsRecommendation, RESPONDS_TO } from './listContext.js';

/**
 * Recommendations restated in prose by news, cabinet reports, minutes and letters: "The peer team's
 * recommendations covered four areas: X; Y; Z and W", "the team recommended developing X, reviewing Y",
 * "They recommended that we X, that we Y and that we Z", "advised the Council to X; to Y". Each clause of the
 * list becomes one recommendation, marked `prose`, with a lower confidence than a listed one.
 *
 * Phases: find a sentence whose peers (the team, the LGA, the report) recommend, suggest or advise -> take what
 * follows the verb, past its lead-in ("around", "among them", "four key areas:") -> split it into clauses.
 */

/** The verb or noun that introduces restated recommendations, and what may stand between it and the list. */
const TRIGGER =
  /\b(?:recommendations?|recommend(?:ed|s|ing)?|suggest(?:ed|s|ions)?|advised|urged|encouraged|called\s+for|(?:asked|called\s+(?:up)?on|would\s+like)\s+(?:the\s+(?:council|authority|organisation)|us|it|them)\s+to|areas\s+(?:for\s+(?:improvement|development)|to\s+(?:work\s+on|focus\s+on|improve)))\b/i;
/** Who must be the source for the sentence to restate the peers' advice. */
const PEERS = /\b(?:peers?|team|lga|local\s+government\s+association|report|review|challenge|cpc|letter|they|it)\b/i;
/**
 * Sentences about the meeting's own recommendations ("It was therefore recommended that a working group be set
 * up", minutes with no peer named; "the Scrutiny Committee's recommendations"), or that only count them, or resolve
 * on them ("be accepted"), or tell what one was for ("The aim of the Pace of Activity recommendation was to help ...",
 * "use the recommendations to raise its performance").
 */
const NOT_PEERS = /^(?:the\s+)?(?:aim|purpose|point|intention|idea|thinking)\s+(?:of|behind)\b|\b(?:use|using)\s+(?:the|its|these|those|their)\s+(?:[\w-]+\s+){0,2}recommendations\s+to\b|\breasons?\s+for\s+(?:the\s+)?recommendation|\b(?:this|the)\s+(?:report|paper)\s+recommends\b|\bis\s+(?:asked|recommended)\s+to\b|\brecommendations?\s+(?:to|of)\s+(?:cabinet|the\s+(?:cabinet|committee|executive|council))\b|\bmoved\b|\bamendment\b|\b(?:committee|panel|board|cabinet)['’]s\s+recommendations\b|\b(?:be|being)\s+(?:agreed|accepted|noted|approved|endorsed|adopted)\b|\bit\s+was\s+(?:\w+\s+)?recommended\b(?![^.]*\bby\s+the\s+(?:peers?|lga|team|review|report))/i;
/** No list of them follows a noun ("recommendations") when what follows is ... (each tested on the text after it): */
const NOT_THEIR_LIST: readonly RegExp[] = [
  // a clause of its own: "made eight recommendations, and the action plan sets out ..."
  /^\s*,?\s*(?:and|but|while|whereas|so|although|though)\s+(?:the|this|these|those|it|they|we|our|its|their)\b/i,
  // their source and then a clause: "the key recommendations of the peer challenge and how we plan to address them"
  /^\s*(?:of|from|in|made\s+by)\s+(?:the\s+)?[\w\s'’]{0,30}?\b(?:challenge|report|review|team|peers|lga)\s+and\s+/i,
  // only their source: "the recommendations of the LGA peer challenge held in May 2023", "recommendations made in
  // the Bundred report the council commissioned", no list after
  /^\s*(?:of|from|(?:made\s+)?by|made\s+in|in)\s+(?![^.!?]*(?::|\b(?:were|are|was|is|include[sd]?|including|covered|cover|such\s+as|namely|as\s+follows|focus(?:s?ed)?|centred|related)\b))/i,
  // one of them by its number: "changed the wording of recommendation (ix), about ..."
  /^\s*\(?(?:[ivx]{1,5}|\d{1,2}(?:\.\d{1,2})?|[a-h]|R\d{1,2})\)?(?=[\s,.;)]|$)(?![^.!?]*:)/,
  // who made them, as a clause: "the 15 recommendations it made, and how scrutiny will contribute"
  /^\s+(?:that\s+)?(?:it|they|the\s+(?:team|peers|peer\s+team|lga|report|review))\s+(?:made|gave|set\s+out|identified|raised|proposed)\b/i,
  // whom or where they go to: "put its recommendations to an extra Council meeting", "feed the report's
  // recommendations into its discussions with Government"
  /^\s+to\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}(?:council|cabinet|committee|executive|board|meeting)\b|^\s+into\s+/i,
  // what they say of the council: "The recommendations recognise how open the council is"
  /^\s+(?:recogni[sz]e|reflect|acknowledge|demonstrate|show|praise|commend|welcome)\b/i,
  // what was done with them: "27 recommendations were put to the council", "were accepted by Cabinet"
  /^\s*(?:were|are|was|is|have\s+been|has\s+been|had\s+been|will\s+be)\s+(?!(?:focus|centr|concentrat|group|relat|cover|includ|summari[sz]|organi[sz]|split|divid)\w*\b)(?:\w+ed|given|taken|put|set|made|sent|shown|seen|written|brought)\b(?![^.!?]*:)/i,
  // what they are for: "for the council to consider going forward", "to help councils keep improving"
  /^\s*(?:for\s+(?:the\s+(?:council|authority)|us|it|them)\s+)?to\s+(?:consider|take\s+forward|think\s+about|reflect\s+on|look\s+at|address|implement|act\s+on|respond\s+to|help|put\s+(?:them|it|this|things|matters)\s+right|remedy|fix)\b(?![^.!?]*:)/i,
  // their topic: "on how the council can move forward"
  /^\s*(?:on|about)\s+how\b(?![^.!?]*:)/i,
  // what they do: "recommendations, which recognise that ..."
  /^\s*,?\s*which\s+(?!(?:are|were|include[sd]?|cover(?:ed)?|focus\w*|centre\w*|relate\w*|fall|fell)\b)[a-z]+/i,
  // who said so: "areas for development, the report to the board explained."
  /^\s*,\s*(?:the|a|an|it|they|he|she)\b[^,.;:]{0,40}\b(?:explained|said|says|added|noted|stated|reported)\s*[.!]?\s*$/i,
  // what else was to be done: "to review the 10 recommendations made in 2022 and to act as a health check"
  /^\s*(?:made|given|issued)\s+(?:in|on|during)\s+[\w\s]{1,30}?\s+and\s+to\s+[a-z]/i,
];
/**
 * A sentence that opens on a phrase holding the noun, its main clause after the comma: "Across the CPC's ten main
 * recommendations, the council's action plan shows ...", "Having considered the plan built on the recommendations,
 * the progress review reported ...".
 */
const OPENING_PHRASE = /^["“‘']?(?:across|against|among|amongst|for|following|in\s+(?:response|relation|line|addition)\s+to|as\s+well\s+as|apart\s+from|aside\s+from|on|from|beyond|besides|alongside|with|without|despite|through|under|since|after|before|of|as\s+for|having|when|while|whilst|although|though|given|based\s+on|building\s+on)\b/i;

/** The noun that ends at `end` in `sentence` has no list of its own after it (`NOT_THEIR_LIST`, `OPENING_PHRASE`). */
function noListAfter(sentence: string, end: number): boolean {
  const rest = sentence.slice(end);
  return NOT_THEIR_LIST.some((pattern) => pattern.test(rest)) || (/^\s*,/.test(rest) && OPENING_PHRASE.test(sentence));
}

/** What the council does about the recommendations (`RESPONDS_TO`), ending on the noun. */
const ANSWERS_THEM = new RegExp(`${RESPONDS_TO.source}$`, 'i');

/** What stands between the trigger and the list. */
const LEAD_IN =
  /^(?:[\s,:;–-]+|(?:which|that|and|who|it|they|the\s+team|in\s+its\s+report|in\s+the\s+report|also|have|has|had|been|were|was|are|is|made|included?|including|include|includes|covered?|covering|concentrated|focus(?:s?ed)?|centred|related|relating|spanned|fall|fell|into|on|upon|around|about|among\s+(?:them|these|which|other\s+things)|in\s+particular|such\s+as|namely|as\s+follows|for\s+(?:the\s+council|us)|to\s+(?:help|support)\s+the\s+council[^,;:]*|(?:\w+\s+)?(?:key\s+|main\s+|broad\s+|important\s+|specific\s+)?(?:areas?|themes?|topics?|issues?|recommendations?|things)|the\s+council(?!['’])|should|must|needs?\s+to|ought\s+to|(?:a\s+)?number\s+of|several|some|a\s+few|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|of|in|over|the\s+next\s+few\s+years|a\s+period\s+of\s+great\s+change\s+for\s+local\s+government|over\s+the\s+coming\s+years|to\s+the\s+council)\b)+/i;

/** Prose restatements anywhere in the document. */
export function findProseRecommendations(blocks: readonly Block[]): Candidate[] {
  const found: Candidate[] = [];
  // A list may carry on in the next sentence, or the next paragraph ("... made recommendations. ¶ Among them were ...").
  let after = false;
  for (const block of blocks) {
    if (block.kind === 'table-row' || block.kind === 'heading' || isCommitteeDecision(block.text)) {
      after = false;
      continue;
    }
    for (const sentence of sentences(block.text)) {
      const carried = after ? carriesOn(sentence) : null;
      after = false;
      if (NOT_PEERS.test(sentence)) continue;
      const subject = SUBJECT_FIRST.exec(sentence);
      if (subject !== null && PEERS.test(subject[3]!) && (/^recommendations$/i.test(subject[2]!) || TO_ACT_ON.test(subject[3]!))) {
        found.push(...proseItems(subject[1]!, block, 'prose-list'));
        continue;
      }
      const attributed = ATTRIBUTED.exec(sentence);
      if (attributed !== null) {
        found.push(...proseItems(attributed[1]!, block, 'prose-verb'));
        after = true;
        continue;
      }
      const trigger = lastTrigger(sentence);
      const mentioned = TRIGGER.test(sentence);
      if (trigger === null && carried !== null) {
        found.push(...proseItems(sentence.slice(carried[0].length), block, 'prose-list'));
        continue;
      }
      if (trigger === null) {
        after = mentioned;
        continue;
      }
      const noun = /recommendations?\b|suggestions|areas/i.test(trigger.word);
      if (!noun && !PEERS.test(sentence.slice(0, trigger.end))) continue;
      after = true;
      const rest = sentence.slice(trigger.end);
      // "the recommendation to consider separating X from Y": one recommendation's content, not what it is for
      const content = /^recommendation$/i.test(trigger.word) && /^\s+to\s+[a-z]/.test(rest);
      if (noun && !content && noListAfter(sentence, trigger.end)) continue;
      // "the recommendations of the peer team were: X; Y", "recommendations for improvement including X; Y": the
      // list starts at the colon or after "including"
      const opening = noun ? listOpening(rest) : null;
      // "An action plan answering the LGA's recommendations is being drawn up": what answers them, no list of them
      // unless one is announced ("responds to the recommendations: X; Y")
      if (noun && opening === null && ANSWERS_THEM.test(sentence.slice(0, trigger.end))) continue;
      // "looked at each recommendation in turn, grouped under these theme headings:": the list is in the blocks after
      if (/^[^:]*:\s*$/.test(rest)) continue;
      // "urged the council to X and to Y": the list's first "to" is the trigger's; "urged Warrington Borough Council
      // to X": the list starts at "to"
      const named = noun ? null : /^\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){0,5}(?:council|authority|organisation)\s+(?=to\s)/i.exec(rest);
      const from = opening !== null ? trigger.end + opening[0].length
        : named !== null ? trigger.end + named[0].length
        : /\bto$/i.test(trigger.word) ? trigger.end - 2
        : trigger.end;
      found.push(...proseItems(sentence.slice(from), block, noun ? 'prose-list' : 'prose-verb'));
    }
  }
  return found;
}

/**
 * Advice stated first and attributed after, as news leads with it: "Swindon Borough Council should give its
 * monitoring officer a place on the management team, peer reviewers have urged." The advice is what follows "should".
 */
const ATTRIBUTED = new RegExp(`^(?:(?:[Tt]he|THE)\\s+)?(?:[A-Z][\\w'’&-]*\\s+){0,5}(?:[Cc]ouncil|COUNCIL|[Aa]uthority)\\s+(?:should|must|needs?\\s+to|ought\\s+to)\\s+(.{15,300}?)(?=${ATTRIBUTION.source})`);

/**
 * Advice named first as the subject, news's way of leading with it: "Celebrating the council's successes was one of
 * 11 recommendations to come out of a Corporate Peer Challenge", "Making sure residents are heard, improving
 * relationships, and developing a joined-up vision are among the findings the council is to act on after an LGA
 * corporate peer challenge". The subject is the list; the rest must name the peers, and findings must be ones to act on.
 */
const SUBJECT_FIRST = /^["“‘']?(.{8,300}?)\s+(?:was|is|were|are)\s+(?:one\s+of|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(recommendations|findings)\b(.*)$/i;
/** Findings that are advice: those the council is to act on ("Low morale is among the findings" is not advice). */
const TO_ACT_ON = /\b(?:act\s+on|address|take\s+forward|work\s+on|respond\s+to)\b/i;

/** The last trigger of a sentence that has a list after it ("made recommendations, but it suggested that ..."). */
function lastTrigger(sentence: string): { word: string; end: number } | null {
  let best: { word: string; end: number } | null = null;
  for (const m of sentence.matchAll(new RegExp(TRIGGER.source, 'gi'))) {
    const end = m.index + m[0].length;
    // "could recommend", "any recommendations": what peers might say, not what they said; but "would recommend
    // that" is how a report words a recommendation politely
    const hedged = /\b(?:could|would|may|might|will|can|any|no)\s+(?:\w+\s+)?$/i.test(sentence.slice(0, m.index));
    if (hedged && !(/\bwould\s+$/i.test(sentence.slice(0, m.index)) && /^recommend\s+that\b/i.test(sentence.slice(m.index)))) continue;
    // "what it recommended does not mean ...", "what the Scrutiny Committee recommended on the report": the
    // recommendations spoken of as a whole, no list after unless one is announced ("what they recommended was: X")
    if (/\bwhat\s+(?:[\w'’&-]+\s+){0,7}$/i.test(sentence.slice(0, m.index)) && listOpening(sentence.slice(end)) === null) continue;
    // "to recommend any changes it thinks fit": a committee's remit, not advice given
    if (/^recommend$/i.test(m[0]) && /^\s+(?:any|no|whether)\b/i.test(sentence.slice(end))) continue;
    if (sentence.slice(end).replace(LEAD_IN, '').trim().length >= 15) best = { word: m[0], end };
  }
  return best;
}

/**
 * Where a list of the recommendations is announced in what follows a trigger, up to its colon or its "including",
 * "such as", "namely"; null when none is (within 60 characters, in the sentence's first clause).
 */
function listOpening(rest: string): RegExpExecArray | null {
  return /^[^.;:!?]{0,60}:/.exec(rest) ?? /^[^.;:!?]{0,60}?\b(?:including|such\s+as|namely)\b/i.exec(rest);
}

/** A sentence that carries on the list of the one before: "Among them were X; Y; Z." */
const CONTINUES = /^(?:among\s+(?:them|these|which|other\s+things)(?:\s+(?:were|are|was|is))?|(?:these|they|this|those)\s+(?:included|include|includes|were|are|covered|cover)|in\s+particular(?:\s+(?:the\s+)?(?:team|peers|they|it)\s+(?:recommended|suggested|advised))?)\b[\s:,]*/i;
/**
 * After "In particular", a clause of its own with another verb: "In particular the report points to poor standards of
 * behaviour; weak relationships ..." lists findings, not the recommendations the sentence before counted.
 */
const OWN_CLAUSE = /^(?:the\s+)?(?:(?:peer\s+)?team|peers|report|review|letter|lga|it|they)\s+(?:also\s+|further\s+)?[a-z]+(?:s|ed)\b/i;

/** How a sentence that carries on the list of the one before opens (`CONTINUES`), or null. */
function carriesOn(sentence: string): RegExpExecArray | null {
  const carried = CONTINUES.exec(sentence);
  return carried !== null && OWN_CLAUSE.test(sentence.slice(carried[0].length)) ? null : carried;
}

/** A block's sentences. Sentences end at a full stop followed by a capital, never inside "2015/16 and 2016/17". */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?]["'’”]?)\s+(?=[A-Z‘“"'])/);
}

/** A clause that qualifies the recommendations rather than stating one ("identified by the peer team", "from the report"). */
const NOT_A_CLAUSE =
  /^(?:(?:warning|saying|noting|adding|arguing|stressing|explaining|observing|acknowledging|recognising|remarking|commenting|pointing\s+out)\s+that|from|by|in|on|of|for|with|at|into|within|across|as|through|identified|highlighted|made|set(?!\s+(?:out|up)\s+(?:a|an|the|its|their|clear|new|how|what)\b)|included|agreed|approved|contained|arising|resulting|received|raised|are|were|was|is|has|have|had|will|would|should|could|this|these|those|which|who|members|cabinet|committee)\b/i;

/** A document named, not a recommendation: "the related action plan", "the Corporate Peer Challenge". */
const ONLY_A_DOCUMENT = /^(?:the\s+|its\s+|their\s+|our\s+)?(?:(?:related|council['’]s|cpc|lga|final|full|updated|revised|draft|rag[\s-]rated)\s+)*(?:(?:corporate\s+)?peer\s+(?:challenge|review)\s+|cpc\s+|lga\s+)?(?:action\s+plan|corporate\s+peer\s+challenge|peer\s+challenge|report|cpc|feedback(?:\s+report)?|progress\s+review(?:\s+report)?|letter)$/i;

/** How a clause of restated advice opens: a gerund, a determiner, a subject ("it", "we", "the council") or an imperative. */
function opensClause(text: string): boolean {
  // a subjunctive with a named subject, "(recommended that) Connected Communities be made the overarching framework",
  // or something called for "to be" done, "(called for) strategic partnership to be redefined"
  if (/^(?:(?:[A-Z][\w'’-]*\s+){1,5}|(?:[\w'’-]+\s+){1,6}to\s+)be\s+(?:[a-z]+ed|made|given|set|put|kept|built|seen|taken|brought|done)\b/.test(text)) return true;
  // the council by its initials: "(that) RBC makes sure ...", "NBBC should ..."
  if (/^[A-Z]{2,6}\s+(?:should|must|needs?\s+to|[a-z]+s)\b/.test(text)) return true;
  return /^(?:\w+ing\b|the\b|a\b|an\b|its\b|their\b|our\b|more\b|better\b|greater\b|clearer\b|stronger\b|new\b|how\b|what\b|whether\b|it\b|we\b|they\b|members\b|officers\b|councillors\b|all\b|one\b|each\b)/i.test(text) || readsAsRecommendation(text);
}

/** A list written in a sentence -> its clauses, each one recommendation. */
export function proseItems(list: string, block: Block, rule: RecommendationRule): Candidate[] {
  const body = list.replace(LEAD_IN, '').replace(/\s*[.!]\s*$/, '').trim();
  // a clause after "to" ("advised the council to X, and to Y") is a verb's by construction, whatever the verb
  const parts = splitClauses(body)
    .filter((raw) => {
      const p = cleanClause(raw);
      // two words only as an imperative ("communicate better"), three or more otherwise
      const words = p.split(/\s+/).length;
      if (words < 2 || (words < 3 && !readsAsRecommendation(p)) || p.length > 300 || ONLY_A_DOCUMENT.test(p)) return false;
      return (rule === 'prose-verb' && INFINITIVE.test(raw)) || (!NOT_A_CLAUSE.test(p) && opensClause(p));
    })
    .map(cleanClause);
  return parts.map((text) => ({
    block: { ...block, source: spanOf(block, text) },
    kind: 'key-recommendation',
    heading: text,
    text,
    number: null,
    rule,
    form: 'prose',
    confidence: 0.5,
  }));
}

/** A clause that opens "to <verb>" (before `cleanClause` takes the "to" off). */
const INFINITIVE = /^[\s,;:–-]*(?:and\s+)?to\s+["“‘']?[a-z]+\b/;

/** "that we X, that we Y and that we Z", "to X; to Y", "developing X, reviewing Y and improving Z", "X; Y; Z and W". */
function splitClauses(text: string): string[] {
  const semis = text.split(/\s*;\s*(?:and\s+)?/).filter(Boolean);
  const parts = semis.length > 1 ? semis : [text];
  return parts.flatMap((part, i) => {
    const thats = part.split(/,?\s+(?<!\b(?:so|such|now|given|provided|ensure|ensuring|sure)\s+)(?:and\s+)?(?=that\s+(?:the\s+council|we|it|they|members|officers|the\s+\w+)\b)/i);
    if (thats.length > 1) return thats;
    const tos = part.split(/,\s*(?:and\s+)?(?=to\s+["“‘']?[a-z]+\b)|\s+and\s+(?=to\s+["“‘']?[a-z]+\b)/i);
    if (tos.length > 1 && /^to\s/i.test(part)) return tos;
    const commas = part.split(/,\s*(?:and\s+)?/);
    const clauses = clausesOf(commas);
    if (parts.length === 1 && clauses.length > 1) return clauses.flatMap(splitAnd);
    return i === parts.length - 1 || /^(?:and\s+)?\w+ing\b/i.test(part) ? splitAnd(part) : [part];
  });
}

/**
 * Comma-separated pieces as clauses, where most pieces open one: a piece that does not ("diversity and inclusion" in
 * "strengthen how it approaches equity, diversity and inclusion, improve ...") carries on the clause before it.
 * None when the first piece opens no clause or fewer than half do (a list of nouns, not of clauses).
 */
function clausesOf(pieces: readonly string[]): string[] {
  const opens = pieces.map((p) => p.trim().split(/\s+/).length >= 2 && opensClause(p.trim()));
  if (!opens[0] || opens.filter(Boolean).length * 2 < pieces.length) return [];
  const clauses: string[] = [];
  pieces.forEach((piece, i) => {
    if (opens[i] || clauses.length === 0) clauses.push(piece);
    else clauses[clauses.length - 1] += `, ${piece}`;
  });
  return clauses;
}

/** A gerund with no object, maybe a particle: "cutting back", "stepping up". */
const BARE_GERUND = /^\w+ing(?:\s+(?:back|up|out|down|off|on|in|forward|through|together|away))?$/i;

/** "X and Y" holds two items when "and" joins a gerund ("improving X and developing Y") or two short phrases. */
function splitAnd(text: string): string[] {
  const gerunds = text.split(/\s+and\s+(?=\w+ing\b)/i);
  // "cutting back and prioritising strategies that ...": one item when a gerund has no object of its own
  if (/^\w+ing\b/i.test(text)) return gerunds.some((g) => BARE_GERUND.test(g.trim())) ? [text] : gerunds;
  const parts = text.split(/,?\s+and\s+/);
  if (parts.length === 2 && parts.every((p) => p.split(/\s+/).length >= 2 && p.split(/\s+/).length <= 8 && opensClause(p))) return parts;
  // two verb phrases: "make greater use of data when taking decisions and carry out a residents' survey"
  if (readsAsRecommendation(text)) {
    const at = [...text.matchAll(/\s+and\s+/g)].find((m) => readsAsRecommendation(text.slice(m.index + m[0].length)));
    if (at !== undefined) {
      const [left, right] = [text.slice(0, at.index), text.slice(at.index + at[0].length)];
      // not where the left ends on a verb that shares the right's object: "work with residents to co-design and
      // co-produce answers"
      if (left.split(/\s+/).length >= 3 && right.split(/\s+/).length >= 3 && !/\bto\s+[\w-]+$/i.test(left)) return [left, ...splitAnd(right)];
    }
  }
  return [text];
}

function cleanClause(clause: string): string {
  return clause
    .replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '')
    .replace(/^(?:and|or|also|then)\s+/i, '')
    .replace(/^that\s+/i, '')
    .replace(/^to\s+(?=["“‘']?[a-z])/i, '')
    // a quoted clause ("to “build on ...”"): its quotes, not the apostrophes inside
    .replace(/^“([^“”]*)”?$/, '$1')
    .replace(/^"([^"]*)"?$/, '$1')
    .replace(/^‘([^‘]*)’$/, '$1')
    .replace(/^(?:should|must|needs?\s+to|ought\s+to|could|would)\s+/i, '')
    // the reason given after it: "strategic partnership to be redefined, since engagement had fallen away"
    .replace(/,\s+(?:since|because|given\s+that)\s+.*$/i, '')
    .replace(/[.!]$/, '')
    .trim();
}
