import { load } from 'cheerio';
import { warning, type Warning } from '../errors.js';
import { decodeText, normaliseNewlines } from './decode.js';
import type { DomNode } from './htmlDom.js';
import { renderBlocks, type RenderOptions } from './htmlRender.js';
import type { Extracted } from './types.js';
import { decodeWindows1252 } from './windows1252.js';
import { singleSpaced } from '../text/keys.js';

/**
 * An HTML page -> canonical text. Navigation, scripts, forms, images and hidden elements are dropped; paragraphs,
 * headings (`## `), list items (`- `, `- 2. `, `- b) `), bold runs (`**`) and table rows (tab-separated cells)
 * become blocks separated by blank lines.
 */
export function htmlToCanonical(html: string, file: string, options: RenderOptions = {}): Extracted {
  const $ = load(html);
  const root = $.root()[0] as unknown as DomNode;
  const blocks = renderBlocks(root, options);
  const text = blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
  const warnings: Warning[] = text === '' ? [warning('little-text', 'no text found in the page', file)] : [];
  const pageTitle = singleSpaced($('head > title, title').first().text());
  return { text, pages: [], pageCount: null, warnings, ...(pageTitle === '' ? {} : { pageTitle }) };
}

/** An HTML file's bytes -> canonical text, decoded as its `<meta charset>` says when that is not UTF-8. */
export function extractHtml(bytes: Uint8Array, file: string): Extracted {
  const { text, warnings } = decodeHtml(bytes, file);
  const extracted = htmlToCanonical(text, file);
  return { ...extracted, warnings: [...warnings, ...extracted.warnings] };
}

const SINGLE_BYTE_WESTERN = new Set(['windows-1252', 'cp1252', 'iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii']);

function decodeHtml(bytes: Uint8Array, file: string): { text: string; warnings: Warning[] } {
  const declared = declaredCharset(bytes);
  if (declared === null || declared === 'utf-8' || declared === 'utf8' || hasBom(bytes)) return decodeText(bytes, file);
  if (declared.startsWith('utf-16')) return decodeText(bytes, file);
  if (hasNonAscii(bytes) && isUtf8(bytes)) return decodeText(bytes, file);
  if (SINGLE_BYTE_WESTERN.has(declared)) return { text: normaliseNewlines(decodeWindows1252(bytes)), warnings: [] };
  try {
    return { text: normaliseNewlines(new TextDecoder(declared).decode(bytes)), warnings: [] };
  } catch {
    const decoded = decodeText(bytes, file);
    return {
      text: decoded.text,
      warnings: [warning('encoding-fallback', `unknown charset "${declared}"; read as UTF-8`, file), ...decoded.warnings],
    };
  }
}

/** The charset named by a `<meta charset>` or `<meta http-equiv content="...; charset=...">` in the first 2 KB. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = decodeWindows1252(bytes.subarray(0, 2048));
  const match = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match?.[1] === undefined ? null : match[1].toLowerCase();
}

function hasBom(bytes: Uint8Array): boolean {
  const [b0, b1, b2] = bytes;
  return (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) || (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff);
}

function hasNonAscii(bytes: Uint8Array): boolean {
  return bytes.some((byte) => byte >= 0x80);
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
