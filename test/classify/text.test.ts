import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/classify/splitSentences.js';
import { terms } from '../../src/classify/terms.js';

describe('terms', () => {
  it.each([
    ['Medium Term Financial Strategy', ['medium', 'medium term', 'term', 'term financi', 'financi', 'financi strategi', 'strategi']],
    ["the council's overspends", ['council', 'council overspend', 'overspend']],
    ['place-shaping and decision-making', ['place', 'place shape', 'shape', 'shape decis', 'decis', 'decis make', 'make']],
    ['Members and officers', ['member', 'member offic', 'offic']],
    ['budget. Scrutiny', ['budget', 'scrutini']],
    ['in 2016/17 £15.45 million', ['million']],
    ['MTFS', ['mtf']],
  ])('%s', (text, keys) => {
    expect(terms(text).map((t) => t.key)).toEqual(keys);
  });

  it('gives spans of the text, a bigram spanning both words', () => {
    const text = 'Review the overview and scrutiny arrangements';
    for (const term of terms(text)) expect(text.slice(term.start, term.end).length).toBeGreaterThan(0);
    const bigram = terms(text).find((t) => t.key === 'overview scrutini')!;
    expect(text.slice(bigram.start, bigram.end)).toBe('overview and scrutiny');
  });
});

describe('splitSentences', () => {
  it.each([
    ['One sentence here. Another one here.', ['One sentence here.', 'Another one here.']],
    ['Savings (e.g. Children’s Services) are offset. Reserves fall fast.', ['Savings (e.g. Children’s Services) are offset.', 'Reserves fall fast.']],
    ['The council needs to\n\nagree a budget soon.', ['The council needs to agree a budget soon.']],
    ['It needs approaches such as:\n\n- Reducing demand for services\n- Growing the council tax base', ['It needs approaches such as:', 'Reducing demand for services', 'Growing the council tax base']],
    ['- 1) **Take robust action on the budget.** The gap is large.', ['Take robust action on the budget.', 'The gap is large.']],
    ['Too short. Ok.', []],
  ])('%j', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});
