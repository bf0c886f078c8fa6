import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { drawGraph, type DrawSize } from './draw.js';
import type { LayoutLink, LayoutNode } from './force-layout.js';
import type { HitTester } from './hit-test.js';
import type { LayoutRunner } from './layout-runner.js';
import { NodeSprites } from './node-sprites.js';
import { SceneCache } from './scene-cache.js';

/**
 * The explorer canvas's frame loop, one for GraphCanvas and for the frame-time bench page
 * (bench/explorer), so the figures are the app's own. Each animation frame it takes the layout steps
 * that arrived, asks for the next one while the layout moves (the step runs in the layout's worker
 * while this frame draws), tells the hit tester the nodes moved (it rebuilds when next asked), and
 * redraws when anything visibly changed. While the layout rests, a pan or zoom shows the
 * cached picture of the scene (scene-cache.ts) and the scene is drawn anew once the view keeps still.
 * While the layout and the view both move, the scene is sketched (edges at half resolution, see
 * draw.ts) and drawn sharp once the view keeps still.
 */
export type GraphView = DrawSize & {
  transform: ZoomTransform;
  selected: string | null;
  hovered: string | null;
};

/**
 * What one frame did, for whoever measures frames: `timestamp` is the frame's requestAnimationFrame
 * time, `start` performance.now() when its work began; `steps` layout steps arrived, taking `stepMs`
 * where the layout runs; `sketched` whether the picture on screen is a sketch (DrawState.sketch).
 */
export type FrameReport = { timestamp: number; start: number; steps: number; stepMs: number; drew: boolean; sketched: boolean };

export type FrameHooks = {
  /** Runs first in every frame (GraphCanvas fits the view once the layout calms down). */
  beforeFrame?(): void;
  afterFrame?(report: FrameReport): void;
};

/** How long the view must keep still before a scaled cached picture is replaced by a sharp one. */
const SHARPEN_AFTER_MS = 150;
/**
 * Layout steps that move no node this far (CSS pixels) from where the picture shows it are not drawn:
 * the last third or so of a layout's settling moves nodes by less than a quarter pixel a step.
 */
const STILL_PX = 0.25;

/** The transform that shows `box` (graph coordinates) centred in a width × height view, zoomed in at most 2×. */
export function fitTransform(box: { x0: number; y0: number; x1: number; y1: number }, width: number, height: number): ZoomTransform {
  const k = Math.min(2, 0.9 / Math.max((box.x1 - box.x0) / width, (box.y1 - box.y0) / height, 1e-6));
  return zoomIdentity.translate(width / 2 - (k * (box.x0 + box.x1)) / 2, height / 2 - (k * (box.y0 + box.y1)) / 2).scale(k);
}

export class GraphFrameLoop {
  private view: GraphView;
  private dirty = true;
  /** Something besides the view transform changed since the last picture (positions, selection, size…). */
  private sceneChanged = true;
  /** The screen shows the cached picture under another transform than it was drawn for. */
  private scaled = false;
  private viewMovedAt = 0;
  /** The picture on screen was drawn while the layout and the view both moved (DrawState.sketch). */
  private sketched = false;
  private frame = 0;
  private readonly sprites = new NodeSprites();
  private readonly cache = new SceneCache();
  /** Where the picture on screen shows the nodes (x0, y0, x1, …), to tell whether new steps moved any visibly. */
  private drawn: { nodes: readonly LayoutNode[]; xy: Float64Array } | null = null;
  /** The selected node's neighbours, worked out again when the selection or the links change. */
  private highlight: { selected: string | null; links: readonly LayoutLink[]; ids: Set<string> } = {
    selected: null,
    links: [],
    ids: new Set(),
  };

  constructor(
    private readonly ctx: CanvasRenderingContext2D,
    readonly layout: LayoutRunner,
    readonly hits: HitTester,
    view: Partial<GraphView>,
    private readonly hooks: FrameHooks = {},
  ) {
    this.view = { width: 300, height: 150, ratio: 1, transform: zoomIdentity, selected: null, hovered: null, ...view };
  }

  get transform(): ZoomTransform {
    return this.view.transform;
  }

