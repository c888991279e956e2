import type { Block } from './blocks.js';
import {
  introRole,
  isCommitteeItem,
  isSectionEnd,
  isSectionHeading,
  isTemplateItem,
  labelNumber,
  readsAsRecommendation,
  RECOMMENDATION_HEADING,
  RESPONDS_TO,
} from './listContext.js';
import type { Candidate } from './mergeRepeats.js';
import type { RecommendationSection } from './recommendationSections.js';
import type { RecommendationRule } from '../vocabulary.js';

/**
 * A recommendations section -> its items, whatever the layout. The section's blocks are read for the first
 * structure that holds items, in this order:
 * 1. recommendation labels ("Recommendation 3 - Housing", "Recommendation 1" over its text), bulleted or not;
 * 2. a list (numbered, lettered or bulleted), whose items take the paragraphs and sub-bullets between them; theme
 *    sub-headings between numbered items are skipped; a list of short group headings gives way to its sub-items;
 * 3. paragraphs that open with a bold run or "Heading:" (classic areas for improvement);
 * 4. headlines (bold or short lines) each over its paragraph(s);
 * 5. short headline items ("Housing", "Digital strategy");
 * 6. paragraphs that read as recommendations ("Develop ...", "The council should ...").
 * A list inside the announcing sentence itself is prose (see proseRecommendations.ts).
 * A committee's own list ("To note ...") yields nothing; the progress-review template's bullets are skipped.
 */
export function segmentSection(blocks: readonly Block[], section: RecommendationSection): Candidate[] {
  // Intro paragraphs open the section; a later one ("The following members of the team took part:") opens another list.
  const region = blocks.slice(section.start, section.end);
  const opening = region.findIndex((b) => !isIntro(b));
  const rest = opening < 0 ? [] : region.slice(opening);
  const next = rest.findIndex((b) => isIntro(b) && !introMentionsRecommendations(b));
  const body = next < 0 ? rest : rest.slice(0, next);
  const announcing = blocks[section.at]!;
  const kind = section.kind;
  // After a sentence the list follows at once; under a heading a paragraph or two may come first.
  const lead = section.heading ? 3 : 1;
  // Only a heading or a closing colon promises a list that has lost its bullets (headlines, short lines, paragraphs).
  const promised = section.heading || /:\s*$/.test(blocks[section.at]!.text);
  const items =
    labelItems(body, kind, lead) ??
    (siblingOf(announcing, body) ? null : listItems(body, kind, lead, announcing.marker === null ? null : markerStyle(announcing))) ??
    leadItems(body, kind, lead) ??
    (promised ? (headlineItems(body, kind, lead) ?? shortItems(body, kind) ?? paragraphItems(body, kind)) : []);
  // "grouped under the following theme headings:" announces labels, not recommendations: short ones, or ones that
  // cite the recommendations they group ("Finance – scenario planning (R1) and procurement (R2)", "Risk
  // Management (Covering recommendation: 2.5)"); a label's description in brackets does not count ("The council's
  // corporate core (covering performance reporting, ...)"); nor does one after a dash ("Governance and culture –
  // strengthening relationships between members and officers")
  const person = items.findIndex((c) => isPerson(c.text));
  const listed = person < 0 ? items : items.slice(0, person);
  if (/\b(?:(?:theme|thematic)\s+headings?|under\s+(?:the\s+following\s+|these\s+)?(?:\w+\s+)?(?:themes?|headings)|grouped\s+(?:under|into))\b/i.test(announcing.text) &&
    listed.every((c) => c.text.replace(/\s*\([^)]*\)/g, '').split(/\s+/).length <= 8 || /\(R\d+\)|\(covering\s+recommendations?\b/i.test(c.text) || LABEL_DASH.test(c.text))) return [];
  const kept = listed.filter((c) => !isTemplateItem(c.text) && !isTopicLabel(c) && !QUESTION.test(c.text));
  if (kept.length > 0 && isCommitteeItem(kept[0]!.text)) return [];
  const end = kept.findIndex((c) => isCommitteeItem(c.text));
  const trimmed = trimLastItem(end < 0 ? kept : kept.slice(0, end));
  return section.stated !== null && trimmed.length > section.stated ? trimmed.slice(0, section.stated) : trimmed;
}

