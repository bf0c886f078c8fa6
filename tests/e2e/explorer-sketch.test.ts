/**
 * The explorer canvas in headless chromium (the bench page, bench/explorer: the app's own frame loop,
 * layout worker and drawing with a synthetic graph): while the layout and the view both move, frames
 * are sketched (edges at half resolution, client/src/graph/draw.ts); once the view keeps still the
 * picture is drawn sharp again though the layout still moves; the layout alone or the view alone never
 * sketches. Screenshots of a sketched and a sharp picture go to artifacts/screenshots/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorerBench } from '../../bench/api/frame-time.js';
import type { FramePhase, FrameRecord } from '../../bench/explorer/seam.js';
import { screenshot } from './support/screenshots.js';

let bench: Awaited<ReturnType<typeof openExplorerBench>>;

beforeAll(async () => {
  bench = await openExplorerBench(800);
}, 300_000);
afterAll(async () => bench?.close());

/** Fits the view and, once that change is past (a fit moves the view too), starts recording `phase`. */
async function startPhase(page: Page, phase: FramePhase, reheat: boolean): Promise<void> {
  await page.evaluate(() => window.__explorerBench!.fit());
  await page.waitForTimeout(300);
  await page.evaluate(([p, r]) => window.__explorerBench!.setPhase(p, r), [phase, reheat] as const);
}
/**
 * Waits until the phase has drawn `count` frames. A busy machine draws fewer frames a second, not
 * other frames: a fixed wait once caught exactly five on a loaded two-core machine.
 */
const framesDrawn = (page: Page, count: number) =>
  page.waitForFunction((n) => window.__explorerBench!.frames.filter((f) => f.drew).length >= n, count, { timeout: 30_000 });
const frameCount = (page: Page) => page.evaluate(() => window.__explorerBench!.frames.length);
const endPhase = (page: Page): Promise<FrameRecord[]> =>
  page.evaluate(() => {
    const b = window.__explorerBench!;
    b.setPhase('idle', false);
    return b.frames.splice(0);
  });

async function drag(page: Page, from: [number, number], to: [number, number]): Promise<void> {
  await page.mouse.move(...from);
  await page.mouse.down();
  await page.mouse.move(...to, { steps: 20 });
}

describe('explorer canvas: sketched while the layout and the view both move', () => {
  it('sketches during a pan of a moving layout and draws sharp once the view keeps still', async () => {
    const { page } = bench;
    await startPhase(page, 'layout+interact', true);
    await drag(page, [500, 300], [640, 380]);
    await screenshot(page, 'explorer-sketch-while-panning');
    await page.mouse.up();
    const gestureEnd = await frameCount(page);
    await page.waitForTimeout(600);
    await screenshot(page, 'explorer-sketch-sharp-again');
    const frames = await endPhase(page);

    const during = frames.slice(0, gestureEnd).filter((f) => f.drew);
    const after = frames.slice(gestureEnd);
    expect(during.filter((f) => f.sketched).length).toBeGreaterThan(3);
    // The layout kept moving after the gesture (steps arrived), yet the picture became sharp.
    expect(after.some((f) => f.ticked)).toBe(true);
    const lastDrawn = after.filter((f) => f.drew).at(-1);
    expect(lastDrawn?.sketched).toBe(false);
    expect(bench.errors).toEqual([]);
  });

  it('never sketches while only the layout moves or only the view', async () => {
    const { page } = bench;
    await startPhase(page, 'layout', true);
    await page.waitForTimeout(500);
    await framesDrawn(page, 6);
    const layoutOnly = await endPhase(page);
    expect(layoutOnly.filter((f) => f.drew).length).toBeGreaterThan(5);
    expect(layoutOnly.some((f) => f.sketched)).toBe(false);

    await page.evaluate(() => window.__explorerBench!.settle());
    await startPhase(page, 'interact', false);
    await drag(page, [500, 300], [640, 380]);
    await page.mouse.up();
    await page.mouse.wheel(0, -240);
    await page.waitForTimeout(300);
    await framesDrawn(page, 6);
    const viewOnly = await endPhase(page);
    expect(viewOnly.filter((f) => f.drew).length).toBeGreaterThan(5);
    expect(viewOnly.some((f) => f.sketched)).toBe(false);
    expect(bench.errors).toEqual([]);
  });
});
