import { afterAll, describe, expect, it } from 'vitest';
import { toBlocks, type Block } from '../../src/corpus/blocks.js';
import { extractDocx } from '../../src/ingest/docx.js';
import { extractHtml } from '../../src/ingest/html.js';
import { extractPdf } from '../../src/ingest/pdf.js';
import { extractText } from '../../src/ingest/text.js';
import type { Extracted } from '../../src/ingest/types.js';
import { SAMPLE_STEMS, sampleBytes } from './fixtures.js';
import { align, comparable, similarity, wordOverlap } from './helpers/parity.js';

/**
 * Format parity: each sample's HTML, Word and PDF versions, read and split by `toBlocks`, against its `text/`
 * version (the reference form of canonical text). A score per file and format is printed at the end.
 *
 * Where the source formats genuinely differ, nothing in the readers can (or should) make them agree:
 * - pandoc flattened two small tables into paragraphs when it made the HTML (Stockport's "REPORT TO:" header,
 *   Test Valley's closing "No of Annexes / Officer / Report to" rows), and the Word and PDF versions are made from
 *   that HTML: the text version's tab-separated rows are single paragraphs there;
 * - the text version keeps markdown the others render: Stoke's `[21st century public servant](#)` link, and
 *   Sevenoaks' `<https://...>` URL (a bare link in the others, which `toBlocks` then joins to the line before);
 * - pandoc's "smart" typography turned straight quotes and `...` into curly quotes and `…` (compared loosely);
 * - numbered section headings (`1. Executive Summary`) are ordered lists in HTML, so `- 1. ` list items (same
 *   block text and ordinal, but `bulleted`);
 * - the PDFs were printed from the HTML by a browser, which writes every ordered-list number with a full stop:
 *   the text's `1)`, `a)` and `(i)` are `1.`, `a.` and `i.` in the PDF (same ordinal: compared by ordinal);
 * - pandoc read Test Valley's `(v)` as the letter v, so the HTML says `v)` (ordinal 22, as `(v)` in the text);
 *   Word's own numbering, which the DOCX reader reads, has `(v)`.
 */

type Format = 'html' | 'docx' | 'pdf';
const FORMATS: readonly Format[] = ['html', 'docx', 'pdf'];

const readers: Record<Format, (bytes: Uint8Array, file: string) => Extracted | Promise<Extracted>> = {
  html: extractHtml,
  docx: (bytes, file) => extractDocx(bytes, file),
  pdf: extractPdf,
};

const reference = new Map<string, readonly Block[]>(
  SAMPLE_STEMS.map((stem) => [stem, toBlocks(extractText(sampleBytes('text', stem), stem), stem)]),
);
const candidates = new Map<string, readonly Block[]>();
async function blocksOf(stem: string, format: Format): Promise<readonly Block[]> {
  const key = `${stem}.${format}`;
  const cached = candidates.get(key);
  if (cached !== undefined) return cached;
  const blocks = toBlocks(await readers[format](sampleBytes(format, stem), key), key);
  candidates.set(key, blocks);
  return blocks;
}

const scores: { file: string; format: Format; blocks: number; words: number }[] = [];
afterAll(() => {
  const rows = scores.map((s) => `  ${s.file.padEnd(40)} ${s.format.padEnd(5)} blocks ${s.blocks.toFixed(3)}  words ${s.words.toFixed(3)}`);
  console.log(['format parity against text/ (Dice over blocks; word overlap)', ...rows].join('\n'));
});

/** The least share of blocks matched exactly; Stockport's lower score is its flattened header table (6 blocks). */
const THRESHOLD: Record<string, number> = { 'stockport-2024-revisit-scrutiny-report': 0.85 };

