import { getDocumentProxy } from 'unpdf';
import type { PdfItem } from './pdfLines.js';
import type { PdfPages } from './pdfPages.js';

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

/**
 * A PDF opened with pdf.js (through unpdf): text content only, no operator lists, each page released once read.
 * Errors are pdf.js's own; `extractPdf` names them.
 */
export async function pdfjsPages(bytes: Uint8Array): Promise<PdfPages> {
  // pdf.js may take over the buffer it is given: pass a copy so the caller's bytes stay intact
  const pdf: PdfDocument = await getDocumentProxy(bytes.slice(), { verbosity: 0, isEvalSupported: false, useSystemFonts: false, stopAtErrors: false });
  return {
    count: pdf.numPages,
    items: (number) => itemsOfPage(pdf, number),
    close: () => pdf.destroy(),
  };
}

async function itemsOfPage(pdf: PdfDocument, number: number): Promise<PdfItem[]> {
  const page = await pdf.getPage(number);
  const content = await page.getTextContent();
  const items: PdfItem[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const [a = 1, b = 0, , d = 1, x = 0, y = 0] = item.transform as number[];
    items.push({
      str: item.str,
      x,
      y,
      width: item.width,
      size: Math.hypot(a, b) > 0 && Math.abs(d) > 0 ? Math.abs(d) : Math.hypot(a, b),
      font: item.fontName,
      hasEOL: item.hasEOL,
    });
  }
  page.cleanup();
  return items;
}
