import type { PdfItem } from './pdfLines.js';
import { popplerAddon, popplerPages } from './popplerPages.js';

/** An open PDF, page by page. */
export interface PdfPages {
  readonly count: number;
  /** Page `number` (from 1) as text items. */
  items(number: number): Promise<readonly PdfItem[]>;
  close(): Promise<void>;
}

/**
 * Which library reads PDFs: poppler through cpc's native addon (fast; built at install where libpoppler-cpp is
 * there), or pdf.js (pure JavaScript; always there). Both feed the same layout code, but they cut text into items
 * differently, so the canonical text of a PDF can differ in places between them; the engine is recorded in
 * run.json and is part of the document cache's key.
 */
export type PdfEngine = 'poppler' | 'pdfjs';

export const PDF_ENGINES: readonly PdfEngine[] = ['poppler', 'pdfjs'];

/**
 * The engine in use: `CPC_PDF_ENGINE` when set (`poppler` or `pdfjs`), else poppler when its addon loads, else
 * pdf.js. Asking for poppler where it is not installed is an error, not a silent fallback.
 */
export function pdfEngine(): PdfEngine {
  const asked = process.env['CPC_PDF_ENGINE'];
  if (asked === undefined || asked === '') return popplerAddon() === null ? 'pdfjs' : 'poppler';
  if (asked === 'pdfjs') return 'pdfjs';
  if (asked === 'poppler') {
    if (popplerAddon() === null) {
      throw new Error('CPC_PDF_ENGINE=poppler, but the poppler reader is not installed: install libpoppler-cpp-dev and pkg-config, then run `npm ci` again');
    }
    return 'poppler';
  }
  throw new Error(`CPC_PDF_ENGINE must be poppler or pdfjs, not "${asked}"`);
}

/**
 * The engine, with poppler's version, as run.json and the document cache's key record it: `poppler 22.12.0` or
 * `pdfjs` (pdf.js's version follows from the package lock, which the cache key already covers).
 */
export function pdfEngineId(engine: PdfEngine = pdfEngine()): string {
  return engine === 'poppler' ? `poppler ${popplerAddon()?.popplerVersion ?? ''}` : 'pdfjs';
}

/** Open `bytes` with `engine`; the engine's own errors are thrown as they are. pdf.js is loaded only if used. */
export async function openPdf(bytes: Uint8Array, engine: PdfEngine): Promise<PdfPages> {
  if (engine === 'poppler') return popplerPages(bytes);
  const { pdfjsPages } = await import('./pdfjsPages.js');
  return pdfjsPages(bytes);
}
