import { existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './corpus/pdfRenderer.js';

/** A PNG's size from its header. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Every chart PNG of a run's output folder, with its size, largest side first. */
export async function chartSizes(outDir: string): Promise<{ readonly chart: string; readonly width: number; readonly height: number }[]> {
  const dir = join(outDir, 'charts');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.png')).sort();
  const sizes = await Promise.all(names.map(async (name) => ({ chart: name.replace(/\.png$/, ''), ...pngSize(new Uint8Array(await readFile(join(dir, name)))) })));
  return sizes.sort((a, b) => Math.max(b.width, b.height) - Math.max(a.width, a.height));
}

/** How the briefing page opened in headless Chromium, or why it could not be tried. */
export type BriefingOpen =
  | { readonly bytes: number; readonly loadMs: number; readonly chartsReadyMs: number; readonly charts: number; readonly embedded: number; readonly errors: readonly string[] }
  | { readonly bytes: number; readonly skipped: string };

/**
 * Open `<outDir>/briefing.html` from disk in headless Chromium (a fresh browser, 1400 × 1000): the time to the
 * load event and until every chart is drawn (the page sets data-charts-ready), and every console error.
 */
export async function openBriefing(outDir: string): Promise<BriefingOpen> {
  const file = join(outDir, 'briefing.html');
  const bytes = (await stat(file)).size;
  if (!existsSync(CHROMIUM)) return { bytes, skipped: `${CHROMIUM} not found (apt-get install chromium)` };
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const started = performance.now();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const loadMs = performance.now() - started;
    await page.waitForSelector('html[data-charts-ready]', { timeout: 60_000 });
    const chartsReadyMs = performance.now() - started;
    const states = await page.$$eval('[data-chart-index]', (elements) => elements.map((el) => el.getAttribute('data-embedded')));
    return { bytes, loadMs: Math.round(loadMs), chartsReadyMs: Math.round(chartsReadyMs), charts: states.length, embedded: states.filter((s) => s === 'true').length, errors };
  } finally {
    await browser.close();
  }
}
