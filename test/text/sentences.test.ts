import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/index.js';

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
