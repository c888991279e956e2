import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toBlocks } from '../../src/corpus/blocks.js';
import { extractPdf } from '../../src/ingest/pdf.js';
import { pdfEngine, pdfEngineId, type PdfEngine } from '../../src/ingest/pdfEngine.js';
import { popplerAddon, popplerPages } from '../../src/ingest/popplerPages.js';
import { onCi } from '../helpers/ci.js';
import { fixtureBytes, SAMPLE_STEMS, sampleBytes } from './fixtures.js';
import { minimalPdf, pdfFile, type PdfPage, type PdfText } from './helpers/minimalPdf.js';
import { CARRIED_STATE, WORD_RULE_PAGES, wordRulesPdf } from './helpers/wordRulesPdf.js';
import { pdfStreamBomb } from '../helpers/hostileGenerators.js';

const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

const FULL = [
  'The peer team found a council with clear ambitions for its place and a strong record of',
  'delivery across services, with partners who value the relationships they have built and',
  'who want to do more together over the coming years in the towns and the rural areas too.',
];
const paragraph = (y: number, lines: readonly string[]): PdfText[] => lines.map((text, i) => ({ x: 72, y: y - 16 * i, text, size: 11 }));
const withFurniture = (n: number, body: PdfText[]): PdfPage => ({
  texts: [
    { x: 72, y: 760, text: 'Example Council - Corporate Peer Challenge Feedback', size: 9 },
    ...body,
    { x: 280, y: 30, text: `Page ${n} of 3`, size: 9 },
  ],
});

/** Three pages with a running header and footer, a bold heading, numbered and bulleted items, a paragraph across a page break. */
const REPORT = minimalPdf([
  withFurniture(1, [
    { x: 72, y: 700, text: 'Key recommendations', font: 'F2', size: 11 },
    ...paragraph(676, ['The following are the peer team’s key recommendations:']),
    { x: 90, y: 650, text: '1.', size: 11 },
    { x: 104, y: 650, text: 'Stabilise the budget.', font: 'F2', size: 11 },
    { x: 222, y: 650, text: 'The challenge is significant.', size: 11 },
    { x: 90, y: 634, text: '2.', size: 11 },
    { x: 104, y: 634, text: 'Tell the story.', font: 'F2', size: 11 },
    { x: 190, y: 634, text: 'Residents need to know.', size: 11 },
    { x: 90, y: 600, text: '•', size: 11 },
    { x: 104, y: 600, text: 'Carole Mills – Chief Executive', size: 11 },
    { x: 90, y: 584, text: '•', size: 11 },
    { x: 104, y: 584, text: 'Paul Clarke – Programme Manager', size: 11 },
    ...paragraph(550, FULL),
  ]),
  withFurniture(2, [...paragraph(720, ['continued on the next page without a break.']), ...paragraph(690, ['A new paragraph here.'])]),
  withFurniture(3, [...paragraph(720, ['Last page text.'])]),
]);

/** The PDF engines this machine has: pdf.js always, poppler when its addon was built at install. */
const ENGINES: readonly PdfEngine[] = popplerAddon() === null ? ['pdfjs'] : ['poppler', 'pdfjs'];
if (popplerAddon() === null && !onCi) console.warn('poppler PDF reader not built (apt-get install pkg-config libpoppler-private-dev, then npm ci): its tests are skipped; on CI they fail instead');

it.runIf(popplerAddon() === null && onCi)('has the poppler PDF reader on CI', () => {
  expect(popplerAddon(), 'native/poppler was not built by npm ci').not.toBeNull();
});

