/**
 * End-to-end: the upload screen (`/ladda-upp`) in Debian's headless chromium against the real API on a
 * throwaway Neo4j. A real minutes file (the 2025 sample moved to another date, so it is a new meeting)
 * goes through the screen, its summary links to the meeting view; a PNG named .pdf is refused with the
 * server's own code; a server with API_TOKEN refuses an upload without the token, takes it with it, and names an
 * upload over its size limit.
 * Each test fails on any page or console error it did not expect and saves a screenshot.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../shapes/api/index.js';
import { startServer, type RunningServer } from '../../server/main.js';
import { SAMPLES } from '../fixtures/sample-minutes.js';
import { screenshot } from './support/screenshots.js';
import { settled, useE2eSession } from './support/session.js';

// No samples: the uploads are the graph's only meetings, so every count on screen comes from them.
const e2e = useE2eSession({ api: { ingest: [] } });
const { api, open } = e2e;
/** The same graph behind a server that wants `Authorization: Bearer sesam` and takes at most 4 KB. */
let guarded: RunningServer;
let workDir: string;
let minutesFile: string;

const TOKEN = 'sesam';
const NEW_DATE = '2025-09-11'; // a Thursday, like the sample's own date
const NEW_ID = `${NEW_DATE}_samverkan-mellan-pensionarsorganisationerna-och-halso-och-sjukvardsforvaltningen`;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'radslag-e2e-upload-'));
  const sample = await readFile(SAMPLES[2025], 'utf8');
  const moved = sample.replace('Torsdagen den 10 april 2025', 'Torsdagen den 11 september 2025');
  expect(moved).not.toBe(sample);
  minutesFile = join(workDir, '2025-09-11-pensionarsradet.txt');
  await writeFile(minutesFile, moved);
  guarded = await startServer({
    executor: api.executor,
    session: api.session,
    port: 0,
    clientDir: e2e.clientDir,
    config: { apiToken: TOKEN, uploadRateLimit: 1_000, maxUploadBytes: 4096 },
  });
});

