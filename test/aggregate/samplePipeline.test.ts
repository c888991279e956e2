/**
 * The sample tables through the real reader and extractor (gold themes stand in for the classifier, so the counts
 * check grouping and merging, not classification).
 */
import { describe, expect, it } from 'vitest';
import { themeTable } from '../../src/aggregate/index.js';
import { sampleCorpus } from './helpers/sampleCorpus.js';
import { groupChallenges } from './helpers/groupChallenges.js';

describe('the sample corpus through the extractor', () => {
  it('gives the same challenges and Stoke-on-Trent table as the gold', async () => {
    const { documents, assignments } = await sampleCorpus('pipeline');
    const challenges = groupChallenges(documents, assignments);
    expect(challenges.map((c) => [c.year, c.recommendations.length])).toEqual([[2020, 0], [2022, 3], [2019, 11], [2016, 9], [2018, 0]]);
    const stockton = challenges[2]!.recommendations;
    expect(stockton.filter((r) => /shared narrative about the council/.test(r.text)).map((r) => r.sources.length)).toEqual([2]);
    const stoke = themeTable(challenges, { grouping: 'council', framework: 'classic' }).filter((r) => r.group === 'Stoke-on-Trent City Council');
    expect(stoke.map((r) => [r.primary, r.mentions])).toEqual([[0, 2], [3, 3], [2, 2], [2, 3], [2, 3]]);
    const years = themeTable(challenges, { grouping: 'year', framework: 'classic' });
    expect(Object.fromEntries(years.map((r) => [r.group, [r.groupRecommendations, r.councilsInGroup]]))).toEqual({
      2016: [9, 1], 2018: [0, 1], 2019: [11, 1], 2020: [0, 1], 2022: [3, 1],
    });
  });
});
