import JSZip from 'jszip';
import { CpcError } from '../errors.js';
import { DEFAULT_MAX_ARCHIVE_BYTES, DEFAULT_MAX_ENTRY_BYTES, type ArchiveLimits } from '../limits.js';


/** The XML parts of a Word document that the reader needs itself (mammoth reads the archive again). */
export interface DocxParts {
  readonly document: string;
  readonly numbering: string | null;
  readonly styles: string | null;
}

/**
 * Open a DOCX safely before mammoth does. Phases: ZIP magic -> central directory (jszip) -> every entry's declared
 * size and the total against the limits -> the XML parts actually inflated, counting bytes as they come, so a
 * header that under-declares its size cannot smuggle a bomb past the check -> the main document part.
 */
export async function readDocxArchive(bytes: Uint8Array, file: string, limits: ArchiveLimits = {}): Promise<DocxParts> {
  const maxEntry = limits.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES;
  const maxTotal = limits.maxArchiveBytes ?? DEFAULT_MAX_ARCHIVE_BYTES;
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw new CpcError('docx-corrupt', `${file}: not a Word document (no ZIP signature)`, { file });
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (cause) {
    throw new CpcError('docx-corrupt', `${file}: damaged Word document (${(cause as Error).message})`, { file, cause });
  }
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  let declaredTotal = 0;
  for (const entry of entries) {
    const { uncompressed, compressed } = declaredSizes(entry);
    if (uncompressed > maxEntry) throw tooLarge(file, `${entry.name} declares ${mb(uncompressed)}`, maxEntry);
    if (compressed > uncompressed * 1.01 + 1024) {
      throw new CpcError('docx-corrupt', `${file}: ${entry.name} declares fewer bytes than it holds`, { file });
    }
    declaredTotal += uncompressed;
  }
  if (declaredTotal > maxTotal) throw tooLarge(file, `entries declare ${mb(declaredTotal)} in all`, maxTotal);

  const budget = { left: maxTotal };
  const read = async (name: string): Promise<string | null> => {
    const entry = zip.file(name);
    return entry === null ? null : inflate(entry, file, maxEntry, budget);
  };
  const main = (await mainDocumentPath(read)) ?? 'word/document.xml';
  const document = await read(main);
  if (document === null) throw new CpcError('docx-corrupt', `${file}: no ${main} in the archive`, { file });
  const [numbering, styles] = await Promise.all([read('word/numbering.xml'), read('word/styles.xml')]);
  for (const entry of entries) {
    if (/\.(xml|rels)$/i.test(entry.name) && ![main, 'word/numbering.xml', 'word/styles.xml'].includes(entry.name)) {
      await inflate(entry, file, maxEntry, budget);
    }
  }
  return { document, numbering, styles };
}

/**
 * jszip keeps the central directory's sizes on the entry's compressed-data object, read as signed 32-bit numbers:
 * a declared size of 2 GB or more comes back negative.
 */
function declaredSizes(entry: JSZip.JSZipObject): { uncompressed: number; compressed: number } {
  const data = (entry as unknown as { _data?: { uncompressedSize?: unknown; compressedSize?: unknown } })._data;
  const unsigned = (value: unknown) => (typeof value !== 'number' ? 0 : value < 0 ? value + 2 ** 32 : value);
  return { uncompressed: unsigned(data?.uncompressedSize), compressed: unsigned(data?.compressedSize) };
}

/** Inflate one entry as UTF-8 text, stopping as soon as it passes the entry limit or the remaining total. */
function inflate(entry: JSZip.JSZipObject, file: string, maxEntry: number, budget: { left: number }): Promise<string> {
  return new Promise((resolve, reject) => {
    const decoder = new TextDecoder('utf-8');
    const parts: string[] = [];
    let size = 0;
    const stream = entry.nodeStream('nodebuffer') as NodeJS.ReadableStream & { destroy?: () => void };
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      budget.left -= chunk.length;
      if (size > maxEntry || budget.left < 0) {
        stream.removeAllListeners('data');
        stream.pause();
        stream.destroy?.();
        reject(tooLarge(file, `${entry.name} inflates past ${mb(size)}`, size > maxEntry ? maxEntry : budget.left + size));
        return;
      }
      parts.push(decoder.decode(chunk, { stream: true }));
    });
    stream.on('error', (cause: unknown) => {
      reject(new CpcError('docx-corrupt', `${file}: cannot inflate ${entry.name}`, { file, cause }));
    });
    stream.on('end', () => {
      parts.push(decoder.decode());
      resolve(parts.join(''));
    });
  });
}

/** The main document part named by `_rels/.rels` (usually `word/document.xml`). */
async function mainDocumentPath(read: (name: string) => Promise<string | null>): Promise<string | null> {
  const rels = await read('_rels/.rels');
  if (rels === null) return null;
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const tag = match[0];
    if (!/Type="[^"]*\/officeDocument"/.test(tag)) continue;
    const target = /Target="([^"]+)"/.exec(tag)?.[1];
    if (target !== undefined) return target.replace(/^\//, '');
  }
  return null;
}

function tooLarge(file: string, what: string, limit: number): CpcError {
  return new CpcError('archive-too-large', `${file}: ${what}; the limit is ${mb(limit)}`, { file });
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
