import { ForceLayout, type GraphInput } from './force-layout.js';

/**
 * The layout's side of the conversation between the frame loop and a ForceLayout that runs in a Web
 * Worker (layout-worker.ts), kept apart from the worker's globals so tests can drive it directly.
 * Requests are answered in the order they come; `pin` needs no answer.
 */
export type LayoutRequest =
  | { kind: 'update'; seq: number; graph: GraphInput; presettle: number }
  | { kind: 'tick'; seq: number }
  | { kind: 'settle'; seq: number }
  | { kind: 'pin'; seq: number; id: string; x: number | null; y: number | null };

/** What a node looks like to the drawing side; its position travels separately, in `positions`. */
export type PlacedNodeInfo = { id: string; label: string; caption: string; degree: number; radius: number };

export type LayoutReply = {
  seq: number;
  /** Sent after an update: the nodes in the order of `positions`, and the links by node index. */
  graph?: { nodes: PlacedNodeInfo[]; links: { id: string; type: string; source: number; target: number }[] };
  /** x0, y0, x1, y1, … in the order of the nodes last sent; transferred, not copied. */
  positions: Float64Array;
  alpha: number;
  moving: boolean;
  /** Layout steps taken for this reply and the milliseconds they took. */
  steps: number;
  stepMs: number;
};

/** `settle` stops here even if the layout still creeps, so a test never waits on a slow graph. */
const SETTLE_MAX_STEPS = 300;

export class LayoutEngine {
  constructor(private readonly layout = new ForceLayout()) {}

  handle(request: LayoutRequest): LayoutReply | null {
    const started = performance.now();
    let steps = 0;
    let graph: LayoutReply['graph'];
    switch (request.kind) {
      case 'pin':
        this.layout.pin(request.id, request.x, request.y);
        return null;
      case 'update': {
        this.layout.update(request.graph);
        this.layout.tick(request.presettle);
        steps = request.presettle;
        const index = new Map(this.layout.nodes.map((n, i) => [n.id, i]));
        const indexOf = (end: string | { id: string }) => index.get(typeof end === 'string' ? end : end.id)!;
        graph = {
          nodes: this.layout.nodes.map(({ id, label, caption, degree, radius }) => ({ id, label, caption, degree, radius })),
          links: this.layout.links.map((l) => ({ id: l.id, type: l.type, source: indexOf(l.source), target: indexOf(l.target) })),
        };
        break;
      }
      case 'tick':
        if (this.layout.isMoving) {
          this.layout.tick(1);
          steps = 1;
        }
        break;
      case 'settle':
        while (this.layout.isMoving && steps < SETTLE_MAX_STEPS) {
          this.layout.tick(10);
          steps += 10;
        }
        break;
    }
    const positions = new Float64Array(this.layout.nodes.length * 2);
    this.layout.nodes.forEach((n, i) => {
      positions[2 * i] = n.x ?? 0;
      positions[2 * i + 1] = n.y ?? 0;
    });
    return {
      seq: request.seq,
      graph,
      positions,
      alpha: this.layout.alpha,
      moving: this.layout.isMoving,
      steps,
      stepMs: performance.now() - started,
    };
  }
}
