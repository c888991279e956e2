import { isAbsolute, relative } from 'node:path';
import { normalise } from '../corpus/normalise.js';
import type { Register } from '../corpus/register.js';
import type { CorpusDocument } from '../corpus/schema.js';
import { readDocument, type ReadLimits } from '../ingest/read.js';
import type { ManifestEntry, RawDocument } from '../ingest/types.js';

/** Read one file into a raw document; the default reader of `ingestCorpus` (a test or a pool may pass another). */
export type ReadFile = (file: string, options: ReadLimits & { readonly manifest?: ManifestEntry }) => Promise<RawDocument>;

/** The path as shown and stored: relative to the working directory when inside it, with `/` separators. */
export function displayPath(file: string, cwd: string): string {
  const shown = isAbsolute(file) && !relative(cwd, file).startsWith('..') ? relative(cwd, file) : file;
  return shown.split('\\').join('/');
}

/** A raw document -> its corpus record, the file named as the user would write it. */
export function normaliseRaw(raw: RawDocument, cwd: string, register: Register): CorpusDocument {
  return normalise({ ...raw, file: displayPath(raw.file, cwd) }, { register });
}

/**
 * One file -> its corpus record: read (with its manifest row), then normalise. The unit of work of the worker
 * pool and of the in-process path alike, so both give the same document.
 */
export async function readAndNormalise(
  file: string,
  options: { cwd: string; register: Register; limits: ReadLimits; manifest: ManifestEntry | undefined; read?: ReadFile },
): Promise<CorpusDocument> {
  const read = options.read ?? readDocument;
  const raw = await read(file, { ...options.limits, ...(options.manifest === undefined ? {} : { manifest: options.manifest }) });
  return normaliseRaw(raw, options.cwd, options.register);
}
