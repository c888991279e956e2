import type { Block } from './blocks.js';
import { parsePeerLine, type PeerLine } from './peerLine.js';
import type { PeerMember } from './schema.js';

/**
 * The peer team: lines under an introduction ("The peers who delivered the peer challenge ... were:"), labelled
 * lines anywhere ("Lead Officer Peer: Name, Role, Organisation", "Member Peer: Cllr ..."), and the lead named in
 * prose ("led by Chris Naylor previously Chief Executive of Barking and Dagenham Council").
 *
 * Phases: labelled lines and "led by" sentences in every block -> the lines that follow each introduction ->
 * flags (member peer, lead, LGA manager) -> one entry per name, first place first.
 */
export function findPeerTeam(blocks: readonly Block[]): PeerMember[] {
  const found: PeerMember[] = [];
  blocks.forEach((block, i) => {
    const labelled = fromLabel(block);
    if (labelled !== null) {
      found.push(labelled);
      return;
    }
    const led = ledBy(block);
    if (led !== null) found.push(led);
    if (INTRO.test(block.text) || TEAM_HEADING.test(block.text)) found.push(...listAfter(blocks, i));
  });
  return merge(found);
}

const LABEL =
  /^((?:Lead|Officer|Member|Councillor|Cllr|Chief Executive|Senior Officer|Shadow|Lead (?:Officer|Member)|LGA)\s+Peers?|(?:LGA\s+)?(?:Peer Challenge|Peer Review|Programme)\s+Manager|Review Manager|Challenge Manager)\s*(?::|\t|\s[–—-]\s)\s*(.+)$/i;
const INTRO =
  /\b(?:peers who (?:delivered|undertook|carried out|conducted)|(?:peer|review|challenge) team(?: members)? (?:was|were|is|are|comprised|consisted|included)|members of the (?:peer )?team (?:were|are)|the peers(?: on the team)? (?:were|are)|the (?:full |whole )?team (?:was|were|comprised|consisted of|included)|team (?:was|were) (?:made up of|as follows))\b[^:]*:\s*(.*)$/i;
/** A heading "The peer team" with the peers' lines straight after it. */
const TEAM_HEADING = /^(?:the )?(?:LGA )?(?:corporate )?(?:peer )?(?:challenge )?team(?: members)?:?$/i;
const LED_BY =
  /\bled by\s+((?:(?:Councillor|Cllr\.?)\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})(?:\s*,\s*|\s+(?:\(|previously|formerly|former|who is|who was|the)\s*)([^.;)]*)/;

function listAfter(blocks: readonly Block[], index: number): PeerMember[] {
  const intro = blocks[index]!;
  const inline = INTRO.exec(intro.text)?.[1]?.trim() ?? '';
  if (inline !== '') {
    return inline.split(/\s*;\s*/).flatMap((part) => {
      const line = parsePeerLine(part);
      return line === null ? [] : [member(line, intro, null)];
    });
  }
  const team: PeerMember[] = [];
  for (const block of blocks.slice(index + 1)) {
    if (block.kind === 'heading') break;
    const labelled = fromLabel(block);
    const line = labelled === null ? parsePeerLine(block.text) : null;
    if (labelled === null && line === null) break;
    team.push(labelled ?? member(line!, block, null));
  }
  return team;
}

function fromLabel(block: Block): PeerMember | null {
  const labelled = LABEL.exec(block.text);
  const line = labelled === null ? null : parsePeerLine(labelled[2]!);
  return line === null ? null : member(line, block, labelled![1]!);
}

function ledBy(block: Block): PeerMember | null {
  if (!/\b(?:peer|team|challenge|review)\b/i.test(block.text)) return null;
  const match = LED_BY.exec(block.text);
  if (match === null) return null;
  const line = parsePeerLine(`${match[1]!}, ${match[2]!.trim()}`);
  return line === null ? null : { ...member(line, block, null), lead: true };
}

function member(line: PeerLine, block: Block, label: string | null): PeerMember {
  const role = line.role ?? (label !== null && /manager/i.test(label) ? label.replace(/^LGA\s+/i, '') : null);
  const org = line.organisation ?? '';
  return {
    name: line.name,
    role,
    organisation: line.organisation,
    memberPeer: line.councillor || line.memberMark || /member|councillor|cllr/i.test(label ?? '') || MEMBER_ROLE.test(role ?? ''),
    lead: line.leadMark || /^lead\b/i.test(label ?? ''),
    lgaManager:
      /manager/i.test(label ?? '') ||
      /\b(?:peer challenge|peer review|challenge|review) manager\b/i.test(role ?? '') ||
      (/\bmanager\b/i.test(role ?? '') && /^(?:the )?(?:Local Government Association|LGA)$/i.test(org)),
    source: block.source,
  };
}

const MEMBER_ROLE =
  /^(?:Deputy |Former |Opposition |Group )?Leader\b|\b(?:Cabinet Member|Portfolio Holder|Councillor|Member Peer|Elected Member|Lead Member|Mayor)\b/i;

function merge(found: readonly PeerMember[]): PeerMember[] {
  const byName = new Map<string, PeerMember>();
  for (const peer of found) {
    const key = peer.name.toLowerCase();
    const seen = byName.get(key);
    byName.set(
      key,
      seen === undefined
        ? peer
        : {
            ...seen,
            role: seen.role ?? peer.role,
            organisation: seen.organisation ?? peer.organisation,
            memberPeer: seen.memberPeer || peer.memberPeer,
            lead: seen.lead || peer.lead,
            lgaManager: seen.lgaManager || peer.lgaManager,
          },
    );
  }
  return [...byName.values()];
}
