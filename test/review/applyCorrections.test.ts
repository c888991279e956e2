import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../../src/corpus/schema.js';
import { applyCorrections } from '../../src/review/applyCorrections.js';
import { parseCorrections, type Correction } from '../../src/review/corrections.js';
import { documentKey, reviewKey } from '../../src/review/reviewKey.js';

const location = { file: 'a.pdf', page: 1, line: 1, start: 0, end: 1 };
const recommendation = (id: string, text: string) => ({
  id, kind: 'key-recommendation', number: 1, heading: text, text, form: 'listed', rule: 'list-item', confidence: 0.9, count: 1, source: location, repeats: [],
}) as const;
const document = { id: 'a-pdf', file: 'a.pdf', sha256: 'ab'.repeat(32), framework: 'classic', recommendations: [recommendation('a-pdf#1', 'Set a budget.'), recommendation('a-pdf#2', 'Grow capacity.')] } as unknown as CorpusDocument;
const key1 = reviewKey(document.sha256, 'Set a budget.');
const correction = (fields: Partial<Correction>): Correction => ({ key: key1, document: null, decision: null, text: null, themes: null, note: '', at: 's.csv:2', ...fields });

describe('review keys', () => {
  it('depend on the content hash and the normalised words, not on case, spacing or punctuation', () => {
    expect(reviewKey(document.sha256, '  SET a budget ')).toBe(key1);
    expect(reviewKey(document.sha256, 'Set a new budget.')).not.toBe(key1);
    expect(reviewKey('cd'.repeat(32), 'Set a budget.')).not.toBe(key1);
    expect(key1.startsWith(`${documentKey(document.sha256)}-t`)).toBe(true);
  });
});

describe('applyCorrections', () => {
  it('lets a later row for the same key win', () => {
    const result = applyCorrections([document], [correction({ decision: 'drop' }), correction({ decision: 'keep', at: 't.csv:2' })]);
    expect(result.documents[0]!.recommendations).toHaveLength(2);
    expect(result.applied).toMatchObject({ corrections: 1, kept: 1, dropped: 0 });
  });

  it('reports themes of the other framework and leaves them to the model', () => {
    const result = applyCorrections([document], [correction({ themes: ['governance-culture' as never] })]);
    expect(result.themes.size).toBe(0);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'correction-invalid', at: 's.csv:2' })]);
  });

  it('refuses to add what cpc already found, and reports an added row whose document is gone', () => {
    const again = correction({ key: null, document: documentKey(document.sha256), text: 'set a budget', at: 's.csv:5' });
    const gone = correction({ key: null, document: 'dffffffffffff', text: 'New.', at: 's.csv:6' });
    const result = applyCorrections([document], [again, gone]);
    expect(result.documents[0]!.recommendations).toHaveLength(2);
    expect(result.problems.map((p) => [p.code, p.at])).toEqual([['correction-unmatched', 's.csv:6'], ['correction-invalid', 's.csv:5']]);
  });

  it('never changes its input', () => {
    const before = JSON.stringify(document);
    applyCorrections([document], [correction({ decision: 'keep', text: 'Set a balanced budget.' })]);
    expect(JSON.stringify(document)).toBe(before);
  });
});

describe('parseCorrections', () => {
  it('skips blank rows and names each bad row by line without stopping', () => {
    const csv = [
      'key,decision,text_corrected,themes_corrected,note',
      'k1,,,,',
      'k2,maybe,,,',
      'k3,keep,,not-a-theme,',
      'k4,drop,,,duplicate',
      ',,,finance,',
    ].join('\n');
    const { corrections, problems } = parseCorrections(csv, 's.csv');
    expect(corrections.map((c) => [c.key, c.decision])).toEqual([['k4', 'drop']]);
    expect(problems.map((p) => p.at)).toEqual(['s.csv:3', 's.csv:4', 's.csv:6']);
  });
});
