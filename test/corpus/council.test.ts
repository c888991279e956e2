import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { toBlocks } from '../../src/corpus/blocks.js';
import { councilFromName, findCouncil } from '../../src/corpus/council.js';
import { findDates } from '../../src/corpus/dates.js';
import type { Register } from '../../src/corpus/register.js';
import { loadRegister } from '../../src/resources/register.js';
import { FIXTURES, gold, stem } from '../helpers/gold.js';

let register: Register;
beforeAll(async () => {
  register = await loadRegister();
});

function blocksOf(text: string, file = 'fixture.txt') {
  return toBlocks({ text, pages: [] }, file);
}

function read(path: string): string {
  return readFileSync(`${FIXTURES}${path}`, 'utf8');
}

describe('the council of each sample document (text format) against the gold annotations', () => {
  for (const document of gold.documents) {
    it(stem(document), () => {
      const blocks = blocksOf(read(`sample/text/${document.file}`), document.file);
      const dates = findDates(blocks);
      const year = Number((dates.document ?? dates.visit?.start ?? '').slice(0, 4)) || null;
      const found = findCouncil(blocks, register, { year });
      if (document.file.startsWith('test-valley')) {
        // The gold infers Test Valley from its towns (Romsey, Andover); the text itself names no council of its own,
        // only peers' employers (Sevenoaks District Council among them), so the extractor must not guess.
        expect(found.council).toBeNull();
        expect(found.reason).toBe("the text never names the council (it names no council other than peers' employers and partners)");
        return;
      }
      const council = found.council!;
      expect(council.gssCode).toBe(document.gss_code);
      expect(council.name).toBe(register.entries.get(document.gss_code)!.officialName);
      expect(council.registerName).toBe(register.entries.get(document.gss_code)!.name);
      // The gold gives the council's name as the document words it ("City of Stoke-on-Trent Council").
      expect([council.name, council.matchedText]).toContain(document.council);
      expect(council.source?.file).toBe(document.file);
      expect(found.reason).toBeNull();
      expect(found.warnings).toEqual([]);
    });
  }
});

