import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useWidth } from '../charts/use-width.js';
import { drawGraph } from './draw.js';
import { ForceLayout, type GraphInput } from './force-layout.js';
import { HitTester } from './hit-test.js';
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
 * The knowledge-graph canvas. The ForceLayout is stepped by this component's requestAnimationFrame
 * loop while it moves; d3-zoom handles wheel and pan; pointer gestures on a node drag it (pinned
 * while held) and a click without movement activates it. Hit-testing goes through a quadtree.
 */
export const GraphCanvas = forwardRef<GraphCanvasHandle, Props>(function GraphCanvas({ graph, selected, onActivate, label, height = 620 }, handle) {
  const [containerRef, width] = useWidth<HTMLDivElement>(900);
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const layout = useMemo(() => new ForceLayout(), []);
  const hits = useMemo(() => new HitTester(), []);
  const transform = useRef<ZoomTransform>(zoomIdentity);
  const zoomRef = useRef<ZoomBehavior<HTMLCanvasElement, unknown> | null>(null);
  const dirty = useRef(true);
  // After an expansion the new nodes may land outside the view: fit once the layout has calmed down.
  const fitWhenCalm = useRef(false);
  const [hovered, setHovered] = useState<string | null>(null);
  const view = useRef({ selected, hovered, width, height });
  view.current = { selected, hovered, width, height };
  const activate = useRef(onActivate);
  activate.current = onActivate;

  const fit = () => {
    const canvas = canvasRef.current;
    const box = layout.bounds();
    if (!canvas || !box || !zoomRef.current) return;
    const { width: w, height: h } = view.current;
    const k = Math.min(2, 0.9 / Math.max((box.x1 - box.x0) / w, (box.y1 - box.y0) / h, 1e-6));
    const next = zoomIdentity.translate(w / 2 - (k * (box.x0 + box.x1)) / 2, h / 2 - (k * (box.y0 + box.y1)) / 2).scale(k);
    select(canvas).call(zoomRef.current.transform, next);
  };
  useImperativeHandle(handle, () => ({ fit }));

  // New data: merge into the layout; a fresh graph is pre-settled a little and fitted to the view.
  useEffect(() => {
    const wasEmpty = layout.nodes.length === 0;
    layout.update(graph);
    if (wasEmpty && layout.nodes.length > 0) {
      layout.tick(Math.max(10, Math.min(200, Math.floor(40_000 / layout.nodes.length))));
      fit();
    }
    // The layout still spreads after the first fit (and an expansion adds nodes): fit again once calm.
    if (layout.nodes.length > 0) fitWhenCalm.current = true;
    hits.rebuild(layout.nodes);
    dirty.current = true;
    // fit reads refs only; the layout and tester live as long as the component
  }, [graph, layout, hits]);

  useEffect(() => {
    dirty.current = true;
  }, [selected, hovered, width, height]);

  // The frame loop: tick while moving, redraw when something changed.
  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    let frame = 0;
    let ticksSinceRebuild = 0;
    const loop = () => {
      if (fitWhenCalm.current && layout.alpha < 0.08) {
        fitWhenCalm.current = false;
        fit();
      }
      if (layout.isMoving) {
        layout.tick(1);
        dirty.current = true;
        if (++ticksSinceRebuild >= 5) {
          hits.rebuild(layout.nodes);
          ticksSinceRebuild = 0;
        }
      }
      if (dirty.current) {
        dirty.current = false;
        const { selected: sel, hovered: hov, width: w, height: h } = view.current;
        const highlighted = new Set<string>();
        if (sel) {
          highlighted.add(sel);
          for (const l of layout.links) {
            const s = typeof l.source === 'string' ? l.source : l.source.id;
            const t = typeof l.target === 'string' ? l.target : l.target.id;
            if (s === sel) highlighted.add(t);
            if (t === sel) highlighted.add(s);
          }
        }
        drawGraph(ctx, { width: w, height: h, ratio: window.devicePixelRatio || 1 }, transform.current, layout.nodes, layout.links, { selected: sel, hovered: hov, highlighted });
      }
      frame = requestAnimationFrame(loop);
    };
    frame = requestAnimationFrame(loop);
    window.__radslagGraph = {
      nodes: () => layout.nodes.map((n) => ({ id: n.id, label: n.label, x: transform.current.applyX(n.x ?? 0), y: transform.current.applyY(n.y ?? 0) })),
      settle: () => {
        layout.tick(300);
        hits.rebuild(layout.nodes);
        dirty.current = true;
      },
    };
    return () => {
      cancelAnimationFrame(frame);
      delete window.__radslagGraph;
    };
  }, [layout, hits]);

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
        dirty.current = true;
      });
    zoomRef.current = behaviour;
    select(canvas).call(behaviour).on('dblclick.zoom', null);
    return () => {
      select(canvas).on('.zoom', null);
    };
  }, []);

  const nodeAt = (event: { clientX: number; clientY: number }) => {
    const canvas = canvasRef.current;
    if (!canvas) return undefined;
    const box = canvas.getBoundingClientRect();
    const [x, y] = transform.current.invert([event.clientX - box.left, event.clientY - box.top]);
    return hits.find(x, y, 4 / transform.current.k);
  };

  const drag = useRef<{ id: string; startX: number; startY: number; moved: boolean } | null>(null);

  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
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
            if (active.moved) {
              const box = e.currentTarget.getBoundingClientRect();
              const [x, y] = transform.current.invert([e.clientX - box.left, e.clientY - box.top]);
              layout.pin(active.id, x, y);
              dirty.current = true;
            }
            return;
          }
          const node = nodeAt(e);
          setHovered(node?.id ?? null);
        }}
        onPointerUp={() => {
          const active = drag.current;
          drag.current = null;
          if (!active) return;
          layout.pin(active.id, null, null);
          if (!active.moved) activate.current(active.id);
        }}
        onPointerLeave={() => setHovered(null)}
      />
      {hovered && layout.node(hovered) && (
        <div className="graph-tooltip" aria-hidden="true">
          {layout.node(hovered)!.caption}
        </div>
      )}
    </div>
  );
});
