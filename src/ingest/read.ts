import { createHash } from 'node:crypto';
import { sep } from 'node:path';
import { CpcError, isCpcError } from '../errors.js';
import type { Format } from '../vocabulary.js';
import { detectFormat } from './detect.js';
import { readFileBounded } from './fileBytes.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_TEXT_CHARS, type ReadLimits } from '../limits.js';
import { extractText } from './text.js';
import { tooMuchText } from './textLimit.js';
import type { Extracted, ManifestEntry, RawDocument } from './types.js';

export interface ReadDocumentOptions extends ReadLimits {
  /** The manifest row for this file, carried into the result. */
  readonly manifest?: ManifestEntry;
}

/**
 * One input file -> a raw document. Phases: read (regular files only, at most `maxBytes`,
 * see `readFileBounded`) -> SHA-256 -> format from
 * extension and magic bytes -> the format's reader -> text length check. Every failure is a `CpcError` naming the
 * file.
 */
export async function readDocument(file: string, options: ReadDocumentOptions = {}): Promise<RawDocument> {
  const bytes = await readFileBounded(file, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const format = detectFormat(file, bytes);
  const maxTextChars = options.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
  const extracted = await extract(format, bytes, file, { ...options, maxTextChars });
  if (extracted.text.length > maxTextChars) throw tooMuchText(file, maxTextChars, extracted.text.length);
  return {
    file: file.split(sep).join('/'),
    format,
    sha256,
    bytes: bytes.length,
    ...extracted,
    ...(options.manifest === undefined ? {} : { manifest: options.manifest }),
  };
}

/**
 * The format's reader, each loaded the first time a file needs it: a reader process that only ever sees PDFs never
 * loads mammoth, JSZip or cheerio (a fresh process's start-up is most of the cost of a short run).
 */
async function extract(format: Format, bytes: Uint8Array, file: string, options: ReadDocumentOptions): Promise<Extracted> {
  try {
    switch (format) {
      case 'pdf':
        return await (await import('./pdf.js')).extractPdf(bytes, file, undefined, options.maxTextChars);
      case 'docx':
        return await (await import('./docx.js')).extractDocx(bytes, file, options);
      case 'html':
        return (await import('./html.js')).extractHtml(bytes, file);
      default:
        return extractText(bytes, file);
    }
  } catch (error) {
    if (isCpcError(error)) throw error;
    const code = format === 'pdf' ? 'pdf-corrupt' : format === 'docx' ? 'docx-corrupt' : 'decode-failed';
    throw new CpcError(code, `${file}: ${(error as Error).message ?? String(error)}`, { file, cause: error });
  }
}
