import { getDocumentProxy } from 'unpdf';
import type { PdfItem } from './pdfLines.js';
import type { PdfPages } from './pdfPages.js';

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

/**
 * A PDF opened with pdf.js (through unpdf): text content only, no operator lists, each page released once read.
 * Errors are pdf.js's own, and one whose `code` is `too-large` once the pages read hold more than `maxChars`
 * characters: a page's text is read as pdf.js streams it, so a compressed stream of text operators stops at the
 * limit instead of being read whole. `extractPdf` names them.
 */
export async function pdfjsPages(bytes: Uint8Array, maxChars: number): Promise<PdfPages> {
  // pdf.js may take over the buffer it is given: pass a copy so the caller's bytes stay intact
  const budget = { left: maxChars };
  const pdf: PdfDocument = await getDocumentProxy(bytes.slice(), { verbosity: 0, isEvalSupported: false, useSystemFonts: false, stopAtErrors: false });
  return {
    count: pdf.numPages,
    items: (number) => itemsOfPage(pdf, number, budget),
    close: () => pdf.destroy(),
  };
}

type TextChunk = Awaited<ReturnType<Awaited<ReturnType<PdfDocument['getPage']>>['getTextContent']>>;

async function itemsOfPage(pdf: PdfDocument, number: number, budget: { left: number }): Promise<PdfItem[]> {
  const page = await pdf.getPage(number);
  const items: PdfItem[] = [];
  const reader = (page.streamTextContent() as ReadableStream<TextChunk>).getReader();
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      addItems(chunk.value, items, budget);
      if (budget.left < 0) {
        const stop = Object.assign(new Error('more characters of text than the limit'), { code: 'too-large' });
        await reader.cancel(stop); // pdf.js wants a reason
        throw stop;
      }
    }
  } finally {
    page.cleanup();
  }
  return items;
}

function addItems(content: TextChunk, items: PdfItem[], budget: { left: number }): void {
  for (const item of content.items) {
    if (!('str' in item)) continue;
    budget.left -= item.str.length;
    const [a = 1, b = 0, , d = 1, x = 0, y = 0] = item.transform as number[];
    items.push({
      str: item.str,
      x,
      y,
      // A space drawn with a wide word spacing (a table's cell gap, as some writers draw it) spans the gap: poppler
      // gives it as a space after the word, without a width, and so does this, or the cells would read as one run.
      width: item.str.trim() === '' ? 0 : item.width,
      size: Math.hypot(a, b) > 0 && Math.abs(d) > 0 ? Math.abs(d) : Math.hypot(a, b),
      font: item.fontName,
      hasEOL: item.hasEOL,
    });
  }
}
