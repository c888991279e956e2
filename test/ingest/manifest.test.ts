import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findManifests, loadManifests, manifestFor, parseManifest } from '../../src/ingest/manifest.js';

const errorOf = (run: () => unknown) => {
  try {
    run();
    return null;
  } catch (error) {
    return error;
  }
};

describe('parseManifest', () => {
  it('reads the known columns, ignores others, leaves empty cells out', () => {
    const csv =
      '\ufeffFile,Council,Date,URL,Document Type,notes\r\n' +
      'stockport.pdf,Stockport,2024-01-16,https://example.org/a.pdf,committee-report,keep\r\n' +
      '"with, comma.docx",,2019,,,\r\n' +
      '\r\n';
    expect(parseManifest(csv, 'manifest.csv')).toEqual([
      { file: 'stockport.pdf', council: 'Stockport', date: '2024-01-16', url: 'https://example.org/a.pdf', documentType: 'committee-report' },
      { file: 'with, comma.docx', date: '2019' },
    ]);
  });

  it.each([
    ['file,date\n,2020\n', /m\.csv:2: file/],
    ['file,date\na.pdf,16/01/2024\n', /m\.csv:2: date \("16\/01\/2024"\)/],
    ['file,date\na.pdf,2023-02-30\n', /m\.csv:2: date/],
    ['file,url\na.pdf,ftp://x\n', /m\.csv:2: url/],
    ['file,document_type\na.pdf,report\n', /m\.csv:2: document_type \("report"\)/],
    ['file\na.pdf\nb.pdf\na.pdf\n', /m\.csv:4: a\.pdf is already listed on line 2/],
    ['file,council\na.pdf,"unclosed\n', /invalid-manifest|Quote|quote/],
  ])('rejects %j naming the line', (csv, message) => {
    const error = errorOf(() => parseManifest(csv, 'm.csv'));
    expect(error).toMatchObject({ code: 'invalid-manifest', file: 'm.csv' });
    expect((error as Error).message).toMatch(message);
  });
});

describe('manifests beside documents', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'cpc-manifest-'));
    mkdirSync(join(root, 'a'));
    mkdirSync(join(root, 'b'));
    writeFileSync(join(root, 'a', 'manifest.csv'), 'file,council\none.pdf,Stockport\ngone.pdf,Nowhere\n');
    writeFileSync(join(root, 'b', 'manifest.csv'), 'file,date\ntwo.pdf,not-a-date\n');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('loads a folder’s manifest, or null when there is none', async () => {
    expect(await loadManifests(join(root, 'a'))).toHaveLength(2);
    expect(await loadManifests(root)).toBeNull();
  });

  it('finds a document’s row by its name in the manifest’s folder', async () => {
    expect(await manifestFor(join(root, 'a', 'one.pdf'))).toEqual({ file: 'one.pdf', council: 'Stockport' });
    expect(await manifestFor(join(root, 'a', 'other.pdf'))).toBeUndefined();
    expect(await manifestFor(join(root, 'elsewhere.pdf'))).toBeUndefined();
  });

  it('matches many documents at once and warns about rows that match none', async () => {
    const { entries, warnings } = await findManifests([join(root, 'a', 'one.pdf'), join(root, 'a', 'three.pdf')]);
    expect([...entries]).toEqual([[join(root, 'a', 'one.pdf'), { file: 'one.pdf', council: 'Stockport' }]]);
    expect(warnings).toEqual([{ code: 'manifest-unmatched', message: expect.stringContaining('gone.pdf'), file: `${root}/a/manifest.csv` }]);
  });

  it('fails on a bad manifest, naming it', async () => {
    await expect(manifestFor(join(root, 'b', 'two.pdf'))).rejects.toMatchObject({ code: 'invalid-manifest', file: `${root}/b/manifest.csv` });
  });
});