describe('council layouts and years', () => {
  const cases: { name: string; text: string; year: number | null; gss: string | null; matched?: string; warning?: string; reason?: RegExp }[] = [
    { name: 'letter addressed to the council (2019)', text: read('corpus/letter-harrogate-2019.txt'), year: 2019, gss: 'E07000165', matched: 'Harrogate Borough Council' },
    {
      name: 'the same letter read as a 2024 document: the successor, with a warning',
      text: read('corpus/letter-harrogate-2019.txt'),
      year: 2024,
      gss: 'E06000065',
      warning: 'council-ambiguous',
    },
    { name: 'current-framework report of a 2019 unitary', text: read('corpus/current-framework-dorset-2023.txt'), year: 2023, gss: 'E06000059', matched: 'Dorset Council' },
    { name: 'county council named in 2018', text: 'DORSET COUNTY COUNCIL\n\nCabinet – 5 June 2018\n\nCorporate Peer Challenge action plan', year: 2018, gss: 'E10000009' },
    {
      name: 'county council named in a 2024 document: the unitary that replaced it',
      text: 'DORSET COUNTY COUNCIL\n\nCabinet – 5 June 2024\n\nCorporate Peer Challenge action plan',
      year: 2024,
      gss: 'E06000059',
      warning: 'council-ambiguous',
    },
    {
      name: '"Borough Council of X" with a typographic apostrophe',
      text: 'Corporate Peer Challenge\nBorough Council of King’s Lynn and West Norfolk\nFeedback Report\n\nPartners want one story about King’s Lynn’s growth.',
      year: 2019,
      gss: 'E07000146',
    },
    { name: 'bare name with a typographic apostrophe', text: 'Corporate Peer Challenge\n\nKing’s Lynn and West Norfolk asked the LGA for a peer challenge.', year: 2019, gss: 'E07000146' },
    { name: 'abolished district in 2018', text: 'Taunton Deane Borough Council\n\nCorporate Peer Challenge feedback', year: 2018, gss: 'E07000190' },
    { name: 'abolished district in 2024', text: 'Taunton Deane Borough Council\n\nCorporate Peer Challenge feedback', year: 2024, gss: 'E06000066', warning: 'council-ambiguous' },
    {
      name: 'bare name with "X requested" and "the CPC for X"',
      text: 'Cabinet report\n\nThe CPC for Stockport was conducted in March 2019. Stockport requested a focus on housing. Contact: a.b@stockport.gov.uk',
      year: 2019,
      gss: 'E08000007',
      matched: 'Stockport',
    },
    {
      name: 'a peer lead named as "previously Chief Executive of X Council" is not the council',
      text: 'Peer Challenge\n\nThe Stockport Peer Challenge team was led by Chris Naylor previously Chief Executive of Barking and Dagenham Council. Stockport Council welcomed the team.',
      year: 2022,
      gss: 'E08000007',
    },
    {
      name: 'partners and a "Role, X Council" line are set aside',
      text: 'LUTON BOROUGH COUNCIL\n\nExecutive – 3 March 2020\n\nThe review was opened by Jane Doe, Chief Executive, Medway Council. The council works closely with Bedford Borough Council and with Central Bedfordshire Council on shared services. Bedford Borough Council is a partner.',
      year: 2020,
      gss: 'E06000032',
    },
    {
      name: 'only peers named',
      text: 'Action plan progress\n\nThe peers who delivered the peer challenge were:\n\n- Jane Doe, Chief Executive, Medway Council\n- Cllr John Roe, Leader, Luton Borough Council\n\nThe Council thanks the team.',
      year: 2020,
      gss: null,
      reason: /^the text never names the council \(it names no council other than peers' employers and partners\)$/,
    },
    { name: 'no council at all', text: 'Corporate Peer Challenge\n\nThe Council participated in a peer challenge.', year: 2020, gss: null, reason: /^the text never names the council$/ },
    {
      name: 'an email domain alone is not enough',
      text: 'Corporate Peer Challenge\n\nThe Council participated in a peer challenge. Contact policy@stockport.gov.uk.',
      year: 2020,
      gss: null,
      reason: /^the text never names the council$/,
    },
    {
      name: 'a council missing from the register',
      text: 'GOTHAM CITY COUNCIL\n\nCorporate Peer Challenge feedback',
      year: 2020,
      gss: null,
      reason: /GOTHAM CITY COUNCIL.*not a council in the register/,
      warning: 'council-not-in-register',
    },
    {
      // a decision record's furniture, lines run together (modelled on https://opengovernment.network/decisions/187258)
      name: 'a meeting called "Extraordinary Council" is not a council missing from the register',
      text: 'Decision\nCorporate Peer Challenge - Progress Review\nOutcome: Recommendations Approved\nThat Council accepts the findings.\nSupporting Documents\nRelated Meeting\nExtraordinary Council, Council - Thursday 22nd January, 2026',
      year: 2026,
      gss: null,
      reason: /^the text never names the council$/,
    },
    {
      // modelled on https://www.harlow.gov.uk/your-council/peer-reviews
      name: 'a peer whose surname is a council\'s name ("Tom Hart") does not name the council',
      text: 'Corporate Peer Challenge\n\nWe had a Corporate Peer Challenge in March 2023.\n\nThe full team was:\n\n- Tom Hart (Head of Strategy, Warwickshire County Council)\n- Ann Lee (Director of Resources, Melton Borough Council)',
      year: 2023,
      gss: null,
      reason: /peers' employers/,
    },
    {
      // a councillor's surname is a council's name (modelled on
      // https://www.maidenhead-advertiser.co.uk/gallery/maidenhead/122952/report-says-council-is-high-achieving-but-must-strengthen-scrutiny-process.html)
      name: 'a councillor whose surname is a council\'s name ("Cllr Simon Dudley") does not name the council',
      text: 'A peer review report on the Royal Borough has been published today.\n\nPartners welcomed the new leadership since Cllr Simon Dudley took over as leader in May 2016.\n\nThe review also met Councillor Hart and Mr Wigan.',
      year: 2017,
      gss: null,
      reason: /^the text never names the council$/,
    },
    {
      // a joint challenge on the first council's site (modelled on https://www.highpeak.gov.uk/CPC): what the two
      // did together counts for both, and the first named leads
      name: 'two councils that welcomed the peers together: the first named, with a warning',
      text: 'Corporate Peer Challenge\n\nIn January 2022 High Peak Borough Council and Staffordshire Moorlands District Council welcomed seven peers for a joint Corporate Peer Challenge.\n\nOver five days the team held 50 meetings.',
      year: 2022,
      gss: 'E07000037',
      warning: 'council-ambiguous',
    },
    {
      // a joint report of two districts, their county named often as their place (modelled on
      // https://www.local.gov.uk/our-support/council-assurance-and-peer-support/peer-challenges-we-offer/corporate-peer-challenge-38)
      name: 'two districts named as "X and Y District Councils", their county\'s bare name only a place',
      text: 'Corporate Peer Challenge\n\nBabergh and Mid Suffolk District Councils are rural districts in the middle of Suffolk, reaching from the Essex border up to Norfolk in the north, the largest of Suffolk\'s districts.\n\nThey sit on the Suffolk leaders group, the Suffolk growth partnership and the Suffolk health alliance, and are among the quieter councils in Suffolk.',
      year: 2022,
      gss: 'E07000200',
      warning: 'council-ambiguous',
    },
    {
      // a fire service's peer challenge in a local paper: places that begin other bodies' names (modelled on
      // http://www.stonegazette.co.uk/2016/06/fire-service-gets-glowing-report/)
      name: 'a place that begins a fire service\'s or another body\'s name does not name the council',
      text: 'Stone Gazette | News | June 2016\n\nGlowing peer report for county fire service\n\nThe Fire Peer Challenge of Staffordshire Fire and Rescue Service in March 2016 praised its culture.\n\nThe team came from County Durham and Darlington Fire and Rescue Service, Hampshire and the IOW Fire and Rescue Service and Suffolk Constabulary.',
      year: 2016,
      gss: null,
      reason: /^the text never names the council$/,
    },
    {
      // a news item that names the council only in the possessive (modelled on
      // https://www.chad.co.uk/news/politics/council/council-well-positioned-for-future-devolution-possibilities-following-lga-corporate-peer-challenge-4602122)
      name: 'a council named in the possessive ("Mansfield District Council\'s Chief Executive said")',
      text: 'Council well placed for the future after peer challenge\n\nThe peer team praised the council\'s ambition.\n\nMansfield District Council\'s Chief Executive said: "The challenge was a valuable chance to see how we perform."',
      year: 2023,
      gss: 'E07000174',
    },
    {
      name: 'two councils titled alike (a joint report) warns',
      text: 'Adur District Council\n\nWorthing Borough Council\n\nJoint Corporate Peer Challenge feedback',
      year: 2020,
      gss: 'E07000223',
      warning: 'council-ambiguous',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const found = findCouncil(blocksOf(c.text), register, { year: c.year });
      expect(found.council?.gssCode ?? null).toBe(c.gss);
      if (c.matched !== undefined) expect(found.council?.matchedText).toBe(c.matched);
      if (c.reason !== undefined) expect(found.reason).toMatch(c.reason);
      expect(found.warnings.map((w) => w.code)).toEqual(c.warning === undefined ? [] : [c.warning]);
    });
  }

  it('weighs a title given by the caller', () => {
    const blocks = blocksOf('Adur District Council\n\nWorthing Borough Council\n\nJoint feedback');
    expect(findCouncil(blocks, register, { year: 2020, title: 'Worthing Borough Council' }).council?.gssCode).toBe('E07000229');
  });
});

