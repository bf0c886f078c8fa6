import { quadtree, type Quadtree } from 'd3-quadtree';
import type { LayoutNode } from './force-layout.js';

/**
 * Which node is under the pointer: a quadtree over the current positions, then `find` within the
 * largest radius and a check that the point is really inside that node's circle. O(log n) per query,
 * so hover stays cheap at 2,000 nodes. While the layout moves the caller only says `moved`; the tree
 * is rebuilt at the next query, so frames in which nobody points at anything never pay for it.
 */
export class HitTester {
  private tree: Quadtree<LayoutNode> = quadtree<LayoutNode>();
  private maxRadius = 0;
  /** Nodes that moved since the tree was built; rebuilt from at the next `find`. */
  private stale: readonly LayoutNode[] | null = null;

  /** The nodes (or their positions) changed: rebuild before the next query. */
  moved(nodes: readonly LayoutNode[]): this {
    this.stale = nodes;
    return this;
  }

  rebuild(nodes: readonly LayoutNode[]): this {
    this.stale = null;
    this.tree = quadtree<LayoutNode>()
      .x((n) => n.x ?? 0)
      .y((n) => n.y ?? 0)
      .addAll(nodes as LayoutNode[]);
    this.maxRadius = nodes.reduce((m, n) => Math.max(m, n.radius), 0);
    return this;
  }

  /** The node whose disc (plus `slop` graph units for small targets) contains (x, y), nearest first. */
  find(x: number, y: number, slop = 3): LayoutNode | undefined {
    if (this.stale) this.rebuild(this.stale);
    const candidate = this.tree.find(x, y, this.maxRadius + slop);
    if (!candidate) return undefined;
    const dx = (candidate.x ?? 0) - x;
    const dy = (candidate.y ?? 0) - y;
    return Math.hypot(dx, dy) <= candidate.radius + slop ? candidate : undefined;
  }
}
