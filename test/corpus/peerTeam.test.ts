import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../src/corpus/blocks.js';
import { findPeerTeam } from '../../src/corpus/peerTeam.js';
import { FIXTURES, gold, stem } from '../helpers/gold.js';

function blocksOf(text: string) {
  return toBlocks({ text, pages: [] }, 'fixture.txt');
}

function summary(text: string) {
  return findPeerTeam(blocksOf(text)).map(({ source: _source, ...peer }) => peer);
}

describe('peer teams of the sample documents (text format) against the gold annotations', () => {
  for (const document of gold.documents) {
    it(stem(document), () => {
      const team = findPeerTeam(blocksOf(readFileSync(`${FIXTURES}sample/text/${document.file}`, 'utf8')));
      const listed = team.filter((p) => !p.lead || document.peer_team_lead === undefined);
      expect(listed.map((p) => p.name)).toEqual((document.peer_team ?? []).map((p) => p.name));
      (document.peer_team ?? []).forEach((expected, i) => {
        const peer = listed[i]!;
        expect(peer.role).toBe(expected.role);
        expect(peer.organisation).toBe(expected.organisation);
        expect(peer.memberPeer).toBe(expected.member_peer ?? false);
        expect(peer.lgaManager).toBe(expected.role === 'Programme Manager' && expected.organisation === 'Local Government Association');
        expect(peer.lead).toBe(false);
        expect(peer.source.file).toBe('fixture.txt');
      });
      const lead = team.filter((p) => p.lead).map((p) => p.name);
      expect(lead).toEqual(document.peer_team_lead === undefined ? [] : [document.peer_team_lead]);
    });
  }

  it('reads the Stockport lead with the role and organisation stated', () => {
    const team = summary(readFileSync(`${FIXTURES}sample/text/stockport-2024-revisit-scrutiny-report.txt`, 'utf8'));
    expect(team).toEqual([
      { name: 'Chris Naylor', role: 'Chief Executive', organisation: 'Barking and Dagenham Council', memberPeer: false, lead: true, lgaManager: false },
    ]);
  });
});

