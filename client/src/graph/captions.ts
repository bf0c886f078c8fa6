import type { ZoomTransform } from 'd3-zoom';
import type { DrawSize, DrawState } from './draw.js';
import type { LayoutNode } from './force-layout.js';

/**
 * Captions: hubs, the nodes the user looks at, and everyone once zoomed in — but never two on the
 * same spot: a coarse grid keeps the first caption of each cell (important ones first). The grid is in
 * screen units but pinned to the graph's origin, so panning does not change which captions win.
 */
export function drawCaptions(
  ctx: CanvasRenderingContext2D,
  size: DrawSize,
  transform: ZoomTransform,
  nodes: readonly LayoutNode[],
  state: DrawState,
  focusing: boolean,
): void {
  const k = transform.k;
  ctx.font = `${12 / k}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3 / k;
  ctx.strokeStyle = 'rgba(255,255,255,0.9)';
  ctx.fillStyle = '#1a1a1a';
  const crowded = nodes.length > 150;
  const zoomedIn = k >= (crowded ? 2.5 : 1.8);
  const { list, important } = candidates(nodes, state, focusing, zoomedIn);
  const taken = new Set<string>();
  const cellW = 90;
  const cellH = 16;
  for (const n of list) {
    const sx = transform.applyX(n.x ?? 0);
    const sy = transform.applyY(n.y ?? 0);
    if (sx < -100 || sy < -20 || sx > size.width + 20 || sy > size.height + 20) continue;
    const cell = `${Math.floor((sx - transform.x) / cellW)}:${Math.floor((sy - transform.y) / cellH)}`;
    if (taken.has(cell) && !important.has(n)) continue;
    taken.add(cell);
    const text = n.caption.length > 38 ? `${n.caption.slice(0, 36)}…` : n.caption;
    const x = (n.x ?? 0) + n.radius + 4 / k;
    ctx.strokeText(text, x, n.y ?? 0);
    ctx.fillText(text, x, n.y ?? 0);
  }
}

type Candidates = { list: LayoutNode[]; important: Set<LayoutNode> };

/** The last candidates per node list; who qualifies does not depend on positions, so a moving layout reuses them. */
const remembered = new WeakMap<readonly LayoutNode[], { key: readonly unknown[]; candidates: Candidates }>();

/** Nodes that may get a caption, the important ones first, then by degree. */
function candidates(nodes: readonly LayoutNode[], state: DrawState, focusing: boolean, zoomedIn: boolean): Candidates {
  const key = [state.selected, state.hovered, state.highlighted, focusing, zoomedIn];
  const last = remembered.get(nodes);
  if (last && last.key.every((v, i) => v === key[i])) return last.candidates;
  const crowded = nodes.length > 150;
  const isHub = (n: LayoutNode) =>
    crowded ? n.label === 'Meeting' || n.degree >= 12 : n.label === 'Meeting' || n.label === 'Topic' || n.degree >= 4;
  const isImportant = (n: LayoutNode) => n.id === state.selected || n.id === state.hovered || (focusing && state.highlighted.has(n.id));
  const important = new Set(nodes.filter(isImportant));
  const list = nodes.filter((n) => important.has(n) || (focusing ? zoomedIn : isHub(n) || zoomedIn));
  list.sort((a, b) => Number(important.has(b)) - Number(important.has(a)) || b.degree - a.degree);
  const candidates = { list, important };
  remembered.set(nodes, { key, candidates });
  return candidates;
}
