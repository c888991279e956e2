import { warning, type Warning } from '../errors.js';
import type { Block } from './blocks.js';
import { councilAtYear } from './councilAtYear.js';
import { councilKeys } from './councilKey.js';
import { findCouncilMentions, type CouncilMention } from './councilMentions.js';
import { lookupCouncil } from './lookupCouncil.js';
import { findPeerTeam } from './peerTeam.js';
import type { Register, RegisterEntry } from './register.js';
import type { Council, PeerMember } from './schema.js';
import { scoreCouncils } from './scoreCouncils.js';

export interface CouncilFinding {
  readonly council: Council | null;
  /** Why `council` is null. */
  readonly reason: string | null;
  readonly warnings: readonly Warning[];
}

const NEVER_NAMED = 'the text never names the council';
const ONLY_OTHERS = `${NEVER_NAMED} (it names no council other than peers' employers and partners)`;

/**
 * The council whose document this is, as the register names it in the document's year.
 *
 * Phases: mentions of councils -> set aside peers' employers and partners -> score the rest (title and first
 * blocks, "Stockton requested", frequency; short names and gov.uk domains only support) -> the code valid that year.
 */
export function findCouncil(
  blocks: readonly Block[],
  register: Register,
  options: { readonly year: number | null; readonly title?: string | null; /** `findPeerTeam(blocks)`, when the caller has it. */ readonly peers?: readonly PeerMember[] },
): CouncilFinding {
  const file = blocks[0]?.source.file;
  const mentions = findCouncilMentions(blocks, register);
  const peers = options.peers ?? findPeerTeam(blocks);
  const own = withoutCountyAsPlace(mentions.filter((m) => !employerOfPeer(m, peers) && !othersContext(m)));
  const titled = options.title ? titleCouncils(register, options.title) : [];
  const ranked = scoreCouncils(blocks, own.filter((m) => m.candidates.length > 0), titled);
  const best = ranked[0];
  // A web page's title ("Peer challenge | Gravesham Borough Council") names the site's council: it stands where the
  // text names none, or only names another in passing.
  if (titled.length > 0 && (best === undefined || (best.score < 8 && !best.mention.candidates.some((c) => titled.includes(c))))) {
    const chosen = choose(titled, register, options.year, options.title!, file);
    return { council: chosen.council, reason: chosen.council === null ? NEVER_NAMED : null, warnings: chosen.warnings };
  }
  if (best === undefined) {
    const unknown = own.find((m) => m.candidates.length === 0 && m.block.index < 6);
    if (unknown !== undefined) {
      const reason = `the text names "${unknown.text}", which is not a council in the register`;
      return { council: null, reason, warnings: [warning('council-not-in-register', reason, file)] };
    }
    return { council: null, reason: mentions.some((m) => m.candidates.length > 0) ? ONLY_OTHERS : NEVER_NAMED, warnings: [] };
  }
  const warnings: Warning[] = [];
  const runnerUp = ranked[1];
  if (runnerUp !== undefined && runnerUp.score * 4 >= best.score * 3) {
    warnings.push(warning('council-ambiguous', `the text names both ${best.mention.text} and ${runnerUp.mention.text} as if its own; chose ${best.mention.text}`, file));
  }
  const chosen = choose(best.mention.candidates, register, options.year, best.mention.text, file);
  return { council: chosen.council === null ? null : { ...chosen.council, source: best.mention.block.source }, reason: null, warnings: [...warnings, ...chosen.warnings] };
}

/**
 * Where a document names councils in full, a county's bare name is a place: "the middle of Suffolk", "the Suffolk
 * growth partnership", "up to Norfolk in the north" in a district's report. Bare mentions of a county count only
 * when it is named in full too, or no council is.
 */
function withoutCountyAsPlace(mentions: readonly CouncilMention[]): CouncilMention[] {
  const inFull = new Set(mentions.filter((m) => m.kind === 'phrase').flatMap((m) => m.candidates.map((c) => c.gssCode)));
  if (inFull.size === 0) return [...mentions];
  return mentions.filter((m) => m.kind !== 'bare' || m.candidates.length === 0 || !m.candidates.every((c) => c.authorityType === 'county' && !inFull.has(c.gssCode)));
}

