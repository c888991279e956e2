import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../src/corpus/blocks.js';
import { extractHtml, htmlToCanonical } from '../../src/ingest/html.js';
import { fixtureBytes } from './fixtures.js';

const canonical = (name: string) => extractHtml(fixtureBytes(name), name).text;
const lines = (text: string) => text.split('\n').filter((line) => line !== '');

describe('htmlToCanonical: lists', () => {
  it('numbers ordered lists from start, value and type', () => {
    expect(lines(canonical('lists.html'))).toEqual([
      "The peer team's key recommendations:",
      '- 1. **Stabilise the budget.** Act now.',
      '- 2. Communicate the financial challenge.',
      '- 4. Fourth point',
      '- 9. Ninth point',
      '- 10. Tenth point',
      '- a) Note the report',
      '- b) Comment on it',
      '- C) Upper C',
      '- (i) First roman',
      '- (ii) Second roman',
      '- (iii) Third roman',
      '- (iv) Fourth roman',
      '- Plain bullet',
      '- Loose bullet in a paragraph',
      '- Parent item',
      '- Nested child',
      '- Empty bold vanishes',
    ]);
  });

  it("writes pandoc's bullet-wrapped ordered items as one item with the source's marker", () => {
    expect(lines(canonical('pandoc-nested.html'))).toEqual([
      'The core themes were as follows:-',
      '- a) Understanding of the local place',
      '- b) Leadership of Place - Does the council provide effective leadership of place?',
      '- 3) **Consider how the organisation needs to evolve.** There is a clear vision.',
      '- v) Fifth roman written (v)',
    ]);
  });

  it('writes a heading that opens a list item as the item\'s bold headline, not a "##" heading inside it', () => {
    // modelled on https://www.rbkc.gov.uk/council-councillors-and-democracy/local-government-association-corporate-peer-challenge/six-recommendations
    const html = '<h1>The six recommendations</h1><ul><li><h2>Set out a long-term vision</h2><p>The council has no stated vision yet.</p></li></ul>';
    expect(htmlToCanonical(html, 'x').text).toBe('## The six recommendations\n\n- **Set out a long-term vision**\n\nThe council has no stated vision yet.\n');
  });

  it('gives blocks.ts list items with markers, ordinals and bold headings', () => {
    const blocks = toBlocks(htmlToCanonical('<ul><li><ol start="2" type="a"><li><b>Be bold.</b> Then plain.</li></ol></li></ul>', 'x'), 'x');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ kind: 'list-item', marker: 'b)', ordinal: 2, bold: 'Be bold.', bulleted: true, text: 'Be bold. Then plain.' });
  });
});

describe('htmlToCanonical: tables', () => {
  it('writes a data row per line with tab-separated cells, skips empty rows, reads layout tables as blocks', () => {
    expect(lines(canonical('table.html'))).toEqual([
      'Engagement',
      'Measure\tValue',
      'People met\t230',
      'Meetings & visits\t40',
      'Report to:\tCabinet 12 February 2020',
      'First column paragraph.',
      'Second paragraph in the cell.',
      '- A list in a layout cell',
    ]);
  });

  it('keeps every cell under its header where cells span rows or columns (Word\'s merged cells)', () => {
    const html =
      '<table><tr><th>No.</th><th>Recommendation</th><th>Action</th><th>Lead</th></tr>' +
      '<tr><td rowspan="2">1</td><td rowspan="2">Set out a long-term vision</td><td>Draft the vision</td><td>Chief Executive</td></tr>' +
      '<tr><td>Consult residents</td><td>Head of Communications</td></tr>' +
      '<tr><td>2</td><td colspan="2">Refresh the plan</td><td>Leader</td></tr>' +
      '<tr><td>3</td><td>Review the budget</td><td></td><td></td></tr></table>';
    const text = htmlToCanonical(html, 'merged.html').text;
    expect(lines(text)).toEqual([
      'No.\tRecommendation\tAction\tLead',
      '1\tSet out a long-term vision\tDraft the vision\tChief Executive',
      '\t\tConsult residents\tHead of Communications',
      '2\tRefresh the plan\t\tLeader',
      '3\tReview the budget\t\t',
    ]);
    // as blocks: empty cells kept in place, empty cells at a row's end dropped
    expect(toBlocks({ text, pages: [] }, 'merged.html').map((b) => b.text.split('\t'))).toEqual([
      ['No.', 'Recommendation', 'Action', 'Lead'],
      ['1', 'Set out a long-term vision', 'Draft the vision', 'Chief Executive'],
      ['', '', 'Consult residents', 'Head of Communications'],
      ['2', 'Refresh the plan', '', 'Leader'],
      ['3', 'Review the budget'],
    ]);
  });
});

