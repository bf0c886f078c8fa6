/**
 * End-to-end: the built client in Debian's headless chromium against the real API on a throwaway
 * Neo4j with both sample minutes ingested. One server and one browser for the whole file; each test
 * opens its own page, fails on any page or console error, and saves a screenshot to
 * artifacts/screenshots/ for a person to look at.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type {} from '../../client/src/graph/test-seam.js';
import type {
  ConcernsResponse,
  FollowUpsResponse,
  MeetingsResponse,
  OrganisationDetail,
  OrganisationSummary,
  PeopleResponse,
  TrendsResponse,
} from '../../shapes/api/index.js';
import { screenshot } from './support/screenshots.js';
import { settled, useE2eSession } from './support/session.js';

const { api, open } = useE2eSession({ pageTimeout: 20_000 });
let meetings: MeetingsResponse;

const ITEM_3_2025 = 'Aktuellt vid förvaltningen/fråga ang. vårdköer/bevakningslista';

beforeAll(async () => {
  meetings = (await (await fetch(`${api.url}/api/meetings`)).json()) as MeetingsResponse;
});

const meeting2025 = () => meetings.items.find((m) => m.date === '2025-04-10')!;
const meeting2024 = () => meetings.items.find((m) => m.date === '2024-04-11')!;

describe('explorer in a real browser', () => {
  it('opens the overview with counts, topics, follow-ups and the next meeting', async () => {
    const { page, errors } = await open('/');
    await expect(page.locator('h1').first().textContent()).resolves.toBe('Översikt');
    const counts = page.locator('.counts .count');
    await expect(counts.count()).resolves.toBe(7);
    await expect(page.locator('.counts .count', { hasText: 'Möten' }).locator('dd').textContent()).resolves.toBe(String(meetings.total));
    await expect(page.locator('.bar-list li').count()).resolves.toBeGreaterThan(2);
    await expect(page.locator('.big-date, .card:has-text("Nästa möte") p').first().isVisible()).resolves.toBe(true);
    await screenshot(page, '01-oversikt');
    expect(errors).toEqual([]);
  });

  it('draws nära vård and vårdplatser with a point per meeting and reads the passages behind a point', async () => {
    const { page, errors } = await open('/trender?amnen=nara-vard,vardplatser');
    for (const slug of ['nara-vard', 'vardplatser']) {
      await expect(page.locator(`[data-testid="trend-chart"] g[data-series="${slug}"] circle.point`).count()).resolves.toBe(meetings.total);
    }
    await expect(page.locator('.legend').textContent()).resolves.toMatch(/Nära vård.*Vårdplatser/);
    // Keyboard: a point is focusable and Enter opens its passages.
    const point = page.locator('g[data-series="vardplatser"] circle.point').last();
    await point.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/punkt=vardplatser/);
    await settled(page);
    await expect(page.locator('.point-passages h2').textContent()).resolves.toContain('Vårdplatser');
    await expect(page.locator('.point-passages .passage-hit').count()).resolves.toBeGreaterThan(0);
    // The brush: drag from the first meeting across half the plot; the period lands in the URL and the
    // totals count only the first meeting's passages.
    const chart = (await page.locator('[data-testid="trend-chart"]').boundingBox())!;
    const first = (await page.locator('g[data-series="nara-vard"] circle.point').first().boundingBox())!;
    await page.mouse.move(first.x + first.width / 2 + 1, chart.y + 30);
    await page.mouse.down();
    await page.mouse.move(chart.x + chart.width * 0.3, chart.y + 120, { steps: 5 });
    await page.mouse.move(chart.x + chart.width * 0.55, chart.y + 150, { steps: 5 });
    await page.mouse.up();
    await page.waitForURL(/fran=\d{4}-\d{2}-\d{2}&till=\d{4}-\d{2}-\d{2}/);
    const trends = (await (await fetch(`${api.url}/api/trends?topics=nara-vard`)).json()) as TrendsResponse;
    const firstMeetingPassages = trends.series[0]!.points[0]!.passages;
    await expect(page.locator('.period-summary').textContent()).resolves.toContain(`Nära vård: ${firstMeetingPassages}`);
    await page.mouse.move(chart.x + 75, chart.y + 150);
    await screenshot(page, '02-trender');
    // The stream graph is the other way to look at the same data.
    await page.getByLabel('Ström').check();
    await page.waitForURL(/visa=stream/);
    await expect(page.locator('[data-testid="trend-chart"] path[fill-opacity]').count()).resolves.toBe(2);
    await screenshot(page, '02b-trender-strom', { fullPage: false });
    expect(errors).toEqual([]);
  });

  it('finds vårdplatser and opens the 2025 meeting at item 3', async () => {
    const { page, errors } = await open('/sok');
    await page.fill('#search-q', 'vårdplatser');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sok\?q=/);
    await settled(page);
    await expect(page.locator('.search-results mark').count()).resolves.toBeGreaterThan(0);
    // Each hit says what found it ("Hittad genom: orden, betydelsen").
    await expect(page.locator('.search-results [data-testid="match-reasons"]').first().textContent()).resolves.toMatch(/^Hittad genom: /);
    const group = page
      .locator('.search-item', { hasText: ITEM_3_2025 })
      .filter({ has: page.locator(`a[href*="${encodeURIComponent(meeting2025().id)}"]`) });
    await expect(group.count()).resolves.toBe(1);
    await screenshot(page, '03-sok');
    await group.locator('.snippet-link').first().click();
    await page.waitForURL(new RegExp(`/moten/${encodeURIComponent(meeting2025().id)}#stycke-\\d+$`));
    await settled(page);
    await page.waitForSelector('section.agenda-item.is-target');
    const item = page.locator('section.agenda-item.is-target');
    await expect(item.count()).resolves.toBe(1);
    await expect(item.locator('h2').textContent()).resolves.toContain(ITEM_3_2025);
    await expect(item.getAttribute('id')).resolves.toBe('punkt-3');
    await expect(page.locator('article.passage.is-target').isVisible()).resolves.toBe(true);
    await screenshot(page, '04-mote-punkt-3', { fullPage: false });
    // The item link in the group goes straight to #punkt-3.
    await page.goBack();
    await settled(page);
    await page.locator('.search-item', { hasText: ITEM_3_2025 }).locator('[data-testid="search-item-link"]').first().click();
    await page.waitForURL(/#punkt-3$/);
    await page.waitForSelector('#punkt-3.is-target');
    await expect(page.locator('#punkt-3.is-target').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
  });

  it('draws the graph on a canvas and expands a node on click', async () => {
    const { page, errors } = await open('/graf');
    const canvas = page.locator('[data-testid="graph-canvas"]');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-nodes')) > 0);
    const before = Number(await canvas.getAttribute('data-nodes'));
    // Let the layout come to rest, then click a topic node where the canvas drew it.
    await page.evaluate(() => window.__radslagGraph?.settle());
    const nodes = await page.evaluate(() => window.__radslagGraph?.nodes() ?? []);
    const box = (await canvas.boundingBox())!;
    const target = nodes.find((n) => n.label === 'Meeting' && n.x > 20 && n.y > 20 && n.x < box.width - 20 && n.y < box.height - 20);
    expect(target, 'a meeting node inside the canvas').toBeDefined();
    await page.mouse.click(box.x + target!.x, box.y + target!.y);
    await page.waitForURL(/nod=/);
    await expect(page.locator('[data-testid="graph-panel"] h2').isVisible()).resolves.toBe(true);
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-nodes')) > n,
      before,
    );
    expect(new URL(page.url()).searchParams.get('oppna')).toBe(target!.id);
    // Settle the expanded layout; the canvas then fits the grown graph into view.
    await page.evaluate(() => window.__radslagGraph?.settle());
    await page.waitForTimeout(500);
    await screenshot(page, '05-graf');
    expect(errors).toEqual([]);
  });

  it("lists the council's concerns of both meetings and the follow-up tracker, page by page", async () => {
    const concerns = (await (await fetch(`${api.url}/api/concerns?pageSize=100`)).json()) as ConcernsResponse;
    const followUps = (await (await fetch(`${api.url}/api/follow-ups`)).json()) as FollowUpsResponse;
    const { page, errors } = await open('/fragor');
    const groups = page.locator('.concern-groups > li');
    // The samples' groups fit on the first page (20 a page); the summary says which part is shown.
    await expect(groups.count()).resolves.toBe(Math.min(20, concerns.total));
    await expect(page.locator('#fragor-rubrik ~ .async .result-summary').textContent()).resolves.toBe(
      `Visar 1–${Math.min(20, concerns.total)} av ${concerns.total} frågor`,
    );
    for (const date of ['2024-04-11', '2025-04-10']) {
      await expect(page.locator(`.concern-groups time[datetime="${date}"]`).count()).resolves.toBeGreaterThan(0);
    }
    await expect(page.locator('.concern-groups .meta', { hasText: 'Tagits upp en gång' }).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.concern-groups .meta', { hasText: 'upp 1 gånger' }).count()).resolves.toBe(0);
    await expect(page.locator('#uppfoljningar .segmented label').count()).resolves.toBe(4);
    await expect(page.locator('#uppfoljningar .follow-up-list > li').count()).resolves.toBe(followUps.total);
    await expect(page.locator('#uppfoljningar .result-summary').textContent()).resolves.toBe(
      `Visar 1–${followUps.total} av ${followUps.total} uppföljningar`,
    );
    await screenshot(page, '06-fragor', { fullPage: false });
    await page.getByLabel(/^Bara återkommande/).check();
    await page.waitForURL(/urval=recurring/);
    await settled(page);
    const recurring = await page.locator('.concern-groups > li').count();
    const badges = await page.locator('.concern-groups > li .recurring-badge').count();
    expect(badges).toBe(recurring);
    expect(recurring).toBe(concerns.items.filter((g) => g.recurring).length);
    expect(errors).toEqual([]);
  });

  it("narrows the concerns to an organisation's meetings and lets the filter go again", async () => {
    const all = (await (await fetch(`${api.url}/api/concerns?pageSize=1`)).json()) as ConcernsResponse;
    const organisations = (await (await fetch(`${api.url}/api/organisations`)).json()) as OrganisationSummary[];
    const details = await Promise.all(
      organisations.map(
        async (o) => (await (await fetch(`${api.url}/api/organisations/${encodeURIComponent(o.key)}`)).json()) as OrganisationDetail,
      ),
    );
    const org = details.filter((d) => d.concernsTotal > 0).sort((a, b) => a.concernsTotal - b.concernsTotal)[0]!;
    const shown = Math.min(20, org.concernsTotal);
    const { page, errors } = await open(`/fragor?organisation=${encodeURIComponent(org.organisation.key)}`);
    await expect(page.locator('.filter-chip').textContent()).resolves.toContain(`Från möten där ${org.organisation.name} deltog`);
    await expect(page.locator('#fragor-rubrik ~ .async .result-summary').textContent()).resolves.toBe(
      `Visar 1–${shown} av ${org.concernsTotal} frågor`,
    );
    await expect(page.locator('.concern-groups > li').count()).resolves.toBe(shown);
    await screenshot(page, '06c-fragor-organisation', { fullPage: false });
    await page.getByRole('button', { name: 'Visa frågor från alla möten' }).click();
    await page.waitForURL((url) => !url.searchParams.has('organisation'));
    await settled(page);
    await expect(page.locator('.filter-chip').count()).resolves.toBe(0);
    await expect(page.locator('#fragor-rubrik ~ .async .result-summary').textContent()).resolves.toBe(
      `Visar 1–${Math.min(20, all.total)} av ${all.total} frågor`,
    );
    expect(errors).toEqual([]);

    // An organisation's page shows its first ten groups and leads to all of them.
    const busiest = details.sort((a, b) => b.concernsTotal - a.concernsTotal)[0]!;
    expect(busiest.concernsTotal).toBeGreaterThan(10);
    await page.close();
    const orgPage = await open(`/organisationer/${encodeURIComponent(busiest.organisation.key)}`);
    await expect(orgPage.page.locator('.concern-groups > li').count()).resolves.toBe(10);
    await orgPage.page.getByRole('link', { name: `Alla ${busiest.concernsTotal} frågor` }).click();
    await orgPage.page.waitForURL((url) => url.pathname === '/fragor' && url.searchParams.get('organisation') === busiest.organisation.key);
    await settled(orgPage.page);
    await expect(orgPage.page.locator('#fragor-rubrik ~ .async .result-summary').textContent()).resolves.toBe(
      `Visar 1–${Math.min(20, busiest.concernsTotal)} av ${busiest.concernsTotal} frågor`,
    );
    expect(orgPage.errors).toEqual([]);
  });

  it('leads an out-of-range page link back to the last page, by keyboard, with the focus on the list', async () => {
    const { page, errors } = await open('/fragor?sida=7&uppfoljningssida=3');
    await expect(page.locator('.concern-groups').count()).resolves.toBe(0);
    await expect(page.locator('#uppfoljningar .state-empty').textContent()).resolves.toBe(
      'Sida 3 finns inte; sista sidan är 1. Till sista sidan',
    );
    await screenshot(page, '06b-fragor-utanfor', { fullPage: false });
    const back = page.locator('section[aria-labelledby="fragor-rubrik"]').getByRole('button', { name: 'Till sista sidan' });
    await back.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.searchParams.has('sida') && url.searchParams.get('uppfoljningssida') === '3');
    // The new URL can be seen before the page has begun to load it, when nothing is busy yet: wait for the list itself.
    await page.locator('.concern-groups > li').nth(1).waitFor();
    await settled(page);
    await expect(page.locator('.concern-groups > li').count()).resolves.toBeGreaterThan(1);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('fragor-rubrik');
    await page.locator('#uppfoljningar').getByRole('button', { name: 'Till sista sidan' }).click();
    await page.waitForURL((url) => !url.search.includes('sida'));
    await page.locator('#uppfoljningar .follow-up-list > li').first().waitFor();
    await settled(page);
    await expect(page.locator('#uppfoljningar .follow-up-list > li').count()).resolves.toBeGreaterThan(0);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('uppfoljningar-rubrik');
    expect(errors).toEqual([]);
  });

  it('opens the meeting, person, organisation and topic pages', async () => {
    let { page, errors } = await open(`/moten/${encodeURIComponent(meeting2024().id)}`);
    await expect(page.locator('h1').textContent()).resolves.toContain('2024');
    await expect(page.locator('section.agenda-item').count()).resolves.toBeGreaterThan(3);
    await expect(page.locator('.passage .speaker').count()).resolves.toBeGreaterThan(5);
    await page.locator('.topic-highlight label', { hasText: 'Vård i hemmet' }).click();
    await page.waitForURL(/amne=vard-i-hemmet/);
    await expect(page.locator('.passage.is-about').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, '07-mote', { fullPage: false });
    expect(errors).toEqual([]);
    await page.close();

    const people = (await (await fetch(`${api.url}/api/people?pageSize=100`)).json()) as PeopleResponse;
    const presenter = people.items.find((p) => p.presented > 0)!;
    ({ page, errors } = await open(`/personer/${encodeURIComponent(presenter.key)}`));
    await expect(page.locator('h1').textContent()).resolves.toBe(presenter.name);
    await screenshot(page, '08-person');
    expect(errors).toEqual([]);
    await page.close();

    ({ page, errors } = await open('/organisationer/pro'));
    await expect(page.locator('h1').textContent()).resolves.toContain('PRO');
    await expect(page.locator('.bar-chart rect').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, '09-organisation', { fullPage: false });
    expect(errors).toEqual([]);
    await page.close();

    ({ page, errors } = await open('/amnen/vardplatser'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Vårdplatser');
    await expect(page.locator('[data-testid="trend-chart"] circle.point').count()).resolves.toBe(meetings.total);
    await expect(page.locator('.passage-hit').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, '10-amne');
    expect(errors).toEqual([]);
  });

  it('shows an error state for an unknown meeting and a not-found page for an unknown path', async () => {
    let { page } = await open('/moten/finns-inte');
    await expect(page.locator('[role="alert"]').textContent()).resolves.toContain('hittades inte');
    await page.close();
    ({ page } = await open('/ingenstans'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Sidan finns inte');
    await screenshot(page, '11-saknas', { fullPage: false });
  });

  it('switches to English, keeps the choice after a reload, and back', async () => {
    const { page, errors } = await open('/fragor');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.locator('h1').first().textContent()).resolves.toBe("Council's concerns");
    await expect(page.locator('nav[aria-label="Main menu"]').textContent()).resolves.toContain('Overview');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await page.reload();
    await settled(page);
    await expect(page.locator('nav[aria-label="Main menu"] a').first().textContent()).resolves.toBe('Overview');
    await page.goto(`${api.url}/trender?amnen=nara-vard,vardplatser`);
    await settled(page);
    await expect(page.locator('.legend').textContent()).resolves.toContain('Hospital beds');
    await screenshot(page, '12-english-trends');
    await page.getByRole('button', { name: 'Byt till svenska' }).click();
    await expect(page.locator('h1').first().textContent()).resolves.toBe('Trender');
    expect(errors).toEqual([]);
  });
});
