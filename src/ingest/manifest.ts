import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { z } from 'zod';
import { csvError, readCsvRows } from '../csv.js';
import { CpcError, isCpcError, warning, type Warning } from '../errors.js';
import { isDocumentType } from '../vocabulary.js';
import { decodeText } from './decode.js';
import { readFileBounded } from './fileBytes.js';
import type { ManifestEntry } from './types.js';

export const MANIFEST_NAME = 'manifest.csv';

const optional = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const Row = z.object({
  file: z.string().trim().min(1, 'the file column is empty'),
  council: optional,
  date: optional.refine((value) => value === undefined || isDate(value), 'date must be YYYY, YYYY-MM or YYYY-MM-DD'),
  url: optional.refine((value) => value === undefined || /^https?:\/\/\S+$/i.test(value), 'url must start http:// or https://'),
  document_type: optional.refine((value) => value === undefined || isDocumentType(value), 'unknown document_type'),
});

/**
 * The text of a `manifest.csv` -> its rows. Columns `file,council,date,url,document_type` (header names are
 * matched case-insensitively, spaces and hyphens as underscores); other columns are ignored. A row that breaks
 * the CSV or a column's rule, or names a file twice, is an `invalid-manifest` error naming the line.
 */
export function parseManifest(csvText: string, file: string): ManifestEntry[] {
  const seen = new Map<string, number>();
  return readCsvRows(csvText, file, Row, [], 'invalid-manifest').map(({ line, row }) => {
    const name = row.file.replace(/\\/g, '/').replace(/^\.\//, '');
    const earlier = seen.get(name);
    if (earlier !== undefined) throw csvError(file, line, `${name} is already listed on line ${earlier}`, 'invalid-manifest');
    seen.set(name, line);
    return {
      file: name,
      ...(row.council === undefined ? {} : { council: row.council }),
      ...(row.date === undefined ? {} : { date: row.date }),
      ...(row.url === undefined ? {} : { url: row.url }),
      ...(row.document_type === undefined ? {} : { documentType: row.document_type }),
    };
  });
}

/** A manifest larger than this is not a list of documents (`too-large`). */
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

/**
 * The rows of `folder/manifest.csv`, or null when the folder has none. Read like a document (`readFileBounded`):
 * a pipe or device named `manifest.csv` fails with `not-a-file`, one past 16 MB with `too-large`.
 */
export async function loadManifests(folder: string): Promise<ManifestEntry[] | null> {
  const path = join(folder, MANIFEST_NAME);
  let bytes: Uint8Array;
  try {
    bytes = await readFileBounded(path, MAX_MANIFEST_BYTES);
  } catch (cause) {
    if (isCpcError(cause) && cause.code === 'file-not-found') return null;
    // a folder that can be listed but not entered: the cause is the folder, not its manifest
    if (!(await access(folder, constants.X_OK).then(() => true, () => false))) {
      throw new CpcError('unreadable', `${folder.split(sep).join('/')}: cannot open the files in this folder (permission denied)`, { file: folder, cause });
    }
    throw cause;
  }
  return parseManifest(decodeText(bytes, path).text, path.split(sep).join('/'));
}

/** The manifest row for one document: from `manifest.csv` in its folder, matched by its name relative to it. */
export async function manifestFor(file: string): Promise<ManifestEntry | undefined> {
  const rows = await loadManifests(dirname(file));
  return rows?.find((row) => row.file === relative(dirname(file), file).split(sep).join('/'));
}

/** Manifest rows found for a batch of documents. */
export interface FoundManifests {
  /** Document file -> its row. */
  readonly entries: Map<string, ManifestEntry>;
  /** `manifest-unmatched`: rows that name no document among the inputs. */
  readonly warnings: Warning[];
  /** Folder -> why its `manifest.csv` could not be used (the documents beside it fail with this error). */
  readonly broken: Map<string, CpcError>;
}

/**
 * The manifest rows for many documents: each folder's `manifest.csv` is read once and a row matches the document
 * in that folder whose name is the row's `file`. Rows that match no document come back as `manifest-unmatched`
 * warnings (the file may have been left out of the inputs, or misnamed); a manifest that cannot be read or parsed
 * is reported per folder, so that only the documents beside it fail.
 */
export async function findManifests(files: readonly string[]): Promise<FoundManifests> {
  const folders = [...new Set(files.map((file) => dirname(file)))].sort();
  const manifests = new Map<string, ManifestEntry[]>();
  const broken = new Map<string, CpcError>();
  // every folder's manifest read at once (a corpus may have a folder per council), then taken in folder order
  const loaded = await Promise.all(folders.map((folder) => loadManifests(folder).then((rows) => ({ rows }), (error: unknown) => ({ error }))));
  folders.forEach((folder, i) => {
    const result = loaded[i]!;
    if ('error' in result) {
      if (!isCpcError(result.error)) throw result.error;
      broken.set(folder, result.error);
    } else if (result.rows !== null) manifests.set(folder, result.rows);
  });
  const entries = new Map<string, ManifestEntry>();
  const used = new Set<ManifestEntry>();
  for (const file of files) {
    const name = relative(dirname(file), file).split(sep).join('/');
    const row = manifests.get(dirname(file))?.find((candidate) => candidate.file === name);
    if (row === undefined) continue;
    entries.set(file, row);
    used.add(row);
  }
  const warnings: Warning[] = [];
  for (const [folder, rows] of manifests) {
    const where = join(folder, MANIFEST_NAME).split(sep).join('/');
    for (const row of rows) {
      if (!used.has(row)) warnings.push(warning('manifest-unmatched', `no document ${row.file} among the inputs beside the manifest`, where));
    }
  }
  return { entries, warnings, broken };
}

function isDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (match === null) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(Number(year), m - 1, Number(day)));
  return date.getUTCDate() === Number(day);
}
