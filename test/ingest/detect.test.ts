import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/detect.js';
import { fixtureBytes, sampleBytes } from './fixtures.js';

const errorOf = (run: () => unknown) => {
  try {
    run();
    return null;
  } catch (error) {
    return error;
  }
};
const ascii = (text: string) => new TextEncoder().encode(text);

describe('detectFormat', () => {
  it.each([
    ['report.pdf', 'pdf', sampleBytes('pdf', 'stockport-2024-revisit-scrutiny-report')],
    ['REPORT.PDF', 'pdf', sampleBytes('pdf', 'stockport-2024-revisit-scrutiny-report')],
    ['report.docx', 'docx', sampleBytes('docx', 'stockport-2024-revisit-scrutiny-report')],
    ['page.html', 'html', sampleBytes('html', 'stockport-2024-revisit-scrutiny-report')],
    ['page.htm', 'html', ascii('<p>hello</p>')],
    ['notes.txt', 'text', ascii('hello')],
    ['notes.md', 'text', ascii('# hello')],
    ['notes.text', 'text', ascii('hello')],
    ['saved.txt', 'text', ascii('<!DOCTYPE html><p>a web page kept as text</p>')],
    ['utf16.txt', 'text', fixtureBytes('utf16le-nobom.txt')],
  ] as const)('%s is %s', (file, format, bytes) => {
    expect(detectFormat(file, bytes)).toBe(format);
  });

  it('names both formats when an HTML page is saved with a .pdf name', () => {
    const error = errorOf(() => detectFormat('downloads/report.pdf', fixtureBytes('html-saved-as.pdf')));
    expect(error).toMatchObject({ code: 'format-mismatch', file: 'downloads/report.pdf' });
    expect((error as Error).message).toMatch(/\.pdf.*PDF.*HTML page/);
  });

  it.each([
    ['a.docx', sampleBytes('pdf', 'stockport-2024-revisit-scrutiny-report'), /Word document.*a PDF/],
    ['a.pdf', sampleBytes('docx', 'stockport-2024-revisit-scrutiny-report'), /PDF.*ZIP archive/],
    ['a.html', sampleBytes('pdf', 'stockport-2024-revisit-scrutiny-report'), /HTML page.*a PDF/],
    ['a.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /legacy Office/],
  ])('reports %s holding another format', (file, bytes, message) => {
    const error = errorOf(() => detectFormat(file, bytes));
    expect(error).toMatchObject({ code: 'format-mismatch' });
    expect((error as Error).message).toMatch(message);
  });

  it('leaves damaged content of the right kind to the reader', () => {
    expect(detectFormat('x.docx', fixtureBytes('not-a-zip.docx'))).toBe('docx');
    expect(detectFormat('x.pdf', ascii('garbage'))).toBe('pdf');
  });

  it('rejects an empty file and an unknown extension', () => {
    expect(errorOf(() => detectFormat('empty.txt', fixtureBytes('empty.txt')))).toMatchObject({ code: 'empty-file', file: 'empty.txt' });
    expect(errorOf(() => detectFormat('notes.rtf', fixtureBytes('notes.rtf')))).toMatchObject({ code: 'unsupported-format', file: 'notes.rtf' });
    expect(errorOf(() => detectFormat('README', ascii('x')))).toMatchObject({ code: 'unsupported-format' });
  });
});
