import { beforeAll, describe, expect, it } from 'vitest';
import { discoverPhrases, nounPhrases, type IssueTaxonomy } from '../../src/aggregate/index.js';
import type { Assignment } from '../../src/classify/types.js';
import type { CorpusDocument } from '../../src/corpus/schema.js';
import { loadIssueTaxonomy } from '../../src/resources/taxonomy.js';
import { loadRegister } from '../../src/resources/register.js';
import { buildCorpus, type DocumentSpec } from './helpers/buildCorpus.js';
import { fixtureCorpus } from './helpers/fixtureCorpus.js';
import { groupChallenges } from './helpers/groupChallenges.js';

let taxonomy: IssueTaxonomy;
let documents: CorpusDocument[];
let assignments: Assignment[];
beforeAll(async () => {
  taxonomy = await loadIssueTaxonomy();
  ({ documents, assignments } = await fixtureCorpus());
});

describe('nounPhrases', () => {
  it('takes adjective-noun runs ending on a noun, without names, numbers or vague openers', () => {
    expect(nounPhrases('Take robust and immediate action to stabilise the budget, and develop a realistic medium term financial strategy.')).toEqual([
      'medium term', 'medium term financial strategy', 'term financial strategy', 'financial strategy',
    ]);
    expect(nounPhrases('Asset management is improving across Stoke-on-Trent City Council\'s estate, 2016/17 to 2019/20.')).toEqual(['asset management']);
  });
});

describe('discoverPhrases on the fixture corpus', () => {
  it('finds recurring recommendation phrases the taxonomy lacks, with councils and quotes', () => {
    const challenges = groupChallenges(documents, assignments);
    const found = discoverPhrases(documents, challenges, taxonomy);
    // "medium term" recurs too, but is part of a taxonomy phrase; the other recurring phrases are tagged issues.
    expect(found.map((p) => [p.phrase, p.councils, p.documents, p.occurrences])).toEqual([['work programme', 2, 2, 2]]);
    expect(found[0]!.quotes.map((q) => [q.council?.name, q.text])).toEqual([
      ['Hartlepool Borough Council', 'Strengthen overview and scrutiny, including its work programme, so that it adds value to decision making'],
      ['Wigan Metropolitan Borough Council', 'Review the scrutiny function and its work programme'],
    ]);
  });

  it('reads theme sections on request, quoting the sentence and its page', () => {
    const challenges = groupChallenges(documents, assignments);
    const found = discoverPhrases(documents, challenges, taxonomy, { sections: true });
    expect(found.map((p) => [p.phrase, p.councils])).toEqual([
      ['asset management', 3], ['armed forces covenant', 2], ['asset management plan', 2], ['work programme', 2],
    ]);
    expect(found[0]!.quotes.map((q) => [q.council?.name, q.text, q.page, q.documentId])).toEqual([
      ['Cheltenham Borough Council', 'Asset management is improving, helped by the new estates team.', 9, 'cheltenham-2018-feedback-report'],
      ['Hartlepool Borough Council', 'The council has started to review its asset management plan.', 7, 'hartlepool-2016-feedback-report'],
      ['Wigan Metropolitan Borough Council', 'The council should refresh its asset management plan to support the town centres.', 6, 'wigan-2021-feedback-report'],
    ]);
    // A phrase seen only inside a longer one ("forces covenant") is not listed on its own.
    expect(found.map((p) => p.phrase)).not.toContain('forces covenant');
    expect(JSON.stringify(discoverPhrases(documents, challenges, taxonomy, { sections: true }))).toBe(JSON.stringify(found));
  });

  it('ranks by councils, then by distinctiveness: a phrase repeated within councils ranks below one spread thinly', async () => {
    const spec = (id: string, gssCode: string, texts: string[]): DocumentSpec => ({
      id, file: `${id}.txt`, gssCode, documentType: 'feedback-report', stage: 'challenge', framework: 'classic',
      dates: { visit: { start: '2019-01-01', end: '2019-01-02', text: 'January 2019' } },
      recommendations: texts.map((text) => ({ text, themes: ['capacity'] })),
    });
    const corpus = buildCorpus(
      [
        spec('a', 'E06000001', ['Refresh the asset register', 'Review the asset register again', 'Publish the asset register', 'Agree a people plan']),
        spec('b', 'E06000002', ['Refresh the asset register', 'Agree a people plan']),
        spec('c', 'E06000003', ['Tidy the filing cabinets']),
      ],
      await loadRegister(),
    );
    const found = discoverPhrases(corpus.documents, groupChallenges(corpus.documents, corpus.assignments), taxonomy);
    expect(found.map((p) => [p.phrase, p.councils, p.occurrences])).toEqual([['people plan', 2, 2], ['asset register', 2, 4]]);
    expect(found[0]!.distinctiveness).toBeGreaterThan(found[1]!.distinctiveness);
    expect(discoverPhrases(corpus.documents, groupChallenges(corpus.documents, corpus.assignments), taxonomy, { minCouncils: 1, limit: 1 })).toHaveLength(1);
  });
});
