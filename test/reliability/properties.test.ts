import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGold } from '../../src/classify/parseGold.js';
import { parseLabelsCsv } from '../../src/classify/parseLabelsCsv.js';
import { corpusFromJsonl, corpusToJsonl } from '../../src/corpus/corpusFile.js';
import { slugify } from '../../src/corpus/documentId.js';
import { normalise } from '../../src/corpus/normalise.js';
import type { Register } from '../../src/corpus/register.js';
import { CorpusDocument } from '../../src/corpus/schema.js';
import { ERROR_CODES, isCpcError } from '../../src/errors.js';
import { decodeText } from '../../src/ingest/decode.js';
import { detectFormat } from '../../src/ingest/detect.js';
import { extractDocx } from '../../src/ingest/docx.js';
import { extractHtml } from '../../src/ingest/html.js';
import { parseManifest } from '../../src/ingest/manifest.js';
import { extractPdf } from '../../src/ingest/pdf.js';
import { loadRegister } from '../../src/resources/register.js';
import { extractText } from '../../src/ingest/text.js';
import type { Extracted, RawDocument } from '../../src/ingest/types.js';
import { FIXTURES } from '../helpers/gold.js';

/**
 * Property-based tests of the parsers: random and mutated documents either parse into a valid record or fail with a
 * documented `CpcError` code. Nothing else may escape (a TypeError, a RangeError, pdf.js's own exceptions).
 */
let register: Register;
beforeAll(async () => {
  register = await loadRegister();
});

const SAMPLES = ['stoke-on-trent-2016-feedback-report', 'stockport-2024-revisit-scrutiny-report'];
const sample = (format: string, extension: string) => SAMPLES.map((name) => new Uint8Array(readFileSync(`${FIXTURES}sample/${format}/${name}.${extension}`)));

/** A mutation of real bytes: truncation, flipped bytes, a spliced-in chunk, a repeated slice. */
function mutated(originals: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  const original = fc.constantFrom(...originals);
  return fc.oneof(
    original.chain((bytes) => fc.nat({ max: bytes.length }).map((at) => bytes.slice(0, at))),
    original.chain((bytes) =>
      fc.array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 }).map((flips) => {
        const copy = bytes.slice();
        for (const [at, value] of flips) copy[at] = value;
        return copy;
      }),
    ),
    original.chain((bytes) => fc.tuple(fc.nat({ max: bytes.length }), fc.uint8Array({ maxLength: 200 })).map(([at, chunk]) => concat(bytes.slice(0, at), chunk, bytes.slice(at)))),
    original.chain((bytes) => fc.tuple(fc.nat({ max: bytes.length }), fc.nat({ max: 2000 })).map(([at, length]) => concat(bytes.slice(0, at + length), bytes.slice(at)))),
  );
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Text that looks like a report in places: headings, numbered lists, council names, dates, stray markup. */
const reportish = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.constantFrom('Key recommendations', '1. Executive summary', '- 1) **Develop a narrative.**', 'Corporate Peer Challenge', 'Stockport Metropolitan Borough Council', '12th – 15th March 2019', 'Peer team', '<script>alert(1)</script>', '=HYPERLINK("x")', '\u0000', '\uFEFF', '\r\n', '•', '   '),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join('\n'));

/** Run `parse`; a throw must be a CpcError with one of the documented codes. */
async function onlyDocumentedErrors<T>(parse: () => T | Promise<T>): Promise<T | null> {
  try {
    return await parse();
  } catch (error) {
    if (!isCpcError(error)) throw error;
    expect(ERROR_CODES).toContain(error.code);
    return null;
  }
}

function rawOf(extracted: Extracted, format: RawDocument['format']): RawDocument {
  return { ...extracted, file: 'fuzz/document', format, sha256: '0'.repeat(64), bytes: extracted.text.length };
}

/** An extracted text must be normalisable into a record that meets the corpus schema. */
function expectValidRecord(extracted: Extracted | null, format: RawDocument['format']): void {
  if (extracted === null) return;
  const parsed = CorpusDocument.safeParse(normalise(rawOf(extracted, format), { register }));
  expect(parsed.success, parsed.error?.message).toBe(true);
}

