import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, as the browser tests use it; `CPC_CHROMIUM` names another binary. */
export const CHROMIUM = process.env.CPC_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Print stylesheet in place of pandoc's screen one: the browser's default type on US Letter with Chrome's default
 * margins, and bullets drawn as text ("•", as Word writes them) rather than as shapes, so list items stay
 * visible in the text layer. With it the five sample HTML files print to PDFs that cpc reads as it reads the
 * sample PDFs (same councils and recommendation counts, bar one extra item in the Stockport report).
 */
const PRINT_STYLE = '<style>ul{list-style-type:"\\2022  "} ul:has(> li > :is(ol,ul):first-child){list-style-type:none}</style>';
const MARGIN = '0.4in';

/** Prints HTML to PDF in headless Chromium, as the sample PDFs were made (US Letter, Skia/PDF). */
export interface PdfRenderer {
  render(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Launch Chromium once for the whole corpus; throws a plain message when it is not installed. */
export async function openPdfRenderer(): Promise<PdfRenderer> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: PDFs are printed by Chromium (apt-get install chromium, or set CPC_CHROMIUM)`);
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const context = await browser.newContext({ javaScriptEnabled: false });
  return {
    async render(html) {
      const page = await context.newPage();
      try {
        await page.setContent(withPrintStyle(html), { waitUntil: 'load' });
        const pdf = await page.pdf({ format: 'Letter', margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } });
        return fixedDates(new Uint8Array(pdf));
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

/** The HTML with its own styles replaced by the print stylesheet. */
export function withPrintStyle(html: string): string {
  const bare = html.replace(/<style\b[\s\S]*?<\/style>/gi, '');
  return bare.includes('</head>') ? bare.replace('</head>', `${PRINT_STYLE}</head>`) : `${PRINT_STYLE}${bare}`;
}

/** Replace Chromium's creation and modification stamps with a fixed one of the same length (offsets stay valid). */
export function fixedDates(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const fixed = text.replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, (_m, key: string) => `/${key} (D:20240101000000`);
  return new Uint8Array(Buffer.from(fixed, 'latin1'));
}
