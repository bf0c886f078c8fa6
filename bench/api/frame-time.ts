import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM, hasChromium, launchBrowser } from '../../tests/e2e/support/browser.js';
import { makeTempDir } from '../../tests/fixtures/temp-dir.js';
import type { FramePhase, FrameRecord } from '../explorer/seam.js';
import { summariseDurations, type DurationSummary } from './stats.js';

const EXPLORER_DIR = path.resolve(import.meta.dirname, '../explorer');

export interface PhaseFrames {
  phase: FramePhase;
  frames: number;
  /** Frames in which layout steps arrived. */
  ticked: number;
  /** Frames that drew (the rest had nothing visibly new). */
  drew: number;
  /** Frames that drew a sketch (edges at half resolution: the layout and the view both moved). */
  sketched: number;
  work: DurationSummary;
  interval: DurationSummary;
  /** Milliseconds of the layout steps that arrived, per frame that had any; they run in the layout's worker, beside `work`. */
  step: DurationSummary;
}

export interface FrameTimeResult {
  nodes: number;
  edges: number;
  mountMs: number;
  phases: PhaseFrames[];
}

/** Per-phase summaries of recorded frames; a NaN interval (a phase's first frame) is left out. */
export function summariseFrames(frames: readonly FrameRecord[]): PhaseFrames[] {
  const phases = [...new Set(frames.map((f) => f.phase))];
  return phases.map((phase) => {
    const mine = frames.filter((f) => f.phase === phase);
    return {
      phase,
      frames: mine.length,
      ticked: mine.filter((f) => f.ticked).length,
      drew: mine.filter((f) => f.drew).length,
      sketched: mine.filter((f) => f.sketched).length,
      work: summariseDurations(mine.map((f) => f.work)),
      interval: summariseDurations(mine.map((f) => f.interval).filter((x) => Number.isFinite(x))),
      step: summariseDurations(mine.filter((f) => f.ticked && f.stepMs !== undefined).map((f) => f.stepMs!)),
    };
  });
}

/**
 * Frame times of the explorer's canvas with `nodes` synthetic nodes in headless chromium: builds
 * bench/explorer with Vite, serves it on 127.0.0.1, and records every frame for three phases of
 * `seconds` each — the layout running, panning and zooming a resting layout, and both at once. Each
 * phase starts from the fitted view and its gestures swing around it, so every phase has the whole
 * graph on screen (with drifting drags, the view once left the graph and the later phases measured
 * an almost empty canvas).
 */
export async function measureFrameTime(options: { nodes: number; seconds: number }): Promise<FrameTimeResult | { skipped: string }> {
  if (!hasChromium()) return { skipped: `no chromium at ${CHROMIUM} (RADSLAG_CHROMIUM)` };
  const bench = await openExplorerBench(options.nodes);
  try {
    const { page } = bench;
    const ms = options.seconds * 1000;

    await page.evaluate(() => {
      window.__explorerBench!.fit();
      window.__explorerBench!.setPhase('layout', true);
    });
    await page.waitForTimeout(ms);

    await page.evaluate(() => window.__explorerBench!.setPhase('idle', false));
    await page.evaluate(() => window.__explorerBench!.settle());
    await page.evaluate(() => {
      window.__explorerBench!.fit();
      window.__explorerBench!.setPhase('interact', false);
    });
    await panAndZoom(page, ms);

    await page.evaluate(() => {
      window.__explorerBench!.fit();
      window.__explorerBench!.setPhase('layout+interact', true);
    });
    await panAndZoom(page, ms);

    const { frames, nodes, edges, mountMs } = await page.evaluate(() => {
      const b = window.__explorerBench!;
      b.setPhase('idle', false);
      return { frames: b.frames, nodes: b.nodes, edges: b.edges, mountMs: b.mountMs };
    });
    if (bench.errors.length > 0) throw new Error(`explorer bench page failed: ${bench.errors.join('; ')}`);
    return { nodes, edges, mountMs, phases: summariseFrames(frames) };
  } finally {
    await bench.close();
  }
}

/**
 * The bench page (bench/explorer) with `nodes` synthetic nodes, built with Vite, served on 127.0.0.1 and
 * open in headless chromium at 1280 × 720, its `window.__explorerBench` ready. `errors` collects the
 * page's errors; `close` stops everything and removes the build.
 */
export async function openExplorerBench(nodes: number): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const { dir, remove } = await makeTempDir('radslag-bench-explorer-');
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: false, root: EXPLORER_DIR, mode: 'production', logLevel: 'warn', build: { outDir: dir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const app = express().use(express.static(dir));
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  const browser = await launchBrowser();
  const close = async () => {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await remove();
  };
  try {
    const { page, errors } = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html?nodes=${nodes}`);
    await page.waitForFunction(() => window.__explorerBench !== undefined, undefined, { timeout: 60_000 });
    return { page, errors, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Real input through the browser: drags that pan (d3-zoom) with wheel zooms between them. Rounds come in
 * pairs that undo each other — drag by d and zoom in at the drag's end, then drag back by -d and zoom out
 * at the start point — so the view swings around the fitted one instead of drifting off the graph.
 */
async function panAndZoom(page: Page, ms: number): Promise<void> {
  const end = Date.now() + ms;
  for (let round = 0; Date.now() < end; round++) {
    const pair = Math.floor(round / 2);
    const x = 300 + (pair % 5) * 120;
    const y = 200 + (pair % 3) * 100;
    const [from, to] =
      round % 2 === 0
        ? [
            [x, y],
            [x + 160, y + 90],
          ]
        : [
            [x + 160, y + 90],
            [x, y],
          ];
    await page.mouse.move(from[0]!, from[1]!);
    await page.mouse.down();
    await page.mouse.move(to[0]!, to[1]!, { steps: 12 });
    await page.mouse.up();
    await page.mouse.wheel(0, round % 2 === 0 ? -240 : 240);
    await page.waitForTimeout(50);
  }
}
