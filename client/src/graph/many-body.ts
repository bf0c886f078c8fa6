import type { SimulationNodeDatum } from 'd3-force';
import { quadtree } from 'd3-quadtree';

/**
 * d3's forceManyBody (Barnes–Hut charge) with the same results, step for step, for a fraction of the
 * cost. d3 visits its quadtree through callbacks, allocates an object per quad visited, and walks
 * into quads that lie wholly beyond distanceMax only to find nothing there — the bulk of a layout
 * step at 2,000 nodes. This walks the same tree in the same order with one reusable stack and skips
 * such quads, so positions stay identical (tests/client/many-body.test.ts). Only the settings the
 * explorer uses: a constant strength, distanceMin/Max and theta.
 */
type Quad<N> = {
  length?: number;
  [child: number]: Quad<N> | undefined;
  data?: N;
  next?: Quad<N>;
  /** Summed strength, and its centre, written on the tree's own nodes as d3 does. */
  value: number;
  x: number;
  y: number;
};

export type ManyBodyForce<N extends SimulationNodeDatum> = {
  (alpha: number): void;
  initialize(nodes: N[], random: () => number): void;
  strength(value: number): ManyBodyForce<N>;
  distanceMin(value: number): ManyBodyForce<N>;
  distanceMax(value: number): ManyBodyForce<N>;
  theta(value: number): ManyBodyForce<N>;
};

const jiggle = (random: () => number): number => (random() - 0.5) * 1e-6;

export function manyBody<N extends SimulationNodeDatum>(): ManyBodyForce<N> {
  let nodes: N[] = [];
  let random: () => number = Math.random;
  let strength = -30;
  let distanceMin2 = 1;
  let distanceMax2 = Infinity;
  let theta2 = 0.81;
  // The walk's stack: quads, and their bounds four numbers each.
  let quads: Quad<N>[] = [];
  let bounds = new Float64Array(4 * 64);

  function accumulate(quad: Quad<N>): void {
    let sum = 0;
    if (quad.length) {
      let weight = 0,
        x = 0,
        y = 0;
      for (let i = 0; i < 4; i++) {
        const q = quad[i];
        if (!q) continue;
        accumulate(q);
        const c = Math.abs(q.value);
        if (c) {
          sum += q.value;
          weight += c;
          x += c * q.x;
          y += c * q.y;
        }
      }
      quad.x = x / weight;
      quad.y = y / weight;
    } else {
      quad.x = quad.data!.x!;
      quad.y = quad.data!.y!;
      for (let q: Quad<N> | undefined = quad; q; q = q.next) sum += strength;
    }
    quad.value = sum;
  }

  function push(depth: number, quad: Quad<N>, x0: number, y0: number, x1: number, y1: number): number {
    if (4 * depth + 4 > bounds.length) {
      const grown = new Float64Array(bounds.length * 2);
      grown.set(bounds);
      bounds = grown;
    }
    quads[depth] = quad;
    bounds[4 * depth] = x0;
    bounds[4 * depth + 1] = y0;
    bounds[4 * depth + 2] = x1;
    bounds[4 * depth + 3] = y1;
    return depth + 1;
  }

  // d3's `apply`, for one node over the whole tree; children are pushed 3, 2, 1, 0 as d3's visit does.
  function walk(node: N, root: Quad<N>, rx0: number, ry0: number, rx1: number, ry1: number, alpha: number): void {
    let top = push(0, root, rx0, ry0, rx1, ry1);
    while (top > 0) {
      top--;
      const quad = quads[top]!;
      const x0 = bounds[4 * top]!,
        y0 = bounds[4 * top + 1]!,
        x1 = bounds[4 * top + 2]!,
        y1 = bounds[4 * top + 3]!;
      if (!quad.value) continue;
      // A quad wholly beyond distanceMax cannot reach the node (d3 walks down to find that out).
      const bx = Math.max(x0 - node.x!, 0, node.x! - x1);
      const by = Math.max(y0 - node.y!, 0, node.y! - y1);
      if (bx * bx + by * by >= distanceMax2) continue;
      let x = quad.x - node.x!;
      let y = quad.y - node.y!;
      const w = x1 - x0;
      let l = x * x + y * y;
      const far = (w * w) / theta2 < l;
      if (!far && quad.length) {
        const xm = (x0 + x1) / 2,
          ym = (y0 + y1) / 2;
        if (quad[3]) top = push(top, quad[3], xm, ym, x1, y1);
        if (quad[2]) top = push(top, quad[2], x0, ym, xm, y1);
        if (quad[1]) top = push(top, quad[1], xm, y0, x1, ym);
        if (quad[0]) top = push(top, quad[0], x0, y0, xm, ym);
        continue;
      }
      if (l >= distanceMax2) continue;
      // A charge to apply: d3 nudges a zero offset and floors the distance first — except for a leaf
      // holding this node alone, which exerts nothing and must not draw from `random`.
      if (far || quad.data !== node || quad.next) {
        if (x === 0) {
          x = jiggle(random);
          l += x * x;
        }
        if (y === 0) {
          y = jiggle(random);
          l += y * y;
        }
        if (l < distanceMin2) l = Math.sqrt(distanceMin2 * l);
      }
      if (far) {
        // Far enough: the quad acts as one charge at its centre.
        node.vx! += (x * quad.value * alpha) / l;
        node.vy! += (y * quad.value * alpha) / l;
        continue;
      }
      // A leaf near by: its points one by one (coincident ones chained through `next`).
      for (let q: Quad<N> | undefined = quad; q; q = q.next) {
        if (q.data === node) continue;
        const k = (strength * alpha) / l;
        node.vx! += x * k;
        node.vy! += y * k;
      }
    }
  }

  const force = ((alpha: number) => {
    const tree = quadtree(
      nodes,
      (n) => n.x!,
      (n) => n.y!,
    );
    const root = tree.root() as unknown as Quad<N> | undefined;
    if (!root) return;
    accumulate(root);
    const [[x0, y0], [x1, y1]] = tree.extent() as [[number, number], [number, number]];
    for (const node of nodes) walk(node, root, x0, y0, x1, y1, alpha);
  }) as ManyBodyForce<N>;

  force.initialize = (next, nextRandom) => {
    nodes = next;
    random = nextRandom;
    quads = [];
  };
  force.strength = (value) => ((strength = value), force);
  force.distanceMin = (value) => ((distanceMin2 = value * value), force);
  force.distanceMax = (value) => ((distanceMax2 = value * value), force);
  force.theta = (value) => ((theta2 = value * value), force);
  return force;
}
