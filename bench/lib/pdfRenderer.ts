import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, as the browser tests use it; `CPC_CHROMIUM` names another binary. */
export const CHROMIUM = process.env.CPC_CHROMIUM ?? '/usr/bin/chromium';

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
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = await page.pdf({ format: 'Letter', margin: { top: '0.75in', bottom: '0.75in', left: '0.75in', right: '0.75in' } });
        return fixedDates(new Uint8Array(pdf));
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

/** Replace Chromium's creation and modification stamps with a fixed one of the same length (offsets stay valid). */
export function fixedDates(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const fixed = text.replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, (_m, key: string) => `/${key} (D:20240101000000`);
  return new Uint8Array(Buffer.from(fixed, 'latin1'));
}
