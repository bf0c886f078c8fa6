import type { ZoomTransform } from 'd3-zoom';
import { nodeColor } from '../charts/palette.js';
import type { LayoutLink, LayoutNode } from './force-layout.js';
import { drawCaptions } from './captions.js';
import { HalfResolutionLayer } from './half-resolution-layer.js';
import { nodeLook, type NodeLook, type NodeSprites } from './node-sprites.js';
import { SHAPE_REACH, shapeName, shapeOf } from './shapes.js';

export { shapeName, shapeOf } from './shapes.js';

/**
 * Paints the layout on a 2D canvas: edges in one path (at half resolution while everything moves),
 * then nodes label by label (faded ones first while a node is selected), rings for the hovered and
 * selected node, then captions for the nodes worth naming. Only what can show in the view is drawn.
 * With many nodes in view they are composited from sprites (node-sprites.ts); with few, each is
 * filled and outlined as a path.
 */
export type DrawState = {
  selected: string | null;
  hovered: string | null;
  /** Neighbours of the selected node, drawn at full strength while the rest fades. */
  highlighted: ReadonlySet<string>;
  /**
   * The layout and the view both move: with many nodes in view, edges are drawn at half resolution
   * (half-resolution-layer.ts). The frame loop draws the scene sharp once the view keeps still.
   */
  sketch?: boolean;
};

export type DrawSize = { width: number; height: number; ratio: number };

/** Above this many nodes in view, sprites are cheaper than paths (a path costs several µs in software raster). */
export const SPRITE_THRESHOLD = 250;

/**
 * Edge width in device pixels at a ratio of 1: a hair under one, so that Skia draws the edges as
 * hairlines. A width even a rounding error over one device pixel (1/k · k is not always exactly 1 in
 * floats) sends thousands of edges through the general stroker: 40–200 ms instead of 4 ms.
 */
const EDGE_WIDTH = 0.999;

/** Edges while the layout and the view both move (DrawState.sketch). */
const edgeLayer = new HalfResolutionLayer();

/** The view in graph coordinates. */
type Box = { x0: number; y0: number; x1: number; y1: number };

const endpoint = (end: LayoutNode | string): LayoutNode | null => (typeof end === 'string' ? null : end);

/** Whether the segment certainly misses the box: both ends beyond the same side (Cohen–Sutherland). */
const misses = (box: Box, ax: number, ay: number, bx: number, by: number): boolean =>
  (ax < box.x0 && bx < box.x0) || (ax > box.x1 && bx > box.x1) || (ay < box.y0 && by < box.y0) || (ay > box.y1 && by > box.y1);

