import { CpcError } from '../errors.js';
import { popplerAddon } from './popplerPages.js';

/**
 * Which library reads PDFs: poppler through cpc's native addon (fast; built at install where poppler's headers
 * are installed), or pdf.js (pure JavaScript; always there). Both feed the same layout code and give the same text
 * on the sample corpus, but they are different libraries, so the canonical text of another PDF can differ in
 * places between them; the engine is recorded in run.json and is part of the document cache's key. This module
 * loads neither library's reader, only the addon (a small shared object) to see whether it is there.
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
  if (!(PDF_ENGINES as readonly string[]).includes(asked)) throw new CpcError('usage', `CPC_PDF_ENGINE must be ${PDF_ENGINES.join(' or ')}, not "${asked}"`);
  if (asked === 'poppler' && popplerAddon() === null) {
    throw new CpcError('usage', 'CPC_PDF_ENGINE=poppler, but the poppler PDF reader is not built: install pkg-config and libpoppler-private-dev, then run `npm ci` again');
  }
  return asked as PdfEngine;
}

/**
 * The engine, with poppler's version, as run.json and the document cache's key record it: `poppler 22.12.0` or
 * `pdfjs` (pdf.js's version follows from the package lock, which the cache key already covers).
 */
export function pdfEngineId(engine: PdfEngine = pdfEngine()): string {
  return engine === 'poppler' ? `poppler ${popplerAddon()?.popplerVersion ?? ''}` : 'pdfjs';
}
