import { CpcError, warning, type Warning } from '../errors.js';
import { DEFAULT_MAX_TEXT_CHARS } from '../limits.js';
import { tooMuchText } from './textLimit.js';
import { dropFurniture } from './pdfFurniture.js';
import { layoutPdf } from './pdfLayout.js';
import { linesOfPage, type PdfLine } from './pdfLines.js';
import { pdfEngine, type PdfEngine } from './pdfEngine.js';
import { openPdf, type PdfPages } from './pdfPages.js';
import type { Extracted } from './types.js';

/**
 * A PDF's text layer -> canonical text. Phases: open with the PDF engine (poppler or pdf.js, see `pdfEngine`;
 * encrypted -> `pdf-encrypted`, unreadable -> `pdf-corrupt`) -> each page's text items into lines -> drop running
 * headers, footers and page numbers -> lines into blocks -> the document is closed whatever happens. A PDF without
 * any text gets a `no-text-layer` warning.
 */
export async function extractPdf(bytes: Uint8Array, file: string, engine: PdfEngine = pdfEngine(), maxTextChars = DEFAULT_MAX_TEXT_CHARS): Promise<Extracted> {
  if (!startsWithPdfHeader(bytes)) throw new CpcError('pdf-corrupt', `${file}: not a PDF (no %PDF- header)`, { file });
  const pdf = await open(bytes, file, engine, maxTextChars);
  try {
    const pages: PdfLine[][] = [];
    for (let number = 1; number <= pdf.count; number++) pages.push(await readPage(pdf, number, file, maxTextChars));
    const laid = layoutPdf(dropFurniture(pages));
    const warnings: Warning[] = [];
    if (laid.text.trim() === '') {
      warnings.push(
        warning(
          'no-text-layer',
          `no text on any of its ${pdf.count} page(s): it may be a scan, which needs OCR before cpc can read it`,
          file,
        ),
      );
    }
    return { text: laid.text, pages: laid.pages, pageCount: pdf.count, warnings };
  } finally {
    await pdf.close();
  }
}

async function open(bytes: Uint8Array, file: string, engine: PdfEngine, maxTextChars: number): Promise<PdfPages> {
  try {
    return await openPdf(bytes, engine, maxTextChars);
  } catch (cause) {
    throw pdfError(cause, file, maxTextChars);
  }
}

async function readPage(pdf: PdfPages, number: number, file: string, maxTextChars: number): Promise<PdfLine[]> {
  try {
    return linesOfPage(await pdf.items(number), number);
  } catch (cause) {
    throw pdfError(cause, file, maxTextChars, number);
  }
}

function pdfError(cause: unknown, file: string, maxTextChars: number, page?: number): CpcError {
  if ((cause as { code?: string } | null)?.code === 'too-large') return tooMuchText(file, maxTextChars);
  const name = (cause as { name?: string } | null)?.name ?? '';
  const code = (cause as { code?: string } | null)?.code ?? '';
  const message = (cause as { message?: string } | null)?.message ?? String(cause);
  if (name === 'PasswordException' || code === 'pdf-encrypted' || /password/i.test(message)) {
    return new CpcError('pdf-encrypted', `${file}: the PDF is encrypted and needs a password`, { file, cause });
  }
  const where = page === undefined ? '' : ` (page ${page})`;
  return new CpcError('pdf-corrupt', `${file}: cannot read the PDF${where}: ${message}`, { file, cause });
}

/** `%PDF-` within the first 1 KB, as readers accept. */
export function startsWithPdfHeader(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= limit; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true;
  }
  return false;
}
