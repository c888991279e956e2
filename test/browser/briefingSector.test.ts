import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBriefingAssets } from '../../src/export/briefingAssets.js';
import { renderBriefingHtml } from '../../src/export/briefingHtml.js';
import { HOSTILE_COUNCIL, sectorBriefingInput } from '../chart/sectorBriefingInput.js';
import { chromiumAvailable, launchChromium, watchPage } from '../helpers/chromium.js';

// The sector-scale briefing (60 councils) in headless Chromium: the council picker and the sortable table.
// Skipped without Chromium; briefing.test.ts fails on CI when it is missing.
const PAGE_DIR = fileURLToPath(new URL('../../output/test-briefing-sector/', import.meta.url));

describe.skipIf(!chromiumAvailable)('sector briefing page in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let log: ReturnType<typeof watchPage>;

  beforeAll(async () => {
    const input = await sectorBriefingInput(await loadBriefingAssets());
    mkdirSync(PAGE_DIR, { recursive: true });
    writeFileSync(`${PAGE_DIR}briefing.html`, renderBriefingHtml(input));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    log = watchPage(page);
    await page.goto(pathToFileURL(`${PAGE_DIR}briefing.html`).href);
    await page.waitForSelector('#council-picker:not([hidden])', { timeout: 30_000 });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows a council picked by name: its themes and recurring issues', async () => {
    await page.fill('#council-pick', 'metropolitan borough council of somewhere 003');
    const card = page.locator('.council-card');
    await expect(card.locator('h3').textContent()).resolves.toBe('Metropolitan Borough Council of Somewhere 003');
    expect(await card.locator('ul').first().locator('li').count()).toBe(6);
    await page.fill('#council-pick', HOSTILE_COUNCIL);
    await expect(card.locator('h3').textContent()).resolves.toBe(HOSTILE_COUNCIL);
    await page.fill('#council-pick', 'Nowhere');
    await expect(card.textContent()).resolves.toBe('No council of that name in this corpus.');
  });

  it('sorts the council table by a column and filters it by name', async () => {
    const table = page.locator('table.sortable');
    await table.locator('thead th').last().locator('button').click();
    const totals = await table.locator('tbody tr td:last-child').allTextContents();
    expect(totals.map(Number)).toEqual([...totals.map(Number)].sort((a, b) => b - a));
    await expect(table.locator('thead th').last().getAttribute('aria-sort')).resolves.toBe('descending');
    await page.locator('.table-filter input').fill('somewhere 01');
    expect(await table.locator('tbody tr:not([hidden])').count()).toBe(10);
  });

  it('logs no errors, fetches nothing and opens no dialog', () => {
    expect(log.errors).toEqual([]);
    expect(log.requests).toEqual([]);
    expect(log.dialogs).toEqual([]);
  });
});
