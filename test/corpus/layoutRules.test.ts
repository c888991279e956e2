import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../src/corpus/blocks.js';
import { findChallengeYear } from '../../src/corpus/challengeYear.js';
import { findDates } from '../../src/corpus/dates.js';
import { detectDocumentType } from '../../src/corpus/documentType.js';
import { findProgramme } from '../../src/corpus/programme.js';
import { findRecommendations } from '../../src/corpus/recommendations.js';

/**
 * Table-driven cases for the layout rules, each a few lines in our own words on a structure met in real documents
 * (the real-layouts development set scores them together; these pin each rule on its own).
 */

function blocksOf(text: string) {
  return toBlocks({ text, pages: [] }, 'case.txt');
}

function texts(text: string): string[] {
  return findRecommendations(blocksOf(text), 'case').map((r) => r.text);
}

describe('blocks from any text', () => {
  it('splits text whose paragraphs are separated by single line breaks', () => {
    const text = [
      'Corporate Peer Challenge',
      ...Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} runs on for a while and ends with a full stop, as copied web text does here.`),
      'Recommendations',
      'The peer team recommends that the council:',
      '- Develop a clear vision for the borough',
      '- Review the committee system',
      ...Array.from({ length: 6 }, (_, i) => `Closing paragraph ${i + 1} with more words so the lines vary in length as they would.`),
    ].join('\n');
    const blocks = blocksOf(text);
    expect(blocks.length).toBeGreaterThan(14);
    expect(texts(text)).toEqual(['Develop a clear vision for the borough', 'Review the committee system']);
  });

  it('starts an item at a bullet glued to the end of a sentence, or flattened into one line', () => {
    expect(texts('The peer team recommends that the council: • Agree a shared vision for the alliance • Build on the corporate plans • Develop savings plans for next year')).toEqual([
      'Agree a shared vision for the alliance',
      'Build on the corporate plans',
      'Develop savings plans for next year',
    ]);
  });
});

describe('one mechanism for recommendations', () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    {
      name: 'numbered headlines, each over its paragraph, under "Key recommendations"',
      text: '2. Key recommendations\n\nThe main section holds many observations. The peer team\'s key recommendations to the council are:\n\n1. Refresh the corporate plan\n\nThe plan runs out next year and needs a successor.\n\n2. Strengthen scrutiny\n\nScrutiny should look ahead at the big decisions.\n\n3. Summary of the peer challenge approach\n\nThe team spent four days on site.',
      expected: ['Refresh the corporate plan The plan runs out next year and needs a successor.', 'Strengthen scrutiny Scrutiny should look ahead at the big decisions.'],
    },
    {
      name: '"Recommendation N" over its text, and inline with a dash',
      text: 'Recommendation 1\n\nAgree a budget strategy that closes the gap.\n\nRecommendation 2 - Review the senior management structure.',
      expected: ['Agree a budget strategy that closes the gap.', 'Review the senior management structure.'],
    },
    {
      name: 'theme sub-headings between numbered recommendations are not recommendations',
      text: 'Key recommendations\n\nLeadership of place\n\n1. Lead the growth agenda with partners.\n\nFinancial planning and viability\n\n2. Extend the medium term financial strategy.\n\nNext steps\n\nThe council will reflect.',
      expected: ['Lead the growth agenda with partners.', 'Extend the medium term financial strategy.'],
    },
    {
      name: 'a committee\'s own recommendations are never the peer team\'s',
      text: '2. Recommendations\n\n2.1 To note the peer challenge report.\n\n2.2 To publish the action plan.\n\n3. Background',
      expected: [],
    },
    {
      name: 'the progress-review template\'s bullets are skipped, the restated recommendations kept',
      text: 'It looked at each recommendation the peer challenge had made. These were:\n\n- Provide space for the council\'s senior leadership to update peers on progress\n- Produce a medium-term financial plan\n- Strengthen overview and scrutiny',
      expected: ['Produce a medium-term financial plan', 'Strengthen overview and scrutiny'],
    },
    {
      name: 'an action plan\'s recommendation column, one row per recommendation',
      text: 'No.\tRecommendation\tAction\tOwner\tRAG\n\n1\tAgree a shared vision for the place\tWorkshop with members\tChief Executive\tGreen\n\n2\tReview the scrutiny function\tCommission a review\tMonitoring Officer\tAmber',
      expected: ['Agree a shared vision for the place', 'Review the scrutiny function'],
    },
    {
      name: 'an action plan numbering each recommendation over its actions (1., then 1.1, 1.2), the flattened table header cut',
      text: [
        '1. Adopt the local plan within the agreed timetable By Lead Action When Officer', '1.1 Agree the timetable with all groups June 2024 Head of Planning',
        '1.2 Report progress to every Cabinet Ongoing Head of Planning', '2. Close the budget gap over the medium term By Lead Action When Officer',
        '2.1 Refresh the financial strategy February Director of Finance', '3. Invest in the skills of the workforce and its managers',
        '3.1 Publish a workforce plan March Head of HR',
      ].join('\n\n'),
      expected: ['Adopt the local plan within the agreed timetable', 'Close the budget gap over the medium term', 'Invest in the skills of the workforce and its managers'],
    },
    {
      name: 'a report\'s numbered sections over numbered paragraphs are no recommendations',
      text: '1. Purpose of the report\n\n1.1 This report sets out the findings.\n\n2. Background to the peer challenge\n\n2.1 The team visited in May.\n\n3. Options that were considered here\n\n3.1 None.',
      expected: [],
    },
    {
      // modelled on https://www.local.gov.uk/our-support/council-assurance-and-peer-support/principles-peer-challenge/developing-peer-challenge
      name: 'a list under a later sentence of its own ("Key areas include:") is not the earlier intro\'s',
      text: 'An internal stocktake of peer challenge pointed to a number of areas for development.\n\nWe have used the lessons from the stocktake to improve our programme further. Key areas include:\n\n- A greater focus on performance and outcomes\n- Peer training, peer team selection and diversity',
      expected: [],
    },
  ];
  for (const c of cases) it(c.name, () => expect(texts(c.text)).toEqual(c.expected));

  it('takes recommendations restated in prose, marked as such with a lower confidence', () => {
    const found = findRecommendations(blocksOf('The team made five recommendations in its report. Among other things it advised the Council to take a corporate approach to project management; to invest further in training for councillors; and to review its capital programme.'), 'case');
    expect(found.map((r) => r.text)).toEqual([
      'take a corporate approach to project management',
      'invest further in training for councillors',
      'review its capital programme',
    ]);
    expect(found.every((r) => r.form === 'prose' && r.confidence < 0.9)).toBe(true);
  });

  it('takes no list from a sentence that only counts or names the recommendations (decision records)', () => {
    // modelled on https://democracy.bathnes.gov.uk/ieDecisionDetails.aspx?AIId=35673 and
    // https://democracy.epsom-ewell.gov.uk/ieIssueDetails.aspx?IId=12652&Opt=3
    expect(texts('The peer review team made eight key recommendations, and the action plan sets out how they will be addressed.')).toEqual([]);
    // https://moderngov.harrow.gov.uk/mgDecisionDetails.aspx?IId=109355&Opt=1
    expect(texts('(1) the contents of the report be agreed and the recommendations of the Local Government Association (LGA) Peer Review team (set out in Appendix A) be accepted;')).toEqual([]);
    // https://www.welhat.gov.uk/Reports/peer-challenge
    expect(texts('This action plan sets out the key recommendations of the peer challenge and how we plan to address them.')).toEqual([]);
    expect(texts('(1) Endorse the Action Plan set out in Appendix 1 to the report, which responds to the recommendations of the Corporate Peer Challenge Report.')).toEqual([]);
  });

  it('takes no list from a sentence that only names where the recommendations came from or what was done with them', () => {
    // modelled on https://www.minutes.haringey.gov.uk/mgAi.aspx?ID=76608 and https://democracy.hyndburnbc.gov.uk/mgAi.aspx?ID=14377
    expect(texts('Response to the recommendations of the LGA Corporate Peer Challenge held in May 2023.')).toEqual([]);
    expect(texts('The Leader presented the findings and recommendations of the recent Local Government Association Corporate Peer Challenge (CPC).')).toEqual([]);
    // https://modgov.sefton.gov.uk/ieDecisionDetails.aspx?AIId=44633
    expect(texts('This report asks for approval to prepare an action plan in response to the peer team\'s recommendations, subject to the recommendations being accepted and to comments from Cabinet.')).toEqual([]);
    // https://local.gov.uk/corporate-peer-challenge-report-wirral-metropolitan-borough-council
    expect(texts('After those reviews, 27 recommendations were put to the council to take forward. The council accepted them.')).toEqual([]);
    // https://lb.local.gov.uk/our-support/council-assurance-and-peer-challenge/peer-challenges-we-offer/corporate-peer-264
    expect(texts('Across the ten main recommendations and four sub-recommendations, the council\'s rated action plan shows a third of actions as complete.')).toEqual([]);
    // https://news.bristol.gov.uk/news/bristol-city-council-is-emerging-from-a-period-of-challenge-with-purpose-and-ambition-according-to-independent-review
    expect(texts('Budgets are tightly managed, in line with recommendations made in the Bundred report the council commissioned in February 2017, with its financial plan as evidence.')).toEqual([]);
    // https://moderngov.woking.gov.uk/mgAi.aspx?ID=11154 (one recommendation of the council's own report, by its number)
    expect(texts('A later report changed the wording of recommendation (ix), on an audit of what resources scrutiny needs to be effective; the Chief Executive and the Committee had agreed that wording.')).toEqual([]);
    // https://www.local.gov.uk/our-support/council-assurance-and-peer-challenge/peer-challenges-we-offer/corporate-peer-34 (the list is in the blocks after the colon)
    expect(texts('The review looked at each recommendation of the corporate peer challenge in turn, grouped under these theme headings:\n\n- Local priorities and outcomes\n- Organisational and place leadership')).toEqual([]);
    // what the recommendations say of the council, who made them, whom they go to, what one was for (modelled on
    // https://www.chad.co.uk/news/politics/council/council-well-positioned-for-future-devolution-possibilities-following-lga-corporate-peer-challenge-4602122,
    // https://democracy.leeds.gov.uk/mgAi.aspx?ID=92443, https://rds.eppingforestdc.gov.uk/ieIssueDetails.aspx?IId=85869&Opt=3,
    // https://stroud.moderngov.co.uk/ieIssueDetails.aspx?IId=3360&PlanId=0&Opt=3)
    expect(texts('The recommendations recognise how open and willing to work with others the council is, and the strong joint work on a vision for the district.')).toEqual([]);
    expect(texts('To receive a report on the peer challenge of November 2022, the action plan drawn up in answer to the 15 recommendations it made, and how scrutiny will contribute to the council\'s response.')).toEqual([]);
    expect(texts('The working group would then review the planning procedures and put its recommendations to an extra Council meeting called for 8 August 2024.')).toEqual([]);
    expect(texts('The aim of the Pace of Activity recommendation was to help the council slow down and decide what to prioritise, and a great deal of effort had gone into making that happen.')).toEqual([]);
    // what they are for (http://liverpool.gov.uk/council/vision-aims-and-values/best-value-inspection-report/)
    expect(texts('The inspector found failings in governance, and he sets out a number of recommendations to put them right.')).toEqual([]);
    // how they will be used, where they are fed (https://opencouncil.network/decisions/133126,
    // https://lga.moderngov.co.uk/mgAi.aspx?ID=1001)
    expect(texts('The Council now needs to prepare an action plan setting out how it will use the recommendations to raise its performance.')).toEqual([]);
    expect(texts('He asked the LGA to feed the report\'s recommendations into its discussions with Government as they prepare policies for 2015.')).toEqual([]);
    // a list after its source is still read
    expect(texts('The recommendations of the peer team were: to agree a budget strategy; to refresh the council plan; and to invest in its workforce.')).toEqual([
      'agree a budget strategy', 'refresh the council plan', 'invest in its workforce',
    ]);
  });

  it('takes each "to ..." clause after "urged the council to" or "called on the authority to", quoted or not, whatever its verb', () => {
    // modelled on https://thecitymail.com/?p=22778 (a news item about Durham's 2025 challenge)
    expect(texts('Among several recommendations, the LGA urged the council to set up a transformation programme to close the budget gap, and to produce a refreshed digital strategy.\n\nThe review also called on the authority to “build on the council’s place leadership in the combined authority” and to “show its leadership role in promoting social cohesion”.')).toEqual([
      'set up a transformation programme to close the budget gap',
      'produce a refreshed digital strategy',
      'build on the council’s place leadership in the combined authority',
      'show its leadership role in promoting social cohesion',
    ]);
    // a purpose after the noun is no list: https://www.wigan.gov.uk/Council/Performance-and-Spending/Peer-Review.aspx
    expect(texts('The Peer Challenge is a national programme, run every five years, which picks out good practice and makes recommendations to help councils keep improving.')).toEqual([]);
  });

  it('takes the list after a sentence that counts the recommendations, and no list of the council\'s own measures', () => {
    // modelled on https://basildon.gov.uk/article/9046/LGA-Peer-Review-2021
    expect(texts('The full report has now been published.\n\nThe report sets out six key recommendations for the council to consider going forward.\n\n1. Build a compelling narrative for the town\'s future.\n\n2. Keep building a culture of respect between members and officers.\n\n3. Get support early for the move to a Cabinet system.')).toEqual([
      'Build a compelling narrative for the town\'s future.',
      'Keep building a culture of respect between members and officers.',
      'Get support early for the move to a Cabinet system.',
    ]);
    // https://swale.gov.uk/news-and-your-council/news-and-campaigns/latest-news/new-action-plan-to-improve-how-the-organisation-works
    expect(texts('Some of the recommendations included:\n\n- Agree shared values – build trust across the council\n- Produce a savings plan – secure a balanced budget\n\nLast night the committee approved an action plan setting out measures to respond to the peer review\'s recommendations. This includes:\n\n- agreeing a new corporate plan with staff and members')).toEqual([
      'Agree shared values – build trust across the council',
      'Produce a savings plan – secure a balanced budget',
    ]);
  });

  it('reads a list of restated recommendations after "including", keeps "cutting back and prioritising X" whole, and takes no topic ("on how ...")', () => {
    // modelled on https://www.lancashiretelegraph.co.uk/news/23833004.blackburn-darwen-council-given-good-marks-review-report/
    expect(texts('The report also makes recommendations for improvement including boosting engagement on the budget so people understand the savings needed; cutting back and prioritising strategies that support the core missions; putting a greater focus on transformation.')).toEqual([
      'boosting engagement on the budget so people understand the savings needed',
      'cutting back and prioritising strategies that support the core missions',
      'putting a greater focus on transformation',
    ]);
    // two gerunds, each with its object, are still two
    expect(texts('The peer team recommended improving financial governance and developing leadership capacity.')).toEqual(['improving financial governance', 'developing leadership capacity']);
    // https://torbay.gov.uk/news/pr6238 and https://www.local.gov.uk/our-support/council-assurance-and-peer-challenge/peer-challenges-we-offer/corporate-peer-72
    expect(texts('The report sets out positive findings and makes recommendations on how the council can move forward.')).toEqual([]);
    expect(texts('Having considered the plan built on the original Corporate Peer Challenge Recommendations, the progress review reported back under the following theme headings:\n\nTheme 1: Housing Repairs\n\nTheme 2: Budget')).toEqual([]);
  });

  it('takes no list under a meeting\'s own decision, theme labels that cite recommendations, the meeting\'s "it was recommended", nor the council\'s actions', () => {
    // modelled on https://democracy.brent.gov.uk/mgAi.aspx?ID=72797
    expect(texts('Cabinet RESOLVED:\n\n(1) To note the feedback report.\n\n(2) To approve the Action Plan, noting that it would include the following extra milestone against Recommendation 8:\n\nMilestone 3: set up a strategic culture approach\n\nThe culture service has appointed a consultant to map the cultural landscape.\n\nEligible for call-in: Yes')).toEqual([]);
    // https://www.local.gov.uk/our-support/council-assurance-and-peer-challenge/peer-challenges-we-offer/corporate-peer-31
    expect(texts('The Progress Review looked at each of the recommendations, grouped under the following theme headings:\n\n- Governance – managing risk and democratic decision-making (R2)\n- Developing councillors (R5)\n- Money – budgets, with scenarios for regeneration (R1), and buying goods and services (R2)')).toEqual([]);
    // https://minutes-1.nwleics.gov.uk/ieIssueDetails.aspx?IId=14454&Opt=3
    expect(texts('The work on scrutiny was acknowledged. It was therefore recommended that a cross party working group be set up to oversee improvements to scrutiny.')).toEqual([]);
    // https://www.publicsectorexecutive.com/articles/doncaster-council-way-being-exemplary
    expect(texts('“The council welcomes the report and recommendations, which recognise that the council is on a journey to being an exemplary council.')).toEqual([]);
    // https://islington.gov.uk/about-the-council/vision-and-priorities/corporate-peer-challenge-2018
    expect(texts('Since then the council has reflected and acted on the peer challenge\'s recommendations. As part of this the council has:\n\n- Agreed seven corporate priorities for the next four years\n- Established a programme of early help')).toEqual([]);
  });

  it('reads a recommendation named in a sentence or urged on a named council, and no list after who said so or the council\'s response', () => {
    // modelled on http://committees.exeter.gov.uk/ieIssueDetails.aspx?IId=40507&Opt=3
    expect(texts('He highlighted the areas needing attention and, in particular, the recommendation to consider separating the Growth Director role from the Chief Executive role.')).toEqual([
      'consider separating the Growth Director role from the Chief Executive role',
    ]);
    // https://warringtonguardian.co.uk/news/24502037.recommendations-made-council-following-review
    expect(texts('A REVIEW has urged Warrington Borough Council to review its appetite for risk where borrowing is concerned.')).toEqual([
      'review its appetite for risk where borrowing is concerned',
    ]);
    // https://www.lutontoday.co.uk/news/politics/council/luton-borough-councils-vision-for-2040-praised-by-local-government-association-4695007
    expect(texts('A timetable of visits was drawn up to help the peers understand the council\'s strengths, challenges and areas for development, the report to the board explained.')).toEqual([]);
    // https://www.eastsussex.gov.uk/your-council/about/improving/corporate-peer-challenge
    expect(texts('Findings and recommendations\n\nThe report is positive about the council.\n\n## Our response to the recommendations\n\nThe council\'s full response to each of the recommendations was published in a report to its cabinet in September 2023:\n\n- Cabinet report, 26 September 2023')).toEqual([]);
  });

  it('takes no theme labels that cite recommendation numbers, nor what else a review was for', () => {
    // modelled on https://www.local.gov.uk/our-support/council-assurance-and-peer-challenge/peer-challenges-we-offer/corporate-peer-52
    expect(texts('It looked at each of the CPC recommendations, grouped under these theme headings:\n\n- Money and services shared with partners (Covering recommendations: 2.1 a, b & c, 2.2, 2.4)\n- Reputation and work with voluntary sector partners (Covering recommendations: 2.3 and 2.6)\n- Managing risk (Covering recommendation: 2.5)')).toEqual([]);
    // https://www.local.gov.uk/our-support/council-assurance-and-peer-challenge/peer-challenges-we-offer/corporate-peer-14
    expect(texts('This CPC was designed to review the 10 recommendations made in 2022 and to act as a proportionate health check, and it should be read with the 2022 report.')).toEqual([]);
  });

  it('reads "would recommend that", a council named by its initials, and two verb phrases joined by "and"', () => {
    // modelled on https://www.local.gov.uk/our-support/council-assurance-and-peer-support/peer-challenges-we-offer/corporate-peer-123
    // and https://www.nuneatonandbedworth.gov.uk/news/article/2097/nuneaton_and_bedworth_borough_council_welcomes_review_team_report
    expect(texts('The peer team picked up some nervousness about the CPC, and would recommend that RBC makes sure a more regular programme of external challenge is planned.')).toEqual([
      'RBC makes sure a more regular programme of external challenge is planned',
    ]);
    expect(texts('It also recommends that the Council make greater use of data when taking decisions and carry out a residents\' survey as part of that work.')).toEqual([
      'make greater use of data when taking decisions',
      'carry out a residents\' survey as part of that work',
    ]);
    // what peers might say is still no recommendation
    expect(texts('The team could recommend further support if the council asked for it.')).toEqual([]);
    // one verb phrase whose two verbs share an object (modelled on
    // https://www.rutland.gov.uk/my-council/news-archive/2020-archive/council-delivering-good-quality-services-with-high-performance-levels/)
    expect(texts('The peers recommended that the council look for ways to work with the local community to co-design and co-produce answers to the challenges ahead.')).toEqual([
      'look for ways to work with the local community to co-design and co-produce answers to the challenges ahead',
    ]);
  });

  it('takes no labels under "these thematic headings", nor the documents a page lists after "On this page you will find:"', () => {
    // modelled on https://lb2.local.gov.uk/node/8280247
    expect(texts('The Progress Review looked at the ten recommendations from the Corporate Peer Challenge under these thematic headings:\n\n- Finance\n- Data and development\n- External partnerships\n\n3. Progress Review - Feedback\n\nOf the ten recommendations, the action plan shows most as complete.')).toEqual([]);
    // labels with a description in brackets (https://www.local.gov.uk/our-support/council-assurance-and-peer-challenge/peer-challenges-we-offer/corporate-peer-95)
    expect(texts('The review concentrated on the 12 recommendations of the CPC. So that the talk stayed strategic, the recommendations were grouped under these themes and headings:\n\n- The council\'s corporate core (covering performance reporting, delivery of corporate priorities and wider service improvement).\n- Governance and scrutiny.\n- Partnerships.')).toEqual([]);
    // https://stalbans.gov.uk/local-government-association-peer-challenge
    expect(texts('The council taking part receives a full report and recommendations from the peer team. A panel of councillors and officers spent a week with us in February 2023. On this page you will find:\n\n- The final report from the visit, including the panel\'s recommendations.\n- The Council\'s Action Plan.\n- The Position Statement the Council gave the Panel.')).toEqual([]);
  });

  it('takes no list of what was made besides the recommendations, so the ones restated in prose stand', () => {
    // modelled on the Rushcliffe minutes in the real-layouts set
    const text = '"As well as its nine key recommendations, the peer team made some 20 further observations for the Council to weigh up. They include:\n\n- investing in renewable energy\n- a full review of scrutiny\n- finding land for biodiversity credits"\n\nThe Leader reminded Cabinet that the peer team had made nine recommendations, among them that the Council take a corporate approach to project management, that it invest further in training for councillors, and that it make more time for strategic partners.';
    expect(texts(text)).toEqual(['take a corporate approach to project management', 'it invest further in training for councillors', 'it make more time for strategic partners']);
  });

  it('reads numbered items that quote the original numbers, rising with gaps, theme by theme', () => {
    // modelled on https://www.local.gov.uk/our-support/council-assurance-and-peer-challenge/peer-challenges-we-offer/corporate-peer-68
    const text = 'The progress review looked at each of the main recommendations in turn, under these themes:\n\nTheme 1 – recommendations:\n\n1) carry out a redesign of the operating model so that the vision can be delivered\n\n4) become a strategic council, with a clear set of asks and offers for partners\n\n5) strengthen the council\'s internal capacity to deliver\n\nTheme 2 – recommendations:\n\n2) build a shared narrative\n\n3) review the capital programme';
    expect(texts(text)).toEqual([
      'carry out a redesign of the operating model so that the vision can be delivered', 'become a strategic council, with a clear set of asks and offers for partners',
      'strengthen the council\'s internal capacity to deliver', 'build a shared narrative', 'review the capital programme',
    ]);
  });

  it('reads advice stated first and attributed after, "would like us to", and no clause of what the peers warned', () => {
    // modelled on https://localgovernmentlawyer.co.uk/governance/396-governance-news/59081-peer-review-praises-sea-change-in-organisational-culture-at-borough-council-but-urges-strengthening-of-golden-triangle
    expect(texts('Swindon Borough Council should give its monitoring officer a seat on the management team, as guidance expects, peer reviewers have urged.')).toEqual([
      'give its monitoring officer a seat on the management team, as guidance expects',
    ]);
    expect(texts('The peers also recommended that the council keep up the momentum of its children\'s services improvement, warning that "real risks remain".')).toEqual([
      'keep up the momentum of its children\'s services improvement',
    ]);
    // modelled on https://www.lambeth.gov.uk/elections-and-council/about-lambeth/local-government-peer-review
    expect(texts('They liked our borough plan. They would like us to get better at prioritising and to engage more effectively with residents.')).toEqual([
      'get better at prioritising', 'engage more effectively with residents',
    ]);
  });

  it('takes no date or single word shifted under an action plan\'s recommendation column by a row that lost its leading cells', () => {
    // modelled on https://www.bexley.gov.uk/about-the-council/council-budgets-and-spending/review-our-finances/action-plan-lga-corporate-peer-challenge/recommendations-and-action-plan
    const text = 'Ref\tRecommendation\tResponse and action\tDeadline\n\n1\tThe MTFS needs to be clearer about the savings from transformation.\tCabinet approved the plan.\tJuly 2025\n\nReports will show the savings.\tNovember 2025\tContinuous\n\nThe board met.\tContinuous\n\n2\tFinance staff need to join business cases early.\tA finance lead joined.\tAugust 2025';
    expect(texts(text)).toEqual(['The MTFS needs to be clearer about the savings from transformation.', 'Finance staff need to join business cases early.']);
  });

  it('reads "among its recommendations were that the council should X, Y, Z", its first verb "set out" included, a clause\'s own commas kept, a two-word imperative ("communicate better") too', () => {
    // modelled on https://opengovernment.network/meetings/82571 (a summary of a scrutiny committee meeting)
    expect(texts('Among its recommendations were that the council should set out a clear vision, rebuild its partnerships across the borough, prioritise what it does, and draw up an inward investment strategy.')).toEqual([
      'set out a clear vision', 'rebuild its partnerships across the borough', 'prioritise what it does', 'draw up an inward investment strategy',
    ]);
    // a clause with commas of its own carries on past them
    expect(texts('Among its recommendations were that the council should prioritise what it does, strengthen how it approaches equity, diversity and inclusion (EDI), improve how HR services are provided, and communicate better.')).toEqual([
      'prioritise what it does', 'strengthen how it approaches equity, diversity and inclusion (EDI)', 'improve how HR services are provided', 'communicate better',
    ]);
  });

  it('takes no list of a committee\'s duties after a sentence about answering the recommendations, nor its remit to "recommend any changes"', () => {
    // modelled on https://moderngov.denbighshire.gov.uk/mgAi.aspx?ID=28159&LLL=0
    const text = 'Officers explained that the report gave the committee the panel\'s report, draft statements and the Action Plan, which sets out how the council proposes to answer the recommendations in the report, so that the committee could carry out its duties. Those duties are:\n\n1. To be given the report itself (Appendix 1).\n2. To examine the statements the Council must make in reply to the report and recommend any changes to them that it thinks fit.\n3. To examine the actions the council proposes and recommend any changes that it thinks fit.';
    expect(texts(text)).toEqual([]);
  });

  it('takes no list announced by a closing sentence about something else after "areas for development"', () => {
    // modelled on https://www.suffolk.gov.uk/suffolk-fire-and-rescue-service/about-suffolk-fire-and-rescue-service/performance-reports-and-strategic-assessment-of-risk/peer-review-operation-assessment-and-fire-peer-challenge
    expect(texts('A report on the review sets out strengths and areas for development. The findings will feed into:\n\n- the service\'s strategic plans for the next five years\n- Integrated Risk Management planning')).toEqual([]);
    // the same opening with a list of the areas themselves is still read
    expect(texts('The report sets out strengths and areas for development. These are:\n\n- Strengthen the use of data in planning\n- Review the on-call model')).toEqual(['Strengthen the use of data in planning', 'Review the on-call model']);
  });

  it('reads a recommendation whose named subject is to "be made" something', () => {
    // modelled on https://new.actonw3.com/page/shared/common/eacouncil288.htm
    expect(texts('The peers recommended that Connected Communities be made the overarching framework for the council\'s transformation.')).toEqual([
      'Connected Communities be made the overarching framework for the council\'s transformation',
    ]);
  });

  it('takes an action plan table\'s "Details" column where its reference cells label the rows recommendations (R1, R3)', () => {
    // modelled on https://go.walsall.gov.uk/publications/planning-service-peer-challenge/planning-service-peer-challenge-action-plan/action
    const text = 'Action plan: general recommendations\n\nRef\tDetails\tAction(s)\tDue by\nR1\tThe planning committee needs a thorough overhaul so that its probity is beyond doubt.\ta. Publish the report\tJuly 2025\nR3\tSet down the roles of officers and members in the planning process clearly.\ta. Review the protocol\tAutumn 2025\n';
    expect(findRecommendations(blocksOf(text), 'case').map((r) => [r.number, r.text])).toEqual([
      [1, 'The planning committee needs a thorough overhaul so that its probity is beyond doubt.'],
      [3, 'Set down the roles of officers and members in the planning process clearly.'],
    ]);
    // a Details column under plain numbers is not taken for recommendations
    expect(texts('Ref\tDetails\tOwner\n1\tRefresh the local plan evidence base this year.\tPlanning\n')).toEqual([]);
  });

  it('takes no theme labels with a description after a dash as recommendations, under "grouped under these theme headings:"', () => {
    // modelled on https://www2.local.gov.uk/our-support/council-assurance-and-peer-challenge/peer-challenges-we-offer/corporate-peer-75
    const intro = 'The progress review looked at each of the Corporate Peer Challenge recommendations, grouped under these theme headings:';
    expect(texts(`${intro}\n\n- Local priorities and outcomes – agreeing a vision and leading on equality, diversity and inclusion.\n- Governance and culture – better relationships between members and officers, and a review of scrutiny.`)).toEqual([]);
    // where the headings are the recommendations themselves, they stay (the real-layouts set's Newark and Sherwood review)
    expect(texts(`${intro}\n\n- Revisit and prioritise the community plan for the coming four years.\n- Set up a continuing programme of development for councillors.`)).toHaveLength(2);
  });

  it('takes advice that a news item names first, as the subject of "was one of the recommendations" or "are among the findings"', () => {
    // modelled on https://shropshirestar.com/news/politics/2018/07/28/shropshire-council-urged-to-celebrate-its-work
    // and https://www.harlow.gov.uk/news/report-sets-out-how-council-can-continue-improving
    expect(texts('Telling residents what the council does well was one of 11 recommendations to come out of a Corporate Peer Challenge.')).toEqual([
      'Telling residents what the council does well',
    ]);
    expect(texts('Listening more closely to tenants, and building a shared plan for the town centre are among the findings the council will act on after an LGA corporate peer challenge this spring.')).toEqual([
      'Listening more closely to tenants',
      'building a shared plan for the town centre',
    ]);
    // findings that no peers made are not theirs, and findings the council is not told to act on are not advice
    expect(texts('Rising demand for temporary housing is among the findings of the annual budget survey.')).toEqual([]);
    expect(texts('Low staff morale was one of the findings of the peer review.')).toEqual([]);
  });

  it('takes a list of "opportunities to improve" that a news item announces with "Among them were:"', () => {
    // modelled on https://onthewight.com/urgently-finalise-and-adopt-island-plan-one-of-recommendations-from-peer-review-of-isle-of-wight-councils-planning-department/
    expect(texts('The team also named several key messages and opportunities to improve. Among them were:\n\n  • Adopt the local plan without delay.\n  • Clear the backlog of applications and enforcement cases.')).toEqual([
      'Adopt the local plan without delay.',
      'Clear the backlog of applications and enforcement cases.',
    ]);
    expect(texts('The peer team made a number of recommendations. Among them were:\n\n- Set a clear vision for the town.\n- Rebuild trust with partners.')).toHaveLength(2);
  });

  it('takes no questions the challenge asked (a classic report\'s scope) as recommendations', () => {
    // modelled on https://docslib.org/doc/2570886/lga-peer-challenge-response-brighton-hove-city-council
    const text = 'The peer challenge considered five questions, which the team recommended the council keep in view:\n\n1. Knowing the place and setting priorities: Does the council grasp its local context and use it to set a clear vision?\n2. Leadership of place: Does the council lead the place effectively ...';
    expect(texts(text)).toEqual([]);
  });

  it('takes no findings that a sentence opening "In particular the report points to" lists after a count of recommendations', () => {
    // modelled on https://richardkemp.wordpress.com/2018/09/26/lib-dems-welcome-critical-lga-peer-challenge-report-on-the-running-of-liverpool-city-council/
    const count = 'Three of its nine top level recommendations concern how the council works.';
    expect(texts(`${count} In particular the report points to poor standards of debate in the chamber; weak ties between officers and members; and a failure to use every member's talents.`)).toEqual([]);
    // a list that does carry on the count stays
    expect(texts(`${count} In particular the team recommended building trust between officers and members, and reviewing how scrutiny works.`)).toEqual([
      'building trust between officers and members',
      'reviewing how scrutiny works',
    ]);
  });

  it('takes no clause that only names the council\'s own plan, as a progress review\'s template bullet does', () => {
    // modelled on https://lb2.local.gov.uk/our-support/council-assurance-and-peer-challenge/peer-challenges-we-offer/corporate-peer-257
    expect(texts('Hear what peers make of the council\'s early progress against the CPC recommendations and on its RAG rated CPC Action Plan.')).toEqual([]);
  });

  it('reads advice a news item leads with, "ought to", attributed to "a review carried out by ... has concluded"', () => {
    // modelled on https://www.theboltonnews.co.uk/news/17297284 (a capitalised first word, as papers print it)
    expect(texts('THE council ought to draw up a budget plan that looks further ahead and pool its reserves centrally, a review carried out by other local authorities has concluded.')).toEqual([
      'draw up a budget plan that looks further ahead',
      'pool its reserves centrally',
    ]);
    // a finding the clause goes on to remark is not a second recommendation
    expect(texts('All the same, it recommended merging the reserves each department keeps, remarking that such reserves were unusually high here.')).toEqual([
      'merging the reserves each department keeps',
    ]);
  });

  it('reads what peers "called for" to be done, without the reason given after it', () => {
    // modelled on https://moderngov.middlesbrough.gov.uk/mgAi.aspx?ID=14303
    expect(texts('The Peer Challenge also called for the strategic partnership to be redefined, since engagement with some partners had lapsed.')).toEqual([
      'the strategic partnership to be redefined',
    ]);
  });

  it('takes no list after recommendations spoken of as a whole: what was recommended, what answers them, a committee\'s own', () => {
    // modelled on https://www.hertsmere.gov.uk/Planning--Building-Control/Planning-Review-2019/Planning-Review-2019.aspx,
    // https://tandridge.gov.uk/Your-council/Corporate-Peer-Challenge and
    // https://democracy.tmbc.gov.uk/ieIssueDetails.aspx?IId=36829&Opt=3
    expect(texts('What the review found, and what it recommended, does not mean the service is failing; it points to areas that could do better.')).toEqual([]);
    expect(texts('An action plan answering the LGA\'s recommendations is being drawn up and will be published by 17 December.')).toEqual([]);
    expect(texts('Cabinet considered the Scrutiny Committee\'s recommendations about the planning service, which the Planning Advisory Service had reviewed.')).toEqual([]);
    expect(texts('To consider what the Housing and Planning Scrutiny Select Committee recommended on the report of the review and the action plan that goes with it.')).toEqual([]);
    // a plan that answers them and then lists them does give the list
    expect(texts('The action plan responds to the peer team\'s recommendations: developing a clear vision for the district; reviewing the scrutiny function.')).toEqual([
      'developing a clear vision for the district',
      'reviewing the scrutiny function',
    ]);
  });

  it('records the rule that found each recommendation', () => {
    const [first] = findRecommendations(blocksOf('Recommendation 1: Agree a budget strategy that closes the gap.'), 'case');
    expect(first).toMatchObject({ rule: 'recommendation-label', form: 'listed', number: 1 });
  });
});

