import { describe, expect, it } from 'vitest';
import { dropFurniture } from '../../src/ingest/pdfFurniture.js';
import { layoutPdf } from '../../src/ingest/pdfLayout.js';
import { linesOfPage, type PdfItem, type PdfLine } from '../../src/ingest/pdfLines.js';

/** A text item 6 points per character wide, as pdf.js would report it. */
const item = (str: string, x: number, y: number, font = 'body', hasEOL = false, size = 12): PdfItem => ({
  str, x, y, width: str.length * 6, size, font, hasEOL,
});
const eol = (x: number, y: number, font = 'body'): PdfItem => item('', x, y, font, true);
/** A line of `n` characters starting at x, so its right edge is x + 6n. */
const words = (n: number, seed = 'word') => `${seed} `.repeat(Math.ceil(n / (seed.length + 1))).slice(0, n).trimEnd();
const text = (pages: PdfItem[][]) => layoutPdf(dropFurniture(pages.map((items, i) => linesOfPage(items, i + 1)))).text;

describe('linesOfPage', () => {
  it('joins items on one baseline, with a space for a gap and a tab for a wide one', () => {
    const [line] = linesOfPage([item('Officer:', 90, 700), item('James', 180, 700), item('Moody', 216, 701)], 1);
    expect(line?.text).toBe('Officer:\tJames Moody');
  });

  it('starts a line when the baseline moves and notes a marker item', () => {
    const lines = linesOfPage([item('1.', 98, 700), item(' ', 110, 700), item('Executive Summary', 116, 700), item('Next', 90, 682)], 1);
    expect(lines.map((l) => [l.text, l.x, l.textX])).toEqual([['1. Executive Summary', 98, 116], ['Next', 90, 90]]);
  });

  it('marks a line opened by a fresh text chunk in the same font', () => {
    const lines = linesOfPage([item('Carole Mills', 110, 700), eol(110, 682), item('Paul Clarke', 110, 682), item('wrapped', 110, 664, 'body', false)], 1);
    expect(lines.map((l) => l.fresh)).toEqual([false, true, false]);
    const fontChange = linesOfPage([item('Bold end.', 110, 700, 'bold'), eol(110, 682), item('Body start', 110, 682)], 1);
    expect(fontChange[1]?.fresh).toBe(false);
  });
});

describe('dropFurniture', () => {
  const page = (n: number, body: string): PdfItem[] => [
    item('Example Council Peer Challenge', 90, 760),
    item(body, 90, 700),
    item(`${body} again`, 90, 682),
    item('more text', 90, 664),
    item('and more', 90, 646),
    item('closing line', 90, 628),
    item(`Page ${n} of 4`, 280, 40),
  ];

  it('drops headers repeated on most pages and page numbers', () => {
    const pages = ['alpha', 'beta', 'gamma', 'delta'].map((body, i) => linesOfPage(page(i + 1, body), i + 1));
    const kept = dropFurniture(pages).flat().map((l) => l.text);
    expect(kept).not.toContain('Example Council Peer Challenge');
    expect(kept.some((t) => t.startsWith('Page'))).toBe(false);
    expect(kept.filter((t) => t.startsWith('gamma'))).toEqual(['gamma', 'gamma again']);
  });

  it('keeps a heading that recurs in a short document but drops bare page numbers', () => {
    const pages = [1, 2].map((n) => linesOfPage([item('Recommendations', 90, 760), item(`Body ${n}`, 90, 700), item(String(n), 300, 40)], n));
    expect(dropFurniture(pages).flat().map((l: PdfLine) => l.text)).toEqual(['Recommendations', 'Body 1', 'Recommendations', 'Body 2']);
  });
});