describe('text and HTML readers on random and mutated input', () => {
  it('decode and read any bytes as text, or fail with a documented code', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 3000 }), mutated(sample('text', 'txt'))), async (bytes) => {
        await onlyDocumentedErrors(() => decodeText(bytes, 'fuzz.txt'));
        expectValidRecord(await onlyDocumentedErrors(() => extractText(bytes, 'fuzz.txt')), 'text');
      }),
      { numRuns: 150 },
    );
  });

  it('understand any report-like text (blocks, lists, council, dates) into a valid record', async () => {
    await fc.assert(
      fc.asyncProperty(reportish, async (text) => {
        expectValidRecord(await onlyDocumentedErrors(() => extractText(new TextEncoder().encode(text), 'fuzz.txt')), 'text');
      }),
      { numRuns: 200 },
    );
  });

  it('read mutated and random HTML', async () => {
    const html = fc.oneof(mutated(sample('html', 'html')), reportish.map((t) => new TextEncoder().encode(`<html><body><ol><li>${t.replace(/\n/g, '</li><li>')}</li></ol></body></html>`)));
    await fc.assert(
      fc.asyncProperty(html, async (bytes) => {
        expectValidRecord(await onlyDocumentedErrors(() => extractHtml(bytes, 'fuzz.html')), 'html');
      }),
      { numRuns: 100 },
    );
  });
});

describe('binary readers on mutated documents', () => {
  it('read mutated Word documents or fail with a documented code', async () => {
    await fc.assert(
      fc.asyncProperty(mutated(sample('docx', 'docx')), async (bytes) => {
        expectValidRecord(await onlyDocumentedErrors(() => extractDocx(bytes, 'fuzz.docx')), 'docx');
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('read mutated PDFs or fail with a documented code', async () => {
    await fc.assert(
      fc.asyncProperty(mutated(sample('pdf', 'pdf')), async (bytes) => {
        expectValidRecord(await onlyDocumentedErrors(() => extractPdf(bytes, 'fuzz.pdf')), 'pdf');
      }),
      { numRuns: 40 },
    );
  }, 180_000);

  it('detect a format from any name and bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('a.pdf', 'a.docx', 'a.html', 'a.htm', 'a.txt', 'a.md', 'a', 'a.PDF'), fc.uint8Array({ maxLength: 64 }), async (name, bytes) => {
        await onlyDocumentedErrors(() => detectFormat(name, bytes));
      }),
    );
  });
});

describe('the CSV and JSON files a user hands in', () => {
  const csvish = fc.array(fc.array(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('"', '""', ',', '\n', 'file', 'council', 'text', 'theme', 'date', '2019-13-45', 'finance')), { maxLength: 6 }), { maxLength: 8 }).map((rows) => rows.map((r) => r.join(',')).join('\n'));

  it('manifests, label files and gold files parse or fail with a documented code', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(csvish, fc.string(), fc.json()), async (text) => {
        await onlyDocumentedErrors(() => parseManifest(text, 'manifest.csv'));
        await onlyDocumentedErrors(() => parseLabelsCsv(text, 'labels.csv'));
        await onlyDocumentedErrors(() => parseGold(text, 'gold.json'));
        await onlyDocumentedErrors(() => corpusFromJsonl(text, 'corpus.jsonl'));
      }),
      { numRuns: 300 },
    );
  });

  it('a corpus file survives a round trip through JSON lines', async () => {
    await fc.assert(
      fc.asyncProperty(reportish, async (text) => {
        const extracted = extractText(new TextEncoder().encode(`${text}\nCorporate Peer Challenge`), 'fuzz.txt');
        const document = normalise(rawOf(extracted, 'text'), { register });
        expect(corpusFromJsonl(corpusToJsonl([document]), 'corpus.jsonl')).toEqual([document]);
      }),
      { numRuns: 50 },
    );
  });
});

describe('names that become paths or ids', () => {
  it('slugify never yields a separator, ".." or a leading dot, and stays short', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('../../etc/passwd', 'a/b\\c', '..', '.', 'CON', 'Brighton & Hove City Council', '\u0000')), (text) => {
        const slug = slugify(text);
        expect(slug.includes('..') || /[/\\]/.test(slug) || slug.includes(String.fromCharCode(0))).toBe(false);
        expect(slug).toMatch(/^(?:[a-z0-9][a-z0-9-]*[a-z0-9]|[a-z0-9]|)$/);
        expect(slug.length).toBeLessThanOrEqual(80);
      }),
    );
  });
});
