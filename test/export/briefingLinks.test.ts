import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/aggregate/types.js';
import { quoteLinks, safeUrl } from '../../src/export/briefingLinks.js';
import { escapeHtml, jsonForScript, scriptText } from '../../src/export/htmlEscape.js';

const quote = (file: string, page: number | null, url: string | null = null): Quote => ({
  text: 't', council: null, year: null, documentId: 'd', file, page, url,
});

describe('quoteLinks', () => {
  it.each([
    ['data/sample/pdf/a.pdf', 4, '..', '../data/sample/pdf/a.pdf#page=4'],
    ['data/sample/pdf/a.pdf', null, '..', '../data/sample/pdf/a.pdf'],
    ['./reports/my report #2.pdf', 1, '../..', '../../reports/my%20report%20%232.pdf#page=1'],
    ['a.pdf', 2, '', './a.pdf#page=2'],
    ['javascript:alert(1)', null, '', './javascript%3Aalert(1)'],
    ['/srv/reports/a b.pdf', 3, '..', 'file:///srv/reports/a%20b.pdf#page=3'],
    ['C:\\Reports\\a.pdf', 5, '..', 'file:///C:/Reports/a.pdf#page=5'],
    ['data\\sample\\a.pdf', 0, '..', '../data/sample/a.pdf'],
  ])('%j page %j from %j -> %j', (file, page, root, expected) => {
    expect(quoteLinks(quote(file, page), root).local).toBe(expected);
  });

  it('keeps only http(s) urls', () => {
    expect(quoteLinks(quote('a.pdf', 1, 'https://example.org/a b?x=<1>'), '..').online).toBe('https://example.org/a%20b?x=%3C1%3E');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeUrl('/relative/path')).toBeNull();
    expect(safeUrl(null)).toBeNull();
  });
});

describe('HTML escaping', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')"> & more`)).toBe('&#60;img src=x onerror=&#34;alert(&#39;1&#39;)&#34;&#62; &#38; more');
  });

  it('writes JSON that survives inside <script> and parses back to the same value', () => {
    const value = { text: '</script><!-- <script>alert(1)</script> & \u2028\u2029 done' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('defuses </script and <!-- in inlined library source', () => {
    expect(scriptText('a = "</SCRIPT>"; b = "<!--";')).toBe('a = "<\\/SCRIPT>"; b = "<\\!--";');
  });
});
