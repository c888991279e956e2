import { readFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { CpcError } from '../errors.js';
import type { ManifestEntry } from './types.js';

/** Parse a `manifest.csv` (`file,council,date,url,document_type`; other columns ignored). */
export function parseManifest(csvText: string, file: string): ManifestEntry[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(csvText.replace(/^\ufeff/, ''), { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new CpcError('invalid-manifest', `${file}: ${(error as Error).message}`, { file });
  }
  return rows.map((row, i) => {
    if (row.file === undefined || row.file === '') throw new CpcError('invalid-manifest', `${file}: line ${i + 2}: the file column is empty`, { file });
    const entry: { -readonly [K in keyof ManifestEntry]: ManifestEntry[K] } = { file: row.file };
    if (row.council) entry.council = row.council;
    if (row.date) entry.date = row.date;
    if (row.url) entry.url = row.url;
    if (row.document_type) entry.documentType = row.document_type;
    return entry;
  });
}

/** The manifest row for a document, from a `manifest.csv` in its folder (or undefined). */
export async function manifestFor(file: string): Promise<ManifestEntry | undefined> {
  const folder = dirname(file);
  const path = join(folder, 'manifest.csv');
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) return undefined;
  const name = relative(folder, file).split('\\').join('/');
  return parseManifest(text, path).find((entry) => entry.file === name || entry.file === basename(file));
}