/** The council a page title names in one of its parts ("Key recommendations | LGA | Braintree District Council"). */
function titleCouncils(register: Register, title: string): readonly RegisterEntry[] {
  for (const part of title.split(/\s+[|–—-]\s+|\s*[|:]\s*/).reverse()) {
    if (!/\b(?:council|borough|district|county|city|metropolitan)\b/i.test(part)) continue;
    const found = lookupCouncil(register, part.trim());
    if (found.length > 0) return found;
  }
  return [];
}

/** The council a manifest value names, matched as in documents, valid in `year`. */
export function councilFromName(name: string, register: Register, year: number | null): CouncilFinding {
  const candidates = lookupCouncil(register, name);
  if (candidates.length === 0) {
    const reason = `"${name}" is not a council in the register`;
    return { council: null, reason, warnings: [warning('council-not-in-register', reason)] };
  }
  return { ...choose(candidates, register, year, name, undefined), reason: null };
}

function choose(candidates: readonly RegisterEntry[], register: Register, year: number | null, matchedText: string, file: string | undefined) {
  const wider = (register.byCore.get(councilKeys(matchedText).core) ?? []).flatMap((code) => register.entries.get(code) ?? []);
  const choice = councilAtYear(candidates, register, year, wider)!;
  const entry = choice.entry;
  const council: Council = {
    name: entry.officialName,
    registerName: entry.name,
    gssCode: entry.gssCode,
    authorityType: entry.authorityType,
    region: entry.region,
    country: entry.country,
    matchedText,
    source: null,
  };
  return { council, warnings: choice.doubt === null ? [] : [warning('council-ambiguous', choice.doubt, file)] };
}

const ROLE =
  /\b(?:chief executive|executive|director|leader|manager|officer|member|councillor|cllr|head|mayor|peer|adviser|advisor|president|secretary|solicitor|treasurer|commissioner|clerk|chair(?:man|person)?|portfolio holder)\b[^.;:]{0,40}?(?:,|–|—|\s-|(?<!\blook(?:ed|s|ing)?\s)\bat|\bfrom)\s*(?:the\s+)?$/i;
const FORMER = /\b(?:previously|formerly|former)\s+[\w ]{0,40}?\b(?:of|at)\s+(?:the\s+)?$/i;
/** The peer team's leads, in news: "Led by the chief executive of Doncaster Council and the leader of Barnsley Council". */
const LED_BY = /\b(?:led|headed|chaired)\s+by\b[^.;:,]{0,80}?\b(?:chief\s+executive|leader|director|mayor|head|chair(?:man|person)?)\s+of\s+(?:the\s+)?$/i;
const PARTNER = /\b(?:with|alongside|including|such as|between|neighbouring|partners?|other councils?|e\.g\.)\s+(?:the\s+)?$/i;

/**
 * A mention after a peer's name in the block that introduces the peer ("Carole Mills – Chief Executive, Milton
 * Keynes Council"), or the peer's own surname read as a bare council name ("Tom Hart" is not Hart).
 */
function employerOfPeer(mention: CouncilMention, peers: readonly PeerMember[]): boolean {
  return peers.some((p) => {
    if (p.source.line !== mention.block.source.line || p.source.start !== mention.block.source.start) return false;
    const at = mention.block.text.indexOf(p.name.split(' ').pop()!);
    return at >= 0 && at <= mention.start;
  });
}

/** Where the text's last clause begins: just after its last `.`, `;`, `:`, `!` or `?`, else 0. */
function lastClauseStart(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if ('.;:!?'.includes(text[i]!)) return i + 1;
  return 0;
}

/** A council named as someone's employer ("Leader, X Council") or as a partner ("working with X Council"). */
function othersContext(mention: CouncilMention): boolean {
  const before = mention.block.text.slice(0, mention.start);
  const clause = before.slice(lastClauseStart(before));
  return ROLE.test(clause) || FORMER.test(clause) || LED_BY.test(clause) || (PARTNER.test(clause) && (mention.block.index > 4 || mention.block.text.length >= 120));
}
