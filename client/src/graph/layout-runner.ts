import { boundsOf, type GraphInput, type LayoutLink, type LayoutNode } from './force-layout.js';
import { LayoutEngine, type LayoutReply, type LayoutRequest } from './layout-engine.js';

/** Where layout requests go and replies come from: a Web Worker, or an engine on this thread. */
export type LayoutPort = {
  post(request: LayoutRequest): void;
  onReply: ((reply: LayoutReply) => void) | null;
  close(): void;
};

export function workerPort(): LayoutPort {
  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  const port: LayoutPort = { post: (request) => worker.postMessage(request), onReply: null, close: () => worker.terminate() };
  worker.onmessage = (event: MessageEvent<LayoutReply>) => port.onReply?.(event.data);
  return port;
}

/** The engine on this thread (tests, or no Worker): it steps when asked and answers after the current task, as a worker would. */
export function inlinePort(engine = new LayoutEngine()): LayoutPort {
  let open = true;
  const port: LayoutPort = {
    post: (request) => {
      const reply = engine.handle(request);
      if (reply) queueMicrotask(() => open && port.onReply?.(reply));
    },
    onReply: null,
    close: () => {
      open = false;
    },
  };
  return port;
}

const defaultPort = (): LayoutPort => (typeof Worker === 'function' ? workerPort() : inlinePort());

/**
 * The drawing side's copy of a force layout that runs elsewhere (by default in a Web Worker, see
 * layout-worker.ts). It holds the nodes and links with their latest positions, for drawing and
 * hit-testing, and asks for one layout step at a time: the frame loop calls `requestStep` each frame,
 * the worker steps while the frame is drawn, and the positions are in place for the next frame.
 * Replies are applied as they arrive, in order.
 */
export class LayoutRunner {
  nodes: LayoutNode[] = [];
  links: LayoutLink[] = [];
  private readonly byId = new Map<string, LayoutNode>();
  private seq = 0;
  private stepInFlight = 0;
  private moving = false;
  /** The last request that reheats the layout (an update, a pin): older replies cannot say it rests. */
  private reheatedAt = 0;
  private currentAlpha = 0;
  private readonly waiting = new Map<number, () => void>();
  private progress = { steps: 0, stepMs: 0, replies: 0 };

  constructor(private readonly port: LayoutPort = defaultPort()) {
    port.onReply = (reply) => this.receive(reply);
  }

  get alpha(): number {
    return this.currentAlpha;
  }

  /** True while the layout still moves noticeably; steps are asked for only then. */
  get isMoving(): boolean {
    return this.moving;
  }

  node(id: string): LayoutNode | undefined {
    return this.byId.get(id);
  }

  bounds(): ReturnType<typeof boundsOf> {
    return boundsOf(this.nodes);
  }

  /**
   * Merges `graph` in (see ForceLayout.update) and takes `presettle` steps before answering; resolves
   * once the nodes are here with their positions. The layout counts as moving from now on (update reheats).
   */
  update(graph: GraphInput, presettle = 0): Promise<void> {
    // Only what the layout reads crosses to the worker (API nodes carry their properties too).
    const input: GraphInput = {
      nodes: graph.nodes.map(({ id, label, caption }) => ({ id, label, caption })),
      edges: graph.edges.map(({ id, type, source, target }) => ({ id, type, source, target })),
    };
    return this.request({ kind: 'update', seq: this.reheat(), graph: input, presettle });
  }

  /** Steps the layout until it rests (at most 300 steps); resolves once the positions are here. */
  settle(): Promise<void> {
    return this.request({ kind: 'settle', seq: ++this.seq });
  }

  /** Asks for one step, unless one is under way or the layout rests. */
  requestStep(): void {
    if (!this.moving || this.stepInFlight !== 0) return;
    this.stepInFlight = ++this.seq;
    this.port.post({ kind: 'tick', seq: this.stepInFlight });
  }

  /** Pins a node where the pointer drags it, or releases it (`null`); the copy moves at once. */
  pin(id: string, x: number | null, y: number | null): void {
    const node = this.byId.get(id);
    if (!node) return;
    node.fx = x;
    node.fy = y;
    if (x === null || y === null) {
      this.port.post({ kind: 'pin', seq: ++this.seq, id, x, y });
      return;
    }
    node.x = x;
    node.y = y;
    this.port.post({ kind: 'pin', seq: this.reheat(), id, x, y });
  }

  /** What arrived since the last call: replies (each moves or replaces the nodes), layout steps and their milliseconds where they ran. */
  takeProgress(): { steps: number; stepMs: number; replies: number } {
    const progress = this.progress;
    this.progress = { steps: 0, stepMs: 0, replies: 0 };
    return progress;
  }

  dispose(): void {
    this.port.onReply = null;
    this.port.close();
    this.waiting.clear();
  }

  private reheat(): number {
    this.moving = true;
    return (this.reheatedAt = ++this.seq);
  }

  private request(request: LayoutRequest): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.set(request.seq, resolve);
      this.port.post(request);
    });
  }

  private receive(reply: LayoutReply): void {
    if (reply.graph) this.adopt(reply.graph);
    const { positions } = reply;
    this.nodes.forEach((n, i) => {
      // A node being dragged stays under the pointer even if this step was taken before the pin arrived.
      n.x = n.fx ?? positions[2 * i];
      n.y = n.fy ?? positions[2 * i + 1];
    });
    this.currentAlpha = reply.alpha;
    if (reply.seq >= this.reheatedAt) this.moving = reply.moving;
    if (reply.seq === this.stepInFlight) this.stepInFlight = 0;
    this.progress.steps += reply.steps;
    this.progress.stepMs += reply.stepMs;
    this.progress.replies++;
    const resolve = this.waiting.get(reply.seq);
    this.waiting.delete(reply.seq);
    resolve?.();
  }

  /** Takes the worker's node order; nodes already known keep their objects (and any pin). */
  private adopt(graph: NonNullable<LayoutReply['graph']>): void {
    const nodes = graph.nodes.map((info) => Object.assign(this.byId.get(info.id) ?? {}, info) as LayoutNode);
    this.byId.clear();
    for (const n of nodes) this.byId.set(n.id, n);
    this.nodes = nodes;
    this.links = graph.links.map((l) => ({ id: l.id, type: l.type, source: nodes[l.source]!, target: nodes[l.target]! }));
  }
}
