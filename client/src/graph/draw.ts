import type { ZoomTransform } from 'd3-zoom';
import { nodeColor } from '../charts/palette.js';
import type { LayoutLink, LayoutNode } from './force-layout.js';

/**
 * Paints the layout on a 2D canvas: edges in one path, nodes batched by label (one fill per colour),
 * then captions for the nodes worth naming. Shapes differ by label so colour is never the only cue.
 */
export type DrawState = {
  selected: string | null;
  hovered: string | null;
  /** Neighbours of the selected node, drawn at full strength while the rest fades. */
  highlighted: ReadonlySet<string>;
};

type Shape = (ctx: CanvasRenderingContext2D, x: number, y: number, r: number) => void;

const circle: Shape = (ctx, x, y, r) => {
  ctx.moveTo(x + r, y);
  ctx.arc(x, y, r, 0, Math.PI * 2);
};
const square: Shape = (ctx, x, y, r) => {
  const s = r * 0.9;
  ctx.rect(x - s, y - s, s * 2, s * 2);
};
const diamond: Shape = (ctx, x, y, r) => {
  const s = r * 1.25;
  ctx.moveTo(x, y - s);
  ctx.lineTo(x + s, y);
  ctx.lineTo(x, y + s);
  ctx.lineTo(x - s, y);
  ctx.closePath();
};
const triangle: Shape = (ctx, x, y, r) => {
  const s = r * 1.3;
  ctx.moveTo(x, y - s);
  ctx.lineTo(x + s * 0.87, y + s * 0.5);
  ctx.lineTo(x - s * 0.87, y + s * 0.5);
  ctx.closePath();
};

export const SHAPES: Record<string, Shape> = { Meeting: square, Organisation: diamond, AgendaItem: triangle, Concern: triangle, FollowUp: triangle };
export const shapeOf = (label: string): Shape => SHAPES[label] ?? circle;
/** The shape's name, for the legend (SVG symbols mirror these). */
export const shapeName = (label: string): 'square' | 'diamond' | 'triangle' | 'circle' =>
  label === 'Meeting' ? 'square' : label === 'Organisation' ? 'diamond' : label === 'AgendaItem' || label === 'Concern' || label === 'FollowUp' ? 'triangle' : 'circle';

const endpoint = (end: LayoutNode | string): LayoutNode | null => (typeof end === 'string' ? null : end);

export function drawGraph(
  ctx: CanvasRenderingContext2D,
  size: { width: number; height: number; ratio: number },
  transform: ZoomTransform,
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  state: DrawState,
): void {
  const focusing = state.selected !== null && state.highlighted.size > 0;
  ctx.save();
  ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
  ctx.clearRect(0, 0, size.width, size.height);
  ctx.translate(transform.x, transform.y);
  ctx.scale(transform.k, transform.k);

  ctx.lineWidth = 1 / transform.k;
  ctx.strokeStyle = focusing ? 'rgba(120,120,120,0.12)' : 'rgba(120,120,120,0.35)';
  ctx.beginPath();
  for (const link of links) {
    const s = endpoint(link.source);
    const t = endpoint(link.target);
    if (!s || !t) continue;
    ctx.moveTo(s.x ?? 0, s.y ?? 0);
    ctx.lineTo(t.x ?? 0, t.y ?? 0);
  }
  ctx.stroke();
  if (focusing) {
    ctx.strokeStyle = 'rgba(40,40,40,0.7)';
    ctx.lineWidth = 1.5 / transform.k;
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

  const byLabel = new Map<string, LayoutNode[]>();
  for (const node of nodes) byLabel.set(node.label, [...(byLabel.get(node.label) ?? []), node]);
  for (const [label, group] of byLabel) {
    const shape = shapeOf(label);
    for (const faded of focusing ? [true, false] : [false]) {
      ctx.globalAlpha = faded ? 0.25 : 1;
      ctx.fillStyle = nodeColor(label);
      ctx.beginPath();
      for (const n of group) {
        if (focusing && faded === state.highlighted.has(n.id)) continue;
        shape(ctx, n.x ?? 0, n.y ?? 0, n.radius);
      }
      ctx.fill();
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 1.2 / transform.k;
      ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;

  for (const id of [state.hovered, state.selected]) {
    const n = id ? nodes.find((m) => m.id === id) : undefined;
    if (!n) continue;
    ctx.beginPath();
    shapeOf(n.label)(ctx, n.x ?? 0, n.y ?? 0, n.radius + 3 / transform.k);
    ctx.strokeStyle = '#111';
    ctx.lineWidth = 2.5 / transform.k;
    ctx.stroke();
  }

  // Captions: hubs, the nodes the user looks at, and everyone once zoomed in — but never two on the
  // same spot: a coarse grid in screen space keeps the first caption of each cell (important ones first).
  ctx.font = `${12 / transform.k}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  const crowded = nodes.length > 150;
  const isHub = (n: LayoutNode) => (crowded ? n.label === 'Meeting' || n.degree >= 12 : n.label === 'Meeting' || n.label === 'Topic' || n.degree >= 4);
  const isImportant = (n: LayoutNode) => n.id === state.selected || n.id === state.hovered || (focusing && state.highlighted.has(n.id));
  const zoomedIn = transform.k >= (crowded ? 2.5 : 1.8);
  const candidates = nodes.filter((n) => isImportant(n) || (focusing ? zoomedIn : isHub(n) || zoomedIn));
  candidates.sort((a, b) => Number(isImportant(b)) - Number(isImportant(a)) || b.degree - a.degree);
  const taken = new Set<string>();
  const cellW = 90;
  const cellH = 16;
  for (const n of candidates) {
    const sx = transform.applyX(n.x ?? 0);
    const sy = transform.applyY(n.y ?? 0);
    if (sx < -100 || sy < -20 || sx > size.width + 20 || sy > size.height + 20) continue;
    const cell = `${Math.floor(sx / cellW)}:${Math.floor(sy / cellH)}`;
    if (taken.has(cell) && !isImportant(n)) continue;
    taken.add(cell);
    const text = n.caption.length > 38 ? `${n.caption.slice(0, 36)}…` : n.caption;
    const x = (n.x ?? 0) + n.radius + 4 / transform.k;
    ctx.lineWidth = 3 / transform.k;
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.strokeText(text, x, n.y ?? 0);
    ctx.fillStyle = '#1a1a1a';
    ctx.fillText(text, x, n.y ?? 0);
  }
  ctx.restore();
}