afterAll(async () => {
  await guarded?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** Chromium logs a failed request's status as a console error; an expected refusal is not a bug. */
const unexpected = (errors: string[], status: number) => errors.filter((e) => !e.includes(`status of ${status}`));

describe('upload screen in a real browser', () => {
  it('uploads minutes by keyboard, shows the summary and opens the new meeting', async () => {
    const { page, errors } = await open('/');
    // The screen is in the main navigation.
    await page.getByRole('link', { name: 'Ladda upp' }).click();
    await page.waitForURL(/\/ladda-upp$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Ladda upp mötesanteckningar');
    const submit = page.getByRole('button', { name: 'Ladda upp' });
    await expect(submit.isDisabled()).resolves.toBe(true);

    await page.getByLabel('Fil med mötesanteckningar (.pdf eller .txt)').setInputFiles(minutesFile);
    await expect(page.locator('#upload-file-help').textContent()).resolves.toContain('2025-09-11-pensionarsradet.txt');
    await submit.focus();
    await page.keyboard.press('Enter');

    const result = page.locator('.upload-result');
    await result.waitFor();
    await expect(result.getAttribute('data-status')).resolves.toBe('created');
    await expect(result.textContent()).resolves.toContain('Mötet är nytt i kunskapsgrafen.');
    const field = (name: string) => result.locator(`dd[data-field="${name}"]`).textContent();
    await expect(field('date')).resolves.toBe('11 september 2025');
    await expect(field('items')).resolves.toBe('6');
    const detail = (await (await fetch(`${api.url}/api/meetings/${NEW_ID}`)).json()) as MeetingDetail;
    const passages = detail.items.reduce((n, item) => n + item.passages.length, 0);
    await expect(field('passages')).resolves.toBe(String(passages));
    // The outcome takes the focus, so a keyboard user is where the news is.
    await expect(page.evaluate(() => document.activeElement?.classList.contains('upload-result'))).resolves.toBe(true);
    await expect(result.locator('h2').textContent()).resolves.toBe('Uppladdat: mötet den 11 september 2025');
    // A full-page screenshot of a scrolled page draws the sticky header mid-page: back to the top first.
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, '20-ladda-upp-resultat');

    await result.getByRole('link', { name: /Öppna mötet/ }).click();
    await page.waitForURL(new RegExp(`/moten/${encodeURIComponent(NEW_ID)}$`));
    await settled(page);
    await expect(page.locator('h1').textContent()).resolves.toContain('11 september 2025');
    await expect(page.locator('.agenda-item').count()).resolves.toBe(6);
    await expect(page.locator('.agenda-item h2').nth(2).textContent()).resolves.toContain('vårdköer');
    // Stated and inferred speakers look different, and the legend explains why.
    await expect(page.locator('.passage .speaker.basis-stated').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.passage .speaker.basis-inferred').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.basis-legend').isVisible()).resolves.toBe(true);
    await screenshot(page, '21-ladda-upp-motet', { fullPage: false });
    await page.locator('#punkt-3').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await screenshot(page, '21b-ladda-upp-motet-punkt-3', { fullPage: false });
    expect(errors).toEqual([]);
  });

  it('refuses a PNG named .pdf, dropped on the screen, with the server’s code, in Swedish and English', async () => {
    const { page, errors } = await open('/ladda-upp');
    // A drop, as a file manager would make it: a PNG's signature in a file named .pdf.
    await page.evaluate(() => {
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
      const transfer = new DataTransfer();
      transfer.items.add(new File([png], 'anteckningar.pdf', { type: 'application/pdf' }));
      document
        .querySelector('[data-testid="drop-zone"]')!
        .dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await expect(page.locator('#upload-file-help').textContent()).resolves.toContain('anteckningar.pdf');
    await page.getByRole('button', { name: 'Ladda upp' }).click();
    const failure = page.locator('.upload-error');
    await failure.waitFor();
    await expect(failure.getAttribute('data-code')).resolves.toBe('unsupported_media_type');
    await expect(failure.getAttribute('role')).resolves.toBe('alert');
    await expect(failure.locator('.upload-error-text').textContent()).resolves.toContain('Filtypen stämmer inte');
    await expect(failure.textContent()).resolves.toContain('HTTP 415');
    await expect(failure.locator('.upload-error-message').textContent()).resolves.toContain('is named .pdf but is not a PDF');
    await screenshot(page, '22-ladda-upp-fel');
    await page.locator('.lang-switch').click();
    await expect(failure.locator('.upload-error-text').textContent()).resolves.toContain('Wrong file type');
    await expect(page.getByRole('link', { name: 'Upload' }).getAttribute('aria-current')).resolves.toBe('page');
    await screenshot(page, '22b-upload-error-english');
    await page.evaluate(() => localStorage.removeItem('radslag.lang'));
    expect(unexpected(errors, 415)).toEqual([]);
  });

  it('asks for the API token when the server has one, keeps it only for the tab, and names a file over the limit', async () => {
    const { page, errors } = await open('/ladda-upp', guarded.url);
    const empty = join(workDir, 'tom.txt');
    await writeFile(empty, '');
    await page.getByLabel('Fil med mötesanteckningar (.pdf eller .txt)').setInputFiles(empty);
    await page.getByRole('button', { name: 'Ladda upp' }).click();
    await page.locator('.upload-error').waitFor();
    await expect(page.locator('.upload-error').getAttribute('data-code')).resolves.toBe('unauthorized');
    await expect(page.locator('.upload-error-text').textContent()).resolves.toContain('giltig API-nyckel');

    // With the token, the same empty file gets as far as the reader, which names the problem.
    await page.getByLabel('API-nyckel (valfri)').fill(TOKEN);
    await page.getByRole('button', { name: 'Ladda upp' }).click();
    await page.waitForSelector('.upload-error[data-code]:not([data-code="unauthorized"])');
    const code = await page.locator('.upload-error').getAttribute('data-code');
    expect(code).toBe('empty_file');
    await expect(page.locator('.upload-error-text').textContent()).resolves.toBe('Filen är tom.');
    await expect(page.evaluate(() => sessionStorage.getItem('radslag.uploadToken'))).resolves.toBe(TOKEN);
    await expect(page.evaluate(() => localStorage.getItem('radslag.uploadToken'))).resolves.toBeNull();
    await screenshot(page, '23-ladda-upp-tom-fil');

    // The real minutes are over this server's 4 KB limit.
    await page.getByLabel('Fil med mötesanteckningar (.pdf eller .txt)').setInputFiles(minutesFile);
    await page.getByRole('button', { name: 'Ladda upp' }).click();
    await page.waitForSelector('.upload-error[data-code="payload_too_large"]');
    await expect(page.locator('.upload-error-text').textContent()).resolves.toBe('Filen är för stor för servern.');
    expect(unexpected(unexpected(unexpected(errors, 401), 422), 413)).toEqual([]);
  });
});