/** A theme's label and what it covers, after a dash: "Governance and culture – strengthening relationships ...". */
const LABEL_DASH = /^(?:[\w’'&,-]+\s+){0,5}[\w’'&-]+\s+[–—]\s+\S/;

/**
 * A question, as a classic report's scope asks them ("Leadership of place: Does the council lead the place
 * effectively ...?"): what the challenge looked at, not advice.
 */
const QUESTION = /\?(?:\s*\.{3}|\s*…)?\s*$|^(?:[^:?]{1,60}:\s*)?(?:does|is|has|are|can)\s+(?:the\s+(?:council|authority|organisation)|it|there)\b/i;

/** A slide's or page's footer glued to an item: "… challenges Cambridge City Council Corporate Peer Challenge 11 – 14 December 2017 www.local.gov.uk". */
function withoutFooter(item: Candidate): Candidate {
  const text = item.text.replace(/\s+(?:[A-Z][\w'’-]*\s+){1,6}(?:Corporate\s+)?Peer\s+Challenge\b(?=[^.]*(?:\d|www\.))[^.]*$/, '').trim();
  return text === item.text || text.length < 10 ? item : { ...item, text, block: { ...item.block, text } };
}

/** Items that run past their sentence into an action or a comment, where most items of the list are one sentence. */
function trimRunOns(items: Candidate[]): Candidate[] {
  const runOn = /[.!?](?=\s+[A-Z])/;
  const running = items.filter((c) => runOn.test(c.text)).length;
  if (items.length < 4 || running === 0 || running * 4 > items.length) return items;
  return items.map((c) => {
    const m = runOn.exec(c.text);
    if (m === null) return c;
    const text = c.text.slice(0, m.index + 1);
    return { ...c, text, block: { ...c.block, text } };
  });
}

/**
 * The last item of a list that runs on into the text after it (a flattened page: "… keep up with it Next steps You
 * and your colleagues …", minutes: "… being achieved Members discussed the report."): where it is more than twice
 * as long as the others, it ends at its first sentence end, or where a capitalised word follows an unpunctuated one,
 * past the others' typical length.
 */
function trimLastItem(found: Candidate[]): Candidate[] {
  return trimRunOns(trimLast(found.map(withoutFooter)));
}

function trimLast(items: Candidate[]): Candidate[] {
  const last = items[items.length - 1];
  if (last === undefined || items.length < 3) return items;
  const lengths = items.slice(0, -1).map((c) => c.text.length).sort((a, b) => a - b);
  const typical = lengths[Math.floor(lengths.length / 2)]!;
  // Or, where no other item runs past a sentence, the last one does ("… policy positions. Review the …").
  const sentence = /[.!?]\s+[A-Z]/;
  const runsOn = items.slice(0, -1).every((c) => !sentence.test(c.text)) && sentence.test(last.text);
  if (last.text.length <= typical * 2 && !runsOn) return items;
  const boundary = /[.!?](?=\s+[A-Z])|[a-z,](?=\s+(?:[A-Z][a-z]+\s+[a-z]|Members?\b|Next\s+steps\b))/g;
  boundary.lastIndex = Math.floor(typical * 0.6);
  const cut = boundary.exec(last.text);
  if (cut === null) return items;
  const text = last.text.slice(0, cut.index + 1).trim();
  return [...items.slice(0, -1), { ...last, text, block: { ...last.block, text } }];
}

/** A member of the peer team as a list states one: "Lead Peer - Richard Osborne (...)", "Cllr Anne Whitfield, Leader, ...". */
function isPerson(text: string): boolean {
  return (
    /^(?:lead\s+peer|member\s+peer|officer\s+peer|lead\s+member|councillor\s+peer|chief\s+executive\s+peer|peer\s+challenge\s+manager|challenge\s+manager)\b/i.test(text) ||
    /^(?:cllr|councillor|dr|mr|mrs|ms)\.?\s+[A-Z][\w'-]+\s+[A-Z][\w'-]+\s*[,–-]/.test(text) ||
    /^[A-Z][a-z'-]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z'-]+\s*[,–-]\s*(?:former\s+)?(?:chief|leader|director|head|corporate|assistant|deputy|strategic|executive|cabinet|interim|service|peer|programme|senior|portfolio)\b/i.test(text)
  );
}

/** A lower-case label of a few words in a list ("governance", "behaviours and culture"): a topic, not a recommendation. */
function isTopicLabel(item: Candidate): boolean {
  return item.rule !== 'short-headline' && /^[a-z]/.test(item.text) && item.text.split(/\s+/).length <= 4 && !/[.;]$/.test(item.text);
}

/** "2.4 ... Here is a link to the report:" followed by "2.5 ...": the next paragraph of the report, not a list. */
function siblingOf(announcing: Block, body: readonly Block[]): boolean {
  const first = body.find((b) => b.kind === 'list-item');
  return (
    first !== undefined && announcing.kind === 'list-item' && announcing.marker !== null && announcing.ordinal !== null &&
    markerStyle(first) === markerStyle(announcing) && first.ordinal === announcing.ordinal + 1
  );
}

/** An intro inside the list that carries it on ("In addition, for BDC:") rather than opening another. */
function introMentionsRecommendations(block: Block): boolean {
  return (/\brecommend/i.test(block.text) && !RESPONDS_TO.test(block.text)) || /^(?:in\s+addition|additionally|also|and\s+for|for\s+(?:the\s+)?[A-Z])/i.test(block.text);
}

/** A paragraph that introduces the list rather than being part of it. */
function isIntro(block: Block): boolean {
  if (block.kind === 'list-item' && block.marker === null && /:\s*$/.test(block.text) && /\brecommend/i.test(block.text)) return true;
  if (block.kind !== 'paragraph' || block.bold !== null) return false;
  return /:\s*$/.test(block.text) || introRole(block) !== null || /\bsuggestions\s+and\s+observations\b/i.test(block.text);
}

type Items = Candidate[] | null;

function candidate(
  blocks: readonly Block[],
  kind: Candidate['kind'],
  rule: RecommendationRule,
  confidence: number,
  options: { readonly text?: string; readonly heading?: string; readonly number?: number | null } = {},
): Candidate {
  const first = blocks[0]!;
  const last = blocks[blocks.length - 1]!;
  const text = options.text ?? blocks.map((b) => b.text).join(' ');
  const block: Block = { ...first, text, source: { ...first.source, end: last.source.end } };
  return {
    block,
    kind,
    heading: options.heading ?? headingOf(first),
    text,
    number: options.number === undefined ? first.ordinal : options.number,
    rule: kind === 'area-to-strengthen' ? 'area-to-strengthen' : rule,
    form: 'listed',
    confidence,
  };
}

/** "Recommendation N" labels anywhere in a document, outside any announced section; never a committee's own. */
export function findLabelledRecommendations(blocks: readonly Block[]): Candidate[] {
  return trimLastItem((labelItems(blocks, 'key-recommendation', blocks.length) ?? []).filter((c) => !isCommitteeItem(c.text) && !isTemplateItem(c.text)));
}

/** The peers' advice in the first person, whatever list it stands in: "As a next step we strongly advise the council to …". */
const ADVICE = /\bwe\s+(?:would\s+|strongly\s+|also\s+|therefore\s+)*(?:recommend|urge|advise|encourage)\s+(?:that\s+)?(?:the\s+council|you|it|members)\b/i;

/** List items that give the peers' advice in the first person, outside any announced section. */
export function findAdviceItems(blocks: readonly Block[]): Candidate[] {
  return blocks
    .filter((b) => b.kind === 'list-item' && ADVICE.test(b.text) && !isCommitteeItem(b.text))
    .map((b) => candidate([b], 'key-recommendation', 'list-item', 0.7, { number: null }));
}

/** "Recommendation N" labels: inline text, or the label over its text (a headline and its paragraph). */
function labelItems(body: readonly Block[], kind: Candidate['kind'], lead: number): Items {
  const labels = body.flatMap((b, i) => (RECOMMENDATION_HEADING.test(b.text) ? [i] : []));
  // Labels are explicit: one near the start, or two or more anywhere in the section, make the items.
  if (labels.length === 0 || (labels[0]! > lead && labels.length < 2)) return null;
  return labels.flatMap((at, n): Candidate[] => {
    const label = body[at]!;
    const match = RECOMMENDATION_HEADING.exec(label.text)!;
    const number = labelNumber(match);
    // Minutes run on from the recommendation into the discussion: "Recommendation 1: X. In response, Members ...".
    const rest = label.text.slice(match[0].length).trim().replace(/(?<=[.!?])\s+(?:In\s+response|Members|The\s+(?:Committee|Panel|Cabinet)|Officers|Councillors?|Cllr|It\s+was|He|She|(?:The|A|An)\s+(?:Head|Chief|Leader|Member|member|Director|Portfolio|Monitoring|Assistant|Deputy|Cabinet\s+Member)|The\s+(?:Committee|Panel|Cabinet|Council)\s+(?:asked|discussed|noted|agreed|welcomed))\b.*$/s, '');
    const limit = labels[n + 1] ?? body.length;
    const after = body.slice(at + 1, limit);
    const parts: Block[] = [];
    if (rest.length === 0 || isHeadline(label, after[0])) {
      // The text stands under the label: a headline and its paragraph, or one paragraph.
      const first = after[0];
      if (first !== undefined && first.kind !== 'table-row') {
        parts.push(first);
        if (isHeadline(first, after[1]) && after[1] !== undefined && after[1].kind === 'paragraph') parts.push(after[1]);
      }
    }
    const text = [rest, ...parts.map((p) => p.text)].filter(Boolean).join(' ');
    if (text.length < 3) return [];
    const heading = rest.length >= 3 ? headingOf({ ...label, text: rest, bold: null }) : headingOf(parts[0] ?? label);
    return [candidate([label, ...parts], kind, 'recommendation-label', 0.95, { text, heading, number })];
  });
}

/** How a list item is marked, so a list ends where the marking changes (`1)` items, then a `3.` heading). */
function markerStyle(block: Block): string {
  const marker = block.marker;
  if (marker === null) return block.bulleted ? 'bullet' : 'none';
  if (/^\d+(?:\.\d+)+/.test(marker)) return 'dotted';
  if (/^\(?[ivx]+\)$/i.test(marker) && marker.replace(/[()]/g, '').length > 1) return 'roman';
  if (/^\(?[a-z][.)]$/i.test(marker)) return `alpha${marker.slice(-1)}`;
  return `number${/[.)]$/.test(marker) ? marker.slice(-1) : ''}`;
}

/** Inside a recommendations section a short numbered line is an item, not a section heading (sections end at `isSectionEnd`). */
function isListItem(block: Block): boolean {
  return block.kind === 'list-item';
}

/** A list: items of the first item's marking, each with the paragraphs and sub-items that follow it. */
function listItems(body: readonly Block[], kind: Candidate['kind'], lead: number, outer: string | null): Items {
  // A list starts at its first item: "8." after an intro is the report's own paragraph numbering running on.
  const first = body.findIndex((b) => isListItem(b) && (b.ordinal === null || b.ordinal === 1));
  if (first < 0 || first > lead) return null;
  let style = markerStyle(body[first]!);
  // The list ends where the report's own numbering (the announcing paragraph's) comes back: "4.5 ... • ... • 4.6".
  const end = outer === null || outer === style ? body.length : body.findIndex((b, j) => j > first && b.kind === 'list-item' && markerStyle(b) === outer);
  body = end < 0 ? body : body.slice(0, end);
  let items = itemsOfStyle(body, first, style);
  // Short group headings ("1. Leadership") over sub-items: the sub-items are the recommendations.
  if (items.length > 0 && items.every((i) => isGroupHeading(body[i]!))) {
    const inner = body.findIndex((b, j) => j > first && isListItem(b) && markerStyle(b) !== style);
    if (inner >= 0) {
      style = markerStyle(body[inner]!);
      items = body.flatMap((b, j) => (j >= inner && isListItem(b) && markerStyle(b) === style ? [j] : []));
      return items.map((j) => candidate([body[j]!], kind, 'list-item', 0.85));
    }
  }
  // A list whose first items stand together is a run: it ends at its first gap (what follows is other text).
  if (items.length > 2 && items[1] === items[0]! + 1 && style === 'bullet') {
    const gap = items.findIndex((at, n) => n > 0 && body.slice(items[n - 1]! + 1, at).some((b) => b.kind !== 'list-item' && !(isIntro(b) && introMentionsRecommendations(b))));
    if (gap > 0) items = items.slice(0, gap);
  }
  const attaches = items.some((at, n) => n + 1 < items.length && items[n + 1]! > at + 1);
  return items.map((at, n) => {
    const next = items[n + 1] ?? (attaches ? trailingEnd(body, at) : at + 1);
    const parts = [body[at]!, ...body.slice(at + 1, next).filter((b) => b.kind !== 'heading' && !isSectionHeading(b) && !isFurniture(b) && !isGroupLabel(b))];
    return candidate(parts, kind, 'list-item', 0.9);
  });
}

/** The items of one marking from `first`, numbered ones in sequence; other blocks may stand between them. */
function itemsOfStyle(body: readonly Block[], first: number, style: string): number[] {
  const items: number[] = [];
  let previous: Block | null = null;
  for (let j = first; j < body.length; j++) {
    const block = body[j]!;
    // A bulleted list does not run on past a heading; numbered items may stand under theme sub-headings.
    if (block.kind === 'heading' && previous !== null && previous.ordinal === null) break;
    if (!isListItem(block) || markerStyle(block) !== style) continue;
    // Nor past a short label line ("Our response", "More on the peer challenge") that opens other text.
    if (previous !== null && previous.ordinal === null && body.slice(items[items.length - 1]! + 1, j).some(isGroupLabel)) break;
    // numbers in sequence; or rising, item after item, where a review quotes the original numbers ("1)", "4)", "5)"
    // under one theme)
    const rising = block.ordinal !== null && previous?.ordinal != null && block.ordinal > previous.ordinal && j === items[items.length - 1]! + 1;
    if (previous?.ordinal != null && block.ordinal !== null && block.ordinal !== previous.ordinal + 1 && !rising) break;
    items.push(j);
    previous = block;
  }
  return items;
}

/** After the last item, its explanation runs to the next heading or list. */
function trailingEnd(body: readonly Block[], at: number): number {
  let j = at + 1;
  while (j < body.length && body[j]!.kind === 'paragraph' && body[j]!.bold === null) j++;
  return j;
}

/** A page's header or footer caught between items (the LGA's address, page numbers). */
function isFurniture(block: Block): boolean {
  return /\bsmith\s+square\b|\b020\s+7664\s+3000\b|\bwww\.local\.gov\.uk\b|\bcompany\s+number\b|^page\s+\d+(?:\s+of\s+\d+)?$|^\d{1,3}$/i.test(block.text);
}

/** A short unpunctuated line between items: a theme's label over the next ones, not part of the item above. */
function isGroupLabel(block: Block): boolean {
  return block.kind === 'paragraph' && block.bold === null && block.text.length < 70 && !/[.:;!?]$/.test(block.text) && block.text.split(/\s+/).length <= 8;
}

function isGroupHeading(block: Block): boolean {
  return block.text.length <= 60 && !/[.:;]$/.test(block.text) && block.text.split(' ').length <= 6;
}

/** "Heading: explanation", never a field ("Publication date: 16/10/2019"). */
const AREA = /^([A-Z][^:.!?]{2,80}):\s+(?![\d(])\S/;

/** Paragraphs that open with a bold run or a "Heading:" (the areas of a classic revisit). */
function leadItems(body: readonly Block[], kind: Candidate['kind'], lead: number): Items {
  const isLead = (b: Block) => b.kind !== 'heading' && b.kind !== 'table-row' && ((b.bold !== null && !b.allBold) || AREA.test(b.text));
  const first = body.findIndex(isLead);
  if (first < 0 || first > lead) return null;
  const leads: Block[] = [];
  for (const block of body.slice(first)) {
    if (!isLead(block)) break;
    leads.push(block);
  }
  if (leads.length < 2) return null;
  return leads.map((b) => {
    const area = AREA.exec(b.text);
    return candidate([b], kind, 'bold-headline', 0.85, { heading: b.bold ?? area?.[1]?.trim() ?? headingOf(b), number: null });
  });
}

/** A headline: a bold or short line without a closing full stop, with a paragraph under it. */
function isHeadline(block: Block, next: Block | undefined): boolean {
  if (next === undefined || next.kind !== 'paragraph' || next.text.length < block.text.length) return false;
  if (block.kind === 'heading') return true;
  return block.kind === 'paragraph' && block.text.length <= 150 && !/[.:;]$/.test(block.text) && /^[A-Z‘'"]/.test(block.text);
}

/** Headlines each over their paragraphs. */
function headlineItems(body: readonly Block[], kind: Candidate['kind'], lead: number): Items {
  const heads: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const block = body[i]!;
    if (block.kind === 'table-row' || /\?$/.test(block.text) || isSectionEnd(block)) break;
    if (isHeadline(block, body[i + 1])) heads.push(i);
  }
  if (heads.length === 0 || heads[0]! > lead) return null;
  return heads.map((at, n) => {
    const limit = heads[n + 1] ?? stopAfter(body, at + 1);
    const parts = [body[at]!, ...body.slice(at + 1, limit).filter((b) => b.kind === 'paragraph')];
    return candidate(parts, kind, 'headline-paragraph', 0.75, { heading: body[at]!.text, number: null });
  });
}

/** Where the last headline's paragraphs end: a table, a question or a section heading. */
function stopAfter(body: readonly Block[], from: number): number {
  let j = from;
  while (j < body.length && body[j]!.kind === 'paragraph' && !/\?$/.test(body[j]!.text)) j++;
  return j;
}

/** Two or more short lines: headline items announced as recommendations. */
function shortItems(body: readonly Block[], kind: Candidate['kind']): Items {
  const run: Block[] = [];
  for (const block of body) {
    if (block.kind === 'table-row' || block.text.length > 100 || /[.]$/.test(block.text)) break;
    run.push(block);
  }
  if (run.length < 2) return null;
  return run.map((b) => candidate([b], kind, 'short-headline', 0.6, { number: null }));
}

/** Paragraphs that read as recommendations: an imperative, or "The council should ...". */
function paragraphItems(body: readonly Block[], kind: Candidate['kind']): Candidate[] {
  const found: Candidate[] = [];
  for (const block of body) {
    if (block.kind !== 'paragraph' && block.kind !== 'list-item') break;
    if (!readsAsRecommendation(block.text)) break;
    found.push(candidate([block], kind, 'list-item', 0.6, { number: null }));
  }
  return found;
}


/** The bold run, else the first sentence. */
export function headingOf(block: Block): string {
  if (block.bold !== null) return block.bold;
  const sentence = /^(.{12,}?[.!?])(?:\s+[A-Z‘'"(]|$)/.exec(block.text);
  return (sentence?.[1] ?? block.text).trim();
}
