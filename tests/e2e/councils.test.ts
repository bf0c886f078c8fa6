/**
 * End-to-end: councils side by side and undated meetings (issue 13), in Debian's headless chromium
 * against the real API on a throwaway Neo4j. Beside the two samples (Region Stockholm's council) the
 * graph gets, through the upload endpoint, two meetings of Norrtälje's KPR (one dated only by its file
 * name) and Tierp's pensionärsråd minutes, which give no date at all. The council filter narrows the
 * meetings list, the trend compares councils with one line each, the undated meeting reads "odaterat",
 * is found by search and counted in the trend's note, and the upload form sends a date.
 * Each test fails on any page or console error and saves a screenshot to artifacts/screenshots/.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriesKey } from '../../client/src/charts/trend-marks.js';
import type { Council, MeetingsResponse, TopicSummary, TrendsResponse, UploadResult } from '../../shapes/api/index.js';
import { postDocument } from '../helpers/post-document.js';
import { screenshot } from './support/screenshots.js';
import { settled, useE2eSession } from './support/session.js';

const COUNCIL_FIXTURES = new URL('../fixtures/councils/', import.meta.url).pathname;
const NORRTALJE = ['norrtalje-kpr-protokoll.txt', 'norrtalje-pensionarsradet-2020-12-07.txt'];
const UNDATED = 'tierp-pensionarsradet-anteckningar.txt';
/** A word only the undated minutes use. */
const UNDATED_WORD = 'telefonnätverk';