export function drawGraph(
  ctx: CanvasRenderingContext2D,
  size: DrawSize,
  transform: ZoomTransform,
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  state: DrawState,
  sprites?: NodeSprites,
): void {
  const focusing = state.selected !== null && state.highlighted.size > 0;
  const k = transform.k;
  const box: Box = {
    x0: transform.invertX(0),
    y0: transform.invertY(0),
    x1: transform.invertX(size.width),
    y1: transform.invertY(size.height),
  };
  ctx.save();
  ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
  ctx.clearRect(0, 0, size.width, size.height);
  ctx.translate(transform.x, transform.y);
  ctx.scale(k, k);

  // Labels keep the order of their first node in the whole graph, so panning never restacks colours.
  const byLabel = new Map<string, LayoutNode[]>();
  let inView = 0;
  for (const n of nodes) {
    let group = byLabel.get(n.label);
    if (!group) byLabel.set(n.label, (group = []));
    const reach = n.radius * SHAPE_REACH + 2 / k;
    const x = n.x ?? 0;
    const y = n.y ?? 0;
    if (x + reach < box.x0 || x - reach > box.x1 || y + reach < box.y0 || y - reach > box.y1) continue;
    group.push(n);
    inView++;
  }
  // With many nodes in view on a high-density screen, edges are one device pixel wide with their ink
  // (alpha × width) kept: two-pixel strokes of thousands of edges go through Skia's general stroker.
  const hair = inView > SPRITE_THRESHOLD && size.ratio > 1 ? size.ratio : 1;
  const edgeAlpha = Math.min(1, (focusing ? 0.12 : 0.35) * hair);
  const halfResolution = state.sketch === true && inView > SPRITE_THRESHOLD;
  const edges = halfResolution ? edgeLayer.begin(ctx.canvas.width, ctx.canvas.height, transform, size.ratio) : ctx;
  // At half resolution a hairline covers about two device pixels across once scaled up: half the alpha
  // keeps the ink.
  edges.lineWidth = (halfResolution ? 2 * EDGE_WIDTH : EDGE_WIDTH) / (k * hair);
  edges.strokeStyle = `rgba(120,120,120,${halfResolution ? edgeAlpha / 2 : edgeAlpha})`;
  edges.beginPath();
  for (const link of links) {
    const s = endpoint(link.source);
    const t = endpoint(link.target);
    if (!s || !t) continue;
    const ax = s.x ?? 0;
    const ay = s.y ?? 0;
    const bx = t.x ?? 0;
    const by = t.y ?? 0;
    if (misses(box, ax, ay, bx, by)) continue;
    edges.moveTo(ax, ay);
    edges.lineTo(bx, by);
  }
  edges.stroke();
  if (halfResolution) edgeLayer.finish(ctx);
  if (focusing) {
    ctx.strokeStyle = 'rgba(40,40,40,0.7)';
    ctx.lineWidth = 1.5 / k;
    ctx.beginPath();
    for (const link of links) {
      const s = endpoint(link.source);
      const t = endpoint(link.target);
      if (!s || !t || (s.id !== state.selected && t.id !== state.selected)) continue;
      ctx.moveTo(s.x ?? 0, s.y ?? 0);
      ctx.lineTo(t.x ?? 0, t.y ?? 0);
    }
    ctx.stroke();
  }

  const passes = focusing ? [true, false] : [false];
  if (sprites && inView > SPRITE_THRESHOLD) {
    const s = k * size.ratio;
    sprites.begin(ctx.canvas.width, ctx.canvas.height);
    for (const [label, group] of byLabel) {
      for (const faded of passes) {
        const look: NodeLook = nodeLook(shapeName(label), nodeColor(label), faded ? 0.25 : 1, 1.2 * size.ratio);
        for (const n of group) {
          if (focusing && faded === state.highlighted.has(n.id)) continue;
          sprites.add(look, n.radius * s, transform.applyX(n.x ?? 0) * size.ratio, transform.applyY(n.y ?? 0) * size.ratio);
        }
      }
    }
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    sprites.finish(ctx);
    ctx.restore();
  } else {
    // One path per node, outline on top of its own fill, stacked in paint order as the sprites are.
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 1.2 / k;
    for (const [label, group] of byLabel) {
      const shape = shapeOf(label);
      ctx.fillStyle = nodeColor(label);
      for (const faded of passes) {
        ctx.globalAlpha = faded ? 0.25 : 1;
        for (const n of group) {
          if (focusing && faded === state.highlighted.has(n.id)) continue;
          ctx.beginPath();
          shape(ctx, n.x ?? 0, n.y ?? 0, n.radius);
          ctx.fill();
          ctx.stroke();
        }
      }
    }
    ctx.globalAlpha = 1;
  }

  for (const id of [state.hovered, state.selected]) {
    const n = id ? nodes.find((m) => m.id === id) : undefined;
    if (!n) continue;
    ctx.beginPath();
    shapeOf(n.label)(ctx, n.x ?? 0, n.y ?? 0, n.radius + 3 / k);
    ctx.strokeStyle = '#111';
    ctx.lineWidth = 2.5 / k;
    ctx.stroke();
  }

  drawCaptions(ctx, size, transform, nodes, state, focusing);
  ctx.restore();
}
