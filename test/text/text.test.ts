import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  containment,
  contentTerms,
  cosine,
  inflectionStem,
  hasWords,
  jaccard,
  singleSpaced,
  spacingKey,
  terms,
  tfidfVectors,
  words,
  wordsKey,
} from '../../src/text/index.js';

describe('words', () => {
  it.each([
    ["The Council’s MTFS", [['the', 0, 3, 3], ['council', 4, 13, 11], ['mtfs', 14, 18, 18]]],
    ['decision-making 2016/17', [['decision', 0, 8, 8], ['making', 9, 15, 15], ['2016', 16, 20, 20], ['17', 21, 23, 23]]],
    ["o'clock, café", [["o'clock", 0, 7, 7], ['café', 9, 13, 13]]],
    ['', []],
  ] as const)('%j', (text, expected) => {
    expect(words(text).map((w) => [w.form, w.start, w.end, w.formEnd])).toEqual(expected);
  });

  it('finds exactly the runs of Unicode letters and digits (with apostrophe parts), whatever the script', () => {
    const plain = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;
    const pieces = ['a', 'Z', '9', 'é', 'Ж', '中', '٣', "'", '’', ' ', '-', '.', 's', 'ß'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(words(text).map((w) => [w.start, w.end])).toEqual([...text.matchAll(plain)].map((m) => [m.index, m.index + m[0].length]));
      }),
      { seed: 3, numRuns: 500 },
    );
  });
});

describe('terms', () => {
  it.each([
    ['Medium Term Financial Strategy', ['medium', 'medium term', 'term', 'term financi', 'financi', 'financi strategi', 'strategi']],
    ["the council's overspends", ['council', 'council overspend', 'overspend']],
    ['place-shaping and decision-making', ['place', 'place shape', 'shape', 'shape decis', 'decis', 'decis make', 'make']],
    ['Members and officers', ['member', 'member offic', 'offic']],
    ['budget. Scrutiny', ['budget', 'scrutini']],
    ['in 2016/17 £15.45 million', ['million']],
    ['MTFS', ['mtf']],
    ['it will also be', []],
  ])('%s', (text, keys) => {
    expect(terms(text).map((t) => t.key)).toEqual(keys);
  });

  it('gives spans of the text without a possessive, a bigram spanning both words', () => {
    const text = "Review the overview and scrutiny arrangements of the council's";
    const spans = terms(text).map((t) => text.slice(t.start, t.end));
    expect(spans).toContain('overview and scrutiny');
    expect(spans.at(-1)).toBe('council');
  });

  it('contentTerms are the unigrams of terms', () => {
    const text = 'The Council’s reserves fall: 2016 savings will be hard.';
    expect(contentTerms(text)).toEqual(terms(text).filter((t) => !t.key.includes(' ')).map((t) => t.key));
  });
});

describe('inflectionStem', () => {
  it.each([
    ['overspends', 'overspend'], ['communities', 'community'], ['community', 'community'], ['communicate', 'communicat'],
    ['managing', 'manag'], ['managed', 'manag'], ['manage', 'manag'], ['processes', 'process'], ['focus', 'focus'],
    ['council\'s', 'council'], ['led', 'led'], ['needs', 'need'],
  ])('%s -> %s', (word, stem) => expect(inflectionStem(word)).toBe(stem));
});

describe('TF-IDF and similarity', () => {
  const { space, vectors } = tfidfVectors([['a', 'b', 'b'], ['b', 'c'], ['c']]);

  it('indexes terms alphabetically by default, or rarest first, with smoothed IDF', () => {
    expect(space.terms).toEqual(['a', 'b', 'c']);
    expect(space.idf[0]).toBeCloseTo(Math.log(4 / 2) + 1, 12);
    expect(tfidfVectors([['b', 'a'], ['b']], { order: 'rarest-first' }).space.terms).toEqual(['a', 'b']);
    expect(tfidfVectors([['a'], ['b'], ['b']], { minDf: 2 }).space.terms).toEqual(['b']);
  });

  it('makes unit vectors whose cosine is 1 with themselves and 0 without shared terms', () => {
    for (const v of vectors) expect(cosine(v, v)).toBeCloseTo(1, 12);
    expect(cosine(vectors[0]!, vectors[2]!)).toBe(0);
    expect(cosine(vectors[0]!, vectors[1]!)).toBeGreaterThan(0);
  });

  it.each([
    [[], [], 1, 0],
    [['a', 'b'], ['b', 'c'], 1 / 3, 0.5],
    [['a'], ['a', 'b', 'c', 'd'], 0.25, 1],
  ])('jaccard and containment of %j and %j', (a, b, j, c) => {
    expect(jaccard(new Set(a), new Set(b))).toBeCloseTo(j, 12);
    expect(containment(new Set(a), new Set(b))).toBeCloseTo(c, 12);
  });
});

describe('keys', () => {
  it.each([
    ['  The   Budget\nGap ', 'the budget gap', 'the budget gap'],
    ['Review the MTFS (2024/25).', 'review the mtfs (2024/25).', 'review the mtfs 2024 25'],
    ['Ynys Môn’s “Café” plan – 2024', 'ynys môn’s “café” plan – 2024', 'ynys môn s café plan 2024'],
    ['\tTab_and-hyphen\u0000end~', 'tab_and-hyphen\u0000end~', 'tab and hyphen end'],
    ['İLÇE ½ Ⅻ', 'i̇lçe ½ ⅻ', 'i lçe ½ ⅻ'],
  ])('%j', (text, spacing, word) => {
    expect(spacingKey(text)).toBe(spacing);
    expect(wordsKey(text)).toBe(word);
  });
});

describe('singleSpaced', () => {
  it('folds every run of white space (tabs, line breaks, no-break spaces) to one space and trims', () => {
    expect(singleSpaced('\u00a0 The\tBudget \n\n Gap\u00a0')).toBe('The Budget Gap');
    expect(singleSpaced('one two')).toBe('one two');
    expect(singleSpaced('a\u2028b\r\nc')).toBe('a b c');
  });

  it('is the plain fold of every run, whatever the text', () => {
    const spaces = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', ' \u00a0', '\r\n', '\u2003');
    const text = fc.array(fc.oneof(spaces, fc.constantFrom('a', 'Bc', '.', '-')), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (t) => singleSpaced(t) === t.replace(/\s+/g, ' ').trim()));
  });
});

describe('hasWords', () => {
  it('counts the words whose form passes the test, up to the number asked for', () => {
    const long = (form: string) => form.length > 1;
    expect(hasWords('Review the MTFS', 3, long)).toBe(true);
    expect(hasWords('A budget of £2', 3, long)).toBe(false);
    expect(hasWords("Council's plan", 2, (form) => form === 'council' || form === 'plan')).toBe(true);
    expect(hasWords('', 0, long)).toBe(true);
  });
});
