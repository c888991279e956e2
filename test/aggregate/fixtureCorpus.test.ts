/**
 * The made-up multi-council corpus (test/fixtures/aggregate/corpus.json). Every expectation below was worked out by
 * hand from the fixture's dates, themes and wording, not copied from output.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  challengeFocus,
  councilThemeWide,
  documentRows,
  issuePairs,
  issueTable,
  parseIssueTaxonomy,
  tagIssues,
  themeTable,
  type Challenge,
  type ChallengeFocus,
  type IssueTaxonomy,
} from '../../src/aggregate/index.js';
import type { Assignment } from '../../src/classify/types.js';
import type { CorpusDocument } from '../../src/corpus/schema.js';
import { byCodeUnit } from '../../src/order.js';
import { fixtureCorpus } from './helpers/fixtureCorpus.js';
import { cells, focusCells, groups } from './helpers/tables.js';
import { groupChallenges } from './helpers/groupChallenges.js';

let documents: CorpusDocument[];
let assignments: Assignment[];
let taxonomy: IssueTaxonomy;
let challenges: Challenge[];
let focus: ChallengeFocus[];
let documentTypes: Map<string, string>;

beforeAll(async () => {
  ({ documents, assignments } = await fixtureCorpus());
  taxonomy = parseIssueTaxonomy(readFileSync('data/codebooks/issues.yaml', 'utf8'), 'data/codebooks/issues.yaml');
  challenges = groupChallenges(documents, assignments, (text) => tagIssues(text, taxonomy));
  focus = challengeFocus(challenges, taxonomy);
  documentTypes = new Map(documents.map((d) => [d.id, d.documentType]));
});

const byId = (id: string) => challenges.find((c) => c.id === id)!;

describe('groupChallenges on the fixture corpus', () => {
  it('finds one challenge per council and challenge year, ordered by council, year and id', () => {
    expect(challenges.map((c) => [c.id, c.year, c.documentIds])).toEqual([
      ['E07000078-2018', 2018, ['cheltenham-2018-feedback-report', 'cheltenham-2020-progress-review']],
      ['E07000089-2021', 2021, ['hart-2021-proposal-report']],
      ['E06000001-2016', 2016, ['hartlepool-2016-feedback-report']],
      ['E06000001-2023', 2023, ['hartlepool-2023-feedback-report']],
      ['E09000007-2022', 2022, ['camden-2022-feedback-report']],
      ['E06000002-2019', 2019, ['middlesbrough-2019-feedback-report', 'middlesbrough-2020-cabinet-report']],
      ['E08000010-2021', 2021, ['wigan-2021-feedback-report', 'wigan-2022-revisit-report']],
      ['news-2019-peer-review-article-2019', 2019, ['news-2019-peer-review-article']],
    ]);
    expect(challenges.map((c) => c.recommendations.length)).toEqual([5, 0, 4, 5, 4, 5, 3, 1]);
  });

  it('keeps the metadata of the council with the challenge and each recommendation', () => {
    const hart = byId('E07000089-2021');
    expect([hart.council?.name, hart.council?.authorityType, hart.council?.region, hart.focusAreas]).toEqual([
      'Hart District Council', 'shire district', 'South East', ['climate emergency', 'customer services'],
    ]);
    const news = byId('news-2019-peer-review-article-2019');
    expect(news.council).toBeNull();
    const progress = byId('E07000078-2018').recommendations[3]!;
    expect([progress.id, progress.kind, progress.documentType, progress.year, progress.council?.name]).toEqual([
      'cheltenham-2020-progress-review#1', 'area-to-strengthen', 'progress-review', 2018, 'Cheltenham Borough Council',
    ]);
  });

  it('counts a recommendation restated in the cabinet report once, keeping both documents as provenance', () => {
    const recs = byId('E06000002-2019').recommendations;
    expect(recs.map((r) => [r.id, r.documentIds.length, r.recommendationIds])).toEqual([
      ['middlesbrough-2019-feedback-report#1', 2, ['middlesbrough-2019-feedback-report#1', 'middlesbrough-2020-cabinet-report#1']],
      ['middlesbrough-2019-feedback-report#2', 2, ['middlesbrough-2019-feedback-report#2', 'middlesbrough-2020-cabinet-report#2']],
      ['middlesbrough-2019-feedback-report#3', 2, ['middlesbrough-2019-feedback-report#3', 'middlesbrough-2020-cabinet-report#3']],
      ['middlesbrough-2019-feedback-report#4', 2, ['middlesbrough-2019-feedback-report#4', 'middlesbrough-2020-cabinet-report#4']],
      ['middlesbrough-2019-feedback-report#5', 1, ['middlesbrough-2019-feedback-report#5']],
    ]);
    // The feedback report's wording and page, then the cabinet report's source.
    const budget = recs[1]!;
    expect(budget.text).toBe('Set a balanced budget and a realistic medium term financial plan that reduces reliance on reserves');
    expect(budget.sources.map((s) => [s.file, s.page])).toEqual([
      ['fixtures/middlesbrough-2019-feedback-report.pdf', 3],
      ['fixtures/middlesbrough-2020-cabinet-report.docx', null],
    ]);
    // The first appearance's assignment: the cabinet report gave the fourth only governance.
    expect(recs[3]!.assignment?.themes.map((t) => t.theme)).toEqual(['governance', 'capacity']);
  });

  it('puts a revisit report that does not name its challenge with the council\'s earlier challenge', () => {
    const wigan = byId('E08000010-2021');
    expect(wigan.recommendations.map((r) => [r.id, r.recommendationIds.length])).toEqual([
      ['wigan-2021-feedback-report#1', 2],
      ['wigan-2021-feedback-report#2', 1],
      ['wigan-2022-revisit-report#2', 1],
    ]);
  });

  it('does not merge a progress note that only resembles a recommendation', () => {
    expect(byId('E07000078-2018').recommendations.map((r) => r.id)).toContain('cheltenham-2020-progress-review#1');
  });

  it('does not depend on the order of the documents', () => {
    const reversed = groupChallenges([...documents].reverse(), [...assignments].reverse(), (text) => tagIssues(text, taxonomy));
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(challenges));
  });
});

describe('theme tables on the fixture corpus', () => {
  it('by year (classic), with "N of M councils" counting councils without recommendations', () => {
    const rows = themeTable(challenges, { grouping: 'year', framework: 'classic' });
    expect(groups(rows)).toEqual({ 2016: [4, 1], 2018: [5, 1], 2019: [6, 2], 2021: [3, 2], 2022: [4, 1], 2023: [5, 1] });
    const t = cells(rows);
    expect(t['2019']).toEqual({
      priorities: [1, 1, 1], 'place-leadership': [0, 0, 0], finance: [1, 1, 1], governance: [2, 2, 1], capacity: [2, 3, 2],
    });
    // Hart proposed a challenge and has no recommendations: one of two councils that year.
    expect(t['2021']).toEqual({
      priorities: [0, 0, 0], 'place-leadership': [1, 1, 1], finance: [0, 0, 0], governance: [1, 2, 1], capacity: [1, 1, 1],
    });
    // Camden's and Hartlepool's current-framework themes through the crosswalk; the unclassified one is kept.
    expect(t['2022']).toEqual({
      priorities: [2, 3, 1], 'place-leadership': [1, 1, 1], finance: [1, 1, 1], governance: [0, 0, 0], capacity: [0, 1, 1],
    });
    expect(t['2023']).toEqual({
      priorities: [0, 1, 1], 'place-leadership': [1, 1, 1], finance: [1, 1, 1], governance: [1, 1, 1], capacity: [1, 1, 1],
      unclassified: [1, 1, 1],
    });
    expect(rows.filter((r) => r.group === '2019').map((r) => r.share)).toEqual([0.1667, 0, 0.1667, 0.3333, 0.3333]);
  });

  it('by year in the current framework: native themes, vocabulary order, unclassified last', () => {
    const rows = themeTable(challenges, { grouping: 'year', framework: 'current' }).filter((r) => r.group === '2023');
    expect(rows.map((r) => [r.theme, r.primary, r.mentions])).toEqual([
      ['local-priorities', 0, 1],
      ['organisational-place-leadership', 1, 1],
      ['governance-culture', 1, 1],
      ['financial-management', 1, 1],
      ['capacity-for-improvement', 1, 1],
      ['unclassified', 1, 1],
    ]);
    expect(rows.map((r) => r.themeLabel).at(-1)).toBe('Unclassified');
  });

  it('by region: a council with two challenges counts once in the denominator', () => {
    const rows = themeTable(challenges, { grouping: 'region', framework: 'classic' });
    expect(groups(rows)).toEqual({
      London: [4, 1], 'North East': [14, 2], 'North West': [3, 1], 'South East': [0, 1], 'South West': [5, 1], '(unknown)': [1, 1],
    });
    expect(cells(rows)['North East']).toEqual({
      priorities: [2, 3, 2], 'place-leadership': [1, 3, 1], finance: [3, 3, 2], governance: [4, 4, 2], capacity: [3, 4, 2],
      unclassified: [1, 1, 1],
    });
    expect(rows.filter((r) => r.group === 'South East').map((r) => [r.primary, r.share, r.councils, r.councilsInGroup])).toEqual(
      Array(5).fill([0, 0, 0, 1]),
    );
    expect([...new Set(rows.map((r) => r.group))]).toEqual(['London', 'North East', 'North West', 'South East', 'South West', '(unknown)']);
  });

  it('by authority type', () => {
    const rows = themeTable(challenges, { grouping: 'authority-type', framework: 'classic' });
    expect(groups(rows)).toEqual({
      'London borough': [4, 1], 'metropolitan district': [3, 1], 'shire district': [5, 2], unitary: [14, 2], '(unknown)': [1, 1],
    });
    expect(cells(rows)['shire district']!.finance).toEqual([3, 3, 1]);
  });

  it('by document type: a recommendation counts in each type of document it appears in', () => {
    const rows = themeTable(challenges, { grouping: 'document-type', framework: 'classic', documentTypes });
    expect(groups(rows)).toEqual({ 'committee-report': [4, 2], 'feedback-report': [23, 5], news: [1, 1], 'progress-review': [4, 2] });
    expect(cells(rows)['committee-report']).toEqual({
      priorities: [1, 1, 1], 'place-leadership': [0, 0, 0], finance: [1, 1, 1], governance: [2, 2, 1], capacity: [0, 1, 1],
    });
    expect(cells(rows)['progress-review']).toEqual({
      priorities: [0, 1, 1], 'place-leadership': [2, 2, 2], finance: [1, 1, 1], governance: [0, 2, 2], capacity: [1, 1, 1],
    });
    expect(() => themeTable(challenges, { grouping: 'document-type', framework: 'classic' })).toThrow(/document/);
  });

  it('by council, and wide with a column per theme', () => {
    const rows = themeTable(challenges, { grouping: 'council', framework: 'classic' });
    expect(groups(rows)['Hartlepool Borough Council']).toEqual([9, 1]);
    const wide = councilThemeWide(rows);
    expect(wide.map((r) => r.council)).toEqual([
      'Cheltenham Borough Council', 'Hart District Council', 'Hartlepool Borough Council', 'London Borough of Camden',
      'Middlesbrough Borough Council', 'Wigan Metropolitan Borough Council', '(council not named: news-2019-peer-review-article-2019)',
    ]);
    expect(Object.keys(wide[0]!)).toEqual(['council', 'framework', 'recommendations', 'priorities', 'place-leadership', 'finance', 'governance', 'capacity', 'unclassified']);
    expect(wide[1]).toEqual({
      council: 'Hart District Council', framework: 'classic', recommendations: 0,
      priorities: 0, 'place-leadership': 0, finance: 0, governance: 0, capacity: 0, unclassified: 0,
    });
    expect(wide[2]).toEqual({
      council: 'Hartlepool Borough Council', framework: 'classic', recommendations: 9,
      priorities: 1, 'place-leadership': 1, finance: 2, governance: 2, capacity: 2, unclassified: 1,
    });
  });

  it('marks the themes councils asked about (focus areas), with or without recommendations', () => {
    expect(focus.filter((f) => f.themes.length > 0).map((f) => [f.challengeId, f.issues, f.themes])).toEqual([
      ['E07000078-2018', ['commercialisation'], ['finance', 'financial-management']],
      ['E07000089-2021', ['climate-and-environment', 'customer-focus'], ['place-leadership', 'capacity', 'organisational-place-leadership', 'capacity-for-improvement']],
      ['E06000001-2016', ['financial-sustainability'], ['finance', 'financial-management']],
      ['E06000001-2023', ['place-shaping', 'workforce'], ['place-leadership', 'capacity', 'organisational-place-leadership', 'capacity-for-improvement']],
      ['E09000007-2022', ['housing', 'health-inequalities'], ['place-leadership', 'organisational-place-leadership']],
    ]);
    expect(focusCells(themeTable(challenges, { grouping: 'year', framework: 'classic', focus }))).toEqual({
      2016: { finance: 1 }, 2018: { finance: 1 }, 2021: { 'place-leadership': 1, capacity: 1 }, 2022: { 'place-leadership': 1 },
      2023: { 'place-leadership': 1, capacity: 1 },
    });
    expect(focusCells(themeTable(challenges, { grouping: 'region', framework: 'current', focus }))).toEqual({
      London: { 'organisational-place-leadership': 1 },
      'North East': { 'organisational-place-leadership': 1, 'financial-management': 1, 'capacity-for-improvement': 1 },
      'South East': { 'organisational-place-leadership': 1, 'capacity-for-improvement': 1 },
      'South West': { 'financial-management': 1 },
    });
  });
});

describe('recurring issues on the fixture corpus', () => {
  it('ranks issues by councils, then recommendations, then id, counting every council in the total', () => {
    const rows = issueTable(challenges, taxonomy, { documents });
    expect(rows.slice(0, 12).map((r) => [r.issue, r.councils, r.challenges, r.recommendations])).toEqual([
      ['partnerships', 4, 5, 6],
      ['financial-sustainability', 3, 4, 4],
      ['medium-term-financial-strategy', 3, 4, 4],
      ['narrative', 3, 3, 3],
      ['place-shaping', 2, 3, 4],
      ['risk-management', 2, 2, 3],
      ['organisational-capacity', 2, 2, 2],
      ['performance-management', 2, 2, 2],
      ['programme-management', 2, 2, 2],
      ['scrutiny', 2, 2, 2],
      ['transformation-and-digital', 2, 2, 2],
      ['workforce', 2, 2, 2],
    ]);
    expect(new Set(rows.map((r) => r.councilsTotal))).toEqual(new Set([7]));
    expect(rows).toHaveLength(taxonomy.issues.length);
    const climate = rows.find((r) => r.issue === 'climate-and-environment')!;
    expect([climate.councils, climate.focusAreaCouncils, climate.quotes]).toEqual([0, 0, []]);
  });

  it('separates what councils asked about from what peers raised unprompted', () => {
    const rows = issueTable(challenges, taxonomy, { documents });
    const asked = Object.fromEntries(rows.filter((r) => r.focusAreaCouncils > 0).map((r) => [r.issue, [r.focusAreaCouncils, r.councils]]));
    expect(asked).toEqual({
      'financial-sustainability': [1, 3], 'place-shaping': [1, 2], workforce: [1, 2], commercialisation: [1, 1], housing: [1, 1],
      'health-inequalities': [1, 1],
    });
  });

  it('quotes one recommendation per council, traced to its document, page and URL', () => {
    const mtfs = issueTable(challenges, taxonomy, { documents, quotes: 5 }).find((r) => r.issue === 'medium-term-financial-strategy')!;
    expect(mtfs.councilNames).toEqual(['Cheltenham Borough Council', 'Hartlepool Borough Council', 'Middlesbrough Borough Council']);
    expect(mtfs.quotes.map((q) => [q.council?.name, q.year, q.documentId, q.file, q.page, q.url])).toEqual([
      ['Cheltenham Borough Council', 2018, 'cheltenham-2018-feedback-report', 'fixtures/cheltenham-2018-feedback-report.pdf', null, null],
      ['Hartlepool Borough Council', 2016, 'hartlepool-2016-feedback-report', 'fixtures/hartlepool-2016-feedback-report.pdf', 4, 'https://example.org/hartlepool-2016.pdf'],
      ['Middlesbrough Borough Council', 2019, 'middlesbrough-2019-feedback-report', 'fixtures/middlesbrough-2019-feedback-report.pdf', 3, 'https://example.org/middlesbrough-2019.pdf'],
    ]);
  });

  it('counts issue pairs per recommendation', () => {
    const pairs = issuePairs(challenges);
    expect(pairs.slice(0, 4)).toEqual([
      { issueA: 'financial-sustainability', issueB: 'medium-term-financial-strategy', recommendations: 4 },
      { issueA: 'commercialisation', issueB: 'risk-management', recommendations: 2 },
      { issueA: 'narrative', issueB: 'partnerships', recommendations: 3 },
      { issueA: 'partnerships', issueB: 'place-shaping', recommendations: 2 },
    ].sort((a, b) => b.recommendations - a.recommendations || byCodeUnit(a.issueA, b.issueA)));
    expect(pairs.every((p) => p.issueA < p.issueB)).toBe(true);
  });
});

describe('documentRows on the fixture corpus', () => {
  it('lists every document, including those without recommendations', () => {
    const rows = documentRows(documents);
    expect(rows).toHaveLength(11);
    expect(rows.find((r) => r.documentId === 'hart-2021-proposal-report')).toMatchObject({
      council: 'Hart District Council', year: 2021, documentType: 'committee-report', recommendations: 0, committeeRecommendations: 1,
    });
  });
});

describe('every table, run to run', () => {
  it('is byte-identical, whatever the order of the input', () => {
    const all = (docs: CorpusDocument[], assigned: Assignment[]) => {
      const cs = groupChallenges(docs, assigned, (text) => tagIssues(text, taxonomy));
      const fs = challengeFocus(cs, taxonomy);
      return JSON.stringify({
        themes: (['council', 'year', 'region', 'authority-type', 'document-type'] as const).flatMap((grouping) =>
          (['classic', 'current'] as const).map((framework) => themeTable(cs, { grouping, framework, documentTypes, focus: fs })),
        ),
        wide: councilThemeWide(themeTable(cs, { grouping: 'council', framework: 'current' })),
        issues: issueTable(cs, taxonomy, { documents: docs }),
        pairs: issuePairs(cs),
      });
    };
    const first = all(documents, assignments);
    expect(all(documents, assignments)).toBe(first);
    expect(all([...documents].reverse(), [...assignments].reverse())).toBe(first);
  });

  it('counts recommendations the classifier has not seen as unclassified', () => {
    const rows = themeTable(groupChallenges(documents, []), { grouping: 'year', framework: 'classic' }).filter((r) => r.group === '2019');
    expect(rows.map((r) => [r.theme, r.primary])).toEqual([
      ['priorities', 0], ['place-leadership', 0], ['finance', 0], ['governance', 0], ['capacity', 0], ['unclassified', 6],
    ]);
  });
});