describe('document type, programme and challenge year from a reader\'s evidence', () => {
  const type = (text: string) => detectDocumentType(blocksOf(text), 0);
  it.each([
    ['Report to: Cabinet\n\nReport of: Chief Executive\n\nLGA Corporate Peer Challenge', 'committee-report'],
    ['Peer challenge report published today\n\nPosted on 14 November 2017\n\nThe Leader said: "We welcome the findings."', 'news'],
    ['Corporate Peer Challenge Progress Review\n\nFeedback: 10 July 2024\n\nThe progress review took place on site.', 'progress-review'],
    ['Corporate Peer Challenge – Action Plan\n\nRecommendation\tAction\tOwner\tDue date', 'action-plan'],
    ['Dear Helen\n\nCorporate Peer Challenge\n\nOn behalf of the peer team, thank you for the welcome.', 'feedback-report'],
    ['We use cookies on this website.\n\nCorporate Peer Challenge 2017\n\nIn February we asked the LGA to carry out a peer challenge. Download the final report (PDF, 300KB).', 'other'],
    // a progress review still to come is no evidence that this page is one: its action table is
    ['Skip to main content\n\nCorporate Peer Review\n\nThe team will come back for a Progress Review in November.\n\nRef\tRecommendation\tPosition\tTimescale\tStatus\n\n1\tSet out a clear vision\tAgreed\tOct 24\tIn progress', 'action-plan'],
    ['Corporate Peer Challenge\n\nThis report sets out the findings of the progress review held in May.\n\nThe council has made good progress.', 'progress-review'],
    // an issue page of a council's meetings site (modelled on
    // https://democracy.huntingdonshire.gov.uk/moderngov/ieIssueDetails.aspx?IId=67686&Opt=3)
    ['Issue - meetings\n\nCorporate Peer Challenge Update\n\nMeeting: 10/02/2026 - Cabinet (Item 10.)\n\nTo receive a report on progress against the actions from the Corporate Peer Challenge held in May 2024 and the progress review in March 2025.', 'committee-report'],
    // a decision record approving the council's statement for its progress review is a meeting paper, not the review
    // (modelled on https://opencouncil.network/councils/fareham/decisions/176453)
    // council pages that speak of the report in a sentence are not the report (modelled on
    // https://www.bassetlaw.gov.uk/about-us/local-government-association-corporate-peer-challenge/ and
    // https://eastdevon.gov.uk/council-and-democracy/council-business/peer-challenge-2024/)
    ['Corporate Peer Challenge\n\nThe council had its peer challenge in December 2023.\n\nFinal report\n\nAs part of the process, the council is publishing the feedback report.\n\nDownload the Corporate Peer Challenge Report (PDF).\n\nLast updated on 27 March 2024', 'other'],
    // a plan still to come and what every challenge has are no evidence of what this page is (modelled on
    // https://chelmsford.gov.uk/your-council/corporate-peer-challenge and
    // https://www.gravesham.gov.uk/directory-record/351/local-government-association-peer-challenge)
    ['In December 2024 a peer team visited us for a Corporate Peer Challenge.\n\nThe final report sets out nine recommendations. We will develop an action plan to deliver them by May 2025.\n\nIs there something wrong with this page?', 'other'],
    ['- Description\n- Download\n- Further details\n\nIn May 2025 a team of peers carried out a Peer Challenge of the council.\n\nEvery Corporate Peer Challenge has a progress review, usually twelve months after the challenge.', 'other'],
    ['Peer Challenge 2024\n\nThe peers reflected on what they heard and read.\n\nOur Position Statement\n\nOur latest Peer Challenge took place in February 2024, and the final report with its recommendations has now been published.\n\nPeer Challenge 2024 full report', 'other'],
    ['Corporate Peer Challenge: Progress Review Position Statement\n\nPurpose\n\nTo approve the draft statement ahead of the progress review in December.\n\nDecision\n\nRESOLVED that the Executive approves the draft statement.\n\nRelated meeting\n\nExecutive, 3 November 2025', 'committee-report'],
    // a council page whose one list is the report's conclusions, behind a link to the full report (modelled on
    // https://www.wigan.gov.uk/Council/Performance-and-Spending/Peer-Review.aspx)
    ['Peer Review\n\nIn January 2025 we asked the LGA to carry out a Corporate Peer Challenge.\n\nYou can read the full Peer Challenge report, which reaches these main conclusions:\n\n- The council is well run and well led.\n- It has a sound record of financial management.', 'other'],
    // news items: a councillor's words reported, the team's words quoted, a dateline with its weekday, a first word
    // in capitals (modelled on https://thecitymail.com/?p=22778, https://wirralview.com/council-updates/review-says-council-making-considerable-progress-more-be-done,
    // https://www.hinckley-bosworth.gov.uk/press/article/1780/independent_report_praises_council,
    // https://www.hartlepoolmail.co.uk/news/peer-review-key-findings-1-4986398)
    ['Council praised for strong direction\n\nThe county council has been through a Corporate Peer Challenge run by the LGA.\n\nCllr Jo Bloggs, leader of the council, welcomed what the review found.', 'news'],
    ['Review says council making progress\n\nThe council has published the results of a Corporate Peer Challenge run by the LGA.\n\nThe CPC team says the council has made “considerable progress in its improvement journey”.', 'news'],
    ['Independent report praises council\n\nPublished Monday, 21 November 2016\n\nTHE borough council is well run, an LGA team concluded.\n\nView or download the Peer Challenge report', 'news'],
    // a feedback report that mentions the council's own plan is the report (modelled on
    // https://www2.local.gov.uk/our-support/council-assurance-and-peer-challenge/peer-challenges-we-offer/corporate-peer-259)
    ['Feedback report: 17-20 March 2026\n\n1. Introduction\n\nA team of peers carried out a Corporate Peer Challenge of the county council. The team was asked to look at progress in delivering the council\'s Improvement Plan.\n\n2. Executive summary', 'feedback-report'],
    // a council's news page about its action plan, and news that quotes the report (modelled on
    // https://swale.gov.uk/news-and-your-council/news-and-campaigns/latest-news/new-action-plan-to-improve-how-the-organisation-works,
    // https://torbay.gov.uk/news/pr6238, https://www.islandecho.co.uk/review-report-highlights-council-progress-challenges/)
    ['Action plan to improve the council\n\nPublished Thursday 19 October, 2023\n\nThe council has agreed a plan to improve the way it works.\n\nLast night the committee approved the action plan.', 'news'],
    ['The council is viable today. That is among the findings of a report on the council.\n\nThe Peer Challenge team noted “a number of forward-looking and inspiring partnerships”.', 'news'],
    ['The council has this week published the findings of a corporate peer challenge.\n\nThe report concludes that the council has made sound progress. It states:\n\n“A strong pride in place is plain to see.”', 'news'],
    // a report's date line ending in a full stop is still its title line (modelled on
    // https://www.local.gov.uk/our-support/council-improvement-and-peer-support/peer-challenges-we-offer/corporate-peer-31)
    ['Corporate peer challenge: Chesterfield Borough Council\n\nFeedback report: 18 to 20 October 2021.\n\nExecutive summary\n\nThe council is a forward-looking council that its staff regard highly.', 'feedback-report'],
    // news told by a picture credit, "today (July 8)", "Hide Ad", "yesterday (September 13)", "experts says “...”";
    // a council page by its download furniture (modelled on https://www.lutontoday.co.uk/news/politics/council/luton-borough-councils-vision-for-2040-praised-by-local-government-association-4695007,
    // https://www.sheffieldtelegraph.co.uk/news/politics/rotherham-metropolitan-borough-council-serves-the-town-well-and-is-today-an-impressive-organisation-4335924,
    // https://news.calderdale.gov.uk/national-experts-praise-councils-progress/,
    // https://www.peterborough.gov.uk/council/strategies-policies-and-plans/local-government-association-peer-challenge-report)
    ['The LGA has praised the town\'s 2040 vision.\n\nLuton Borough Council. Picture: Martin Keeble\n\nA report published on the council\'s website today (July 8) champions the vision, according to a report to its overview and scrutiny board.', 'news'],
    ['The council is now an impressive organisation.\n\nThe overview and scrutiny board heard yesterday (September 13) that a Corporate Peer Challenge report was positive.\n\nHide Ad Hide Ad', 'news'],
    ['National experts praise council\'s progress\n\nCllr Jo Bloggs, the Cabinet Member for Regeneration\n\nA team of local government experts says the council made “clear and impressive progress” in 2023.', 'news'],
    // news told by its headline and lede: a team of reviewers doing something to the council, a council that "has
    // received" a review's verdict, advice attributed at the lede's end, a headline ending on its source, a news
    // section's breadcrumb (modelled on https://love.lambeth.gov.uk/lambeth-external-review-hails-councils-commitment-to-equity-and-justice,
    // https://runnymede.gov.uk/news/article/221/positive-feedback-from-local-government-peers,
    // https://localgovernmentlawyer.co.uk/governance/396-governance-news/59081-peer-review-praises-sea-change-in-organisational-culture-at-borough-council-but-urges-strengthening-of-golden-triangle
    // and https://www.thenorthernecho.co.uk/news/1330635.fallouts-brought-council-disrepute-says-report/)
    ['Council\'s focus on fairness recognised\n\nA team of independent reviewers has commended the council\'s work after four days at the Town Hall.\n\nToday (Monday 3 February 2025) the report goes to Cabinet.', 'news'],
    ['Peers give positive feedback\n\nRunnymede Borough Council has received strong assurance from a Corporate Peer Challenge that it serves its communities well.\n\nToday (Friday 8 December 2023) the report was published.', 'news'],
    ['Peer review applauds culture shift at borough council\n\nSwindon Borough Council should give its monitoring officer a seat on the management team, peer reviewers have urged.\n\nThe team spent three days at the council.', 'news'],
    ['Rows brought council into disrepute, says report\n\nPublished on 12 March 2004\n\nThe council was brought into disrepute by the breakdown in relations between officers and members.', 'news'],
    ['The Northern Echo News > Local\n\nCouncil rows under scrutiny\n\nThe council was brought into disrepute by the breakdown in relations between officers and members.', 'news'],
    // a news section's name as the first line, a headline below a radio station's furniture with a lede whose
    // council "has again been praised" (modelled on https://pembrokeshire-herald.com/59113/council-improve-report-published
    // and https://mansfield103.co.uk/news-and-sport/local-news/ambitious-council-set-on-exciting-path-independent-report-praises-ashfield-district-council)
    ['News\n\nCouncil report published\n\nThe county council is the first in Wales to publish its Corporate Peer Challenge report.', 'news'],
    ['On Air Now\n\nMorning show\n\n10:00am - 1:00pm\n\nNow Playing\n\nIndependent report hails district council as ambitious\n\nAshfield District Council has again been praised in an independent report from the LGA.', 'news'],
    // a classic report's cover: "Report" on its own line under the council and dates (modelled on
    // https://docslib.org/doc/12961220/chelmsford-city-council-corporate-peer-challenge-2013)
    // a council page that describes what each council does and a review "to revisit" the recommendations (modelled on
    // https://www.highpeak.gov.uk/CPC)
    ['Corporate Peer Challenge\n\nEach council that takes part receives a report with the peer team\'s recommendations and draws up its own action plan in response.', 'other'],
    ['Corporate Peer Challenge\n\nIn February 2024 the councils asked the LGA for a further review, with a remit to revisit the 2022 recommendations.', 'other'],
    // a council paper whose response action plan "is appended" is the paper, not the plan (modelled on
    // https://docslib.org/doc/2570886/lga-peer-challenge-response-brighton-hove-city-council)
    ['LGA Peer Challenge Response\n\n1. Issue\n\nThe Leader asked the LGA to carry out a corporate peer challenge. The LGA\'s final report and the council\'s response Action Plan are appended.\n\n2. Background\n\nThe peer team was in the city in April 2017.', 'other'],
    ['Corporate Peer Challenge\n\nChelmsford City Council\n\n25 to 28 November 2013\n\nReport\n\n1. Background and scope of the peer challenge\n\nSpeaking for the whole team, we enjoyed our visit.', 'feedback-report'],
    // a council page that will answer the report at a meeting to come is no meeting paper; news whose time is
    // "Today [8 March 2023]" under a headline (modelled on https://www.bury.gov.uk/in-focus/local-government-association-corporate-peer-challenge
    // and https://www.local.gov.uk/about/news/positive-corporate-peer-challenge-report-concludes-lga-remains-strong-organisation)
    ['Home > In focus > LGA Corporate Peer Challenge\n\nIn December 2023 the council hosted a Corporate Peer Challenge.\n\nThe report sets out our strengths and proposes actions, which we will answer at a forthcoming Cabinet meeting.\n\nKey recommendations\n\n- Update your 2030 strategy.\n\nNext steps\n\nWe will publish an action plan.', 'other'],
    // a paper's masthead with its News section (http://www.stonegazette.co.uk/2016/06/fire-service-gets-glowing-report/)
    ['Stone Gazette | News | June 2016\n\nGlowing peer report for county fire service\n\nThe review took place in March 2016.', 'news'],
    // a masthead ending on its News section above a council meeting's report; a lede on "an outside assessment of X
    // Council" beside "Hide Ad" (modelled on https://www.thetelegraphandargus.co.uk/news/17293121.council-bosses-urged-to-take-responsibility-over-ofsted-report/
    // and https://www.lincolnshireworld.com/lincolnshire/sleaford/north-kesteven-district-council-rated-as-strong-stable-well-run-and-responsive-by-assessor-3551052)
    ['Telegraph & Argus | News\n\nCouncil bosses urged to take responsibility\n\nLast night\'s full Council meeting debated the rating, and the portfolio holder for children apologised.', 'news'],
    ['LincolnshireWorld > Lincolnshire > Sleaford\n\nCouncil judged well managed in outside review\n\nAn outside assessment of North Kesteven District Council has concluded that it is well run.\n\nHide Ad', 'news'],
    ['About > News\n\nA strong organisation\n\nThe peer team spent four days on site in December 2022.', 'news'],
    ['Upbeat Corporate Peer Challenge report finds the organisation still strong\n\nToday [8 March 2023] the peer team\'s report was released.', 'news'],
    ['Corporate Peer Challenge report finds the organisation still strong\n\nToday [8 March 2023] the peer team\'s report was released.\n\nThe team spent four days on site in December 2022.', 'news'],
    // a meetings site's page for one meeting (modelled on http://opencouncil.network/meetings/87151)
    ['Cabinet - Monday 24 November 2025 5.00 pm\n\nSummary\n\nThe cabinet received the Corporate Peer Challenge Progress Review 2025.\n\nCouncillor Jo Bloggs, Leader of the Council, said the review showed real progress.', 'committee-report'],
    ['Local Government Association Peer Challenge Report\n\nThe Peer Challenge report praises the council for being open.\n\nCorporate Peer Challenge Report\n\nCorporate Peer Challenge Report293KBpdf Size: 293KBFile format: pdf', 'other'],
    // news told by its lede (a review brought in with "a", doing something to the council) beside a dateline, or
    // beside "today (Friday 9 November 2018)" (modelled on https://cheltenham.gov.uk/news/article/1464/positive_review_for_cheltenham_borough_council
    // and https://news.bristol.gov.uk/news/bristol-city-council-is-emerging-from-a-period-of-challenge-with-purpose-and-ambition-according-to-independent-review)
    ['Published on 31st October 2014\n\nMeeting\n\nA \'peer challenge\' has given Cheltenham Borough Council a set of positive findings.\n\nThe review took place over four days in September 2014.', 'news'],
    ['Council emerging from a hard period, review says\n\nAn independent review describes the city council as outward-looking and innovative.\n\nToday (Friday 9 November 2018) the LGA published the Corporate Peer Challenge report.', 'news'],
    // a forum post that mentions the feedback report is not the report (modelled on
    // https://redlib.privacytools.click/r/croydon/comments/1hvu8uk/councils_corporate_peer_challenge)
    ['r/croydon Jan 07 \'25\n\nCouncil\'s Corporate Peer Challenge\n\nThe council has just been through a Corporate Peer Challenge, when a team looks at how we operate.\n\nI\'ve attached the Feedback Report from Croydon\'s recent Corporate Peer Challenge below, in case anyone fancies a read 😃\n\n3 comments sorted by', 'other'],
  ])('%#: %s', (text, expected) => {
    const found = type(text);
    expect(found.documentType).toBe(expected);
    if (expected !== 'other') expect(found.evidence).not.toBeNull();
  });

  it('takes the stage of a paper titled an action plan from its title, not from a follow-up visit it agrees to', () => {
    // modelled on https://democracy.bathnes.gov.uk/ieDecisionDetails.aspx?AIId=35673
    const found = type('Decision details\n\nCorporate Peer Challenge Action Plan\n\nDecision Maker: Cabinet\n\nIs Key decision?: No\n\nDecision:\n\n(1) To approve the draft action plan.\n\n(2) To agree to a follow up visit in Summer 2026 to assess progress.');
    expect([found.documentType, found.stage]).toEqual(['committee-report', 'action-plan']);
  });

  it('takes no progress-review stage from a follow-up visit still to come', () => {
    // https://www.lambeth.gov.uk/elections-and-council/about-lambeth/local-government-peer-review
    expect(type('The feedback from the peer review is in.\n\nWe had a peer review from the LGA in the autumn of 2016.\n\nThe LGA will make a follow-up visit to see how things have moved on.').stage).toBe('challenge');
  });

  it('takes the stage from title lines, not from a resolution that mentions an action plan beside a progress review', () => {
    // modelled on https://opengovernment.network/decisions/187258
    const found = type('Decision\n\nCorporate Peer Challenge - Progress Review\n\nDecision maker: Council\n\nThat Council accepts the findings of the Progress Review report and notes the progress set out in the action plan.\n\nRelated Meeting\n\nExtraordinary Council, 22 January 2026');
    expect([found.documentType, found.stage]).toEqual(['committee-report', 'progress-review']);
  });

  it.each([
    ['Planning Peer Challenge\n\nWaverley Borough Council', 'planning-peer-challenge'],
    ['We are celebrating progress after health check visit\n\nA Corporate Peer Challenge team came back last October.', 'corporate-health-check'],
    ['Finance Peer Review\n\nThe review looked at the medium term financial strategy.', 'finance-peer-challenge'],
    ['LGA Corporate Peer Challenge\n\nFeedback report', 'corporate-peer-challenge'],
    // a review the council is told to carry out is advice, not the programme (modelled on the Surrey Heath news item
    // in the real-layouts set)
    ['Council publishes findings from independent peer challenge\n\nThe LGA makes nine key recommendations:\n\n- Carry out a governance review and produce an action plan\n- Strengthen the role of scrutiny', 'corporate-peer-challenge'],
    // a fire service's peer challenge page whose title runs into a "Reports" line is no CPC's report; Wales's Panel
    // Performance Assessment (modelled on https://www.suffolk.gov.uk/suffolk-fire-and-rescue-service/about-suffolk-fire-and-rescue-service/performance-reports-and-strategic-assessment-of-risk/peer-review-operation-assessment-and-fire-peer-challenge
    // and https://moderngov.denbighshire.gov.uk/mgAi.aspx?ID=28159&LLL=0)
    ['Skip to main content\n\nPeer review of the fire service – operational assessment and fire peer challenge\n\nReports from peer reviews carried out by the LGA.', 'other-peer-challenge'],
    ['Agenda item\n\nPEER PANEL ASSESSMENT\n\nTo comment on the draft response to the Panel Performance Assessment report.', 'other-peer-challenge'],
    // a Best Value audit by Scotland's Accounts Commission (modelled on https://audit.scot/news/angus-council-provides-good-services-but-quicker-progress-needed-on-best-value)
    ['Council provides good services but quicker progress needed on Best Value\n\nThe Accounts Commission says the council must move faster on its improvement plans.', 'inspection'],
    // a news item on a review of one council department, named only so (modelled on
    // https://onthewight.com/urgently-finalise-and-adopt-island-plan-one-of-recommendations-from-peer-review-of-isle-of-wight-councils-planning-department/)
    ['‘Adopt the local plan soon’ among the findings of a peer review of Isle of Wight council’s planning department\n\nAn outside review of the planning department has reported. A Local Government Association (LGA) Peer Challenge is a tool for improvement.', 'planning-peer-challenge'],
    // a review by the Planning Advisory Service, never called a peer review (modelled on
    // https://rds.eppingforestdc.gov.uk/ieIssueDetails.aspx?IId=85869&Opt=3 and https://mycouncil.surreycc.gov.uk/mgAi.aspx?ID=38179)
    ['Issue - meetings\n\nPlanning Advisory Service Development Management Committee Review\n\nCabinet agreed the recommendations in the report.', 'planning-peer-challenge'],
    ['Agenda item\n\nThe Committee heard what a review of its work by the Planning Advisory Service (PAS) had found.', 'planning-peer-challenge'],
    // the Auditor General's improvement report on a Welsh council (modelled on
    // https://www.valeofglamorgan.gov.uk/en/our_council/Council-Structure/minutes,_agendas_and_reports/minutes/Governance-and-Audit/2014/14-09-22.aspx)
    ['Minutes of a meeting held in September 2014.\n\nAlso present: an officer of the Wales Audit Office.\n\nThe Committee received the Annual Improvement Report of the Auditor General for Wales.', 'inspection'],
  ])('programme %#', (text, expected) => expect(findProgramme(blocksOf(text))).toBe(expected));

  it.each([
    ['The council undertook an LGA Corporate Peer Challenge (CPC) in September 2024.', 'feedback-report', 2024],
    ['The peer challenge took place from 16 to 19 October 2023.', 'other', 2023],
    ['Corporate Peer Challenge Progress Review\n\nThe council\'s first Corporate Peer Challenge took place in October 2016. The follow-up visit was held in January 2019.', 'progress-review', 2016],
    ['Posted on 17 February 2022\n\nThe report follows a visit from a Corporate Peer Challenge team last October.', 'news', 2021],
    ['Since the programme started in 2011, over 200 councils have invited a peer team in.', 'news', null],
    // https://www.lambeth.gov.uk/elections-and-council/about-lambeth/local-government-peer-review
    ['We had a peer review from the Local Government Association in the autumn of 2016. The LGA will make a follow-up visit later.', 'other', 2016],
    // https://thecitymail.com/?p=22778
    ['The new administration took control at the May 2025 elections. LGA peers interviewed more than 100 people during the review in October 2025.', 'news', 2025],
    // https://basildon.gov.uk/article/9046/LGA-Peer-Review-2021
    ['In 2021, the council asked the Local Government Association (LGA) to carry out a Peer Review of its plans.', 'other', 2021],
    // "last year" is the year before the paper's date (modelled on the Oxford minutes in the real-layouts set,
    // https://mycouncil.oxford.gov.uk/); "after visits in ..." (https://www.wirralglobe.co.uk/)
    ['Meeting: 08/12/2014 - Scrutiny Committee (Item 56)\n\nLast year the City Council asked a Corporate Peer Challenge team to give it an external reality check.', 'committee-report', 2013],
    ['The council asked the LGA for a view on its committee system. A report written after visits in November and December 2021 concludes that budget issues must be given priority.', 'news', 2021],
    // a visit "ran from" its days, far down a council page (modelled on
    // https://www.west-norfolk.gov.uk/info/20163/corporate_performance_and_transparency/1094/corporate_peer_challenge)
    ['Corporate Peer Challenge\n\nA group of peers from councils elsewhere comes in to challenge and support the Council.\n\nWhat is a Corporate Peer Challenge?\n\nEach one is shaped around what the council needs.\n\nFive core elements are covered:\n\n- Local priorities and outcomes\n- Capacity for improvement\n\nSix months on (July 2024), we will meet the LGA to go over our progress.\n\nThe challenge ran from 16 to 19 October 2023.', 'other', 2023],
    // a progress review whose sentence opens on the challenge's days (modelled on
    // https://www.local.gov.uk/our-support/council-assurance-and-peer-challenge/peer-challenges-we-offer/corporate-peer-68)
    ['Progress Review\n\nFeedback: 5 to 9 September 2024\n\n1. Introduction\n\nBetween Tuesday 28 November and Friday 1 December 2023 the council had a Corporate Peer Challenge from the LGA, and it soon published the report.', 'progress-review', 2023],
    // "asked the LGA to undertake a peer review" (modelled on https://www.arun.gov.uk/lga-peer-review-);
    // not the month of something else in a sentence that also asks the LGA (the Wirral case)
    ['LGA Corporate Peer Challenge Review\n\nIn 2014 the council asked the Local Government Association (LGA) to undertake a peer review under the Corporate Peer Challenge.', 'other', 2014],
    ['The council moved to a committee system in September 2020, and later asked the Local Government Association (LGA) for a view on how it was working.', 'news', null],
    // "went through the ... Peer Challenge process in November/December 2017" (modelled on
    // https://www.suffolk.gov.uk/suffolk-fire-and-rescue-service/about-suffolk-fire-and-rescue-service/performance-reports-and-strategic-assessment-of-risk/peer-review-operation-assessment-and-fire-peer-challenge)
    ['The fire and rescue service went through the Operational Assessment and Fire Peer Challenge process in November/December 2017.', 'other', 2017],
    // "the ... Peer review of 2025" (modelled on https://moderngov.middlesbrough.gov.uk/mgAi.aspx?ID=14303)
    ['The Mayor will brief the meeting on the Local Government Association Peer review of 2025.', 'committee-report', 2025],
    // the template's date line under the report's title (modelled on https://www.local.gov.uk/our-support/council-assurance-and-peer-challenge/peer-challenges-we-offer/corporate-peer-100)
    ['LGA Corporate Peer Challenge: Hull City Council\n\nFeedback report: October 2024\n\n1. Introduction\n\nA team of senior councillors and officers spends four days at the council.', 'feedback-report', 2024],
    // a council paper on a progress review that names the original challenge's month beside the follow-up visit's
    // (modelled on https://meetings.cotswold.gov.uk/ieIssueDetails.aspx?IId=6703&Opt=3&PlanId=0)
    ['LGA Corporate Peer Challenge Progress Review\n\nMeeting: 16/07/2025 - Council (Item 29)\n\nCouncil considered the Progress Review, which followed the original challenge in October 2022 and a follow-up visit in November 2023 that had been put back.', 'committee-report', 2022],
  ] as const)('challenge year %#', (text, documentType, expected) => {
    const blocks = blocksOf(text);
    const stage = documentType === 'progress-review' ? 'progress-review' : 'challenge';
    expect(findChallengeYear(blocks, findDates(blocks), documentType, stage)).toBe(expected);
  });
});
