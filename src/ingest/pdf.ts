import { getDocumentProxy } from 'unpdf';
import { CpcError, warning, type Warning } from '../errors.js';
import { dropFurniture } from './pdfFurniture.js';
import { layoutPdf } from './pdfLayout.js';
import { linesOfPage, type PdfItem, type PdfLine } from './pdfLines.js';
import type { Extracted } from './types.js';

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

/**
 * A PDF's text layer -> canonical text. Phases: open with pdf.js (encrypted -> `pdf-encrypted`, unreadable ->
 * `pdf-corrupt`) -> each page's text items into lines (text content only: no operator lists, pages released as
 * they are read) -> drop running headers, footers and page numbers -> lines into blocks -> the document is
 * destroyed whatever happens. A PDF without any text gets a `no-text-layer` warning.
 */
export async function extractPdf(bytes: Uint8Array, file: string): Promise<Extracted> {
  if (!startsWithPdfHeader(bytes)) throw new CpcError('pdf-corrupt', `${file}: not a PDF (no %PDF- header)`, { file });
  const pdf = await open(bytes, file);
  try {
    const pages: PdfLine[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) pages.push(await readPage(pdf, number, file));
    const laid = layoutPdf(dropFurniture(pages));
    const warnings: Warning[] = [];
    if (laid.text.trim() === '') {
      warnings.push(
        warning(
          'no-text-layer',
          `no text on any of its ${pdf.numPages} page(s): it may be a scan, which needs OCR before cpc can read it`,
          file,
        ),
      );
    }
    return { text: laid.text, pages: laid.pages, pageCount: pdf.numPages, warnings };
  } finally {
    await pdf.destroy();
  }
}

async function open(bytes: Uint8Array, file: string): Promise<PdfDocument> {
  try {
    // pdf.js may take over the buffer it is given: pass a copy so the caller's bytes stay intact
    return await getDocumentProxy(bytes.slice(), { verbosity: 0, isEvalSupported: false, useSystemFonts: false, stopAtErrors: false });
  } catch (cause) {
    throw pdfError(cause, file);
  }
}

async function readPage(pdf: PdfDocument, number: number, file: string): Promise<PdfLine[]> {
  try {
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
    return linesOfPage(items, number);
  } catch (cause) {
    throw pdfError(cause, file, number);
  }
}

function pdfError(cause: unknown, file: string, page?: number): CpcError {
  const name = (cause as { name?: string } | null)?.name ?? '';
  const message = (cause as { message?: string } | null)?.message ?? String(cause);
  if (name === 'PasswordException' || /password/i.test(message)) {
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
