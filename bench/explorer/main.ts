/**
 * A bench-only page: the explorer's canvas with a synthetic graph (`?nodes=2000`). It runs the same
 * frame loop as client/src/graph/GraphCanvas.tsx — the real ForceLayout, HitTester and drawGraph,
 * one tick per frame while the layout moves, a quadtree rebuild every five ticks, a redraw when
 * something changed, d3-zoom for wheel and pan — without React, so the figures are the canvas's own.
 * Keep it in step with GraphCanvas when that loop changes.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { drawGraph } from '../../client/src/graph/draw.js';
import { ForceLayout } from '../../client/src/graph/force-layout.js';
import { HitTester } from '../../client/src/graph/hit-test.js';
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

const layout = new ForceLayout();
const hits = new HitTester();
let transform: ZoomTransform = zoomIdentity;
let dirty = true;
let hovered: string | null = null;

const behaviour = zoom<HTMLCanvasElement, unknown>()
  .scaleExtent([0.05, 8])
  .on('zoom', (event: { transform: ZoomTransform }) => {
    transform = event.transform;
    dirty = true;
  });
select(canvas).call(behaviour).on('dblclick.zoom', null);

const fit = () => {
  const box = layout.bounds();
  if (!box) return;
  const k = Math.min(2, 0.9 / Math.max((box.x1 - box.x0) / WIDTH, (box.y1 - box.y0) / HEIGHT, 1e-6));
  select(canvas).call(behaviour.transform, zoomIdentity.translate(WIDTH / 2 - (k * (box.x0 + box.x1)) / 2, HEIGHT / 2 - (k * (box.y0 + box.y1)) / 2).scale(k));
};

// Hover as GraphCanvas does it: a quadtree query per pointer move, a redraw when the node changes.
canvas.addEventListener('pointermove', (event) => {
  const box = canvas.getBoundingClientRect();
  const [x, y] = transform.invert([event.clientX - box.left, event.clientY - box.top]);
  const id = hits.find(x, y, 4 / transform.k)?.id ?? null;
  if (id !== hovered) {
    hovered = id;
    dirty = true;
  }
});

const mountStart = performance.now();
layout.update(graph);
layout.tick(Math.max(10, Math.min(200, Math.floor(40_000 / layout.nodes.length))));
hits.rebuild(layout.nodes);
fit();
const mountMs = performance.now() - mountStart;

const frames: FrameRecord[] = [];
let phase: FramePhase = 'idle';
let reheat = false;
let lastTimestamp = NaN;
let ticksSinceRebuild = 0;

const loop = (timestamp: number) => {
  const start = performance.now();
  // Keeps the layout moving through a phase; update() with the same graph keeps positions and reheats.
  if (reheat && !layout.isMoving) layout.update(graph);
  const ticked = layout.isMoving;
  if (ticked) {
    layout.tick(1);
    dirty = true;
    if (++ticksSinceRebuild >= 5) {
      hits.rebuild(layout.nodes);
      ticksSinceRebuild = 0;
    }
  }
  if (dirty) {
    dirty = false;
    drawGraph(ctx, { width: WIDTH, height: HEIGHT, ratio }, transform, layout.nodes, layout.links, { selected: null, hovered, highlighted: new Set() });
    // Reading one pixel makes the canvas execute its recorded drawing now, so `work` includes the
    // rasterisation that would otherwise happen after the callback, out of sight of performance.now().
    ctx.getImageData(0, 0, 1, 1);
  }
  if (phase !== 'idle') frames.push({ phase, work: performance.now() - start, interval: timestamp - lastTimestamp, ticked });
  lastTimestamp = timestamp;
  requestAnimationFrame(loop);
};
requestAnimationFrame(loop);

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
  settle() {
    while (layout.isMoving) layout.tick(10);
    hits.rebuild(layout.nodes);
    dirty = true;
  },
};
window.__explorerBench = bench;