describe('layoutPdf', () => {
  const full = words(70);

  it('separates paragraphs at gaps wider than the line spacing and joins wrapped lines', () => {
    const items = [
      item(full, 90, 700), item(full, 90, 682), item('end of one.', 90, 664),
      item(full, 90, 634), item('end of two.', 90, 616),
    ];
    expect(text([items])).toBe(`${full} ${full} end of one.\n\n${full} end of two.\n`);
  });

  it('joins a word hyphenated at the end of a line', () => {
    expect(text([[item(`${full} co-`, 90, 700), item('ordinate the work.', 90, 682), item(full, 90, 664), item(full, 90, 646)]])).toBe(
      `${full} co-ordinate the work. ${full} ${full}\n`,
    );
  });

  it('writes list items at an indent, with markers, and continuation lines joined in', () => {
    const items = [
      item('Intro:', 90, 700),
      item('a.', 119, 670), item('Understanding of place', 131, 670), item(words(60), 131, 652),
      item('b.', 118, 634), item('Leadership of place', 131, 634),
    ];
    expect(text([items])).toBe(`Intro:\n\n- a. Understanding of place ${words(60)}\n\n- b. Leadership of place\n`);
  });

  it('writes a bullet glyph as "- " and splits compact items on fresh chunks', () => {
    const items = [
      item(full, 90, 700), item(full, 90, 682), item(full, 90, 664), item(full, 90, 646), item(full, 90, 628), item('end.', 90, 610),
      item('•', 98, 580), item('First bullet', 110, 580),
      eol(98, 562), item('•', 98, 562), item('Second bullet', 110, 562),
      eol(110, 532), item('Indented one', 110, 532), eol(110, 514), item('Indented two', 110, 514), eol(110, 496), item('Indented three', 110, 496),
    ];
    expect(text([items]).split('\n\n').slice(1)).toEqual(['- First bullet', '- Second bullet', '- Indented one', '- Indented two', '- Indented three\n']);
  });

  it('without a single fresh chunk (an untagged PDF), ends an item at a short line before a capital', () => {
    const items = [
      item(full, 90, 700), item(full, 90, 682), item(full, 90, 664), item(full, 90, 646), item(full, 90, 628), item('end.', 90, 610),
      item('Carole Mills, Chief Executive', 110, 580), item('Paul Clarke, Programme Manager', 110, 562), item('Helen Grantham, Director', 110, 544),
    ];
    expect(text([items]).split('\n\n').slice(1)).toEqual(['- Carole Mills, Chief Executive', '- Paul Clarke, Programme Manager', '- Helen Grantham, Director\n']);
  });

  it('reads Word bullets: Symbol private-use glyphs, a Courier "o", a hanging indent after a number', () => {
    const items = [
      item(full, 90, 700), item(full, 90, 682), item('end.', 90, 664),
      item('\uf0b7', 108, 634, 'symbol'), item('First point', 126, 634),
      item('o', 126, 616, 'courier'), item('Sub point', 144, 616),
      item('2.', 90, 586), item('Numbered with a wide hanging indent', 126, 586),
    ];
    expect(text([items]).split('\n\n').slice(1)).toEqual(['- First point', '- Sub point', '2. Numbered with a wide hanging indent\n']);
  });

  it('marks larger type as a heading and a leading run in another font as bold', () => {
    const items = [
      item('Feedback', 90, 730, 'body', false, 16),
      item('Lead run.', 90, 700, 'bold'), item('Then body text', 150, 700), item(full, 90, 682),
      item(full, 90, 652), item(full, 90, 634),
    ];
    expect(text([items])).toBe(`## Feedback\n\n**Lead run.** Then body text ${full}\n\n${full} ${full}\n`);
  });

  it('continues a paragraph across a page break after a full line, not after a short one', () => {
    const pageOne = [item(full, 90, 700), item(full, 90, 682), item(full, 90, 100), item('short end.', 90, 82)];
    const pageTwo = [item('New paragraph', 90, 750), item(full, 90, 732), item(full, 90, 714)];
    const pageThree = [item('continues here.', 90, 750)];
    expect(text([pageOne, [...pageTwo], pageThree])).toBe(
      `${full} ${full}\n\n${full} short end.\n\nNew paragraph ${full} ${full} continues here.\n`,
    );
  });

  it('keeps each table row (cells apart by a tab) a block of its own', () => {
    const items = [
      item(full, 90, 700), item(full, 90, 682), item('end.', 90, 664),
      item('Officer:', 90, 634), item('James Moody', 200, 634),
      item('Report to:', 90, 616), item('Cabinet', 200, 616),
      item('After the table.', 90, 598),
    ];
    expect(text([items]).split('\n\n').slice(1)).toEqual(['Officer:\tJames Moody', 'Report to:\tCabinet', 'After the table.\n']);
  });

  it('gives every line of text its page', () => {
    const laid = layoutPdf([linesOfPage([item('One', 90, 700)], 1), [], linesOfPage([item('Three', 90, 700)], 3)]);
    expect(laid).toEqual({ text: 'One\n\nThree\n', pages: [1, 1, 3, 3] });
  });
});
