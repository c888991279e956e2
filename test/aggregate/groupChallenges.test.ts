import { beforeAll, describe, expect, it } from 'vitest';
import { challengeYears } from '../../src/units/index.js';
import { contentTerms, textSimilarity } from '../../src/text/index.js';
import type { Register } from '../../src/corpus/register.js';
import type { Dates } from '../../src/corpus/schema.js';
import { loadRegister } from '../../src/resources/register.js';
import { buildCorpus, type DocumentSpec, type RecommendationSpec } from './helpers/buildCorpus.js';
import { groupChallenges } from './helpers/groupChallenges.js';

let register: Register;
beforeAll(async () => {
  register = await loadRegister();
});

const range = (start: string) => ({ start, end: start, text: start });

function spec(id: string, dates: Partial<Dates>, recommendations: RecommendationSpec[] = [], gssCode: string | null = 'E06000001'): DocumentSpec {
  return { id, file: `${id}.txt`, gssCode, documentType: 'committee-report', stage: 'challenge', framework: 'classic', dates, recommendations };
}

function years(specs: DocumentSpec[]): Record<string, number | null> {
  const { documents } = buildCorpus(specs, register);
  return Object.fromEntries([...challengeYears(documents)].map(([id, key]) => [id, key.year]));
}

describe('challengeYears', () => {
  it.each<[string, DocumentSpec[], Record<string, number | null>]>([
    ['a visit names the challenge', [spec('a', { visit: range('2016-11-08'), document: '2017-01-10' })], { a: 2016 }],
    ['a follow-up names the challenge it follows up', [spec('a', { originalChallenge: '2018-10', document: '2020-02-12' })], { a: 2018 }],
    ['a revisit report that names the original challenge', [spec('a', { originalChallenge: '2022-11', revisit: '2023-10', document: '2024-01-16' })], { a: 2022 }],
    ['a planned visit names the challenge to come', [spec('a', { plannedVisit: range('2020-09-21'), document: '2020-02-27', previousChallenge: '2013-12' })], { a: 2020 }],
    [
      'a revisit report without the original joins the latest earlier challenge (within three years)',
      [spec('old', { visit: range('2012-03-01') }), spec('feedback', { visit: range('2021-03-02') }), spec('revisit', { revisit: '2022-03', visit: range('2022-03-08') })],
      { old: 2012, feedback: 2021, revisit: 2021 },
    ],
    ['a revisit report with no earlier challenge stands on its own year', [spec('revisit', { revisit: '2022-03', visit: range('2022-03-08') })], { revisit: 2022 }],
    ['a feedback report that mentions a revisit to come keeps its visit', [spec('a', { visit: range('2019-06-04'), revisit: '2020-06' })], { a: 2019 }],
    [
      'an undated paper published the year after a visit joins it',
      [spec('report', { visit: range('2019-10-08') }), spec('cabinet', { document: '2020-01-21' })],
      { report: 2019, cabinet: 2019 },
    ],
    [
      'a paper two years on is another challenge',
      [spec('report', { visit: range('2016-10-08') }), spec('cabinet', { document: '2018-05-01' })],
      { report: 2016, cabinet: 2018 },
    ],
    ['no dates at all', [spec('a', {})], { a: null }],
    [
      'a progress review that does not name its challenge joins the latest in the three years before it',
      [spec('report', { visit: range('2019-11-05') }), { ...spec('progress', { document: '2021-03-01' }), stage: 'progress-review' }],
      { report: 2019, progress: 2019 },
    ],
    [
      'a proposal whose challenge was put back joins the challenge held',
      [spec('proposal', { plannedVisit: range('2020-09-21'), document: '2020-02-27' }), spec('report', { visit: range('2021-06-08') })],
      { proposal: 2021, report: 2021 },
    ],
    [
      'a proposal long before the next challenge stands on its own',
      [spec('proposal', { plannedVisit: range('2016-09-21') }), spec('report', { visit: range('2021-06-08') })],
      { proposal: 2016, report: 2021 },
    ],
  ])('%s', (_, specs, expected) => {
    expect(years(specs)).toEqual(expected);
  });

  it('keeps councils apart', () => {
    const { documents } = buildCorpus([spec('a', { visit: range('2019-10-08') }), spec('b', { document: '2020-01-21' }, [], 'E06000002')], register);
    expect(years([spec('a', { visit: range('2019-10-08') }), spec('b', { document: '2020-01-21' }, [], 'E06000002')])).toEqual({ a: 2019, b: 2020 });
    expect(groupChallenges(documents, []).map((c) => c.id)).toEqual(['E06000001-2019', 'E06000002-2020']);
  });
});

describe('merging restated recommendations', () => {
  const rec = (text: string): RecommendationSpec => ({ text, themes: ['governance'] });

  it('merges exact repeats within a document (when the extractor has not), never two different ones', () => {
    const { documents } = buildCorpus(
      [spec('a', { visit: range('2019-09-03') }, [
        rec("Develop a shared narrative of 'place' that is politically led"),
        rec('Create a shared narrative about the council and its role that is politically led'),
        rec('Create a shared narrative about the council and its role that is politically led.'),
      ])],
      register,
    );
    const [challenge] = groupChallenges(documents, []);
    expect(challenge!.recommendations.map((r) => r.recommendationIds)).toEqual([['a#1'], ['a#2', 'a#3']]);
  });

  it('merges a heading-only restatement and a rewording, one to one per document', () => {
    const { documents } = buildCorpus(
      [
        { ...spec('report', { visit: range('2019-09-03') }, [
          rec('Develop a clear and compelling narrative about the financial challenge. The council should set out the scale of savings needed and explain them to staff and residents.'),
          rec('Review the scrutiny function so that it holds the executive to account'),
          rec('Review the scrutiny committee structure'),
        ]), documentType: 'feedback-report' },
        spec('cabinet', { document: '2019-12-01' }, [
          rec('Develop a clear and compelling narrative about the financial challenge'),
          rec('Review the scrutiny function so it holds the executive to account'),
        ]),
      ],
      register,
    );
    const [challenge] = groupChallenges(documents, []);
    expect(challenge!.recommendations.map((r) => r.recommendationIds)).toEqual([
      ['report#1', 'cabinet#1'],
      ['report#2', 'cabinet#2'],
      ['report#3'],
    ]);
    expect(challenge!.recommendations[0]!.documentIds).toEqual(['report', 'cabinet']);
  });

  it('takes a threshold', () => {
    const { documents } = buildCorpus(
      [
        spec('report', { visit: range('2019-09-03') }, [rec('Review the scrutiny function so that it holds the executive to account')]),
        spec('cabinet', { document: '2019-12-01' }, [rec('Review the scrutiny function so it holds the executive to account')]),
      ],
      register,
    );
    expect(groupChallenges(documents, [], undefined, { threshold: 1.01 })[0]!.recommendations).toHaveLength(2);
  });

  it('scores term sets by Jaccard, or by containment of a shorter text', () => {
    const terms = (text: string) => new Set(contentTerms(text));
    expect(textSimilarity(terms('Review the scrutiny function'), terms('Review the scrutiny function'))).toBe(1);
    expect(textSimilarity(terms('Develop a clear narrative about the financial challenge'), terms('Develop a clear narrative about the financial challenge and communicate it widely to staff'))).toBeCloseTo(0.85);
    expect(textSimilarity(terms('Agree a budget'), terms('Agree a budget and a digital strategy for the next five years'))).toBeLessThan(0.6);
    expect(textSimilarity(new Set(), terms('x'))).toBe(0);
  });
});
