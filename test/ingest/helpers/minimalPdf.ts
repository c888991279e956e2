/**
 * Hand-built PDFs for the PDF reader's tests: a few hundred bytes of PDF syntax with a correct cross-reference
 * table, using the standard Helvetica fonts (not embedded). Enough to give pdf.js a text layer, a page without
 * text, or an encryption dictionary it cannot open without a password; and the page resources that make poppler
 * draw a page on its own (fonts named otherwise than on the other pages, a crop box of its own, a layer, a font
 * that only some pages declare).
 */

export interface PdfText {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  /** `F1` Helvetica (body), `F2` Helvetica-Bold, `F3` Courier (declared only on pages with `courier`). */
  readonly font?: 'F1' | 'F2' | 'F3';
  readonly size?: number;
}

export interface PdfPage {
  readonly texts: readonly PdfText[];
  /** Extra content-stream operators, e.g. a filled rectangle standing in for a scanned image. */
  readonly drawing?: string;
  /** The page's `/Rotate` (a landscape page is often portrait content turned 90°). */
  readonly rotate?: 0 | 90 | 180 | 270;
  /** `F1` names Helvetica-Bold and `F2` Helvetica on this page, as producers that name fonts page by page do. */
  readonly swapFonts?: boolean;
  /** The page's `/CropBox` (x1 y1 x2 y2), within its 612 × 792 media box. */
  readonly cropBox?: readonly [number, number, number, number];
  /** Text drawn (in F1 at 12 pt, from 72 100) in a layer that is off, its marked-content sequence left open. */
  readonly hidden?: string;
  /** The page's font resources name `F3` (Courier) too. */
  readonly courier?: boolean;
}

export interface MinimalPdfOptions {
  /** Add a standard-security encryption dictionary whose user password is not empty. */
  readonly encrypted?: boolean;
}

export function minimalPdf(pages: readonly PdfPage[], options: MinimalPdfOptions = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesId = add('');
  const font1 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const font2 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const font3 = pages.some((page) => page.courier === true) ? add('<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>') : null;
  const layer = pages.some((page) => page.hidden !== undefined) ? add('<< /Type /OCG /Name (Hidden) >>') : null;
  const kids: number[] = [];
  for (const page of pages) {
    const content = [
      ...page.texts.map((t) => `BT /${t.font ?? 'F1'} ${t.size ?? 12} Tf ${t.x} ${t.y} Td (${escape(t.text)}) Tj ET`),
      page.drawing ?? '',
      ...(page.hidden === undefined ? [] : [`/OC /L1 BDC BT /F1 12 Tf 72 100 Td (${escape(page.hidden)}) Tj ET`]),
    ].join('\n');
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    const [regular, bold] = page.swapFonts === true ? [font2, font1] : [font1, font2];
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 612 792]${page.cropBox ? ` /CropBox [${page.cropBox.join(' ')}]` : ''}` +
          `${page.rotate ? ` /Rotate ${page.rotate}` : ''} /Contents ${stream} 0 R ` +
          `/Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R${page.courier === true ? ` /F3 ${font3} 0 R` : ''} >>${page.hidden === undefined ? '' : ` /Properties << /L1 ${layer} 0 R >>`} >> >>`,
      ),
    );
  }
  const layers = layer === null ? '' : ` /OCProperties << /OCGs [${layer} 0 R] /D << /OFF [${layer} 0 R] >> >>`;
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R${layers} >>`;
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const encrypt = options.encrypted === true ? add(encryptionDictionary()) : null;

  const id = '<0123456789ABCDEF0123456789ABCDEF>';
  const trailer = `/Root ${catalog} 0 R /ID [${id} ${id}]${encrypt === null ? '' : ` /Encrypt ${encrypt} 0 R`}`;
  return pdfFile(objects.map((body, i) => [i + 1, body]), trailer);
}

/**
 * PDF syntax for numbered objects, in the order given, with a cross-reference table and a trailer (`trailer`: its
 * entries after /Size). An object number written twice keeps the table pointing at its first copy; the numbers in
 * `misplaced` get a wrong offset in the table, as in a damaged file (a reader must rebuild the table to find them).
 */
export function pdfFile(objects: readonly (readonly [number, string])[], trailer: string, misplaced: readonly number[] = []): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets = new Map<number, number>();
  for (const [number, body] of objects) {
    if (!offsets.has(number)) offsets.set(number, misplaced.includes(number) ? 3 : out.length);
    out += `${number} 0 obj\n${body}\nendobj\n`;
  }
  const size = Math.max(0, ...offsets.keys()) + 1;
  const xref = out.length;
  out += `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let number = 1; number < size; number++) {
    const offset = offsets.get(number);
    out += offset === undefined ? '0000000000 00000 f \n' : `${String(offset).padStart(10, '0')} 00000 n \n`;
  }
  out += `trailer\n<< /Size ${size} ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** RC4 40-bit standard security with /O and /U values that match no empty password. */
function encryptionDictionary(): string {
  const hex = (seed: number) => Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, '0')).join('');
  return `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${hex(11)}> /U <${hex(97)}> /P -44 >>`;
}

/** WinAnsi code points of the typographic characters the tests use (the rest of the text is Latin-1). */
const WIN_ANSI: Readonly<Record<string, string>> = { '•': '\x95', '–': '\x96', '—': '\x97', '‘': '\x91', '’': '\x92', '“': '\x93', '”': '\x94' };

function escape(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[•–—‘’“”]/g, (c) => WIN_ANSI[c] ?? c);
}
