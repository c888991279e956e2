import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBriefingAssets } from '../../src/export/briefingAssets.js';
import { renderBriefingHtml } from '../../src/export/briefingHtml.js';
import { XSS_PAYLOAD, fixtureBriefingInput } from '../chart/briefingInput.js';
import { CHROMIUM, chromiumAvailable, launchChromium, onCi, watchPage } from '../helpers/chromium.js';

// The briefing page in headless Chromium (see ../helpers/chromium.ts for when it is skipped).
const OUTPUT = fileURLToPath(new URL('../../output/', import.meta.url));
const PAGE_DIR = `${OUTPUT}test-briefing/`;
const available = chromiumAvailable;

it.runIf(!available && onCi)('has Chromium on CI', () => {
  throw new Error(`${CHROMIUM} not found: CI must install the chromium package for the browser tests`);
});

if (!available && !onCi) console.warn(`browser tests skipped: ${CHROMIUM} not found (apt-get install chromium); on CI they fail instead`);

const title = available ? 'briefing page in Chromium' : `briefing page in Chromium (skipped: ${CHROMIUM} not found; apt-get install chromium)`;

describe.skipIf(!available)(title, () => {
  let browser: Browser;
  let page: Page;
  let chartCount = 0;
  let errors: string[] = [];
  let dialogs: string[] = [];
  let requests: string[] = [];

  beforeAll(async () => {
    const input = await fixtureBriefingInput(await loadBriefingAssets());
    chartCount = input.charts.length;
    mkdirSync(PAGE_DIR, { recursive: true });
    writeFileSync(`${PAGE_DIR}briefing.html`, renderBriefingHtml({ ...input, documentRoot: '../..' }));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    ({ errors, dialogs, requests } = watchPage(page));
    await page.goto(pathToFileURL(`${PAGE_DIR}briefing.html`).href);
    await page.waitForSelector('html[data-charts-ready]', { timeout: 30_000 });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('draws every chart interactively, in place of its static image', async () => {
    const containers = await page.$$eval('[data-chart-index]', (elements) =>
      elements.map((el) => ({
        embedded: el.getAttribute('data-embedded'),
        drawn: el.querySelector('.chart-live svg.marks, .chart-live canvas.marks') !== null,
        fallback: el.querySelector('img.chart-fallback') !== null,
      })),
    );
    expect(containers.length).toBe(chartCount);
    expect(containers).toEqual(Array.from({ length: chartCount }, () => ({ embedded: 'true', drawn: true, fallback: false })));
  });

  it('logs no errors, fetches nothing and opens no dialog', () => {
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('shows the XSS payload as text', async () => {
    await expect(page.getByText(`Review the ${XSS_PAYLOAD} procurement rules`).first().isVisible()).resolves.toBe(true);
    expect(await page.locator('img[src="x"], img[onerror]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('filters the council charts with the council select', async () => {
    const heatmap = '[data-chart-name="theme-council-heatmap"] .chart-live svg.marks';
    expect(await page.locator(heatmap).textContent()).toContain('Leeds City Council');
    await page.selectOption('#council-filter', 'Brighton & Hove City Council');
    await page.waitForFunction(`!document.querySelector(${JSON.stringify(heatmap)}).textContent.includes('Leeds City Council')`);
    const text = await page.locator(heatmap).textContent();
    expect(text).toContain('Brighton & Hove City Council');
    expect(await page.locator('[data-chart-name="recurring-issues"] .chart-live svg.marks').textContent()).toContain('of 12');
    await page.selectOption('#council-filter', '');
    await page.waitForFunction(`document.querySelector(${JSON.stringify(heatmap)}).textContent.includes('Leeds City Council')`);
  });

  it('shows a tooltip over a chart mark', async () => {
    const cell = await page.locator('[data-chart-name="theme-council-heatmap"] .chart-live svg.marks .mark-rect.role-mark path').first().boundingBox();
    expect(cell).not.toBeNull();
    await page.mouse.move(cell!.x + 5, cell!.y + 5);
    await page.waitForSelector('#vg-tooltip-element.visible', { timeout: 10_000 });
    expect(await page.locator('#vg-tooltip-element').textContent()).toContain('Council');
  });

  it('keeps the static charts when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(pathToFileURL(`${PAGE_DIR}briefing.html`).href);
    const images = await plain.$$eval('img.chart-fallback', (imgs) =>
      imgs.map((img) => {
        const image = img as unknown as { complete: boolean; naturalWidth: number };
        return image.complete && image.naturalWidth > 0;
      }),
    );
    expect(images).toEqual(Array.from({ length: chartCount }, () => true));
    await context.close();
  });

  it('saves a screenshot to output/briefing-screenshot.png', async () => {
    await page.mouse.move(0, 0);
    const png = await page.screenshot({ path: `${OUTPUT}briefing-screenshot.png`, fullPage: true });
    expect(png.length).toBeGreaterThan(10_000);
  });
});
