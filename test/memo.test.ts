import { describe, expect, it } from 'vitest';
import { memoised } from '../src/memo.js';

describe('memoised', () => {
  it('answers a repeated key from the memo, null answers included, and forgets all at the limit', () => {
    const calls: string[] = [];
    const upper = memoised((key: string) => {
      calls.push(key);
      return key === 'the' ? null : key.toUpperCase();
    }, 3);
    expect(['a', 'b', 'a', 'the', 'the'].map(upper)).toEqual(['A', 'B', 'A', null, null]);
    expect(calls).toEqual(['a', 'b', 'the']);
    upper('c'); // the fourth answer: the memo (full at 3) is cleared first
    upper('a');
    expect(calls).toEqual(['a', 'b', 'the', 'c', 'a']);
  });
});
