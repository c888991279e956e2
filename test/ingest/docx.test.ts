import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../src/corpus/blocks.js';
import { extractDocx } from '../../src/ingest/docx.js';
import { numberedParagraphs } from '../../src/ingest/docxNumbering.js';
import { declareSize, docxOf, documentXml, numberingXml } from './helpers/docx.js';
import { fixtureBytes, sampleBytes } from './fixtures.js';
import { absurdNumberingDocx } from '../helpers/hostileGenerators.js';

const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

describe('extractDocx', () => {
  it('converts paragraphs, bold lead runs and bullets', async () => {
    const numbering = numberingXml({ 1: [['bullet', '•']] }, { 1: { abstract: 1 } });
    const bytes = await docxOf(
      documentXml([
        { text: 'The peer team recommends:' },
        { text: 'first point', numId: 1 },
        { bold: 'Heading run.', text: 'Then the rest.' },
      ]),
      numbering,
    );
    const { text, pages, pageCount, warnings } = await extractDocx(bytes, 'a.docx');
    expect(text).toBe('The peer team recommends:\n\n- first point\n\n**Heading run.** Then the rest.\n');
    expect({ pages, pageCount, warnings }).toEqual({ pages: [], pageCount: null, warnings: [] });
  });

  it("writes Word's own list numbers, which mammoth's HTML leaves out", async () => {
    const numbering = numberingXml(
      { 1: [['lowerLetter', '%1)']], 2: [['decimal', '%1.'], ['lowerRoman', '(%2)']] },
      { 1: { abstract: 1, startOverride: 2 }, 2: { abstract: 2 } },
    );
    const bytes = await docxOf(
      documentXml([
        { text: 'Leadership of Place', numId: 1 },
        { text: 'Financial planning', numId: 1 },
        { text: 'An interruption.' },
        { text: 'Introduction', numId: 2 },
        { text: 'First sub-point', numId: 2, ilvl: 1 },
        { text: 'Second sub-point', numId: 2, ilvl: 1 },
        { text: 'Background', numId: 2 },
        { text: 'Restarted sub-point', numId: 2, ilvl: 1 },
      ]),
      numbering,
    );
    const lines = (await extractDocx(bytes, 'n.docx')).text.split('\n').filter(Boolean);
    expect(lines).toEqual([
      '- b) Leadership of Place',
      '- c) Financial planning',
      'An interruption.',
      '- 1. Introduction',
      '- (i) First sub-point',
      '- (ii) Second sub-point',
      '- 2. Background',
      '- (i) Restarted sub-point',
    ]);
  });

  it('writes a list that starts at an absurd number (1e999, read as Infinity) in digits, without a counting loop', async () => {
    const { text } = await extractDocx(await absurdNumberingDocx(), 'absurd.docx');
    expect(text).toContain('- Infinity) Review the budget');
    expect(text).toContain('- Infinity) Engage staff');
  });

  it('keeps the lettered, numbered and roman markers of the sample documents', async () => {
    const blocks = async (stem: string) => toBlocks(await extractDocx(sampleBytes('docx', stem), stem), stem);
    const stockton = (await blocks('stockton-on-tees-2019-cabinet-decision')).filter((b) => b.marker?.endsWith(')'));
    expect(stockton.map((b) => b.marker)).toEqual(['a)', 'b)', 'c)', 'd)', 'e)']);
    const stoke = (await blocks('stoke-on-trent-2016-feedback-report')).filter((b) => b.marker?.endsWith(')'));
    expect(stoke.map((b) => `${b.marker} ${b.bold?.split(' ').slice(0, 3).join(' ')}`)).toEqual([
      '1) Take robust and', '2) Develop a clear', '3) Consider how the', '4) Take further action', '5) Continue to build',
      '6) As the ‘Leader', '7) Ensure you have', '8) Further invest in', '9) Continue to strengthen',
    ]);
    const testValley = (await blocks('test-valley-2020-progress-report')).filter((b) => b.marker?.startsWith('('));
    expect(testValley.map((b) => b.marker)).toEqual(['(i)', '(ii)', '(iii)', '(iv)', '(v)']);
  });

  it('rejects a file that is not a ZIP archive', async () => {
    expect(await errorOf(extractDocx(fixtureBytes('not-a-zip.docx'), 'not-a-zip.docx'))).toMatchObject({
      code: 'docx-corrupt',
      file: 'not-a-zip.docx',
    });
  });

  it('rejects a ZIP archive without a Word document inside', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hello');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(await errorOf(extractDocx(bytes, 'x.docx'))).toMatchObject({ code: 'docx-corrupt', message: expect.stringContaining('word/document.xml') });
  });

  it('rejects a damaged archive', async () => {
    const bytes = sampleBytes('docx', 'stockport-2024-revisit-scrutiny-report');
    expect(await errorOf(extractDocx(bytes.subarray(0, 2000), 'cut.docx'))).toMatchObject({ code: 'docx-corrupt' });
  });
});