describe('peer-team layouts', () => {
  it('labelled lines in a letter ("Lead Officer Peer:", "Member Peer: Cllr ...", "Peer Challenge Manager:")', () => {
    expect(summary(readFileSync(`${FIXTURES}corpus/letter-harrogate-2019.txt`, 'utf8'))).toEqual([
      { name: 'Mark Jones', role: 'Chief Executive', organisation: 'Bath and North East Somerset Council', memberPeer: false, lead: true, lgaManager: false },
      { name: 'Anne Brown', role: 'Leader', organisation: 'Kent County Council', memberPeer: true, lead: false, lgaManager: false },
      { name: 'Sam Patel', role: 'Director of Resources', organisation: 'Leeds City Council', memberPeer: false, lead: false, lgaManager: false },
      { name: 'Ella Green', role: 'Peer Challenge Manager', organisation: 'Local Government Association', memberPeer: false, lead: false, lgaManager: true },
    ]);
  });

  it('bullets with "(Lead Peer)" and "(Member Peer)" marks in a current-framework report', () => {
    expect(summary(readFileSync(`${FIXTURES}corpus/current-framework-dorset-2023.txt`, 'utf8'))).toEqual([
      { name: 'Kim Ryley', role: 'Chief Executive', organisation: 'Wiltshire Council', memberPeer: false, lead: true, lgaManager: false },
      { name: 'Paul Hodgson', role: 'Cabinet Member for Resources', organisation: 'Cornwall Council', memberPeer: true, lead: false, lgaManager: false },
      { name: 'Dr Susan Clarke', role: 'Director of Public Health', organisation: 'Somerset Council', memberPeer: false, lead: false, lgaManager: false },
      { name: 'Tom Hughes', role: 'Senior Adviser', organisation: 'Local Government Association', memberPeer: false, lead: false, lgaManager: false },
      { name: 'Rachel Evans', role: 'Peer Challenge Manager', organisation: 'LGA', memberPeer: false, lead: false, lgaManager: true },
    ]);
  });

  const cases: { name: string; text: string; expected: { name: string; role: string | null; organisation: string | null; memberPeer?: boolean; lead?: boolean; lgaManager?: boolean }[] }[] = [
    {
      name: 'table rows under the introduction',
      text: 'The peer team was:\n\nJo Bloggs\tChief Executive\tYork Council\n\nCllr Sam Smith\tLeader\tBury Council\n\nNext steps',
      expected: [
        { name: 'Jo Bloggs', role: 'Chief Executive', organisation: 'York Council' },
        { name: 'Sam Smith', role: 'Leader', organisation: 'Bury Council', memberPeer: true },
      ],
    },
    {
      name: 'one paragraph separated by semicolons',
      text: 'The members of the peer team were: Jo Bloggs, Chief Executive, York Council; Ann Lee, Programme Manager, Local Government Association (LGA).',
      expected: [
        { name: 'Jo Bloggs', role: 'Chief Executive', organisation: 'York Council' },
        { name: 'Ann Lee', role: 'Programme Manager', organisation: 'Local Government Association', lgaManager: true },
      ],
    },
    {
      name: '"Role of Organisation" and a role without organisation',
      text: 'The peer team were:\n\n- Jo Bloggs, Director of Place of Leeds City Council\n- Ann Lee, Independent Consultant\n\nScope',
      expected: [
        { name: 'Jo Bloggs', role: 'Director of Place', organisation: 'Leeds City Council' },
        { name: 'Ann Lee', role: 'Independent Consultant', organisation: null },
      ],
    },
    {
      name: 'a lead named in prose and again in the list is one member',
      text: 'The peer challenge was led by Jo Bloggs, Chief Executive of York Council.\n\nThe peer team was:\n\n- Jo Bloggs – Chief Executive, York Council\n- Ann Lee – Peer Challenge Manager, LGA',
      expected: [
        { name: 'Jo Bloggs', role: 'Chief Executive', organisation: 'York Council', lead: true },
        { name: 'Ann Lee', role: 'Peer Challenge Manager', organisation: 'LGA', lgaManager: true },
      ],
    },
    {
      // modelled on a council's page about its challenge: https://www.west-norfolk.gov.uk/info/20163/corporate_performance_and_transparency/1094/corporate_peer_challenge
      name: '"team members were:" on a council page, member peers marked with their political group',
      text: 'The peer challenge team members were:\n\n- Cllr Jo Bloggs - London Borough of Havering (Independent member peer)\n- Cllr Sam Smith - Rossendale Borough Council (Labour member peer)\n- Ann Lee - Chief Executive, Leeds City Council\n- Tom Hart - Former leader of Sevenoaks District Council\n\nMembers of the team also visited projects around the borough.',
      expected: [
        { name: 'Jo Bloggs', role: null, organisation: 'London Borough of Havering', memberPeer: true },
        { name: 'Sam Smith', role: null, organisation: 'Rossendale Borough Council', memberPeer: true },
        { name: 'Ann Lee', role: 'Chief Executive', organisation: 'Leeds City Council' },
        { name: 'Tom Hart', role: 'Former leader', organisation: 'Sevenoaks District Council', memberPeer: true },
      ],
    },
    {
      // modelled on https://www.harlow.gov.uk/your-council/peer-reviews
      name: '"The full team was:" with each peer\'s role and council in brackets, a member peer\'s with their group',
      text: 'The full team was:\n\n- Councillor Sam Smith (Breckland District Council - Conservative)\n- Ann Lee (Director for Housing and Deputy Chief Executive, Melton Borough Council)\n- Kim Ryan (LGA Peer Challenge Manager)\n\nReport and action plan',
      expected: [
        { name: 'Sam Smith', role: null, organisation: 'Breckland District Council', memberPeer: true },
        { name: 'Ann Lee', role: 'Director for Housing and Deputy Chief Executive', organisation: 'Melton Borough Council' },
        { name: 'Kim Ryan', role: 'LGA Peer Challenge Manager', organisation: null, lgaManager: true },
      ],
    },
    {
      name: 'people outside a peer-team context are not peers',
      text: 'Portfolio Holder Cllr. Peter Fleming\n\nReport of: Kathryn Rees, Director of Strategy\n\nThe Peer Challenge team will consist of four colleagues from local government, including a Member Peer and a Chief Executive Peer, and a Peer Challenge Manager from the LGA.',
      expected: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(summary(c.text)).toEqual(c.expected.map((p) => ({ memberPeer: false, lead: false, lgaManager: false, ...p })));
    });
  }
});

describe('peer-team headings', () => {
  it('reads lines straight after a "The peer team" heading, and nothing after one followed by prose', () => {
    expect(summary('**The peer team**\n\n- Jo Bloggs – Chief Executive, York Council\n- Ann Lee – Programme Manager, LGA\n\nScope').map((p) => p.name)).toEqual(['Jo Bloggs', 'Ann Lee']);
    expect(summary('**The peer team**\n\nPeer challenges are delivered by experienced peers.\n\nJo Bloggs, Chief Executive, York Council')).toEqual([]);
  });
});