  /** Changes what the view shows; the next frame redraws. */
  setView(patch: Partial<GraphView>): void {
    const before = this.view;
    this.view = { ...before, ...patch };
    if (patch.transform && patch.transform !== before.transform) this.viewMovedAt = performance.now();
    for (const key of Object.keys(patch) as (keyof GraphView)[])
      if (key !== 'transform' && patch[key] !== before[key]) this.sceneChanged = true;
    this.dirty = true;
  }

  /** Redraws in the next frame (e.g. a dragged node moved). */
  invalidate(): void {
    this.sceneChanged = true;
    this.dirty = true;
  }

  start(): void {
    const loop = (timestamp: number) => {
      this.step(timestamp);
      this.frame = requestAnimationFrame(loop);
    };
    this.frame = requestAnimationFrame(loop);
  }

  stop(): void {
    cancelAnimationFrame(this.frame);
  }

  /** One frame's work. */
  step(timestamp = performance.now()): void {
    const start = performance.now();
    this.hooks.beforeFrame?.();
    const { layout, hits } = this;
    const { steps, stepMs, replies } = layout.takeProgress();
    if (replies > 0) {
      hits.moved(layout.nodes);
      // The picture of the resting layout is always drawn: the cache of a resting scene starts from it.
      if (!layout.isMoving || this.movedVisibly()) this.invalidate();
    }
    layout.requestStep();
    const still = start - this.viewMovedAt >= SHARPEN_AFTER_MS;
    // A sketched picture (soft edges, see draw.ts) is redrawn sharp once the view keeps still, even if
    // the layout sends nothing visibly new meanwhile.
    if (this.sketched && still) this.invalidate();
    const sharpen = !this.dirty && this.scaled && still;
    const drew = this.dirty || sharpen;
    if (drew) this.draw(!layout.isMoving);
    this.hooks.afterFrame?.({ timestamp, start, steps, stepMs, drew, sketched: this.sketched });
  }

  /** A resting scene goes through the cache; only a moved view may reuse the cached picture. */
  private draw(resting: boolean): void {
    const { view, cache } = this;
    const reuse = resting && !this.sceneChanged && this.dirty && cache.show(this.ctx, view);
    this.dirty = this.sceneChanged = false;
    if (reuse) {
      this.scaled = !cache.isExact(view.transform);
      return;
    }
    this.scaled = false;
    if (resting) {
      cache.render(this.ctx, view, (ctx, size, transform) => this.drawScene(ctx, size, transform));
    } else {
      cache.clear();
      this.drawScene(this.ctx, view, view.transform);
    }
  }

  private drawScene(ctx: CanvasRenderingContext2D, size: DrawSize, transform: ZoomTransform): void {
    const { nodes, links } = this.layout;
    const { selected, hovered } = this.view;
    const highlighted = this.highlighted(selected, links);
    const sketch = this.layout.isMoving && performance.now() - this.viewMovedAt < SHARPEN_AFTER_MS;
    drawGraph(ctx, size, transform, nodes, links, { selected, hovered, highlighted, sketch }, this.sprites);
    this.sketched = sketch;
    const xy = this.drawn?.nodes === nodes ? this.drawn.xy : new Float64Array(2 * nodes.length);
    nodes.forEach((n, i) => {
      xy[2 * i] = n.x ?? 0;
      xy[2 * i + 1] = n.y ?? 0;
    });
    this.drawn = { nodes, xy };
  }

  private movedVisibly(): boolean {
    const { nodes } = this.layout;
    const drawn = this.drawn;
    if (!drawn || drawn.nodes !== nodes) return true;
    const limit = STILL_PX / this.view.transform.k;
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i]!;
      if (Math.abs((n.x ?? 0) - drawn.xy[2 * i]!) > limit || Math.abs((n.y ?? 0) - drawn.xy[2 * i + 1]!) > limit) return true;
    }
    return false;
  }

  private highlighted(selected: string | null, links: readonly LayoutLink[]): ReadonlySet<string> {
    if (this.highlight.selected === selected && this.highlight.links === links) return this.highlight.ids;
    const ids = new Set<string>();
    if (selected) {
      ids.add(selected);
      for (const l of links) {
        const s = typeof l.source === 'string' ? l.source : l.source.id;
        const t = typeof l.target === 'string' ? l.target : l.target.id;
        if (s === selected) ids.add(t);
        if (t === selected) ids.add(s);
      }
    }
    this.highlight = { selected, links, ids };
    return ids;
  }
}