describe('extractDocx: archive limits', () => {
  it('refuses an entry that declares more than the per-entry limit, before inflating anything', async () => {
    const small = await docxOf(documentXml([{ text: 'tiny' }]), undefined, { 'word/media/bomb.bin': 'x'.repeat(100) });
    const bomb = declareSize(small, 'word/media/bomb.bin', 0xfffffff0);
    expect(bomb.length).toBeLessThan(2000);
    expect(await errorOf(extractDocx(bomb, 'bomb.docx'))).toMatchObject({ code: 'archive-too-large', file: 'bomb.docx' });
  });

  it('refuses entries whose declared sizes add up past the archive limit', async () => {
    const bytes = await docxOf(documentXml([{ text: 'tiny' }]), undefined, { 'a.xml': '<a/>', 'b.xml': '<b/>' });
    const both = declareSize(declareSize(bytes, 'a.xml', 40 * 1024 * 1024), 'b.xml', 40 * 1024 * 1024);
    expect(await errorOf(extractDocx(both, 'sum.docx', { maxArchiveBytes: 60 * 1024 * 1024 }))).toMatchObject({ code: 'archive-too-large' });
  });

  it('stops inflating an entry that under-declares its size', async () => {
    const bytes = await docxOf(documentXml([{ text: 'x'.repeat(1_000_000) }]));
    const liar = declareSize(bytes, 'word/document.xml', 1000);
    expect(await errorOf(extractDocx(liar, 'liar.docx', { maxEntryBytes: 100_000 }))).toMatchObject({ code: 'archive-too-large' });
  });

  it('applies the caller’s limits to real documents', async () => {
    const bytes = sampleBytes('docx', 'stockport-2024-revisit-scrutiny-report');
    expect(await errorOf(extractDocx(bytes, 's.docx', { maxEntryBytes: 1000 }))).toMatchObject({ code: 'archive-too-large' });
    await expect(extractDocx(bytes, 's.docx')).resolves.toMatchObject({ pageCount: null });
  });
});

describe('numberedParagraphs', () => {
  const parts = (paragraphs: Parameters<typeof documentXml>[0], numbering: string, styles: string | null = null) => ({
    document: documentXml(paragraphs),
    numbering,
    styles,
  });

  it('shares a counter between instances of one abstract list unless one overrides its start', () => {
    const numbering = numberingXml({ 1: [['decimal', '%1.']] }, { 1: { abstract: 1 }, 2: { abstract: 1 }, 3: { abstract: 1, startOverride: 1 } });
    const found = numberedParagraphs(parts([{ text: 'a', numId: 1 }, { text: 'b', numId: 2 }, { text: 'c', numId: 3 }, { text: 'd', numId: 2 }], numbering));
    expect(found.map((p) => `${p.marker} ${p.text}`)).toEqual(['1. a', '2. b', '1. c', '3. d']);
  });

  it('writes multi-level text, bullets as null, and numbering from a paragraph style', () => {
    const numbering = numberingXml({ 1: [['decimal', '%1.', 2], ['decimal', '%1.%2']], 2: [['bullet', '•']] }, { 7: { abstract: 1 }, 8: { abstract: 2 } });
    const styles =
      '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="ListNumber">' +
      '<w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style></w:styles>';
    const found = numberedParagraphs(
      parts([{ text: 'top', style: 'ListNumber' }, { text: 'sub', numId: 7, ilvl: 1 }, { text: 'dot', numId: 8 }, { text: 'plain' }], numbering, styles),
    );
    expect(found).toEqual([
      { marker: '2.', text: 'top' },
      { marker: '2.1', text: 'sub' },
      { marker: null, text: 'dot' },
    ]);
  });

  it('finds nothing without numbering.xml', () => {
    expect(numberedParagraphs({ document: documentXml([{ text: 'x', numId: 1 }]), numbering: null, styles: null })).toEqual([]);
  });
});
