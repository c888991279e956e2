import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decode.js';
import { extractText } from '../../src/ingest/text.js';
import { decodeWindows1252 } from '../../src/ingest/windows1252.js';
import { fixtureBytes } from './fixtures.js';

const UTF16_TEXT = 'Corporate Peer Challenge\n\n- 1) Take robust action on the budget.\n';

describe('decodeText', () => {
  it.each([
    ['utf16le-bom.txt'],
    ['utf16be-bom.txt'],
    ['utf16le-nobom.txt'],
    ['utf16be-nobom.txt'],
  ])('reads %s as UTF-16 without a BOM in the text', (name) => {
    const { text, warnings } = decodeText(fixtureBytes(name), name);
    expect(text).toBe(UTF16_TEXT);
    expect(warnings).toEqual([]);
  });

  it('strips a UTF-8 BOM and turns CRLF and lone CR into LF', () => {
    const { text, warnings } = decodeText(fixtureBytes('utf8-bom-crlf.txt'), 'f.txt');
    expect(text).toBe('Café – résumé\nold Mac line\nlast\n');
    expect(warnings).toEqual([]);
  });

  it('falls back to Windows-1252 for invalid UTF-8, with a warning', () => {
    const { text, warnings } = decodeText(fixtureBytes('windows-1252.txt'), 'w.txt');
    expect(text).toBe('Peer challenge “findings” – the council’s € budget étude\nSecond line\n');
    expect(warnings).toEqual([{ code: 'encoding-fallback', message: expect.stringContaining('Windows-1252'), file: 'w.txt' }]);
  });

  it('reads plain UTF-8 as it is', () => {
    const bytes = new TextEncoder().encode('Leader’s “ambition”\n');
    expect(decodeText(bytes, 'u.txt')).toEqual({ text: 'Leader’s “ambition”\n', warnings: [] });
  });

  it('does not take ASCII text for UTF-16', () => {
    expect(decodeText(new TextEncoder().encode('abcdefgh'), 'a.txt').text).toBe('abcdefgh');
  });
});

describe('decodeWindows1252', () => {
  it('maps 0x80-0x9F to the Windows characters (Node decodes them as C1 controls)', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99]))).toBe('€…‘’“”–—™');
    expect(decodeWindows1252(new Uint8Array([0x41, 0xe9, 0xa3]))).toBe('Aé£');
  });
});

describe('extractText', () => {
  it('returns the decoded text as canonical text, without pages', () => {
    const extracted = extractText(fixtureBytes('utf16le-bom.txt'), 'a.txt');
    expect(extracted).toEqual({ text: UTF16_TEXT, pages: [], pageCount: null, warnings: [] });
  });
});

describe('extractText: tables written with pipes', () => {
  const text = (source: string) => extractText(new TextEncoder().encode(source), 'plan.md').text;

  it('gives each row its cells joined by tabs, as the other readers give a table, and the rule under the header empty', () => {
    // modelled on https://www.bexley.gov.uk/about-the-council/council-budgets-and-spending/review-our-finances/action-plan-lga-corporate-peer-challenge/recommendations-and-action-plan
    expect(text('Action plan\n| Ref | Recommendation | Deadline |\n|---|:---:|---|\n| 1 | Make the MTFS clearer. | July 2025 |\nDone.')).toBe(
      'Action plan\nRef\tRecommendation\tDeadline\n\n1\tMake the MTFS clearer.\tJuly 2025\nDone.',
    );
  });

  it('reads a row whose last cell broke across lines, keeps an escaped pipe in its cell, and leaves prose with a pipe alone', () => {
    expect(text('| 3 | Review the spending controls. | A review has been done.\nNext line')).toBe('3\tReview the spending controls.\tA review has been done.\nNext line');
    expect(text('| a \\| b | c |')).toBe('a | b\tc');
    expect(text('Peer challenge | Gravesham Borough Council')).toBe('Peer challenge | Gravesham Borough Council');
  });
});