describe.each(ENGINES)('%s', (engine) => {
  describe('extractPdf: layout', () => {
    it('rebuilds blocks, list items and bold lead runs, and drops running headers, footers and page numbers', async () => {
      const { text, pages, pageCount, warnings } = await extractPdf(REPORT, 'report.pdf', engine);
      expect(text).toBe(
        [
          '**Key recommendations**',
          'The following are the peer team’s key recommendations:',
          '- 1. **Stabilise the budget.** The challenge is significant.',
          '- 2. **Tell the story.** Residents need to know.',
          '- Carole Mills – Chief Executive',
          '- Paul Clarke – Programme Manager',
          `${FULL.join(' ')} continued on the next page without a break.`,
          'A new paragraph here.',
          'Last page text.',
        ].join('\n\n') + '\n',
      );
      expect(pageCount).toBe(3);
      expect(warnings).toEqual([]);
      expect(pages).toHaveLength(text.split('\n').length);
      const blocks = toBlocks({ text, pages }, 'report.pdf');
      expect(blocks.map((b) => b.source.page)).toEqual([1, 1, 1, 1, 1, 1, 1, 2, 3]);
      expect(blocks[2]).toMatchObject({ kind: 'list-item', marker: '1.', bold: 'Stabilise the budget.', bulleted: true });
    });

    it('leaves the caller’s bytes untouched', async () => {
      const copy = REPORT.slice();
      await extractPdf(REPORT, 'report.pdf', engine);
      expect(REPORT).toEqual(copy);
    });

    it('sets the Stoke-on-Trent key recommendations’ headings, in a second font, in bold', async () => {
      const stem = 'stoke-on-trent-2016-feedback-report';
      const extracted = await extractPdf(sampleBytes('pdf', stem), stem, engine);
      const items = toBlocks(extracted, stem).filter((b) => b.bold !== null && b.marker !== null);
      expect(items.map((b) => b.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(items[0]?.bold).toBe('Take robust and immediate action to stabilise the budget, and develop a realistic medium term financial strategy.');
      expect(items[8]?.bold).toBe('Continue to strengthen governance with a particular focus on performance, risk, decision-making, procurement, use of data and business intelligence.');
      expect(extracted.pageCount).toBe(16);
    });
    it('reads a word set with a ligature whole, a capital before the ligature included ("Officer")', async () => {
      // pdf.js cuts the word at the ligature ("O", "ffi", "cer"): the lone capital, first on its line, once read as a
      // list marker and got a space after it, which broke "Officer Peer" lines of real reports
      for (const file of ['ligature.pdf', 'ligature-cairo.pdf']) {
        const { text } = await extractPdf(fixtureBytes(file), file, engine);
        expect(text.split('\n\n')[1], file).toBe('Officer: James Moody');
      }
    });

    it('keeps a table’s cells apart where the gaps between them are drawn as wide spaces', async () => {
      // pdf.js gives each such space as an item as wide as the gap, which once joined a row's cells and its rows
      // into one line (poppler gives a space after the word); the lineage fixtures' action plan is drawn so
      const file = 'test/fixtures/lineage/cornwall-2023-action-plan.pdf';
      const { text } = await extractPdf(new Uint8Array(readFileSync(file)), file, engine);
      const lines = text.split('\n\n');
      expect(lines).toContain('**Recommendation\tActions\tLead\tTarget Status**');
      expect(lines.filter((line) => /^[1-5]\. /.test(line)).map((line) => line.split('\t').length)).toEqual([3, 3, 4, 2, 4]);
    });
  });

  describe('extractPdf: problems', () => {
    it('reports an encrypted PDF', async () => {
      const encrypted = minimalPdf([{ texts: [{ x: 72, y: 720, text: 'secret' }] }], { encrypted: true });
      expect(await errorOf(extractPdf(encrypted, 'locked.pdf', engine))).toMatchObject({ code: 'pdf-encrypted', file: 'locked.pdf' });
    });

    it('warns that a PDF without a text layer may need OCR', async () => {
      const scan = minimalPdf([{ texts: [], drawing: '0.5 g 72 72 400 600 re f' }, { texts: [], drawing: '0 g 72 72 10 10 re f' }]);
      const extracted = await extractPdf(scan, 'scan.pdf', engine);
      expect(extracted).toMatchObject({ text: '', pageCount: 2 });
      expect(extracted.warnings).toEqual([{ code: 'no-text-layer', message: expect.stringContaining('OCR'), file: 'scan.pdf' }]);
    });

    it.each([
      ['a truncated file', () => sampleBytes('pdf', 'stockport-2024-revisit-scrutiny-report').subarray(0, 12000)],
      ['a header and junk', () => new TextEncoder().encode('%PDF-1.7\nthis is not really a PDF\n')],
      ['an HTML page', () => fixtureBytes('html-saved-as.pdf')],
    ])('reports %s as pdf-corrupt', async (_label, bytes) => {
      expect(await errorOf(extractPdf(bytes(), 'bad.pdf', engine))).toMatchObject({ code: 'pdf-corrupt', file: 'bad.pdf' });
    });
  });

  describe('extractPdf: the text limit holds while reading', () => {
    it('reads the report under a limit it fits and stops past a smaller one', async () => {
      const { text } = await extractPdf(REPORT, 'report.pdf', engine, 2000);
      expect(text.length).toBeLessThan(2000);
      expect(await errorOf(extractPdf(REPORT, 'report.pdf', engine, 100))).toMatchObject({ code: 'too-large', file: 'report.pdf' });
    });

    it('stops a compressed stream of text operators at the limit', async () => {
      const error = await errorOf(extractPdf(pdfStreamBomb(8), 'bomb.pdf', engine, 100_000));
      expect(error).toMatchObject({ code: 'too-large', message: 'bomb.pdf: more than 100000 characters of text; reading stopped at the limit' });
    });
  });
});

describe.runIf(popplerAddon() !== null)('poppler and pdf.js', () => {
  it.each(SAMPLE_STEMS)('give the same text and pages for %s', async (stem) => {
    const bytes = sampleBytes('pdf', stem);
    const [poppler, pdfjs] = await Promise.all([extractPdf(bytes, stem, 'poppler'), extractPdf(bytes, stem, 'pdfjs')]);
    expect(poppler.text.length).toBeGreaterThan(1000);
    expect(poppler).toEqual(pdfjs);
  });

  // real layouts (tables, ligatures, two columns) and the lineage fixtures' action plan: a difference here is text a
  // machine without poppler reads otherwise
  it.each(readdirSync('test/fixtures/real-layouts').filter((name) => name.endsWith('.pdf')).map((name) => `test/fixtures/real-layouts/${name}`).concat('test/fixtures/lineage/cornwall-2023-action-plan.pdf'))(
    'give the same text for %s',
    async (file) => {
      const bytes = new Uint8Array(readFileSync(file));
      const [poppler, pdfjs] = await Promise.all([extractPdf(bytes, file, 'poppler'), extractPdf(bytes, file, 'pdfjs')]);
      expect(pdfjs.text).toBe(poppler.text);
    },
  );

  it.each([90, 180, 270] as const)('give the same text for a page with /Rotate %i as for the page unturned', async (rotate) => {
    const texts = [
      { x: 72, y: 700, text: 'Key recommendations', font: 'F2' as const, size: 11 },
      ...paragraph(676, FULL),
      ...paragraph(610, ['A second paragraph, short.']),
    ];
    const upright = await extractPdf(minimalPdf([{ texts }]), 'upright.pdf', 'pdfjs');
    expect(upright.text.split('\n\n')).toHaveLength(3);
    for (const engine of ENGINES) expect((await extractPdf(minimalPdf([{ texts, rotate }]), 'turned.pdf', engine)).text, engine).toBe(upright.text);
  });

  // Chromium's PDF maps the ligature glyphs to their letters; cairo's, remade from it, to the ligature characters
  it.each(['ligature.pdf', 'ligature-cairo.pdf'])('poppler reads words set with ligatures whole, in plain letters (%s)', async (file) => {
    const { text } = await extractPdf(fixtureBytes(file), file, 'poppler');
    expect(text.split('\n\n')).toEqual([
      'The peer challenge was conducted by a team of elected members and senior officers from other local authorities, together with advisors from the LGA.',
      'Officer: James Moody',
      "The council's finances, its efficient offices and its staff were reviewed in the final week.\n",
    ]);
  });

  it('name themselves, poppler with its version', () => {
    expect(pdfEngineId('poppler')).toMatch(/^poppler \d+\.\d+\.\d+$/);
    expect(pdfEngineId('pdfjs')).toBe('pdfjs');
  });
});

/** Each page's text items as the poppler reader gives them: text (`⏎` for an empty end-of-line item), font, left edge, baseline. */
async function popplerItems(bytes: Uint8Array): Promise<{ text: string; font: string; x: number; y: number }[][]> {
  const pdf = popplerPages(bytes, Number.MAX_SAFE_INTEGER);
  const pages: { text: string; font: string; x: number; y: number }[][] = [];
  for (let number = 1; number <= pdf.count; number++) {
    pages.push((await pdf.items(number)).map((item) => ({ text: item.hasEOL ? '⏎' : item.str, font: item.font, x: item.x, y: item.y })));
  }
  return pages;
}

// The addon draws the pages that name the same fonts through one of poppler's Gfx, each font loaded once; a page
// that does not fit is drawn on its own, and nothing one page sets reaches the next.
describe.runIf(popplerAddon() !== null)('poppler: pages drawn with the fonts loaded once', () => {
  it('draws a page whose font names mean other fonts in its own fonts', async () => {
    const pages = await popplerItems(
      minimalPdf([
        { texts: [{ x: 72, y: 700, text: 'Regular one' }, { x: 72, y: 680, text: 'Bold one', font: 'F2' }] },
        { texts: [{ x: 72, y: 700, text: 'Bold two' }, { x: 72, y: 680, text: 'Regular two', font: 'F2' }], swapFonts: true },
        { texts: [{ x: 72, y: 700, text: 'Regular three' }, { x: 72, y: 680, text: 'Bold three', font: 'F2' }] },
      ]),
    );
    expect(pages.map((items) => items.map((item) => (item.text === '⏎' ? '⏎' : `${item.text}: ${item.font}`)))).toEqual([
      ['Regular one: Helvetica', '⏎', 'Bold one: Helvetica-Bold'],
      ['Bold two: Helvetica-Bold', '⏎', 'Regular two: Helvetica'],
      ['Regular three: Helvetica', '⏎', 'Bold three: Helvetica-Bold'],
    ]);
  });

  it('places the text of a page with its own crop box from that box', async () => {
    const texts = [{ x: 150, y: 500, text: 'Boxed' }];
    const [first, cropped, last] = await popplerItems(minimalPdf([{ texts }, { texts, cropBox: [100, 100, 512, 692] }, { texts }]));
    expect(first).toEqual(last);
    expect(cropped!.map((item) => [item.x, item.y])).toEqual(first!.map((item) => [item.x - 100, item.y - 100]));
  });

  it('does not let a layer left open on one page hide the next', async () => {
    const pages = await popplerItems(
      minimalPdf([
        { texts: [{ x: 72, y: 700, text: 'Shown one' }], hidden: 'Hidden words' },
        { texts: [{ x: 72, y: 700, text: 'Shown two' }] },
        { texts: [{ x: 72, y: 700, text: 'Shown three' }] },
      ]),
    );
    expect(pages.map((items) => items.map((item) => item.text))).toEqual([['Shown one'], ['Shown two'], ['Shown three']]);
  });

  // page 1 begins a sequence and does not end it; page 2 ends a sequence it never began (poppler ignores that end,
  // where ending one would start a fresh item, after an end-of-line item, for "After")
  it.each([
    ['a tagged paragraph', '/P << /MCID 0 >> BDC', ['First page', '⏎', 'Left open']],
    ['a sequence the device is never told of (its properties named, not given)', '/Span /P0 BDC', ['First page', 'Left open']],
  ])('does not let %s left open on one page end on the next', async (_, begin, first) => {
    const pages = await popplerItems(
      minimalPdf([
        { texts: [{ x: 72, y: 700, text: 'First page' }], drawing: `${begin} BT /F1 12 Tf 72 600 Td (Left open) Tj ET` },
        { texts: [{ x: 72, y: 700, text: 'Second page' }], drawing: 'EMC BT /F1 12 Tf 72 600 Td (After) Tj ET' },
        { texts: [{ x: 72, y: 700, text: 'Third page' }] },
      ]),
    );
    expect(pages.map((items) => items.map((item) => item.text))).toEqual([first, ['Second page', 'After'], ['Third page']]);
  });

  it('draws no text in a font a page uses but does not declare, though another page declares it', async () => {
    const pages = await popplerItems(
      minimalPdf([
        { texts: [{ x: 72, y: 700, text: 'Declared', font: 'F3' }], courier: true },
        { texts: [{ x: 72, y: 700, text: 'Regular two' }, { x: 72, y: 680, text: 'Undeclared', font: 'F3' }] },
        { texts: [{ x: 72, y: 700, text: 'Regular three' }] },
      ]),
    );
    expect(pages.map((items) => items.map((item) => `${item.text}: ${item.font}`))).toEqual([['Declared: Courier'], ['Regular two: Helvetica'], ['Regular three: Helvetica']]);
  });

  it('reads a damaged file as poppler does page by page, where loading every font first would rebuild its table sooner', async () => {
    // object 5 (page 1's text) is written twice, the table pointing at the first; page 3's font has a wrong offset, so
    // fetching it makes poppler rebuild the table from the file, which then finds the second object 5
    const text = (font: string, words: string, y = 700) => `BT /${font} 12 Tf 72 ${y} Td (${words}) Tj ET`;
    const stream = (content: string) => `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
    const page = (contents: number, fonts: string) => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${contents} 0 R /Resources << /Font << ${fonts} >> >> >>`;
    const damaged = pdfFile(
      [
        [1, '<< /Type /Catalog /Pages 2 0 R >>'],
        [2, '<< /Type /Pages /Kids [6 0 R 7 0 R 8 0 R] /Count 3 >>'],
        [3, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'],
        [5, stream(text('F1', 'first'))],
        [6, page(5, '/F1 3 0 R')],
        [7, page(10, '/F1 3 0 R')],
        [8, page(11, '/F1 3 0 R /F3 9 0 R')],
        [9, '<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>'],
        [10, stream(text('F1', 'second'))],
        [11, stream(`${text('F1', 'third')} ${text('F3', 'courier', 600)}`)],
        [5, stream(text('F1', 'rewritten'))],
      ],
      '/Root 1 0 R',
      [9],
    );
    const pages = await popplerItems(damaged);
    expect(pages.map((items) => items.map((item) => item.text))).toEqual([['first'], ['second'], ['third', '⏎', 'courier']]);
  });
});

// The addon builds each page's words by poppler's own rules (TextPage in raw order) without poppler's per-word
// allocations; `readPdf(bytes, limit, true)` builds them with poppler's TextOutputDev itself, the reference.
describe.runIf(popplerAddon() !== null)(`poppler: words built by poppler's rules`, () => {
  const addon = popplerAddon()!;
  const bytes = wordRulesPdf();
  const lean = addon.readPdf(bytes, Number.MAX_SAFE_INTEGER);
  const exact = addon.readPdf(bytes, Number.MAX_SAFE_INTEGER, true);
  const texts = (page: { items: string }) => page.items.split('\0');

  it(`are poppler's own on every page: turned, overlapping, spaced, accented, Type 3, vertical, ActualText`, () => {
    expect(lean.pages).toHaveLength(WORD_RULE_PAGES.length);
    expect(lean.fonts).toEqual(exact.fonts);
    lean.pages.forEach((page, i) => {
      const reference = exact.pages[i]!;
      expect({ page: i + 1, items: texts(page), pieces: page.pieces }).toEqual({ page: i + 1, items: texts(reference), pieces: reference.pieces });
      expect(Array.from(page.numbers)).toEqual(Array.from(reference.numbers));
    });
  });

  it('join an accent drawn over an ASCII letter to it, and leave one beside a letter alone', () => {
    expect(texts(lean.pages[2]!)).toEqual(['cafe\u0301', 'nai\u0308ve', 'don`t', 'c\u0327a']);
  });

  it('leave to poppler a page where its character table decides whether an accent joins a Latin-1 letter', () => {
    expect(texts(lean.pages[3]!)).toEqual(['plain words', '\u00f8\u0301', '\u00f8\u0301']);
  });

  it(`size a Type 3 font from its "m", and write a vertical font's words down the page`, () => {
    expect(texts(lean.pages[4]!)).toEqual(['mama nan', 'man', 'and Helvetica']);
    expect(texts(lean.pages[5]!)).toEqual(['VERT', 'a bcd', '', 'level text']);
  });

  // the fonts the items name, each once, in the order of their first item
  const fontsUsed = (read: typeof lean) => [...new Set(read.pages.flatMap((page) => Array.from({ length: page.numbers.length / 7 }, (_, k) => read.fonts[page.numbers[k * 7 + 4]!])))];

  it.each(Object.entries(CARRIED_STATE))(`are poppler's own where a page carries state to the next or is drawn twice: %s`, (_, pages) => {
    const bytes = wordRulesPdf(pages);
    const read = addon.readPdf(bytes, Number.MAX_SAFE_INTEGER);
    const reference = addon.readPdf(bytes, Number.MAX_SAFE_INTEGER, true);
    expect(read.pages.map(texts)).toEqual(reference.pages.map(texts));
    expect(read.pages.map((page) => Array.from(page.numbers))).toEqual(reference.pages.map((page) => Array.from(page.numbers)));
    expect(read.fonts).toEqual(reference.fonts);
    // a drawing that is thrown away (a page drawn again) names no font
    expect(read.fonts).toEqual(fontsUsed(read));
  });

  it('draw a page again from the ActualText span it began in, not one its first drawing left open', () => {
    const read = addon.readPdf(wordRulesPdf(CARRIED_STATE['a page in a font it does not declare, leaving a span open']!), Number.MAX_SAFE_INTEGER);
    expect(read.pages.map(texts)).toEqual([['Hello'], ['Start']]);
  });
});

describe('pdfEngine', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('follows CPC_PDF_ENGINE, and names the choices when it is neither', () => {
    vi.stubEnv('CPC_PDF_ENGINE', 'pdfjs');
    expect(pdfEngine()).toBe('pdfjs');
    vi.stubEnv('CPC_PDF_ENGINE', 'mupdf');
    expect(() => pdfEngine()).toThrow('CPC_PDF_ENGINE must be poppler or pdfjs, not "mupdf"');
  });
});
