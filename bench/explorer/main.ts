/**
 * A bench-only page: the explorer's canvas with a synthetic graph (`?nodes=2000`). It runs the app's own
 * frame loop (client/src/graph/frame-loop.ts, as GraphCanvas does) with the real layout worker, hit
 * tester and drawing, and d3-zoom for wheel and pan, without React, so the figures are the canvas's own.
 * What it adds: a frame record per frame, and a one-pixel read after drawing (see below).
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { presettleSteps } from '../../client/src/graph/force-layout.js';
import { fitTransform, GraphFrameLoop } from '../../client/src/graph/frame-loop.js';
import { HitTester } from '../../client/src/graph/hit-test.js';
import { LayoutRunner } from '../../client/src/graph/layout-runner.js';
import type { ExplorerBench, FramePhase, FrameRecord } from './seam.js';
import { syntheticGraph } from './synthetic-graph.js';

const WIDTH = 1200;
const HEIGHT = 620; // GraphCanvas's default height
const count = Number(new URLSearchParams(location.search).get('nodes') ?? '2000');
const graph = syntheticGraph(count);

const canvas = document.querySelector<HTMLCanvasElement>('#graph')!;
const ratio = window.devicePixelRatio || 1;
canvas.width = Math.floor(WIDTH * ratio);
canvas.height = Math.floor(HEIGHT * ratio);
canvas.style.width = `${WIDTH}px`;
canvas.style.height = `${HEIGHT}px`;
const ctx = canvas.getContext('2d')!;

const frames: FrameRecord[] = [];
let phase: FramePhase = 'idle';
let reheat = false;
let lastTimestamp = NaN;

const layout = new LayoutRunner();
const hits = new HitTester();
const loop = new GraphFrameLoop(
  ctx,
  layout,
  hits,
  { width: WIDTH, height: HEIGHT, ratio },
  {
    // Keeps the layout moving through a phase; update() with the same graph keeps positions and reheats.
    beforeFrame: () => {
      if (reheat && !layout.isMoving) void layout.update(graph);
    },
    afterFrame: ({ timestamp, start, steps, stepMs, drew, sketched }) => {
      // Reading one pixel makes the canvas execute its recorded drawing now, so `work` includes the
      // rasterisation that would otherwise happen after the callback, out of sight of performance.now().
      if (drew) ctx.getImageData(0, 0, 1, 1);
      if (phase !== 'idle')
        frames.push({
          phase,
          work: performance.now() - start,
          interval: timestamp - lastTimestamp,
          ticked: steps > 0,
          stepMs,
          drew,
          sketched: drew && sketched,
        });
      lastTimestamp = timestamp;
    },
  },
);

const behaviour = zoom<HTMLCanvasElement, unknown>()
  .scaleExtent([0.05, 8])
  .on('zoom', (event: { transform: ZoomTransform }) => loop.setView({ transform: event.transform }));
select(canvas).call(behaviour).on('dblclick.zoom', null);

const fit = () => {
  const box = layout.bounds();
  if (box) select(canvas).call(behaviour.transform, fitTransform(box, WIDTH, HEIGHT));
};

// Hover as GraphCanvas does it: a quadtree query per pointer move, a redraw when the node changes;
// none while a button is down (a pan).
let hovered: string | null = null;
canvas.addEventListener('pointermove', (event) => {
  if (event.buttons !== 0) return;
  const box = canvas.getBoundingClientRect();
  const [x, y] = loop.transform.invert([event.clientX - box.left, event.clientY - box.top]);
  const id = hits.find(x, y, 4 / loop.transform.k)?.id ?? null;
  if (id !== hovered) {
    hovered = id;
    loop.setView({ hovered });
  }
});

const mountStart = performance.now();
select(canvas).call(behaviour.transform, zoomIdentity);
await layout.update(graph, presettleSteps(graph.nodes.length));
hits.rebuild(layout.nodes);
fit();
const mountMs = performance.now() - mountStart;
loop.start();

const bench: ExplorerBench = {
  nodes: layout.nodes.length,
  edges: layout.links.length,
  mountMs,
  frames,
  setPhase(next, keepMoving) {
    phase = next;
    reheat = keepMoving;
    lastTimestamp = NaN;
  },
  async settle() {
    await layout.settle();
    layout.takeProgress(); // these steps were taken outside any phase
    hits.rebuild(layout.nodes);
    loop.invalidate();
  },
  fit,
};
window.__explorerBench = bench;
