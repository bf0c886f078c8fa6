/**
 * One headless chromium for the e2e run: Debian's /usr/bin/chromium (browsers are never downloaded),
 * a fresh profile folder, no network chatter. `newPage` gives a page that fails the test on any
 * uncaught page error or console error, so a broken view cannot pass silently.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

import { CHROMIUM_PATH as CHROMIUM } from '../../../scripts/chromium-path.js';

export { CHROMIUM };

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestBrowser {
  context: BrowserContext;
  /** A new page; `errors` collects page errors and console errors seen on it. */
  newPage(): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export const hasChromium = (): boolean => existsSync(CHROMIUM);

export async function launchBrowser(): Promise<TestBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'radslag-chromium-'));
  // launchPersistentContext owns --user-data-dir: the fresh profile folder is passed here.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1360, height: 900 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  });
  return {
    context,
    async newPage() {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      return { page, errors };
    },
    async close() {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
}
