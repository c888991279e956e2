/**
 * The five sample documents, built from the gold annotations (see helpers/sampleCorpus.ts; the extractor and the
 * classifier can be swapped in there). Expected counts come from the gold file: primary theme = first gold theme.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  challengeFocus,
  documentRows,
  issuePairs,
  issueTable,
  parseIssueTaxonomy,
  tagIssues,
  themeTable,
  type Challenge,
  type IssueTaxonomy,
} from '../../src/aggregate/index.js';
import type { CorpusDocument } from '../../src/corpus/schema.js';
import { loadCodebooks } from '../../src/resources/codebooks.js';
import { gold } from '../helpers/gold.js';
import { sampleCorpus } from './helpers/sampleCorpus.js';
import { cells, groups } from './helpers/tables.js';
import { groupChallenges } from './helpers/groupChallenges.js';

const STOCKTON = 'Stockton-on-Tees Borough Council';
const STOKE = 'Stoke-on-Trent City Council';

let documents: CorpusDocument[];
let taxonomy: IssueTaxonomy;
let challenges: Challenge[];

beforeAll(async () => {
  const sample = await sampleCorpus('gold');
  documents = sample.documents;
  taxonomy = parseIssueTaxonomy(readFileSync('data/codebooks/issues.yaml', 'utf8'), 'data/codebooks/issues.yaml');
  challenges = groupChallenges(documents, sample.assignments, (text) => tagIssues(text, taxonomy));
});

describe('challenges of the sample corpus', () => {
  it('makes one challenge per document, in the year of the challenge each concerns', () => {
    expect(challenges.map((c) => [c.id, c.council?.name ?? null, c.year, c.recommendations.length])).toEqual([
      ['E07000111-2020', 'Sevenoaks District Council', 2020, 0],
      ['E08000007-2022', 'Stockport Metropolitan Borough Council', 2022, 3],
      ['E06000004-2019', STOCKTON, 2019, 11],
      ['E06000021-2016', STOKE, 2016, 9],
      ['E07000093-2018', 'Test Valley Borough Council', 2018, 0],
    ]);
  });

  it('counts the repeated Stockton narrative recommendation once, with both places it stands', () => {
    const stockton = challenges.find((c) => c.council?.name === STOCKTON)!;
    const narrative = stockton.recommendations.filter((r) => /shared narrative about the council/.test(r.text));
    expect(narrative).toHaveLength(1);
    expect([narrative[0]!.documentIds, narrative[0]!.recommendationIds.length, narrative[0]!.sources.length]).toEqual([
      ['stockton-on-tees-2019-cabinet-decision-txt'], 1, 2,
    ]);
    // The other narrative recommendation ("of 'place'") is a different one and stays.
    expect(stockton.recommendations.filter((r) => /narrative/.test(r.text))).toHaveLength(2);
  });
});

describe('theme tables of the sample corpus', () => {
  it("Stoke-on-Trent's nine recommendations by primary theme, and every theme they touch", () => {
    const rows = themeTable(challenges, { grouping: 'council', framework: 'classic' }).filter((r) => r.group === STOKE);
    expect(rows.map((r) => [r.theme, r.primary, r.mentions, r.share])).toEqual([
      ['priorities', 0, 2, 0],
      ['place-leadership', 3, 3, 0.3333],
      ['finance', 2, 2, 0.2222],
      ['governance', 2, 3, 0.2222],
      ['capacity', 2, 3, 0.2222],
    ]);
    expect(new Set(rows.map((r) => [r.groupRecommendations, r.councils, r.councilsInGroup].join()))).toEqual(new Set(['9,1,1']));
  });

  it('the same in the current framework, through the crosswalk', () => {
    const rows = themeTable(challenges, { grouping: 'council', framework: 'current' }).filter((r) => r.group === STOKE);
    expect(rows.map((r) => [r.theme, r.primary, r.mentions])).toEqual([
      ['local-priorities', 0, 2],
      ['organisational-place-leadership', 3, 3],
      ['governance-culture', 2, 3],
      ['financial-management', 2, 2],
      ['capacity-for-improvement', 2, 3],
    ]);
  });

  it("Stockton-on-Tees's eleven recommendations by primary theme", () => {
    const t = cells(themeTable(challenges, { grouping: 'council', framework: 'classic' }));
    expect(t[STOCKTON]).toEqual({
      priorities: [2, 3, 1], 'place-leadership': [4, 6, 1], finance: [1, 1, 1], governance: [4, 6, 1], capacity: [0, 1, 1],
    });
  });

  it('shows Test Valley and Sevenoaks, which have documents but no recommendations, in every denominator', () => {
    const council = groups(themeTable(challenges, { grouping: 'council', framework: 'classic' }));
    expect(council['Test Valley Borough Council']).toEqual([0, 1]);
    expect(council['Sevenoaks District Council']).toEqual([0, 1]);
    expect(groups(themeTable(challenges, { grouping: 'year', framework: 'classic' }))).toEqual({
      2016: [9, 1], 2018: [0, 1], 2019: [11, 1], 2020: [0, 1], 2022: [3, 1],
    });
    expect(groups(themeTable(challenges, { grouping: 'region', framework: 'classic' }))).toEqual({
      'North East': [11, 1], 'North West': [3, 1], 'South East': [0, 2], 'West Midlands': [9, 1],
    });
    expect(groups(themeTable(challenges, { grouping: 'authority-type', framework: 'classic' }))).toEqual({
      'metropolitan district': [3, 1], 'shire district': [0, 2], unitary: [20, 2],
    });
    const documentTypes = new Map(documents.map((d) => [d.id, d.documentType]));
    expect(groups(themeTable(challenges, { grouping: 'document-type', framework: 'classic', documentTypes }))).toEqual({
      'committee-report': [14, 4], 'feedback-report': [9, 1],
    });
  });

  it('lists every document with its counts', () => {
    expect(documentRows(documents).map((r) => [r.documentId, r.recommendations, r.recommendationsReferenced, r.committeeRecommendations])).toEqual([
      ['stockton-on-tees-2019-cabinet-decision-txt', 11, null, 1],
      ['stockport-2024-revisit-scrutiny-report-txt', 3, 11, 1],
      ['stoke-on-trent-2016-feedback-report-txt', 9, null, 0],
      ['test-valley-2020-progress-report-txt', 0, 9, 1],
      ['sevenoaks-2020-proposal-report-txt', 0, null, 1],
    ]);
  });
});

describe('recurring issues of the sample corpus', () => {
  it('finds the narrative issue in Stockton-on-Tees and Stoke-on-Trent, of five councils', () => {
    const rows = issueTable(challenges, taxonomy, { documents });
    const narrative = rows.find((r) => r.issue === 'narrative')!;
    expect([narrative.councils, narrative.councilsTotal, narrative.challenges, narrative.recommendations]).toEqual([2, 5, 2, 4]);
    expect(narrative.councilNames).toEqual([STOCKTON, STOKE]);
    expect(narrative.quotes.map((q) => [q.council?.name, q.documentId, q.file, q.text])).toEqual([
      [STOCKTON, 'stockton-on-tees-2019-cabinet-decision-txt', 'test/fixtures/sample/text/stockton-on-tees-2019-cabinet-decision.txt', "Develop a shared narrative of 'place' that is politically led"],
      [STOKE, 'stoke-on-trent-2016-feedback-report-txt', 'test/fixtures/sample/text/stoke-on-trent-2016-feedback-report.txt', 'Develop a clear and compelling narrative about the financial challenge and communicate it widely.'],
    ]);
    expect(rows.slice(0, 5).map((r) => [r.issue, r.councils, r.recommendations])).toEqual([
      ['narrative', 2, 4], ['partnerships', 2, 4], ['decision-making', 2, 2], ['locality-working', 2, 2], ['performance-management', 2, 2],
    ]);
  });

  it("marks Stockton's requested focus areas as asked about, not raised unprompted", () => {
    const rows = issueTable(challenges, taxonomy, { documents });
    const asked = rows.filter((r) => r.focusAreaCouncils > 0).map((r) => [r.issue, r.focusAreaCouncils, r.councils]);
    // Test Valley asked about inclusive growth too, but its progress report lists no recommendations.
    expect(asked).toEqual([
      ['health-inequalities', 1, 1], ['inclusive-growth', 1, 1], ['recycling', 1, 1],
    ]);
  });

  it('counts issue pairs within recommendations', () => {
    const pairs = issuePairs(challenges);
    expect(pairs).toHaveLength(23);
    expect(pairs[0]).toEqual({ issueA: 'budget-pressures', issueB: 'demand-management', recommendations: 1 });
  });
});

describe('issue tagging against the gold issue tags', () => {
  it('reaches a useful precision and recall on the issue ids the gold and the taxonomy share', () => {
    const ids = new Set(taxonomy.issues.map((i) => i.id));
    const recommendations = gold.documents.flatMap((d) => d.recommendations ?? []);
    const shared = new Set(recommendations.flatMap((r) => r.issues).filter((i) => ids.has(i)));
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const r of recommendations) {
      const found = new Set(tagIssues(r.text, taxonomy).map((t) => t.issue).filter((i) => shared.has(i)));
      const wanted = new Set(r.issues.filter((i) => shared.has(i)));
      for (const issue of found) if (wanted.has(issue)) truePositives += 1; else falsePositives += 1;
      for (const issue of wanted) if (!found.has(issue)) falseNegatives += 1;
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    console.log(`issue tagging vs gold: ${shared.size} shared ids, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${truePositives} TP, ${falsePositives} FP, ${falseNegatives} FN; in-sample: the taxonomy was written with the gold in view)`);
    expect(shared.size).toBe(new Set(recommendations.flatMap((r) => r.issues)).size);
    expect(recall).toBeGreaterThanOrEqual(0.7);
    expect(precision).toBeGreaterThanOrEqual(0.7);
  });
});

describe('focus areas against the theme codebooks', () => {
  it("matches Stockton's focus areas to codebook phrases as well as to issues", async () => {
    const codebooks = await loadCodebooks();
    const stockton = challengeFocus(challenges, taxonomy, [codebooks.classic, codebooks.current]).find((f) => f.challengeId === 'E06000004-2019')!;
    expect(stockton.issues).toEqual(['inclusive-growth', 'health-inequalities', 'recycling']);
    expect(stockton.matches.filter((m) => m.kind === 'theme' && m.id === 'place-leadership').map((m) => m.phrase)).toEqual(['health inequality', 'inclusive growth']);
    expect(stockton.themes).toContain('place-leadership');
    const rows = themeTable(challenges, { grouping: 'region', framework: 'classic', focus: challengeFocus(challenges, taxonomy) });
    // Test Valley asked about inclusive growth: counted for the South East though it has no recommendations.
    expect(rows.filter((r) => r.focusAreaCouncils > 0).map((r) => [r.group, r.theme, r.focusAreaCouncils])).toEqual([
      ['North East', 'place-leadership', 1], ['South East', 'place-leadership', 1],
    ]);
  });
});
