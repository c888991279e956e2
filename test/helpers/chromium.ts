import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
export { onCi } from './ci.js';

/**
 * Headless Chromium (Debian's package) for the browser tests. They are skipped when Chromium is not installed
 * locally; on CI (`CI` set), which installs it, a missing browser is a failure instead. `CPC_CHROMIUM` names
 * another binary.
 */
export const CHROMIUM = process.env.CPC_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const chromiumAvailable = existsSync(CHROMIUM);
export const SKIPPED = `skipped: ${CHROMIUM} not found; apt-get install chromium`;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** What a page did that a briefing page never should: errors, dialogs (alert), requests off the local disk. */
export interface PageLog {
  readonly errors: string[];
  readonly dialogs: string[];
  readonly requests: string[];
}

export function watchPage(page: Page): PageLog {
  const log: PageLog = { errors: [], dialogs: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(error.message));
  page.on('dialog', (dialog) => {
    log.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (!/^(file|data):/.test(request.url())) log.requests.push(request.url());
  });
  return log;
}