describe('councilFromName (manifest values)', () => {
  it('matches as in documents and records the name as given', () => {
    const found = councilFromName('City of Stoke-on-Trent Council', register, 2016);
    expect(found.council).toEqual({
      name: 'Stoke-on-Trent City Council',
      registerName: 'Stoke-on-Trent',
      gssCode: 'E06000021',
      authorityType: 'unitary',
      region: 'West Midlands',
      country: 'England',
      matchedText: 'City of Stoke-on-Trent Council',
      source: null,
    });
    expect(found.warnings).toEqual([]);
  });

  it('picks the code valid in the year', () => {
    expect(councilFromName('Dorset', register, 2018).council?.gssCode).toBe('E10000009');
    expect(councilFromName('Dorset', register, 2024).council?.gssCode).toBe('E06000059');
    expect(councilFromName('Dorset Council', register, 2018)).toMatchObject({ council: { gssCode: 'E10000009' }, warnings: [{ code: 'council-ambiguous' }] });
    expect(councilFromName('Harrogate', register, 2018).council?.gssCode).toBe('E07000165');
    expect(councilFromName('Harrogate', register, 2024)).toMatchObject({ council: { gssCode: 'E06000065' }, warnings: [{ code: 'council-ambiguous' }] });
  });

  it('reports a name not in the register', () => {
    expect(councilFromName('Romsey', register, 2020)).toEqual({
      council: null,
      reason: '"Romsey" is not a council in the register',
      warnings: [{ code: 'council-not-in-register', message: '"Romsey" is not a council in the register' }],
    });
  });
});

