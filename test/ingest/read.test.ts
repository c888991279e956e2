import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/read.js';
import { INGEST_FIXTURES, SAMPLE } from './fixtures.js';
import { minimalPdf } from './helpers/minimalPdf.js';
import { ENCRYPTED_PDF, NO_TEXT_PDF } from './helpers/pdfFixtures.js';

const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);
const scratch = mkdtempSync(join(tmpdir(), 'cpc-read-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('readDocument', () => {
  it('reads a file into a raw document with its hash, size and format', async () => {
    const file = `${SAMPLE}text/stockport-2024-revisit-scrutiny-report.txt`;
    const bytes = readFileSync(file);
    const document = await readDocument(file);
    expect(document).toMatchObject({
      file,
      format: 'text',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      pages: [],
      pageCount: null,
      warnings: [],
    });
    expect(document.text).toContain('The Scrutiny Committee is asked to:');
    expect('manifest' in document).toBe(false);
  });

  it.each(['html', 'docx', 'pdf'] as const)('reads the sample %s', async (format) => {
    const document = await readDocument(`${SAMPLE}${format}/stockton-on-tees-2019-cabinet-decision.${format}`);
    expect(document.format).toBe(format);
    expect(document.text).toContain('Develop a shared narrative of');
  });

  it('carries the manifest row', async () => {
    const manifest = { file: 'a.txt', council: 'Stockport' };
    const document = await readDocument(`${INGEST_FIXTURES}windows-1252.txt`, { manifest });
    expect(document.manifest).toEqual(manifest);
    expect(document.warnings.map((w) => w.code)).toEqual(['encoding-fallback']);
  });

  it('checks the size before reading', async () => {
    const file = `${SAMPLE}pdf/stockport-2024-revisit-scrutiny-report.pdf`;
    expect(await errorOf(readDocument(file, { maxBytes: 1000 }))).toMatchObject({ code: 'too-large', file });
  });

  it('passes the archive limits to the Word reader', async () => {
    const file = `${SAMPLE}docx/stockport-2024-revisit-scrutiny-report.docx`;
    expect(await errorOf(readDocument(file, { maxEntryBytes: 500 }))).toMatchObject({ code: 'archive-too-large' });
    expect(await errorOf(readDocument(file, { maxArchiveBytes: 5000 }))).toMatchObject({ code: 'archive-too-large' });
  });

  it.each([
    ['missing.pdf', 'file-not-found'],
    ['empty.txt', 'empty-file'],
    ['notes.rtf', 'unsupported-format'],
    ['html-saved-as.pdf', 'format-mismatch'],
    ['not-a-zip.docx', 'docx-corrupt'],
    ['encrypted.pdf', 'pdf-encrypted'],
  ])('%s fails with %s', async (name, code) => {
    const file = `${INGEST_FIXTURES}${name}`;
    expect(await errorOf(readDocument(file))).toMatchObject({ code, file });
  });

  it('warns about a PDF without text', async () => {
    const document = await readDocument(`${INGEST_FIXTURES}no-text.pdf`);
    expect(document.warnings.map((w) => w.code)).toEqual(['no-text-layer']);
  });

  it('refuses a folder, a named pipe and a device as not-a-file, without waiting or reading', async () => {
    expect(await errorOf(readDocument(scratch))).toMatchObject({ code: 'not-a-file', message: `${scratch}: a folder, not a regular file; not read` });
    const pipe = join(scratch, 'pipe.txt');
    execFileSync('mkfifo', [pipe]);
    expect(await errorOf(readDocument(pipe))).toMatchObject({ code: 'not-a-file', message: `${pipe}: a named pipe, not a regular file; not read` });
    expect(await errorOf(readDocument('/dev/zero'))).toMatchObject({ code: 'not-a-file', message: '/dev/zero: a device, not a regular file; not read' });
  });

  it('reads no more than the size limit whatever stat says (a /proc file says 0 bytes)', async () => {
    expect(await errorOf(readDocument('/proc/self/maps', { maxBytes: 64 }))).toMatchObject({ code: 'too-large', message: '/proc/self/maps: it grew past the 64 bytes limit' });
  });

  it('reports an unreadable file as unreadable', async () => {
    const locked = join(scratch, 'locked.txt');
    writeFileSync(locked, 'secret');
    chmodSync(locked, 0o000);
    const canRead = await readDocument(locked).then(() => true, () => false);
    if (!canRead) expect(await errorOf(readDocument(locked))).toMatchObject({ code: 'unreadable', file: locked });
    chmodSync(locked, 0o600);
  });
});

describe('committed PDF fixtures', () => {
  it('are what the hand-built PDF helper makes', () => {
    expect(new Uint8Array(readFileSync(`${INGEST_FIXTURES}encrypted.pdf`))).toEqual(minimalPdf(...ENCRYPTED_PDF));
    expect(new Uint8Array(readFileSync(`${INGEST_FIXTURES}no-text.pdf`))).toEqual(minimalPdf(...NO_TEXT_PDF));
  });
});