describe.each(SAMPLE_STEMS)('%s', (stem) => {
  it.each(FORMATS)('%s gives the same blocks as the text version', async (format) => {
    const ref = reference.get(stem)!;
    const got = await blocksOf(stem, format);
    const blocks = similarity(ref, got);
    const words = wordOverlap(ref, got);
    scores.push({ file: stem, format, blocks, words });
    expect(blocks).toBeGreaterThanOrEqual(THRESHOLD[stem] ?? 0.93);
    expect(words).toBeGreaterThanOrEqual(0.99);
  });
});

/** Reference blocks selected by the start of their text, and the candidate block aligned with each. */
async function counterparts(stem: string, format: Format, starts: readonly string[]) {
  const ref = reference.get(stem)!;
  const pairs = align(ref, await blocksOf(stem, format));
  return starts.map((start) => {
    const pair = pairs.find((p) => p.reference !== null && comparable(p.reference.text).startsWith(comparable(start)));
    if (pair?.reference == null) throw new Error(`no reference block starts "${start}"`);
    return { reference: pair.reference, candidate: pair.candidate };
  });
}

/** Asserts the candidate list items equal the reference ones in text, bold lead, bullet and number. */
async function expectSameItems(stem: string, format: Format, starts: readonly string[], markers: 'exact' | 'ordinal' = 'exact') {
  for (const { reference: ref, candidate } of await counterparts(stem, format, starts)) {
    expect(candidate, `${format}: ${ref.text.slice(0, 50)}`).not.toBeNull();
    expect(comparable(candidate!.text)).toBe(comparable(ref.text));
    expect(candidate!.bold === null ? null : comparable(candidate!.bold)).toBe(ref.bold === null ? null : comparable(ref.bold));
    expect(candidate!.bulleted).toBe(ref.bulleted);
    expect(candidate!.ordinal).toBe(ref.ordinal);
    if (markers === 'exact') expect(candidate!.marker).toBe(ref.marker);
  }
}

const STOKE = 'stoke-on-trent-2016-feedback-report';
const STOKE_RECOMMENDATIONS = [
  'Take robust and immediate action', 'Develop a clear and compelling narrative', 'Consider how the organisation needs to evolve',
  'Take further action to improve the reputation', 'Continue to build on your partnerships', "As the 'Leader of Place'",
  'Ensure you have effective mechanisms', 'Further invest in staff', 'Continue to strengthen governance',
];
const STOKE_PEERS = ['Carole Mills', 'Councillor Clarence Barrett', 'Helen Grantham', 'Perry Holmes', 'Robin Porter', 'Paul Clarke'];
const STOKE_ENGAGEMENT = ['Spoke to nearly 100 people', 'Gathered information and views from more than 40', 'Collectively spent more than 200 hours'];

const STOCKTON = 'stockton-on-tees-2019-cabinet-decision';
const STOCKTON_RECOMMENDATIONS = [
  "Develop a shared narrative of 'place'", 'Review what the Locality Forums', 'Build on the process that we have been involved',
  'Continue to work to understand and address', 'Ensure the process to recruit a Managing Director', "Build on the introduction of 'Informal Cabinet'",
  'Determine whether to take the opportunity', 'Create a shared narrative about the council', 'Seize the chance to fulfil',
  'Establish a shared understanding of inclusive growth', 'Show political leadership on the issue of recycling',
];
const STOCKTON_THEMES = ['Understanding of the local place and priority setting - Does', 'Leadership of Place - Does', 'Financial planning and viability - Does', 'Organisational leadership and governance - Is', 'Capacity to deliver - Is'];
const STOCKTON_FOCUS = ['How well are we currently addressing health inequality', 'How open we are to inclusive growth', 'How can we address our recycling performance'];

const STOCKPORT = 'stockport-2024-revisit-scrutiny-report';
const STOCKPORT_AREAS = ['A continued focus on Equality:', 'Neighbourhood Working:', 'Performance Management Framework:'];
const STOCKPORT_FEEDBACK = ["The Peer Team was impressed at the 'sophistication'", 'They also noted that we are looking to the future', "The team was impressed with the 'purposeful", 'The Peer Team were impressed with the strength', "The Peer Team was 'pleased to hear"];