describe('bare names opening a sentence', () => {
  it('counts "Sevenoaks requested ..." but not a lone name opening any sentence', () => {
    const own = findCouncil(blocksOf('Corporate Peer Challenge\n\nSevenoaks requested a review of its customer services.'), register, { year: 2020 });
    expect(own.council?.gssCode).toBe('E07000111');
    const none = findCouncil(blocksOf('Corporate Peer Challenge\n\nReading the report, the Council agreed the plan.'), register, { year: 2020 });
    expect(none.council).toBeNull();
  });

  it('takes the council a news item names in the possessive, not the councils that led the review', () => {
    // modelled on https://www.theboltonnews.co.uk/news/17297284
    const text = 'Council told to pool its reserves\n\nThe remarks come from an LGA peer review that looked at Bolton’s corporate plan.\n\nLed by the chief executive of Doncaster Council and the leader of Barnsley Council, the review accepts that reserves are healthy.';
    expect(findCouncil(blocksOf(text), register, { year: 2019 }).council?.gssCode).toBe('E08000001');
  });

  it('takes no council from a county\'s name used for the councils in it ("the other Leicestershire councils")', () => {
    // modelled on https://minutes-1.nwleics.gov.uk/mgAi.aspx?ID=6455 (a council that never names itself)
    const text = 'Outcomes of the Planning Peer Challenge\n\nThe review praised the growth plan drawn up with the other Leicestershire councils.';
    expect(findCouncil(blocksOf(text), register, { year: 2019 }).council).toBeNull();
  });

  it('counts a name opening a sentence about its area: "Sefton ‘the place’", "Sefton as a place"', () => {
    // modelled on https://modgov.sefton.gov.uk/ieDecisionDetails.aspx?AIId=44633 (the council named only in a strength)
    const strengths = 'Cabinet considered the findings of the LGA Peer Review. The strengths were:\n\n• Sefton ‘the place’ is well understood.\n• Political leadership is strong.';
    expect(findCouncil(blocksOf(strengths), register, { year: 2018 }).council?.gssCode).toBe('E08000014');
    expect(findCouncil(blocksOf('Peer Review\n\nSefton as a place is well understood by its leaders.'), register, { year: 2018 }).council?.gssCode).toBe('E08000014');
    expect(findCouncil(blocksOf('Peer Review\n\nSefton is a name the report never gives its council.'), register, { year: 2018 }).council).toBeNull();
  });
});