describe('htmlToCanonical: page chrome', () => {
  const text = canonical('chrome.html');

  it('keeps the content: headings, paragraphs, bold, <br> as a line break inside a block', () => {
    expect(text).toBe(
      [
        '## Corporate Peer Challenge',
        '',
        'The peer team made **nine** recommendations – see below & the action plan.',
        '',
        'Report of the Chief Executive,\nExample Council',
        '',
        '## Key recommendations',
        '',
        'Read the full report',
        '',
      ].join('\n'),
    );
  });

  it.each([
    'STYLE TEXT', 'SCRIPT TEXT', 'alert', 'Skip to main content', 'Example Council logo', 'Home', 'cookies',
    'enable JavaScript', 'Decorative graphic', 'Hidden paragraph', 'Aria hidden', 'SVG TEXT', 'FORM VALUE', 'Search',
    'TEMPLATE TEXT', 'Privacy', 'track(', 'onclick',
  ])('drops %s', (noise) => {
    expect(text).not.toContain(noise);
  });

  it('separates blocks by one blank line and folds whitespace', () => {
    const out = htmlToCanonical('<p>  one\n   two  </p>\n\n<div>three<p>four</p>five</div>', 'x').text;
    expect(out).toBe('one two\n\nthree\n\nfour\n\nfive\n');
  });

  it('merges adjacent bold runs and leaves spaces outside the markers', () => {
    expect(htmlToCanonical('<p><b>Lead </b><strong>run.</strong> Rest</p>', 'x').text).toBe('**Lead run.** Rest\n');
  });

  it('warns when a page has no text', () => {
    expect(htmlToCanonical('<html><body><script>x()</script></body></html>', 'e.html').warnings).toEqual([
      { code: 'little-text', message: 'no text found in the page', file: 'e.html' },
    ]);
  });
});

describe('extractHtml: encodings', () => {
  it('honours a Windows-1252 <meta charset>', () => {
    const extracted = extractHtml(fixtureBytes('windows-1252-meta.html'), 'w.html');
    expect(extracted.text).toBe('The council’s “ambition” – 2019\n');
    expect(extracted.warnings).toEqual([]);
  });

  it('reads UTF-8 when the page declares Latin-1 but its bytes are UTF-8', () => {
    const bytes = new TextEncoder().encode('<meta charset="iso-8859-1"><p>Council’s plan</p>');
    expect(extractHtml(bytes, 'm.html').text).toBe('Council’s plan\n');
  });

  it('uses other declared charsets through TextDecoder', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('<meta charset="iso-8859-2"><p>'), 0xb1, ...new TextEncoder().encode('</p>')]);
    expect(extractHtml(bytes, 'p.html').text).toBe('ą\n');
  });

  it('falls back with a warning for an unknown charset', () => {
    const extracted = extractHtml(new TextEncoder().encode('<meta charset="x-klingon"><p>Hello</p>'), 'k.html');
    expect(extracted.text).toBe('Hello\n');
    expect(extracted.warnings.map((w) => w.code)).toEqual(['encoding-fallback']);
  });
});
