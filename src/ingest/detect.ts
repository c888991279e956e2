import { extname } from 'node:path';
import { CpcError } from '../errors.js';
import type { Format } from '../vocabulary.js';

/** File extensions cpc reads, lower case with the dot, and the format each names. */
export const EXTENSIONS: Readonly<Record<string, Format>> = {
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
  '.md': 'text',
  '.text': 'text',
};

/** What the first bytes of a file show it to be, whatever its name says. */
type Content = Format | 'zip' | 'ole' | 'unknown';

const LABELS: Readonly<Record<Content, string>> = {
  pdf: 'a PDF',
  docx: 'a Word document',
  html: 'an HTML page',
  text: 'plain text',
  zip: 'a ZIP archive',
  ole: 'a legacy Office file (.doc/.xls)',
  unknown: 'unrecognised data',
};

/**
 * A file's format from its extension, checked against its first bytes. A file whose bytes are plainly another
 * format (an HTML page saved as `.pdf`, a PDF named `.docx`) is a `format-mismatch` naming both; bytes that are
 * merely damaged are left for the format's reader to report.
 */
export function detectFormat(file: string, bytes: Uint8Array): Format {
  const extension = extname(file).toLowerCase();
  const format = EXTENSIONS[extension];
  if (format === undefined) {
    const known = Object.keys(EXTENSIONS).join(' ');
    throw new CpcError('unsupported-format', `${file}: cpc does not read "${extension || '(no extension)'}" files (it reads ${known})`, { file });
  }
  if (bytes.length === 0) throw new CpcError('empty-file', `${file}: the file is empty`, { file });
  const content = sniff(bytes);
  const fits =
    content === 'unknown' ||
    content === format ||
    (format === 'docx' && content === 'zip') ||
    (format === 'text' && content === 'html') ||
    (format === 'html' && content === 'text') ||
    (format === 'pdf' && content === 'text') ||
    (format === 'docx' && content === 'text');
  if (!fits) {
    throw new CpcError(
      'format-mismatch',
      `${file}: named ${extension} (${LABELS[format]}) but the content is ${LABELS[content]}`,
      { file },
    );
  }
  return format;
}

function sniff(bytes: Uint8Array): Content {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  const head = asciiHead(bytes);
  if (/^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<!--[\s\S]*?-->\s*<(?:!doctype|html))/i.test(head)) return 'html';
  if (head.includes('%PDF-')) return 'pdf';
  return bytes.subarray(0, 1024).includes(0) ? 'unknown' : 'text';
}

/** The first 1 KB as Latin-1 text, without a UTF-8 byte-order mark. */
function asciiHead(bytes: Uint8Array): string {
  const start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  return String.fromCharCode(...bytes.subarray(start, start + 1024));
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}
