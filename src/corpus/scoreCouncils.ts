import type { Block } from './blocks.js';
import type { CouncilMention } from './councilMentions.js';
import type { RegisterEntry } from './register.js';

export interface ScoredCouncil {
  /** The strongest mention of this council (a phrase before a bare name, then the earliest). */
  readonly mention: CouncilMention;
  readonly score: number;
}

const OWN_BEFORE = /\b(?:CPC|peer challenge|peer review|challenge|review|visit|welcome to|report of|at|to|for)\s+(?:the\s+)?$/i;
const OWN_AFTER = /^\s*(?:requested|asked|participated|invited|commissioned|welcomed|hosted|agreed\s+to)\b|^\s+(?:Corporate\s+)?Peer\s+Challenge/i;
/**
 * Another council named after this one with "and", the two the subject: "High Peak Borough Council and Staffordshire
 * Moorlands District Council welcomed".
 */
const AND_ANOTHER = /^\s+(?:and|&)\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){1,6}?[Cc]ouncils?\b/;

/**
 * Rank the councils a document names as its own. Mentions weigh by kind (phrase 3, bare name 2), by place (a short
 * block among the first five: +3 once) and by wording ("Stockton requested", "Stockton and Darlington councils
 * requested", "the CPC for Stockton": +2 each). Short names ("Stockton" for Stockton-on-Tees, +1 each up to 3) and
 * gov.uk domains (+1) only support a council already named.
 */
export function scoreCouncils(blocks: readonly Block[], mentions: readonly CouncilMention[], titled: readonly RegisterEntry[]): ScoredCouncil[] {
  const groups = new Map<string, CouncilMention[]>();
  for (const mention of mentions) {
    const key = groupKey(mention.candidates);
    groups.set(key, [...(groups.get(key) ?? []), mention]);
  }
  const scored: (ScoredCouncil & { first: number })[] = [];
  const domains = domainLabels(blocks);
  for (const group of groups.values()) {
    const entries = group[0]!.candidates;
    let score = 0;
    for (const m of group) {
      score += m.kind === 'phrase' ? 3 : 2;
      const before = m.block.text.slice(0, m.start);
      const after = m.block.text.slice(m.end);
      if (OWN_BEFORE.test(before) || OWN_AFTER.test(after) || OWN_AFTER.test(after.replace(AND_ANOTHER, ''))) score += 2;
    }
    if (group.some((m) => m.block.index < 5 && (m.block.text.length < 120 || m.block.kind === 'heading'))) score += 3;
    if (titled.some((t) => entries.some((e) => e.name === t.name))) score += 3;
    score += Math.min(shortNameCount(blocks, entries), 3) + (entries.some((e) => domains.has(domainLabel(e.name))) ? 1 : 0);
    const strongest = [...group].sort((a, b) => rank(a) - rank(b))[0]!;
    scored.push({ mention: strongest, score, first: group[0]!.block.index });
  }
  return scored.sort((a, b) => b.score - a.score || a.first - b.first).map(({ mention, score }) => ({ mention, score }));
}

function groupKey(candidates: readonly RegisterEntry[]): string {
  return [...new Set(candidates.map((c) => c.name))].sort().join('|');
}

function rank(mention: CouncilMention): number {
  return (mention.kind === 'phrase' ? 0 : 1_000_000) + mention.block.index;
}

/** "Stockton" for Stockton-on-Tees, "Stoke" for Stoke-on-Trent: the first part of a compound name, standing alone. */
function shortNameCount(blocks: readonly Block[], entries: readonly RegisterEntry[]): number {
  const short = /^([A-Z][a-z]+)(?:-on-|-upon-|-under-|-le-| upon | on )/.exec(entries[0]?.name ?? '')?.[1];
  if (short === undefined) return 0;
  const pattern = new RegExp(`\\b${short}\\b(?![-‐]|\\s+(?:upon|on|under)\\b)`, 'g');
  return blocks.reduce((n, b) => n + (b.text.match(pattern)?.length ?? 0), 0);
}

/** A council's name as a gov.uk domain label would spell it: "Stoke-on-Trent" -> "stokeontrent". */
function domainLabel(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/g, '');
}

/** The labels of every gov.uk domain in the blocks, hyphens dropped (read once a document, not once a council). */
function domainLabels(blocks: readonly Block[]): ReadonlySet<string> {
  // the cheap test first: most blocks name no domain, and the pattern tries every position of a block
  const named = blocks.filter((b) => /\.gov\.uk/i.test(b.text));
  return new Set(named.flatMap((b) => [...b.text.matchAll(/\b([a-z-]+)\.gov\.uk\b/gi)].map((m) => m[1]!.toLowerCase().replace(/-/g, ''))));
}