const { api, open } = useE2eSession();
let workDir: string;
let councils: Council[];

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${api.url}${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function upload(file: string): Promise<UploadResult> {
  const response = await postDocument(api.url, await readFile(file), basename(file), { type: 'text/plain' });
  if (!response.ok) throw new Error(`upload ${basename(file)}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as UploadResult;
}

const norrtalje = () => councils.find((c) => c.displayName.includes('Norrtälje'))!;
const undatedCouncil = () => councils.find((c) => c.undated > 0)!;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'radslag-e2e-councils-'));
  for (const file of [...NORRTALJE, UNDATED]) await upload(join(COUNCIL_FIXTURES, file));
  councils = await getJson<Council[]>('/api/councils');
}, 300_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

const cardTitles = (page: Page) => page.locator('.meeting-cards > li h2').allTextContents();

describe('councils side by side in a real browser', () => {
  it('has the councils the uploads brought, one of them with an undated meeting', () => {
    expect(councils.length).toBeGreaterThanOrEqual(3);
    expect(norrtalje().meetings).toBe(2);
    expect(undatedCouncil().firstDate).toBeNull();
  });

  it('lists the councils on the overview, each linking to its meetings', async () => {
    const { page, errors } = await open('/');
    const list = page.getByTestId('council-list');
    await list.waitFor();
    await expect(list.locator('li').count()).resolves.toBe(councils.length);
    const row = list.locator('li', { hasText: norrtalje().displayName });
    await expect(row.textContent()).resolves.toContain('2 möten');
    await expect(list.locator('li', { hasText: undatedCouncil().displayName }).textContent()).resolves.toContain('1 odaterade');
    await screenshot(page, '30-rad-oversikt');
    await row.getByRole('link').click();
    await page.waitForURL(/\/moten\?organ=/);
    await settled(page);
    expect(new URL(page.url()).searchParams.get('organ')).toBe(norrtalje().key);
    await expect(cardTitles(page)).resolves.toHaveLength(2);
    expect(errors).toEqual([]);
  });

  it('narrows the meetings list with the council filter, and keeps it in the URL', async () => {
    const { page, errors } = await open('/moten');
    const all = (await getJson<MeetingsResponse>('/api/meetings?pageSize=20')).items.length;
    await expect(cardTitles(page)).resolves.toHaveLength(all);
    await page.getByTestId('council-filter').selectOption(norrtalje().key);
    await page.waitForURL(/organ=/);
    await settled(page);
    const narrowed = await page.locator('.meeting-cards > li .meta').allTextContents();
    expect(narrowed.length).toBe(2);
    expect(narrowed.length).toBeLessThan(all);
    // Only Norrtälje's meetings are left.
    const norrtaljeMeetings = await getJson<MeetingsResponse>(`/api/meetings?body=${encodeURIComponent(norrtalje().key)}`);
    expect(new Set(norrtaljeMeetings.items.map((m) => m.body.key))).toEqual(new Set([norrtalje().key]));
    await screenshot(page, '31-moten-per-rad');
    // The same parameter filters the next view.
    await page.goto(`${api.url}/fragor?organ=${encodeURIComponent(norrtalje().key)}`);
    await settled(page);
    await expect(page.getByTestId('council-filter').inputValue()).resolves.toBe(norrtalje().key);
    expect(errors).toEqual([]);
  });

  it('shows the undated meeting as "odaterat" in the list and on its page, and says where a date came from', async () => {
    const { page, errors } = await open(`/moten?organ=${encodeURIComponent(undatedCouncil().key)}`);
    const titles = await cardTitles(page);
    expect(titles).toHaveLength(1);
    expect(titles[0]).toMatch(/^odaterat · /);
    await page.locator('.meeting-cards > li h2 a').click();
    await page.waitForURL(/\/moten\/[^?]+$/);
    await settled(page);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/^odaterat · /);
    await expect(page.getByTestId('date-source').textContent()).resolves.toContain('inget datum');
    await screenshot(page, '32-odaterat-mote', { fullPage: false });

    // The 2020 minutes give their date only in the file name.
    const dated = await getJson<MeetingsResponse>(`/api/meetings?body=${encodeURIComponent(norrtalje().key)}`);
    const byFileName = dated.items.find((m) => m.dateSource === 'filename');
    expect(byFileName?.date).toBe('2020-12-07');
    await page.goto(`${api.url}/moten/${encodeURIComponent(byFileName!.id)}`);
    await settled(page);
    await expect(page.locator('h1').textContent()).resolves.toContain('7 december 2020');
    await expect(page.getByTestId('date-source').textContent()).resolves.toBe('datum från filnamnet');
    expect(errors).toEqual([]);
  });

  it('finds the undated meeting by search and shows it as "odaterat"', async () => {
    const [undated] = (await getJson<MeetingsResponse>(`/api/meetings?body=${encodeURIComponent(undatedCouncil().key)}`)).items;
    expect(undated?.date).toBeNull();
    const { page, errors } = await open(`/sok?q=${encodeURIComponent(UNDATED_WORD)}&lage=fulltext`);
    const meetings = page.locator('.search-results .search-meeting h2 a');
    await expect(meetings.count()).resolves.toBe(1);
    await expect(meetings.textContent()).resolves.toMatch(/^odaterat · /);
    await expect(meetings.getAttribute('href')).resolves.toBe(`/moten/${encodeURIComponent(undated!.id)}`);
    await screenshot(page, '33-sok-odaterat');
    expect(errors).toEqual([]);
  });

  it('compares the councils in the trend, one line each, and counts the undated meeting out', async () => {
    // A topic two councils' dated meetings both discuss, as the API compares them.
    const topics = await getJson<TopicSummary[]>('/api/topics');
    let topic: string | undefined;
    let compared: TrendsResponse | undefined;
    for (const tp of topics.filter((x) => x.passages > 0).slice(0, 20)) {
      const trend = await getJson<TrendsResponse>(`/api/trends?topics=${tp.slug}&compare=body`);
      if (trend.series.filter((s) => s.points.some((p) => p.value > 0)).length >= 2) {
        topic = tp.slug;
        compared = trend;
        break;
      }
    }
    expect(topic, 'no topic discussed by two councils').toBeDefined();
    expect(compared!.undated).toBeGreaterThanOrEqual(1);

    const { page, errors } = await open(`/trender?amnen=${topic}`);
    const undated = (await getJson<TrendsResponse>(`/api/trends?topics=${topic}`)).undated;
    expect(undated).toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId('undated-note').textContent()).resolves.toBe(
      undated === 1 ? '1 odaterat möte ingår inte i trenden.' : `${undated} odaterade möten ingår inte i trenden.`,
    );
    const chart = page.getByTestId('trend-chart');
    await expect(chart.locator('path[fill="none"]').count()).resolves.toBe(1);
    await page.getByTestId('compare-councils').check();
    await page.waitForURL(/jamfor=1/);
    await settled(page);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="trend-chart"] path[fill="none"]').length >= 2);
    const lines = await chart.locator('path[fill="none"]').count();
    expect(lines).toBe(compared!.series.length);
    // Labelled by the councils' display names, in distinct colours.
    const legend = await page.locator('.trend-chart .legend li').allTextContents();
    for (const s of compared!.series) expect(legend).toContain(councils.find((c) => c.key === s.body!.key)!.displayName);
    // Every council's points lie inside the chart (each series on the one time axis), none off its edge.
    const width = Number(await chart.getAttribute('width'));
    for (const s of compared!.series) {
      const xs = await chart
        .locator(`g[data-series="${seriesKey(s)}"] circle`)
        .evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('cx'))));
      expect(xs.length).toBe(s.points.length);
      expect(xs.every((x) => x > 0 && x < width)).toBe(true);
    }
    const colours = await chart.locator('path[fill="none"]').evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke')));
    expect(new Set(colours).size).toBe(lines);
    await screenshot(page, '34-trender-jamfor-rad');
    expect(errors).toEqual([]);
  });

  it('sends a meeting date from the upload form and shows where it came from', async () => {
    // The undated minutes once more, a line longer, so they are a new document.
    const text = await readFile(join(COUNCIL_FIXTURES, UNDATED), 'utf8');
    const file = join(workDir, 'tierp-med-datum.txt');
    await writeFile(file, `${text}\nJusteras vid nästa möte.\n`);
    const { page, errors } = await open('/ladda-upp');
    await page.getByLabel('Mötesdatum (om protokollet saknar datum)').fill('2025-03-06');
    await page.getByLabel('Fil med mötesanteckningar (.pdf eller .txt)').setInputFiles(file);
    await screenshot(page, '35-ladda-upp-datumfalt');
    await page.getByRole('button', { name: 'Ladda upp' }).click();
    await page.locator('.upload-result, .upload-error').waitFor();
    // A refusal names its code, so a failure here says what the server answered.
    const refused = await page.evaluate(() => document.querySelector('.upload-error')?.getAttribute('data-code') ?? null);
    expect(refused, 'the server refused the upload').toBeNull();
    const result = page.locator('.upload-result');
    const field = (name: string) => result.locator(`dd[data-field="${name}"]`).textContent();
    await expect(field('date')).resolves.toBe('6 mars 2025');
    await expect(field('dateSource')).resolves.toBe('datum angivet vid uppladdningen');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, '36-ladda-upp-datum');
    expect(errors).toEqual([]);
  });
});