const TEST_VALLEY = 'test-valley-2020-progress-report';
const TEST_VALLEY_PEERS = ['Jack Hegarty', 'Cllr Peter Fleming', 'Gemma Barron', 'Jane Eaton', 'Helen Sheppard', 'Paul Thomas', 'Kevin Kewin'];
const TEST_VALLEY_ENGAGEMENT = ['Spoke to more than 230 people', 'Gathered information and views from more than 40', 'Collectively spent more than 250 hours'];
const TEST_VALLEY_PROGRESS = ["Improving the Council's approach", 'Putting in place the mechanisms', 'Building upon the existing strong partnerships', 'Taking a lead on key issues', 'Maintaining a focus on how the Council does business'];

const SEVENOAKS = 'sevenoaks-2020-proposal-report';
const SEVENOAKS_THEMES = ['Understanding of the local place and priority setting:', 'Leadership of Place:', 'Organisational leadership and governance:', 'Financial planning and viability:', 'Capacity to deliver:'];

describe('list items that matter, exactly', () => {
  it.each(FORMATS)('Stoke-on-Trent: nine key recommendations with their bold headings (%s)', async (format) => {
    // the PDF's browser-printed numbers end in "." where the source has "1)": compared by ordinal
    await expectSameItems(STOKE, format, STOKE_RECOMMENDATIONS, format === 'pdf' ? 'ordinal' : 'exact');
    const items = await counterparts(STOKE, format, STOKE_RECOMMENDATIONS);
    expect(items.map((i) => i.candidate?.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it.each(FORMATS)('Stoke-on-Trent: peer team and engagement bullets (%s)', async (format) => {
    await expectSameItems(STOKE, format, [...STOKE_PEERS, ...STOKE_ENGAGEMENT]);
  });

  it.each(FORMATS)('Stockton-on-Tees: the twelve recommendation bullets, the themes a)-e) and the focus areas (%s)', async (format) => {
    await expectSameItems(STOCKTON, format, [...STOCKTON_RECOMMENDATIONS, ...STOCKTON_FOCUS]);
    await expectSameItems(STOCKTON, format, STOCKTON_THEMES, format === 'pdf' ? 'ordinal' : 'exact');
    const blocks = await blocksOf(STOCKTON, format);
    const start = blocks.findIndex((b) => b.text.startsWith('The following were the Peer team'));
    const bullets = blocks.slice(start + 1, start + 13);
    expect(bullets.every((b) => b.kind === 'list-item' && b.bulleted && b.marker === null)).toBe(true);
    expect(blocks[start + 13]?.bulleted).toBe(false);
    expect(bullets.filter((b) => b.text.startsWith('Create a shared narrative about the council'))).toHaveLength(2);
  });

  it.each(FORMATS)('Stockport: the three areas to strengthen and the feedback bullets (%s)', async (format) => {
    await expectSameItems(STOCKPORT, format, [...STOCKPORT_AREAS, ...STOCKPORT_FEEDBACK]);
  });

  it.each(FORMATS)('Test Valley: peer team, engagement bullets and the progress list (i)-(v) (%s)', async (format) => {
    await expectSameItems(TEST_VALLEY, format, [...TEST_VALLEY_PEERS, ...TEST_VALLEY_ENGAGEMENT]);
    // HTML has "v)" for "(v)" (pandoc's reading) and the PDF "i." for "(i)": ordinals agree in every format
    await expectSameItems(TEST_VALLEY, format, TEST_VALLEY_PROGRESS, format === 'docx' ? 'exact' : 'ordinal');
  });

  it.each(FORMATS)('Sevenoaks: the core components with bold headings (%s)', async (format) => {
    await expectSameItems(SEVENOAKS, format, SEVENOAKS_THEMES);
  });
});
