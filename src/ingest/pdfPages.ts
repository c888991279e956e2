import type { PdfEngine } from './pdfEngine.js';
import type { PdfItem } from './pdfLines.js';
import { popplerPages } from './popplerPages.js';

/** An open PDF, page by page. */
export interface PdfPages {
  readonly count: number;
  /** Page `number` (from 1) as text items. */
  items(number: number): Promise<readonly PdfItem[]>;
  close(): Promise<void>;
}

/**
 * Open `bytes` with `engine`; the engine's own errors are thrown as they are. Both stop reading once the pages
 * read hold more than `maxChars` characters, with an error whose `code` is `too-large`.
 */
export async function openPdf(bytes: Uint8Array, engine: PdfEngine, maxChars: number): Promise<PdfPages> {
  // pdf.js (a large bundle) loads only when it is the engine
  return engine === 'poppler' ? popplerPages(bytes, maxChars) : (await import('./pdfjsPages.js')).pdfjsPages(bytes, maxChars);
}
