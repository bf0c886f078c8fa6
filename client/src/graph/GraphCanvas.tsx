import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { useWidth } from '../charts/use-width.js';
import { presettleSteps, type GraphInput } from './force-layout.js';
import { fitTransform, GraphFrameLoop } from './frame-loop.js';
import { HitTester } from './hit-test.js';
import { LayoutRunner } from './layout-runner.js';
import type {} from './test-seam.js';

export type GraphCanvasHandle = { fit(): void };

type Props = {
  graph: GraphInput;
  selected: string | null;
  onActivate(id: string): void;
  label: string;
  height?: number;
};

/**
 * The knowledge-graph canvas. The force layout runs in a Web Worker (LayoutRunner) and the shared
 * frame loop (frame-loop.ts) takes its steps and draws; d3-zoom handles wheel and pan; pointer gestures
 * on a node drag it (pinned while held) and a click without movement activates it. Hit-testing goes
 * through a quadtree.
 */
export const GraphCanvas = forwardRef<GraphCanvasHandle, Props>(function GraphCanvas(
  { graph, selected, onActivate, label, height = 620 },
  handle,
) {
  const [containerRef, width] = useWidth<HTMLDivElement>(900);
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  // The layout (and its worker) and the loop live from mount to unmount; null outside that.
  const engine = useRef<{ layout: LayoutRunner; hits: HitTester; loop: GraphFrameLoop } | null>(null);
  const transform = useRef<ZoomTransform>(zoomIdentity);
  const zoomRef = useRef<ZoomBehavior<HTMLCanvasElement, unknown> | null>(null);
  // After an expansion the new nodes may land outside the view: fit once the layout has calmed down.
  const fitWhenCalm = useRef(false);
  const [hovered, setHovered] = useState<string | null>(null);
  const view = useRef({ selected, hovered, width, height });
  view.current = { selected, hovered, width, height };
  const activate = useRef(onActivate);
  activate.current = onActivate;

  const fit = () => {
    const canvas = canvasRef.current;
    const box = engine.current?.layout.bounds();
    if (!canvas || !box || !zoomRef.current) return;
    select(canvas).call(zoomRef.current.transform, fitTransform(box, view.current.width, view.current.height));
  };
  useImperativeHandle(handle, () => ({ fit }));

  // The frame loop: declared before the effects that use `engine`, so it exists when they run.
  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const layout = new LayoutRunner();
    const hits = new HitTester();
    const { selected: sel, hovered: hov, width: w, height: h } = view.current;
    const loop = new GraphFrameLoop(
      ctx,
      layout,
      hits,
      { width: w, height: h, ratio: window.devicePixelRatio || 1, transform: transform.current, selected: sel, hovered: hov },
      {
        beforeFrame: () => {
          if (fitWhenCalm.current && layout.alpha < 0.08) {
            fitWhenCalm.current = false;
            fit();
          }
        },
      },
    );
    engine.current = { layout, hits, loop };
    loop.start();
    window.__radslagGraph = {
      nodes: () =>
        layout.nodes.map((n) => ({
          id: n.id,
          label: n.label,
          x: transform.current.applyX(n.x ?? 0),
          y: transform.current.applyY(n.y ?? 0),
        })),
      settle: async () => {
        await layout.settle();
        hits.rebuild(layout.nodes);
        loop.invalidate();
      },
    };
    return () => {
      loop.stop();
      layout.dispose();
      engine.current = null;
      delete window.__radslagGraph;
    };
    // fit reads refs only; the loop lives as long as the canvas
  }, []);

  // New data: merge into the layout; a fresh graph is pre-settled a little and fitted to the view.
  useEffect(() => {
    const layout = engine.current?.layout;
    if (!layout) return;
    const fresh = layout.nodes.length === 0;
    void layout.update(graph, fresh ? presettleSteps(graph.nodes.length) : 0).then(() => {
      if (fresh) fit();
      // The layout still spreads after the first fit (and an expansion adds nodes): fit again once
      // calm. Set only now: until the worker answers, `alpha` is the old layout's, already calm.
      if (graph.nodes.length > 0) fitWhenCalm.current = true;
    });
  }, [graph]);

  useEffect(() => {
    engine.current?.loop.setView({ selected, hovered, width, height, ratio: window.devicePixelRatio || 1 });
  }, [selected, hovered, width, height]);

  // Zoom and pan (d3-zoom), except when the gesture starts on a node: that one is a drag or a click.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const behaviour = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.05, 8])
      .filter((event: MouseEvent | WheelEvent | TouchEvent) => {
        if (event.type === 'wheel') return true;
        if (event.type === 'mousedown' && (event as MouseEvent).button !== 0) return false;
        return !nodeAt(event as MouseEvent);
      })
      .on('zoom', (event: { transform: ZoomTransform }) => {
        transform.current = event.transform;
        engine.current?.loop.setView({ transform: event.transform });
      });
    zoomRef.current = behaviour;
    select(canvas).call(behaviour).on('dblclick.zoom', null);
    return () => {
      select(canvas).on('.zoom', null);
    };
  }, []);

  const nodeAt = (event: { clientX: number; clientY: number }) => {
    const canvas = canvasRef.current;
    if (!canvas || !engine.current) return undefined;
    const box = canvas.getBoundingClientRect();
    const [x, y] = transform.current.invert([event.clientX - box.left, event.clientY - box.top]);
    return engine.current.hits.find(x, y, 4 / transform.current.k);
  };

  const drag = useRef<{ id: string; startX: number; startY: number; moved: boolean } | null>(null);

  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const hoveredNode = hovered ? engine.current?.layout.node(hovered) : undefined;
  return (
    <div className="graph-canvas" ref={containerRef}>
      <canvas
        ref={canvasRef}
        width={Math.floor(width * ratio)}
        height={Math.floor(height * ratio)}
        style={{ width, height, cursor: hovered ? 'pointer' : 'grab' }}
        role="img"
        aria-label={label}
        data-testid="graph-canvas"
        data-nodes={graph.nodes.length}
        onPointerDown={(e) => {
          const node = nodeAt(e);
          if (!node) return;
          e.currentTarget.setPointerCapture(e.pointerId);
          drag.current = { id: node.id, startX: e.clientX, startY: e.clientY, moved: false };
        }}
        onPointerMove={(e) => {
          const active = drag.current;
          if (active) {
            if (Math.hypot(e.clientX - active.startX, e.clientY - active.startY) > 3) active.moved = true;
            if (active.moved && engine.current) {
              const box = e.currentTarget.getBoundingClientRect();
              const [x, y] = transform.current.invert([e.clientX - box.left, e.clientY - box.top]);
              engine.current.layout.pin(active.id, x, y);
              engine.current.loop.invalidate();
            }
            return;
          }
          // No hover while panning: the picture of a resting graph is then reused (scene-cache.ts).
          if (e.buttons !== 0) return;
          const node = nodeAt(e);
          setHovered(node?.id ?? null);
        }}
        onPointerUp={() => {
          const active = drag.current;
          drag.current = null;
          if (!active) return;
          engine.current?.layout.pin(active.id, null, null);
          if (!active.moved) activate.current(active.id);
        }}
        onPointerLeave={() => setHovered(null)}
      />
      {hoveredNode && (
        <div className="graph-tooltip" aria-hidden="true">
          {hoveredNode.caption}
        </div>
      )}
    </div>
  );
});
