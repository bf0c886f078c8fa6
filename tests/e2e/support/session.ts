/**
 * The set-up every e2e file shares: the client built once, one chromium and the real API serving that
 * client on a throwaway Neo4j, all for the whole file; each test opens its own pages, closed after it.
 *
 *   const e2e = useE2eSession();
 *   const { api, open } = e2e;
 *   it('…', async () => { const { page, errors } = await open('/moten'); … expect(errors).toEqual([]); });
 */
import { rm } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startTestApi, type TestApi, type TestApiOptions } from '../../helpers/api-server.js';
import { launchBrowser, type TestBrowser } from './browser.js';
import { buildClient } from './build-client.js';

/** A page and the page and console errors seen on it. */
export interface OpenedPage {
  page: Page;
  errors: string[];
}

export interface E2eSession {
  /** Filled in place when the suite starts, so it may be destructured; read its fields in tests and hooks. */
  api: TestApi;
  /** The built client's folder, for a second server a test starts itself; set when the suite starts. */
  clientDir: string;
  /** Opens `path` on `base` (default: the API's server) in a fresh page and waits until no view is loading. */
  open(path: string, base?: string): Promise<OpenedPage>;
}

export interface E2eSessionOptions {
  /** How the API starts, besides the client it serves (e.g. `{ ingest: [] }` for an empty graph). */
  api?: Omit<TestApiOptions, 'clientDir'>;
  /** How long a page waits for a selector or a navigation, in ms. */
  pageTimeout?: number;
}

export function useE2eSession(options: E2eSessionOptions = {}): E2eSession {
  const api = {} as TestApi;
  let started: TestApi | undefined;
  let browser: TestBrowser | undefined;
  let pages: OpenedPage[] = [];
  const session: E2eSession = {
    api,
    clientDir: '',
    async open(path, base = api.url) {
      if (!browser) throw new Error('the e2e session has not started: open pages inside tests only');
      const opened = await browser.newPage();
      pages.push(opened);
      opened.page.setDefaultTimeout(options.pageTimeout ?? 30_000);
      await opened.page.goto(`${base}${path}`);
      await settled(opened.page);
      return opened;
    },
  };

  beforeAll(async () => {
    const [clientDir, browserReady] = await Promise.all([buildClient(), launchBrowser()]);
    session.clientDir = clientDir;
    browser = browserReady;
    started = await startTestApi({ ...options.api, clientDir });
    Object.assign(api, started);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await started?.close();
    if (session.clientDir) await rm(session.clientDir, { recursive: true, force: true });
  });

  afterEach(async () => {
    for (const { page } of pages) await page.close();
    pages = [];
  });

  return session;
}

/** Waits until the app shell is up and no view is loading any more (after a click or a `goto`). */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector('main#main');
  await page.waitForFunction(() => document.querySelectorAll('.state-loading, [aria-busy="true"]').length === 0);
}
