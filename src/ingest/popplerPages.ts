import { createRequire } from 'node:module';
import type { PdfItem } from './pdfLines.js';
import type { PdfPages } from './pdfPages.js';

/** What the native addon (native/poppler) returns for one page. */
interface PopplerPage {
  /** The page's words, NUL-separated, in content-stream order. */
  readonly words: string;
  /**
   * Seven numbers a word: left, baseline (up from the page's bottom), width, font size, font index, 1 when a space
   * follows, 1 when a marked-content sequence (a tagged PDF's paragraph or list item) begins or ends just before it.
   */
  readonly numbers: Float64Array;
}

interface PopplerAddon {
  readonly popplerVersion: string;
  /**
   * Throws an Error whose `code` is `pdf-corrupt`, `pdf-encrypted`, or `too-large` as soon as the pages drawn hold
   * more than `maxChars` characters (counted while poppler draws them, so a stream bomb stops early).
   */
  readPdf(bytes: Uint8Array, maxChars?: number): { readonly pages: readonly PopplerPage[]; readonly fonts: readonly string[] };
}

let addon: PopplerAddon | null | undefined;

/**
 * The poppler addon (the optional package `cpc-poppler`, built from native/poppler at install when poppler's
 * headers are there), or null when it is not installed or does not load.
 */
export function popplerAddon(): PopplerAddon | null {
  if (addon === undefined) {
    try {
      addon = createRequire(import.meta.url)('cpc-poppler') as PopplerAddon;
    } catch {
      addon = null;
    }
  }
  return addon;
}

/**
 * A PDF read by poppler in one native call, stopped once its text passes `maxChars`: every page's words, with their positions and fonts, in content-stream
 * order. Words are joined into text items as pdf.js cuts them, so that both engines feed the layout the same
 * items: an item ends where the font or size changes, the baseline moves, a gap wider than 0.6 em opens, or a
 * marked-content sequence begins or ends; and an empty end-of-line item comes before an item that begins after
 * such a boundary (or in another font) on a new line, as pdf.js reports a fresh chunk.
 */
export function popplerPages(bytes: Uint8Array, maxChars: number): PdfPages {
  const reader = popplerAddon();
  if (reader === null) throw new Error('the poppler PDF reader is not installed');
  const { pages, fonts } = reader.readPdf(bytes, maxChars);
  return {
    count: pages.length,
    items: (number) => Promise.resolve(itemsOfPage(pages[number - 1]!, fonts)),
    close: () => Promise.resolve(),
  };
}

const FIELDS = 7;
/** Alphabetic presentation forms: the Latin ligatures U+FB00–FB06 and the Armenian and Hebrew forms after them. */
const LIGATURE = /[\ufb00-\ufb4f]/;
/** pdf.js's limits, in ems, for a gap within one text item: wider than the first is a space; wider than the second ends the item. */
const SPACE_IN_FLOW_MIN = 0.102;
const SPACE_IN_FLOW_MAX = 0.6;

interface Chunk {
  str: string;
  x: number;
  y: number;
  right: number;
  size: number;
  font: string;
}

function itemsOfPage(page: PopplerPage, fonts: readonly string[]): PdfItem[] {
  if (page.words === '') return [];
  // ligature characters (ﬁ, ﬂ, ﬃ...) as their letters, as pdf.js gives them: "ﬁnance" would match nothing (a page
  // without any is split as it is)
  const split = page.words.split('\0');
  const words = LIGATURE.test(page.words) ? split.map((word) => (LIGATURE.test(word) ? word.normalize('NFKC') : word)) : split;
  const n = page.numbers;
  const items: PdfItem[] = [];
  let chunk: Chunk | null = null;
  let spaceAfter = false;
  const flush = (): void => {
    if (chunk !== null) items.push({ str: chunk.str, x: chunk.x, y: chunk.y, width: chunk.right - chunk.x, size: chunk.size, font: chunk.font, hasEOL: false });
    chunk = null;
  };
  for (let i = 0; i < words.length; i++) {
    const at = i * FIELDS;
    const x = n[at]!;
    const y = n[at + 1]!;
    const right = x + n[at + 2]!;
    const size = n[at + 3]!;
    const font = fonts[n[at + 4]!] ?? '';
    const opens = n[at + 6] === 1;
    const current = chunk as Chunk | null;
    const newLine = current !== null && Math.abs(current.y - y) > 0.4 * Math.max(size, current.size);
    const gap = current === null ? 0 : x - current.right;
    const sameRun = current !== null && !opens && !newLine && current.font === font && Math.abs(current.size - size) < 0.01 && gap <= SPACE_IN_FLOW_MAX * size;
    if (current !== null && sameRun) {
      current.str += spaceAfter || gap > SPACE_IN_FLOW_MIN * size ? ` ${words[i]!}` : words[i]!;
      current.right = right;
    } else {
      const lineBreak = current !== null ? newLine : items.length > 0;
      flush();
      if (lineBreak && (opens || font !== items[items.length - 1]?.font)) items.push({ str: '', x, y, width: 0, size, font, hasEOL: true });
      else if (spaceAfter && items.length > 0 && !newLine) items.push({ str: ' ', x, y, width: 0, size, font, hasEOL: false });
      chunk = { str: words[i]!, x, y, right, size, font };
    }
    spaceAfter = n[at + 5] === 1;
  }
  flush();
  return items;
}
