import { createRequire } from 'node:module';
import type { PdfItem } from './pdfLines.js';
import type { PdfPages } from './pdfPages.js';

/**
 * What the native addon (native/poppler) returns for one page: its words already joined into text items as pdf.js
 * cuts them (see `readPage` in native/poppler/src/addon.cc).
 */
interface PopplerPage {
  /** Each item's text, NUL-separated; empty for an item given as pieces. */
  readonly items: string;
  /** The pieces of the items with a ligature in a word, NUL-separated: each word, with the space that joins it. */
  readonly pieces: string;
  /**
   * Seven numbers an item: left, baseline (up from the page's bottom), width, font size, font index, 1 for an empty
   * end-of-line item, and how many pieces it is given as (0: as its text).
   */
  readonly numbers: Float64Array;
}

interface PopplerAddon {
  readonly popplerVersion: string;
  /**
   * Throws an Error whose `code` is `pdf-corrupt`, `pdf-encrypted`, or `too-large` as soon as the pages drawn hold
   * more than `maxChars` characters (counted while poppler draws them, so a stream bomb stops early). `exact` builds
   * the words with poppler's own TextOutputDev instead of the addon's copy of its rules: the tests' reference.
   */
  readPdf(bytes: Uint8Array, maxChars?: number, exact?: boolean): { readonly pages: readonly PopplerPage[]; readonly fonts: readonly string[] };
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
 * A PDF read by poppler in one native call, stopped once its text passes `maxChars`: every page's text items, with
 * their positions and fonts, in content-stream order, cut as pdf.js cuts them (the addon joins the words), so that
 * both engines feed the layout the same items.
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

function itemsOfPage(page: PopplerPage, fonts: readonly string[]): PdfItem[] {
  const n = page.numbers;
  const count = n.length / FIELDS;
  if (count === 0) return [];
  const texts = page.items.split('\0');
  const pieces = page.pieces.split('\0');
  let piece = 0;
  const items: PdfItem[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const at = i * FIELDS;
    let str = texts[i]!;
    // ligature characters (ﬁ, ﬂ, ﬃ...) as their letters, word by word, as pdf.js gives them: "ﬁnance" would match nothing
    if (n[at + 6]! > 0) {
      str = '';
      for (const end = piece + n[at + 6]!; piece < end; piece++) str += LIGATURE.test(pieces[piece]!) ? pieces[piece]!.normalize('NFKC') : pieces[piece]!;
    }
    items[i] = { str, x: n[at]!, y: n[at + 1]!, width: n[at + 2]!, size: n[at + 3]!, font: fonts[n[at + 4]!] ?? '', hasEOL: n[at + 5] === 1 };
  }
  return items;
}
