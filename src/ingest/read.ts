import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { sep } from 'node:path';
import { CpcError, isCpcError } from '../errors.js';
import type { Format } from '../vocabulary.js';
import { detectFormat } from './detect.js';
import { extractDocx } from './docx.js';
import { extractHtml } from './html.js';
import { extractPdf } from './pdf.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_TEXT_CHARS, type ReadLimits } from '../limits.js';
import { extractText } from './text.js';
import type { Extracted, ManifestEntry, RawDocument } from './types.js';

export interface ReadDocumentOptions extends ReadLimits {
  /** The manifest row for this file, carried into the result. */
  readonly manifest?: ManifestEntry;
}

/**
 * One input file -> a raw document. Phases: size check (before reading anything) -> read -> SHA-256 -> format from
 * extension and magic bytes -> the format's reader -> text length check. Every failure is a `CpcError` naming the
 * file.
 */
export async function readDocument(file: string, options: ReadDocumentOptions = {}): Promise<RawDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = await sizeOf(file);
  if (size > maxBytes) {
    throw new CpcError('too-large', `${file}: ${megabytes(size)} is over the ${megabytes(maxBytes)} limit`, { file });
  }
  const bytes = await readBytes(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const format = detectFormat(file, bytes);
  const extracted = await extract(format, bytes, file, options);
  const maxTextChars = options.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
  if (extracted.text.length > maxTextChars) {
    const millions = (n: number) => `${(n / 1e6).toFixed(1)} million`;
    throw new CpcError('too-large', `${file}: ${millions(extracted.text.length)} characters of text is over the ${millions(maxTextChars)} limit`, { file });
  }
  return {
    file: file.split(sep).join('/'),
    format,
    sha256,
    bytes: bytes.length,
    ...extracted,
    ...(options.manifest === undefined ? {} : { manifest: options.manifest }),
  };
}

async function extract(format: Format, bytes: Uint8Array, file: string, options: ReadDocumentOptions): Promise<Extracted> {
  try {
    switch (format) {
      case 'pdf':
        return await extractPdf(bytes, file);
      case 'docx':
        return await extractDocx(bytes, file, options);
      case 'html':
        return extractHtml(bytes, file);
      default:
        return extractText(bytes, file);
    }
  } catch (error) {
    if (isCpcError(error)) throw error;
    const code = format === 'pdf' ? 'pdf-corrupt' : format === 'docx' ? 'docx-corrupt' : 'decode-failed';
    throw new CpcError(code, `${file}: ${(error as Error).message ?? String(error)}`, { file, cause: error });
  }
}

async function sizeOf(file: string): Promise<number> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new CpcError('unreadable', `${file}: is a folder, not a file`, { file });
    return info.size;
  } catch (error) {
    throw fileError(error, file);
  }
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    const buffer = await readFile(file);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    throw fileError(error, file);
  }
}

function fileError(error: unknown, file: string): CpcError {
  if (isCpcError(error)) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new CpcError('file-not-found', `${file}: no such file`, { file, cause: error });
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : ((error as Error).message ?? String(error));
  return new CpcError('unreadable', `${file}: cannot read (${reason})`, { file, cause: error });
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
