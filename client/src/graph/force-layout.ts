import {
  forceCollide,
  forceLink,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { manyBody, type ManyBodyForce } from './many-body.js';

/**
 * The explorer's force layout, apart from any timer or DOM: `update` merges a new graph in (keeping
 * the positions of nodes already placed, so expanding a node does not shuffle the picture) and
 * `tick(n)` steps the simulation n times. In the explorer it runs in a Web Worker (layout-engine.ts),
 * stepped once per frame while it moves; tests call `tick` directly and get the same positions every
 * run (d3-force places new nodes deterministically).
 */
export type LayoutNode = SimulationNodeDatum & { id: string; label: string; caption: string; degree: number; radius: number };
export type LayoutLink = SimulationLinkDatum<LayoutNode> & {
  id: string;
  type: string;
  source: LayoutNode | string;
  target: LayoutNode | string;
};
export type GraphInput = {
  nodes: readonly { id: string; label: string; caption: string }[];
  edges: readonly { id: string; type: string; source: string; target: string }[];
};

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Steps to take before the first picture of a fresh graph: fewer per node as graphs grow. */
export const presettleSteps = (nodeCount: number): number => Math.max(10, Math.min(200, Math.floor(40_000 / Math.max(1, nodeCount))));

/** The bounding box of placed nodes (for "fit to view"), or null for none. */
export function boundsOf(nodes: readonly LayoutNode[]): { x0: number; y0: number; x1: number; y1: number } | null {
  if (nodes.length === 0) return null;
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const n of nodes) {
    x0 = Math.min(x0, (n.x ?? 0) - n.radius);
    y0 = Math.min(y0, (n.y ?? 0) - n.radius);
    x1 = Math.max(x1, (n.x ?? 0) + n.radius);
    y1 = Math.max(y1, (n.y ?? 0) + n.radius);
  }
  return { x0, y0, x1, y1 };
}

/** Node radius grows gently with degree so hubs (meetings, common topics) stand out. */
export const radiusOf = (label: string, degree: number): number =>
  (label === 'Meeting' ? 10 : label === 'Topic' ? 5 : 4.5) + Math.min(6, Math.sqrt(degree));

export class ForceLayout {
  readonly nodes: LayoutNode[] = [];
  links: LayoutLink[] = [];
  private readonly byId = new Map<string, LayoutNode>();
  private readonly simulation: Simulation<LayoutNode, LayoutLink>;
  private readonly collide = forceCollide<LayoutNode>((n) => n.radius + 4).iterations(1);

  constructor() {
    this.simulation = forceSimulation<LayoutNode, LayoutLink>([])
      .force('charge', manyBody<LayoutNode>().strength(-80).distanceMax(400).theta(0.9))
      .force(
        'link',
        forceLink<LayoutNode, LayoutLink>([])
          .id((n) => n.id)
          .distance(55)
          .strength(0.3),
      )
      .force('collide', this.collide)
      .force('x', forceX<LayoutNode>(0).strength(0.03))
      .force('y', forceY<LayoutNode>(0).strength(0.03))
      .stop(); // never runs its own timer: whoever owns the frame loop calls tick()
  }

  get alpha(): number {
    return this.simulation.alpha();
  }

  /** True while the layout still moves noticeably; the frame loop stops ticking afterwards. */
  get isMoving(): boolean {
    return this.simulation.alpha() > this.simulation.alphaMin();
  }

  node(id: string): LayoutNode | undefined {
    return this.byId.get(id);
  }

  /**
   * Replaces the graph with `input`, keeping positions of known nodes. New nodes start next to an
   * already placed neighbour (on a golden-angle spiral around it) so an expansion grows from the
   * node that was clicked. Edges whose ends are missing are dropped. Reheats the simulation.
   */
  update(input: GraphInput): void {
    const wanted = new Set(input.nodes.map((n) => n.id));
    for (let i = this.nodes.length - 1; i >= 0; i--) {
      const node = this.nodes[i]!;
      if (!wanted.has(node.id)) {
        this.nodes.splice(i, 1);
        this.byId.delete(node.id);
      }
    }
    const edges = input.edges.filter((e) => wanted.has(e.source) && wanted.has(e.target) && e.source !== e.target);
    const degree = new Map<string, number>();
    for (const e of edges) {
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    }
    const neighbour = new Map<string, string[]>();
    for (const e of edges) {
      neighbour.set(e.source, [...(neighbour.get(e.source) ?? []), e.target]);
      neighbour.set(e.target, [...(neighbour.get(e.target) ?? []), e.source]);
    }
    let placedAround = 0;
    for (const n of input.nodes) {
      const existing = this.byId.get(n.id);
      const d = degree.get(n.id) ?? 0;
      if (existing) {
        existing.caption = n.caption;
        existing.degree = d;
        existing.radius = radiusOf(n.label, d);
        continue;
      }
      const node: LayoutNode = { id: n.id, label: n.label, caption: n.caption, degree: d, radius: radiusOf(n.label, d) };
      const anchor = (neighbour.get(n.id) ?? []).map((id) => this.byId.get(id)).find((m) => m?.x !== undefined);
      if (anchor && anchor.x !== undefined && anchor.y !== undefined) {
        const k = ++placedAround;
        const angle = k * GOLDEN_ANGLE;
        const distance = 30 + 4 * Math.sqrt(k);
        node.x = anchor.x + distance * Math.cos(angle);
        node.y = anchor.y + distance * Math.sin(angle);
      }
      this.nodes.push(node);
      this.byId.set(n.id, node);
    }
    this.links = edges.map((e) => ({ id: e.id, type: e.type, source: e.source, target: e.target }));
    this.simulation.nodes(this.nodes);
    (this.simulation.force('link') as ReturnType<typeof forceLink<LayoutNode, LayoutLink>>).links(this.links);
    // Big graphs: weaker, shorter-ranged and coarser charge, and no collision force (the dearest per
    // tick), which halves the cost of a tick at 2,000 nodes; small graphs keep nodes apart exactly.
    const big = this.nodes.length > 800;
    (this.simulation.force('charge') as ManyBodyForce<LayoutNode>)
      .strength(big ? -30 : -160)
      .distanceMax(big ? 200 : 400)
      .theta(big ? 1.2 : 0.9);
    this.simulation.force('collide', big ? null : this.collide);
    // Big graphs settle in ~90 ticks instead of ~300, so the frame loop stops working sooner.
    this.simulation.alphaDecay(big ? 0.05 : 0.0228);
    this.simulation.alpha(Math.max(this.simulation.alpha(), 0.6));
  }

  /** Advances the layout `n` steps (pure stepping: no timer, no drawing). */
  tick(n = 1): this {
    this.simulation.tick(n);
    return this;
  }

  /** Pins a node (while dragging) or releases it (`null`). */
  pin(id: string, x: number | null, y: number | null): void {
    const node = this.byId.get(id);
    if (!node) return;
    node.fx = x;
    node.fy = y;
    if (x !== null) this.simulation.alpha(Math.max(this.simulation.alpha(), 0.3));
  }

  /** The bounding box of all placed nodes (for "fit to view"). */
  bounds(): { x0: number; y0: number; x1: number; y1: number } | null {
    return boundsOf(this.nodes);
  }
}
