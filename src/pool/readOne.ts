import { isAbsolute, relative } from 'node:path';
import type { Register } from '../corpus/register.js';
import type { normalise } from '../corpus/normalise.js';
import { toBlocks } from '../corpus/blocks.js';
import type { CorpusDocument } from '../corpus/schema.js';
import { followUpPassages } from '../lineage/followUpPassages.js';
import { isFollowUp } from '../lineage/followUp.js';
import type { FollowUpPassage } from '../lineage/types.js';
import type { ReadLimits } from '../limits.js';
import type { ReadDocumentOptions } from '../ingest/read.js';
import type { ManifestEntry, RawDocument } from '../ingest/types.js';

/** Read one file into a raw document; the default reader of `ingestCorpus` (a test or a pool may pass another). */
export type ReadFile = (file: string, options: ReadDocumentOptions) => Promise<RawDocument>;

/** The path as shown and stored: relative to the working directory when inside it, with `/` separators. */
export function displayPath(file: string, cwd: string): string {
  const shown = isAbsolute(file) && !relative(cwd, file).startsWith('..') ? relative(cwd, file) : file;
  return shown.split('\\').join('/');
}

/** A file read and normalised: its corpus record, and for a follow-up document (`isFollowUp`) its passages. */
export interface ParsedFile {
  readonly document: CorpusDocument;
  /** What progress reads of a follow-up (`followUpPassages`), cut while the text is at hand; null for others. */
  readonly passages: readonly FollowUpPassage[] | null;
}

/**
 * One file -> its corpus record: read (with its manifest row), then normalise, the file named as the user would
 * write it; a follow-up's passages too, so progress need not read the file again. The unit of work of the worker pool and of the in-process path alike, so both give the same document.
 * The reader and the normaliser are passed in: callers load them (pdf.js, mammoth, cheerio, chrono) only when a file
 * needs parsing, so a run answered from the cache, or read by workers, never loads them on the main thread.
 */
export async function readAndNormalise(
  file: string,
  options: { cwd: string; register: Register; limits: ReadLimits; manifest: ManifestEntry | undefined; read: ReadFile; normalise: typeof normalise },
): Promise<ParsedFile> {
  const raw = await options.read(file, { ...options.limits, ...(options.manifest === undefined ? {} : { manifest: options.manifest }) });
  const shown = { ...raw, file: displayPath(raw.file, options.cwd) };
  const document = options.normalise(shown, { register: options.register });
  return { document, passages: isFollowUp(document) ? followUpPassages(document.id, toBlocks(shown, document.file)) : null };
}
